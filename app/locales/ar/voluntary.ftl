# PagoScuola · العربية (ar) · voluntary payments (versamenti volontari)
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)


## Finding the school

voluntary-title = المساهمات الطوعية
voluntary-intro = يمكنك دفع مساهمة طوعية لمدرسة (تبرع، تأمين، رحلة) حتى بدون حساب: ابحث عن المدرسة بواسطة codice meccanografico، أو حسب المنطقة والمقاطعة والبلدية.
voluntary-start = ادفع مساهمة طوعية
voluntary-family-title = المساهمات الطوعية
voluntary-family-text = تبرع أو تأمين أو رحلة لم ترسلها لك المدرسة بعد كإشعار: ابحث عن المدرسة وادفع، حتى لحفيد.
voluntary-school-link = المساهمات الطوعية لهذه المدرسة


## A school's items

voluntary-school-title = المساهمات الطوعية: { $school }
voluntary-items-title = ما يمكنك دفعه
voluntary-items-none = ليس لدى هذه المدرسة مساهمات طوعية مفتوحة حاليًا.
voluntary-choose = اختر
voluntary-choose-about = اختر: { $reason }
voluntary-amount-label = المبلغ
voluntary-amount-range = مبلغ تختاره من { $min } إلى { $max }، المقترح { $suggested }
voluntary-period-open = يمكن الدفع حتى { $date }
voluntary-period-not-yet = يمكن الدفع ابتداءً من { $date }
voluntary-period-closed = أُغلق في { $date }
voluntary-period-label = الفترة
voluntary-deductible-label = قابل للخصم الضريبي
voluntary-deductible-yes = نعم، في الإقرار الضريبي
voluntary-deductible-no = لا
voluntary-category-label = النوع
voluntary-category-trip = رحلة أو خروج تعليمي
voluntary-category-insurance = تأمين
voluntary-category-contribution = مساهمة طوعية
voluntary-category-material = مواد تعليمية
voluntary-category-tax = رسم مدرسي
voluntary-category-other = أخرى
voluntary-back-to-search = ابحث عن مدرسة أخرى
voluntary-choose-another = اختر دفعة أخرى


## The form

voluntary-form-title = بيانات التلميذ
voluntary-form-intro = اكتب الرمز الضريبي للتلميذ ولقبه واسمه: يجب أن تتطابق.
voluntary-pupil-cf-label = الرمز الضريبي للتلميذ
voluntary-pupil-cf-hint = 16 حرفًا، كما في البطاقة الصحية للتلميذ.
voluntary-pupil-surname-label = لقب التلميذ
voluntary-pupil-given-name-label = اسم التلميذ
voluntary-amount-input-label = المبلغ المراد دفعه (يورو)
voluntary-amount-hint = من { $min } إلى { $max }. مثلًا 25 أو 25,50.
voluntary-email-label = بريدك الإلكتروني
voluntary-email-hint = لإيصال الدفع. لا تحتاج إلى حساب.
voluntary-signed-in-note = أنت مسجّل الدخول: سيكون الإشعار والإيصال باسمك.
voluntary-how-title = كيف تريد أن تدفع؟
voluntary-pay-now = ادفع الآن
voluntary-pay-now-hint = عبر الإنترنت الآن، بالبطاقة أو الحساب أو تطبيق دفع.
voluntary-download = نزّل مستند الدفع
voluntary-download-hint = للدفع لاحقًا بتطبيق IO أو الخدمات المصرفية عبر الإنترنت أو في البنك أو مكتب البريد أو محل التبغ، باستخدام رمز QR.
voluntary-not-open = لا يمكن دفع هذه المساهمة اليوم.
voluntary-amount-required = اكتب المبلغ الذي تريد دفعه.
voluntary-amount-format = اكتب المبلغ باليورو، مثلًا 25 أو 25,50.
voluntary-amount-min = أقل مبلغ هو { $min }.
voluntary-amount-max = أعلى مبلغ هو { $max }.
voluntary-too-many = أنشأت إشعارات كثيرة في وقت قصير: حاول مجددًا بعد 15 دقيقة.


## The notice created

voluntary-issued-title = مستند الدفع جاهز
voluntary-issued-text = أنشأنا إشعار الدفع. نزّله وادفعه قبل الموعد بتطبيق IO أو الخدمات المصرفية عبر الإنترنت أو في البنك أو مكتب البريد أو محل التبغ.
voluntary-issued-download = نزّل إشعار الدفع (PDF)
voluntary-issued-keep = نزّل المستند الآن: الرابط صالح 60 يومًا ولن تعرضه هذه الصفحة مرة أخرى.
voluntary-issued-family = إذا كنت وليًا مسجلًا لهذا التلميذ، ستجد الإشعار أيضًا بين إشعاراتك.
voluntary-reason-label = سبب الدفع
voluntary-notice-number-label = رمز الإشعار
voluntary-due-label = يُدفع قبل
voluntary-pay-now-failed = لم يبدأ الدفع الفوري، لكن الإشعار أُنشئ: يمكنك دفعه بالمستند أدناه.

## The office's page of voluntary items

office-vol-title = المدفوعات الطوعية
office-vol-intro = ما يمكن لأي شخص دفعه للمدرسة دون انتظار إشعار (مساهمة طوعية، تأمين، رحلة). تجد الأسر هذه البنود في «المدفوعات الطوعية» برمز المدرسة؛ وكل دفعة تُنشئ إشعارًا باسم التلميذ.
office-vol-none = لا توجد بنود. أضف بندًا بالنموذج أدناه.
office-vol-col-reason = السبب
office-vol-col-amount = المبلغ
office-vol-col-period = قابل للدفع
office-vol-col-issued = الإشعارات المُنشأة (المدفوعة)
office-vol-col-actions = الإجراءات
office-vol-period = من { $from } إلى { $until }
office-vol-open = مفتوح
office-vol-later = يُفتح لاحقًا
office-vol-closed = مغلق
office-vol-range = من { $min } إلى { $max }
office-vol-issued = { $issued } ({ $paid })
office-vol-edit = تعديل
office-vol-edit-label = تعديل: { $reason }
office-vol-close = أغلق اليوم
office-vol-close-label = أغلق اليوم: { $reason }
office-vol-new = بند جديد
office-vol-editing = تعديل البند
office-vol-amount-label = المبلغ (€)
office-vol-amount-hint = مثلًا 30,00. إذا كان بإمكان الأسرة تغييره، فهو المبلغ المقترح.
office-vol-from-label = قابل للدفع من
office-vol-until-label = قابل للدفع حتى
office-vol-date-hint = بالصيغة يوم/شهر/سنة، مثلًا 31/08/2027.
office-vol-save = احفظ البند
office-vol-cancel = ألغِ التعديل
office-vol-reason-taken = لبند آخر في المدرسة السبب نفسه: تختار الأسر البند من سببه.
office-vol-saved = تم حفظ البند: تراه الأسر في التواريخ المحددة.
office-vol-closed-now = أُغلق البند: من اليوم لا يمكن لأحد دفعه. تبقى الإشعارات المُنشأة قابلة للدفع.
office-vol-unchanged = لم يتغير شيء.
office-vol-nav = المدفوعات الطوعية

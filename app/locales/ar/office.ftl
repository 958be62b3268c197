# PagoScuola · العربية (ar) · the school office console (segreteria) and administration
# native-speaker-review: no

office-title = أمانة المدرسة
admin-title = الإدارة

## The console's entry and dashboard

office-choose-school = اختر المدرسة التي تريد فتح أمانتها.
role-ds = مدير المدرسة
role-dsga = المسؤول الإداري (DSGA)
role-aa = موظف الأمانة
figure-pupils = تلاميذ
figure-unseen = تلاميذ لا يراهم أي وليّ أمر بعد
figure-events = أحداث دفع
unseen-hint = لا يرى وليّ الأمر إشعارات طفله إلا إذا سجّلت المدرسة بريده الإلكتروني أو أعطته رمز تفعيل. افتح قائمة التلاميذ بلا وليّ أمر وأنشئ رمزًا لكل منهم.

## Who sees a pupil (office)

activation-title = من يرى الإشعارات
activation-heading = من يرى إشعارات { $pupil }
pupil-line = الصف { $class }
back-to-pupil = العودة إلى التلميذ
activation-explained = لا يرى وليّ الأمر الإشعارات إلا عندما تؤكد المدرسة ذلك: بالبريد الإلكتروني الذي سجّلته المدرسة له (إذا طابق بريد حسابه) أو برمز تفعيل يُسلَّم في رسالة ورقية أو يُرسل بالبريد الإلكتروني.
payers-title = الآباء والأوصياء
no-payers = لا يوجد وليّ أمر مسجّل لهذا التلميذ: أضفه من صفحة التلميذ.
column-payer = وليّ الأمر
column-email = البريد الإلكتروني المسجّل لدى المدرسة
column-access = هل يرى الإشعارات؟
column-actions = إجراءات
access-by-email = نعم، بالبريد الإلكتروني المسجّل لدى المدرسة
access-by-code = نعم، برمز تفعيل
access-not-vouched = ليس بعد: لديه حساب ولكن ببريد آخر. يلزم رمز.
access-no-account = لا يوجد حساب مرتبط
no-email = لا يوجد
code-pending = سُلِّم رمز صالح حتى { $day }
issue-code = إنشاء رمز تفعيل
send-code = إرسال بالبريد الإلكتروني
letter-ready = تم إنشاء الرمز. اطبع الرسالة الآن: لن يُعرض الرمز مرة أخرى حفاظًا على الأمان (الرموز التي سُلِّمت سابقًا لوليّ الأمر هذا لم تعد صالحة).
letter-subject = رمز تفعيل لإشعارات { $pupil }
letter-greeting = عزيزي/عزيزتي { $name } (الرمز الضريبي { $cf })،
letter-text = تؤكد المدرسة { $school } أنك تدفع عن { $pupil } (الصف { $class }). لرؤية إشعاراته ودفعها على PagoScuola:
letter-step-register = سجّل في PagoScuola برمزك الضريبي { $cf }، أو ادخل إن كان لديك حساب: { $url }
letter-step-code = في صفحة إشعاراتك، عند «لا ترى أحد أطفالك؟»، اكتب الرمز أدناه واضغط «استخدم الرمز»؛
letter-step-done = من تلك اللحظة ترى إشعارات { $pupil } ويمكنك دفعها.
letter-validity = الرمز صالح حتى { $day }، مرة واحدة فقط ولرمز ضريبي واحد هو { $cf }. لا تعطه لأي شخص آخر.
letter-print-hint = لطباعتها استخدم «طباعة» في المتصفح (Ctrl+P): تُطبع الرسالة وحدها.
activation-no-email = لم تسجّل المدرسة البريد الإلكتروني لوليّ الأمر هذا: اطبع الرسالة.
activation-email-queued = البريد في طريقه: يُنشأ الرمز عند الإرسال، والرموز التي سُلِّمت سابقًا لوليّ الأمر هذا لم تعد صالحة.

## Activation code: the family's form and the email

activation-code-label = رمز التفعيل
activation-code-hint = تجده في رسالة المدرسة أو بريدها الإلكتروني: 12 حرفًا، مثل ACDE-FGHJ-KMNP.
activation-submit = استخدم الرمز
activation-missing = اكتب رمز التفعيل
activation-invalid = الرمز غير صالح أو منتهي الصلاحية
activation-too-many = محاولات كثيرة جدًا: حاول مرة أخرى بعد 15 دقيقة
activation-done = تم: أنت ترى الآن إشعارات { $child }.
missing-child-title = لا ترى أحد أطفالك؟
missing-child-intro = لا ترى إشعارات طفل إلا عندما تؤكد المدرسة أنك من يدفع عنه. إذا كان أحدهم ناقصًا:
missing-child-empty = لا ترى أي طفل بعد: لا ترى إشعاراته إلا عندما تؤكد المدرسة أنك من يدفع عنه. لذلك:
missing-child-email = اطلب من أمانة المدرسة تسجيل بريدك الإلكتروني، نفس بريد حسابك: ومن تلك اللحظة تراه؛
missing-child-code = أو اطلب من الأمانة رمز تفعيل (في رسالة أو بالبريد الإلكتروني) واكتبه هنا.
activation-mail-parent = وليّ الأمر
activation-mail-subject = رمز تفعيل لإشعارات المدرسة
activation-mail-text = تؤكد المدرسة { $school } أنك تدفع عن { $pupil }: بالرمز أدناه ترى إشعاراته على PagoScuola.
activation-mail-steps = ادخل إلى PagoScuola برمزك الضريبي (إن لم يكن لديك حساب فسجّل أولًا)، وافتح صفحة إشعاراتك، وعند «لا ترى أحد أطفالك؟» اكتب الرمز. الرمز صالح 90 يومًا، مرة واحدة فقط ولرمزك الضريبي وحده.
activation-mail-link = افتح إشعاراتك

## Platform administration

admin-schools-title = المدارس التي لها أمانة
admin-no-schools = لا توجد مدرسة لها حساب أمانة بعد.
column-school = المدرسة
column-staff = الموظفون
admin-add-school-title = إضافة مدرسة
admin-add-staff-title = منح مدرسة أول حساب لأمانتها
admin-add-staff-hint = إذا وُجد حساب بهذا الرمز الضريبي يحصل على الدور؛ وإلا يُنشأ وتُرسل كلمة المرور المؤقتة بالبريد الإلكتروني.
school-code-label = رمز المدرسة (codice meccanografico)
school-name-label = اسم المدرسة
school-kind-label = نوع المدرسة
school-address-label = العنوان
school-postcode-label = الرمز البريدي
school-town-label = البلدية
school-province-label = المقاطعة (الاختصار، مثل MI)
school-fiscal-code-label = الرمز الضريبي للمدرسة
school-email-label = البريد الإلكتروني للمدرسة
add-school = أضف المدرسة
staff-cf-label = الرمز الضريبي
staff-surname-label = اسم العائلة
staff-given-name-label = الاسم
staff-email-label = البريد الإلكتروني
staff-role-label = الدور
add-staff = امنح الوصول
problem-required = حقل إلزامي
problem-school-code = رمز المدرسة غير صالح: 10 أحرف، مثل MIIC8CY00P
problem-fiscal-code = الرمز الضريبي للمدرسة غير صالح: 11 رقمًا
problem-province = مقاطعة غير معروفة: اكتب الاختصار، مثل MI
problem-postcode = الرمز البريدي غير صالح: 5 أرقام
problem-email = البريد الإلكتروني غير صالح
problem-codice-fiscale = الرمز الضريبي غير صالح
problem-unknown-school = لا توجد مدرسة بهذا الرمز: أضفها أولًا
problem-role = اختر الدور
problem-too-long = النص طويل جدًا
school-added = أُضيفت المدرسة.
staff-created = أُنشئ الحساب: أُرسلت كلمة المرور المؤقتة بالبريد الإلكتروني.
staff-granted = حصل الحساب الموجود بهذا الرمز الضريبي على الدور.

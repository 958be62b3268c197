# PagoScuola · العربية (ar) · notices, cart, payments and receipts
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)


## Family home
summary-title = الملخّص
nothing-to-pay = ليس لديك إشعارات للدفع.
notices-title = إشعارات الدفع
no-notices-at-all = لا توجد إشعارات لأبنائك حتى الآن. عندما تُصدر المدرسة إشعارًا، ستجده هنا وتصلك رسالة بالبريد الإلكتروني. إذا كنت تنتظر إشعارًا، فاطلب من سكرتارية المدرسة ربط codice fiscale الخاص بك بابنك أو ابنتك.
no-notices-for-filter = لا يوجد إشعار يطابق الاختيارات التي حدّدتها.
filter-state-label = عرض
filter-all = كل الإشعارات
filter-to-pay = بانتظار الدفع
filter-paid = المدفوعة
filter-closed = المنتهية أو الملغاة
filter-child-label = الابن أو الابنة
filter-all-children = كل الأبناء
filter-school-label = المدرسة
filter-all-schools = كل المدارس
filter-apply = تصفية
filter-reset = إزالة التصفية
notice-details = التفاصيل
back-to-notices = العودة إلى إشعاراتك

## States
state-to-pay = بانتظار الدفع
state-overdue = متأخر، ولا يزال الدفع ممكنًا
state-in-progress = الدفع قيد التنفيذ
state-paid = مدفوع
state-expired = منتهي الصلاحية، لم يعد قابلاً للدفع
state-revoked = ملغى، لا داعي للدفع

## Family page: what to pay (fam, issue 12)
due-title = للدفع
column-notice = الإشعار
column-state = الحالة
pick-label = اختر
pay-selected = ادفع الإشعارات المختارة
select-to-pay = اختر الإشعارات التي تريد دفعها
selection-failed = تعذّر تحديث الاختيار: تحقّق من الاتصال وحاول مرة أخرى.
urgent-button = ادفع الأقرب استحقاقًا
urgent-hint = يختار الإشعارات الأقرب استحقاقًا، 5 على الأكثر: هذا حدّ pagoPA للدفعة الواحدة.
urgent-selected = اخترنا الإشعارات الأقرب استحقاقًا، 5 على الأكثر (حدّ pagoPA للدفعة الواحدة). راجع الاختيار ثم اضغط ادفع.
too-many-selected = يمكنك دفع 5 إشعارات على الأكثر معًا: هذا حدّ pagoPA. ألغِ اختيار بعضها واضغط ادفع مرة أخرى؛ وادفع الباقي لاحقًا.
select-some-first = اختر إشعارًا واحدًا على الأقل للدفع.
closed-title = المدفوعة والملغاة
filters-title = تصفية الإشعارات
filters-hint = تتحدّث القائمة فور تغيير أي اختيار.
revoked-line = ملغى: لا داعي لدفعه
paid-recorded-line = دفعة سجّلتها المدرسة
pay-count = { $count ->
    [one] ادفع إشعارًا واحدًا · { $total }
    [two] ادفع إشعارين · { $total }
    [few] ادفع { $count } إشعارات · { $total }
    [many] ادفع { $count } إشعارًا · { $total }
   *[other] ادفع { $count } إشعار · { $total }
}
selected-count = { $count ->
    [0] لم يُختر أي إشعار.
    [one] تم اختيار إشعار واحد، { $total }.
    [two] تم اختيار إشعارين، { $total }.
    [few] تم اختيار { $count } إشعارات، { $total }.
    [many] تم اختيار { $count } إشعارًا، { $total }.
   *[other] تم اختيار { $count } إشعار، { $total }.
}
child-subtotal = { $count ->
    [one] إشعار واحد، { $total }
    [two] إشعاران، { $total }
    [few] { $count } إشعارات، { $total }
    [many] { $count } إشعارًا، { $total }
   *[other] { $count } إشعار، { $total }
}
closed-count = المدفوعة والملغاة ({ $count })
overdue-since = كان مستحقًا في { $due }: يمكنك دفعه حتى { $until }
paid-on-date = دُفع في { $date }

## Notice page
amount-label = المبلغ
due-date-label = آخر موعد للدفع
pupil-label = التلميذ
school-label = المدرسة
notice-number-label = رقم الإشعار (codice avviso)
creditor-label = codice fiscale الخاص بالجهة الدائنة
school-year-label = السنة الدراسية
tax-deductible-label = قابل للخصم في الإقرار الضريبي
yes = نعم
no = لا
notice-not-found = لم يتم العثور على الإشعار.

## Cart
cart-title = السلة
add-to-cart = أضف إلى السلة
in-cart-go-to-cart = في السلة: اذهب إلى السلة
added-to-cart = أُضيف إلى السلة:
already-in-cart = موجود في السلة من قبل:
remove-from-cart = إزالة
removed-from-cart = أُزيل من السلة:
cart-empty = السلة فارغة. اختر الإشعارات التي تريد دفعها من صفحتك.
choose-notices = اختر الإشعارات
cart-total = مجموع الإشعارات
fee-comes-next = تعتمد العمولة على مقدّم خدمة الدفع (PSP) الذي ستختاره في الخطوة التالية: وهي عمولة واحدة فقط للسلة كلها.
cart-has-live-payment = لديك عملية دفع جارية لهذه الإشعارات: افتحها لمتابعتها أو لمعرفة نتيجتها. وإذا لم ترسلها بعد إلى مقدّم خدمة الدفع، يمكنك أيضًا إلغاؤها.
continue-payment-link = افتح عملية الدفع الجارية
continue-payment = لقد بدأت عملية الدفع هذه من قبل: تابع من هنا.
proceed-to-payment = المتابعة إلى الدفع

## Refusals
refused-paid = تم دفع هذا الإشعار من قبل.
refused-in-progress = هناك عملية دفع جارية لهذا الإشعار. انتظر النتيجة قبل المحاولة مرة أخرى.
refused-expired = انتهت صلاحية هذا الإشعار: اطلب من المدرسة إشعارًا جديدًا.
refused-revoked = ألغت المدرسة هذا الإشعار: لا داعي لدفعه.
refused-cart-full = في السلة 5 إشعارات، وهو الحد الأقصى الذي يمكن دفعه معًا. ادفع هذه الإشعارات أولًا، أو أزل واحدًا منها.

## Checkout
payment-title = الدفع
what-you-pay = ما الذي تدفعه
choose-method = كيف تريد أن تدفع؟
method-card = بطاقة ائتمان أو بطاقة خصم أو بطاقة مسبقة الدفع
method-bank-account = حساب بنكي (الخدمات البنكية عبر الإنترنت)
method-app = تطبيق دفع
choose-psp = اختر مقدّم خدمة الدفع (PSP)
psp-explained = لكل مقدّم خدمة دفع عمولته الخاصة، وهي عمولة واحدة فقط للدفعة كلها. ويظهر صاحب أقل عمولة على أنه الخيار الموصى به.
only-one-psp = لهذه الطريقة يوجد مقدّم خدمة دفع واحد فقط: اخترناه لك.
sort-by = ترتيب حسب:
sort-by-fee = العمولة
sort-by-name = الاسم
fee-label = العمولة
cheapest = موصى به: الأرخص
pay-summary-title = الملخّص
total-label = المبلغ الإجمالي للدفع
total-charged = المبلغ الإجمالي المخصوم
total-of-payment = إجمالي الدفعة
cancel-payment = إلغاء الدفع
payment-cancelled = تم إلغاء الدفع: يمكن دفع الإشعارات من جديد.
payment-not-cancellable = أُرسلت هذه الدفعة إلى مقدّم خدمة الدفع، ولم يعد بالإمكان إلغاؤها من هنا.
psp-label = PSP

## pagoPA's checkout
pago-pa-title = الدفع عبر pagoPA
pago-pa-explained = في صفحة pagoPA اختر طريقة الدفع (بطاقة أو حساب بنكي أو تطبيق) ومقدّم خدمة الدفع (PSP). تعرض لك pagoPA العمولة قبل أن تدفع؛ وهي عمولة واحدة لكل الإشعارات.
pago-pa-continue = المتابعة على pagoPA
pago-pa-came-back-unpaid = لقد عدت من pagoPA دون إتمام الدفع. إذا لم تدفع، فلم يُخصم منك أي مبلغ، وسيصبح بالإمكان دفع الإشعارات من جديد خلال ساعة.
pago-pa-unavailable = pagoPA لا تستجيب في الوقت الحالي. لم يُخصم منك أي مبلغ: حاول مرة أخرى بعد بضع دقائق.
pago-pa-refused = لم تقبل pagoPA هذه الإشعارات، ولم يُخصم منك أي مبلغ. ألغِ الدفع وحاول مرة أخرى من السلة؛ وإذا تكرّر ذلك، فاكتب إلى سكرتارية المدرسة.

## Outcome
see-receipts = الذهاب إلى الإيصالات
receipts-title = الإيصالات
receipts-intro = المدفوعات المنجزة، حسب السنة الدراسية وحسب كل ابن أو ابنة. لكل إشعار مدفوع إيصاله الخاص.
no-receipts = لم تُجرِ بعد أي دفعة عبر PagoScuola.
paid-on = تم الدفع في
receipt-id-label = رقم الإيصال
fee-shared-note = عمولة مقدّم خدمة الدفع (عمولة واحدة للدفعة كلها)
school-year-heading = السنة الدراسية
filter-all-years = كل السنوات
no-receipts-for-filter = لا توجد إيصالات للسنة وللابن أو الابنة الذين اخترتهم.
child-year-total = المدفوع خلال السنة
deductible-total = منها مصاريف مدرسية قابلة للخصم الضريبي
year-total = إجمالي السنة
receipts-link = إيصالاتك
download-receipt = الإيصال (PDF)
download-attestation = شهادة الدفع للإقرار الضريبي (PDF)
outcome-refused-title = لم ينجح الدفع
outcome-refused-text = رفض مقدّم خدمة الدفع العملية، ولم يُخصم منك أي مبلغ. يمكن دفع الإشعارات من جديد: يمكنك المحاولة مرة أخرى، حتى مع مقدّم خدمة آخر.
outcome-abandoned-title = تم إلغاء الدفع
outcome-abandoned-text = تم إلغاء الدفع ولم يُخصم منك أي مبلغ. يمكن دفع الإشعارات من جديد.
outcome-pending-title = الدفع قيد التنفيذ
outcome-pending-text = ننتظر النتيجة من مقدّم خدمة الدفع: تصل عادةً خلال ثوانٍ قليلة. لا تكرّر الدفع: هذه الصفحة تتحدّث وحدها، أو اضغط على «تحديث».
refresh = تحديث
back-to-cart = العودة إلى السلة

## The sandbox PSP's page
sandbox-title = مقدّم خدمة دفع تجريبي
sandbox-banner = بيئة تجريبية: لا يُخصم أي مبلغ حقيقي
sandbox-explained = تحاكي هذه الصفحة موقع مقدّم خدمة دفع. لا تُستخدم أي بطاقة أو حساب: اختر النتيجة التي تريد تجربتها.
sandbox-merchant = المستفيد
sandbox-refuse = محاكاة دفع مرفوض
sandbox-abandon = إلغاء والعودة إلى PagoScuola
sandbox-decided = هذه العملية انتهت من قبل.
sandbox-back = العودة إلى PagoScuola
description-label = سبب الدفع

## Texts with values
notices-to-pay = { $count ->
    [zero] لا توجد إشعارات للدفع.
    [one] إشعار واحد للدفع، بمبلغ إجمالي { $total }.
    [two] إشعاران للدفع، بمبلغ إجمالي { $total }.
    [few] { $count } إشعارات للدفع، بمبلغ إجمالي { $total }.
    [many] { $count } إشعارًا للدفع، بمبلغ إجمالي { $total }.
   *[other] { $count } إشعار للدفع، بمبلغ إجمالي { $total }.
}
cart-count = { $count ->
    [zero] السلة فارغة: يمكن دفع { $limit } إشعارات معًا كحدّ أقصى.
    [one] في السلة: إشعار واحد من أصل { $limit } إشعارات ممكنة.
    [two] في السلة: { $count } من أصل { $limit } إشعارات ممكنة.
    [few] في السلة: { $count } من أصل { $limit } إشعارات ممكنة.
    [many] في السلة: { $count } من أصل { $limit } إشعارات ممكنة.
   *[other] في السلة: { $count } من أصل { $limit } إشعارات ممكنة.
}

due-on-date = آخر موعد للدفع: { $date }
expired-on-date = انتهت صلاحيته في { $date }
# A note over the cart: what happened, to which notice.
note-about = { $note } { $notice }
left-the-cart-because = لم يعد في السلة: { $notice }. { $reason }
school-year-heading-named = السنة الدراسية { $year }
fee-amount = العمولة { $amount }
fee-of-psp = العمولة ({ $psp })
pay-amount = ادفع { $amount }
sandbox-psp-title = { $psp } · مقدّم خدمة دفع تجريبي
pupil-and-class = { $name }، { $class }
# Added after a button's or link's words for screen readers: the notice it acts on.
about-notice = : { $about }

# Payments through the sandbox PSP (a test: no money moved)
test-payment-notice = دفعة تجريبية: مرّت عبر مزوّد الدفع المحاكى في PagoScuola، ولم يُحوَّل أي مال، والإيصالات بلا قيمة.
test-payment-badge = تجربة، بلا قيمة

## Late receipts, notices paid elsewhere, refunds (money-receipts)
refund-paid-twice = دُفع مرتين: يجب على المدرسة أن تردّ لك { $amount }
refund-not-payable = دُفع بعد أن لم يعد الإشعار قابلاً للدفع: يجب على المدرسة أن تردّ لك { $amount }
refunds-heading = مبالغ مستحقة لك
paid-outside-badge = دُفع خارج PagoScuola
paid-outside-intro = دُفع هذا الإشعار خارج PagoScuola (في مصرف أو محل تبغ أو عبر قناة pagoPA أخرى). هذا هو إيصاله.

# Notice expiry and the sandbox's decision window (money-time)
sandbox-expired = انتهى وقت اتخاذ القرار: انتهت صلاحية هذه الدفعة ولم يعد بالإمكان دفعها. عد إلى PagoScuola، وإن شئت فابدأ من جديد من السلة.

## Checkout on one screen, outcome first, receipts by payment (checkout)
method-lowest-fee = العمولة ابتداءً من { $amount }
leaving-for-psp = سيتم نقلك إلى موقع { $psp }.
pago-pa-fee-there = تظهر لك على pagoPA قبل الدفع
you-paid = لقد دفعت { $amount }
receipt-mail-sent = أرسلنا الملخّص إلى { $email }. الإيصالات موجودة في صفحة الإيصالات.
payment-details = تفاصيل الدفعة
try-again-from-cart = حاول مرة أخرى من السلة
beneficiary-school = { $school } (الرمز الضريبي { $code })
payment-of-date = دفعة { $date }، الساعة { $time }
download-attestation-short = شهادة 730 (PDF)
technical-details = التفاصيل التقنية
iuv-label = رمز IUV

## Paying a notice by its number, with or without an account (pay-by-number)
pay-notice-title = ادفع إشعارًا
pay-notice-home-text = هل وصلك إشعار دفع، حتى لو كان لحفيدك؟ ادفعه برمزه، من دون حساب.
pay-notice-intro = اكتب رمز الإشعار والرمز الضريبي للجهة الموجودين على إشعار الدفع، أو الصق نص رمز QR الخاص به. لا تحتاج إلى حساب.
pay-notice-number-label = رمز الإشعار
pay-notice-number-hint = 18 رقمًا، مثلًا 3012 3960 0003 5478 15
pay-notice-creditor-label = الرمز الضريبي للجهة
pay-notice-creditor-hint = 11 رقمًا، مكتوبة على الإشعار بجانب رمز الإشعار
pay-notice-search = ابحث عن الإشعار
pay-notice-qr-heading = هل لديك رمز QR الخاص بالإشعار؟
pay-notice-qr-label = نص رمز QR
pay-notice-qr-hint = يبدأ بـ PAGOPA|002|
pay-notice-scan = امسح رمز QR
pay-notice-scan-stop = أغلق الكاميرا
pay-notice-scan-failed = لا يمكن استخدام الكاميرا: اكتب رمز الإشعار.
pay-notice-number-invalid = رمز الإشعار مكوّن من 18 رقمًا ويبدأ بالرقم 3، مثلًا 3012 3960 0003 5478 15.
pay-notice-number-missing = اكتب رمز الإشعار.
pay-notice-creditor-invalid = الرمز الضريبي للجهة مكوّن من 11 رقمًا، مثلًا 80012345676.
pay-notice-creditor-missing = اكتب الرمز الضريبي للجهة.
pay-notice-qr-invalid = هذا ليس نص رمز QR من pagoPA: يجب أن يبدأ بـ PAGOPA|002|.
pay-notice-unknown = لم نجد إشعارًا بهذا الرمز لهذه الجهة. تحقّق من الأرقام على الإشعار.
pay-notice-limited = بحثت مرات كثيرة في وقت قصير. يمكنك المحاولة مجددًا ابتداءً من { $time }.
pay-notice-check-digits = آخر رقمين من رمز الإشعار لا يتوافقان مع الباقي: تحقّق من أنك كتبته بشكل صحيح. إن كان هو المكتوب على الإشعار فيمكنك الدفع رغم ذلك.
pay-notice-found-heading = تم العثور على الإشعار
pay-notice-school = الجهة
pay-notice-reason = السبب
pay-notice-amount = المبلغ
pay-notice-due = تاريخ الاستحقاق
pay-notice-state = الحالة
pay-notice-email-label = بريدك الإلكتروني
pay-notice-email-hint = نرسل الإيصال إلى هنا. لا تحتاج إلى حساب.
pay-notice-pay = ادفع هذا الإشعار
pay-notice-with-account = تدفع بحسابك: سيكون الإيصال ضمن إيصالاتك.
pay-notice-email-needed = اكتب عنوان بريد إلكتروني كاملًا لتتلقى الإيصال.
pay-notice-another = ادفع إشعارًا آخر
guest-receipt-mail-sent = أرسلنا التأكيد إلى { $email }. يمكنك تنزيل الإيصالات أدناه.
## The printable payment notice (notice-documents)
download-notice-document = تنزيل إشعار الدفع (PDF)
notice-document-hint = بالإشعار المطبوع أو على هاتفك يمكنك الدفع أيضًا في البنك أو مكتب البريد أو محل التبغ أو عبر تطبيق IO: يكفي رمز QR ورقم الإشعار.

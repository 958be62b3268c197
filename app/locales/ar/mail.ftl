# PagoScuola · العربية (ar) · the emails
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)

mail-greeting = مرحبًا { $name }،
mail-closing = هذه رسالة تلقائية: يُرجى عدم الردّ عليها. إذا لم تكن أنت من طلب ذلك، فتجاهلها.
mail-signature = PagoScuola

## Conferma registrazione
# The Italian subject stays first: it is the name the school office and the paper notices use.
confirm-subject = Conferma registrazione (تأكيد التسجيل)
confirm-text = لقد طلبت التسجيل في PagoScuola. لتأكيد عنوان بريدك الإلكتروني افتح هذا الرابط خلال 24 ساعة. بعد التأكيد سيصلك اسم المستخدم وكلمة مرور مؤقتة.
confirm-link = تأكيد التسجيل

## Creazione utenza
created-subject = Creazione utenza (إنشاء الحساب)
created-text = تم تأكيد عنوانك وحسابك جاهز. كلمة المرور مؤقتة: صالحة لمدة 72 ساعة ولأول دخول فقط، وعندها سنطلب منك اختيار كلمة مرور خاصة بك.
created-username = اسم المستخدم
created-password = كلمة المرور المؤقتة
created-link = الدخول إلى PagoScuola

## Pagamento eseguito
paid-subject = Pagamento eseguito (تم الدفع)
paid-text = تم الدفع بنجاح. إليك الملخّص؛ والإيصالات وشهادات الدفع للإقرار الضريبي موجودة في صفحتك.
paid-link = إيصالاتك
paid-fee = العمولة ({ $psp })
paid-total = المبلغ الإجمالي المخصوم

## Recupero credenziali
recovery-subject = Recupero credenziali (استرجاع بيانات الدخول)
recovery-text = لقد طلبت استرجاع بيانات الدخول إلى PagoScuola. إليك اسم المستخدم؛ ولاختيار كلمة مرور جديدة افتح الرابط خلال ساعة واحدة.
recovery-link = اختر كلمة مرور جديدة
recovery-username = اسم المستخدم
# What a notice is for, and for whom: in the mail's summary and in the cart's notes.
what-for-whom = { $what } ({ $pupil })

# Payments through the sandbox PSP (a test: no money moved)
paid-subject-test = تمت دفعة تجريبية (بلا قيمة)
paid-test = كانت هذه دفعة تجريبية عبر مزوّد الدفع المحاكى في PagoScuola: لم يُحوَّل أي مال والإيصالات بلا قيمة.

# PagoScuola · العربية (ar) · registration, log-in and the account pages
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)


## Registration wizard
register-title = التسجيل
register-intro = يستغرق التسجيل بضع دقائق: ستحتاج إلى codice fiscale الخاص بك وإلى عنوان بريد إلكتروني تستخدمه.
step-code-title = Codice fiscale
step-details-title = بياناتك
step-review-title = تحقّق من البيانات
step-done-title = تم حفظ التسجيل
wizard-steps = خطوات التسجيل
codice-fiscale-label = Codice fiscale
codice-fiscale-hint = هو الرمز الضريبي الشخصي في إيطاليا: 16 خانة، كما هو مكتوب على البطاقة الصحية (tessera sanitaria). مثال: RSSMRA80A01H501U.
captcha-label = التحقق الأمني
captcha-hint = حدّد المربع: سيقوم جهازك بعملية حسابية قصيرة ليثبت أنك لست برنامجًا آليًا. يجب أن يكون JavaScript مفعّلًا.
captcha-checkbox = لست روبوتًا
captcha-verifying = جارٍ التحقق...
captcha-verified = تم التحقق
captcha-failed = لم ينجح التحقق: حاول مرة أخرى.
captcha-expired = انتهت صلاحية التحقق: حدّد المربع مرة أخرى.
captcha-no-script = تحتاج هذه الخطوة إلى JavaScript: فعّله في المتصفح ثم أعد تحميل الصفحة. إذا لم تستطع، فاكتب إلى assistenza@pagoscuola.it.
continue = متابعة
surname-label = اللقب (اسم العائلة)
given-name-label = الاسم
name-hint = كما في وثيقة الهوية؛ الحروف ذات العلامات والفاصلة العليا مقبولة (D'Amico, Niccolò).
birth-date-label = تاريخ الميلاد
birth-date-hint = بصيغة gg/mm/aaaa (يوم/شهر/سنة)، مثل 01/01/1980.
sex-label = الجنس (كما في codice fiscale)
sex-female = أنثى
sex-male = ذكر
birthplace-label = مكان الميلاد
birthplace-hint = البلدية الإيطالية (مع المقاطعة إذا وُجدت عدة بلديات بالاسم نفسه) أو الدولة الأجنبية. اكتب الأحرف الأولى واختر من القائمة.
abroad = خارج إيطاليا
birthplace-suggestions = الأماكن التي تم العثور عليها
email-label = البريد الإلكتروني
email-hint = سنراسلك على هذا العنوان لتأكيد التسجيل ولإرسال الإيصالات.
email-again-label = أعد كتابة البريد الإلكتروني
consent-title = الشروط والخصوصية
accept-terms-label = قرأت شروط التسجيل في الخدمة وأوافق عليها
accept-privacy-label = قرأت إشعار معالجة البيانات الشخصية
read-terms = اقرأ الشروط
read-privacy = اقرأ إشعار الخصوصية
review-intro = تأكّد من صحة البيانات: يجب أن يتطابق codice fiscale مع اللقب والاسم وتاريخ الميلاد ومكانه والجنس.
confirm-data = تأكيد بياناتك
go-back = رجوع
accepted = تمت الموافقة
done-text = أرسلنا رسالة إلى العنوان الذي أدخلته. افتح الرسالة التي عنوانها «Conferma registrazione» واضغط على الرابط خلال 24 ساعة: بعدها ستصلك رسالة فيها اسم المستخدم وكلمة مرور مؤقتة.
done-check-spam = لم تجدها؟ ابحث أيضًا في البريد غير المرغوب فيه (Spam).
start-again = ابدأ التسجيل من جديد
error-summary-title = هناك بعض المشكلات التي يجب تصحيحها

## Problems at fields
problem-required = هذا الحقل إلزامي.
problem-cf-length = يتكوّن codice fiscale من 16 خانة.
problem-cf-pattern = شكل codice fiscale غير صحيح: 6 أحرف، ثم رقمان، ثم حرف، ثم رقمان، ثم حرف، ثم 3 أرقام، ثم حرف.
problem-cf-check = codice fiscale غير صالح: الخانة الأخيرة لا تتطابق. تأكّد من أنك كتبته بشكل صحيح.
problem-cf-taken = يوجد بالفعل حساب مسجّل بهذا codice fiscale.
problem-captcha = لم ينجح التحقق الأمني أو انتهت صلاحيته: حدّد المربع مرة أخرى.
problem-name-latin = اكتب الاسم بالحروف اللاتينية، كما في codice fiscale.
problem-name-long = 60 حرفًا كحدّ أقصى.
problem-date-format = اكتب التاريخ بصيغة gg/mm/aaaa (يوم/شهر/سنة)، مثل 01/01/1980.
problem-date-future = لا يمكن أن يكون تاريخ الميلاد في المستقبل ولا قبل عام 1900.
problem-birthplace-unknown = اختر مكان الميلاد من قائمة البلديات والدول.
problem-birthplace-ambiguous = توجد عدة أماكن بهذا الاسم: اختر من القائمة أو أضف المقاطعة، مثل Castro (LE).
problem-email = اكتب عنوان بريد إلكتروني كاملًا، مثل nome@esempio.it.
problem-email-mismatch = عنوانا البريد الإلكتروني غير متطابقين.
problem-consent = للتسجيل يجب أن توافق على الشروط وأن تقرأ إشعار الخصوصية.
problem-cf-surname = اللقب لا يتطابق مع codice fiscale.
problem-cf-name = الاسم لا يتطابق مع codice fiscale.
problem-cf-birth-date = تاريخ الميلاد لا يتطابق مع codice fiscale.
problem-cf-sex = الجنس لا يتطابق مع codice fiscale.
problem-cf-birthplace = مكان الميلاد لا يتطابق مع codice fiscale (أو أن البلدية لم تكن موجودة في ذلك التاريخ).
problem-password-short = يجب أن تتكوّن كلمة المرور من 10 أحرف على الأقل.
problem-password-long = يمكن أن تتكوّن كلمة المرور من 128 حرفًا كحدّ أقصى.
problem-password-weak = كلمة المرور سهلة التخمين: استخدم كلمات أكثر أو أضف رموزًا مختلفة.
problem-password-personal = لا يجوز أن تحتوي كلمة المرور على اسم المستخدم أو codice fiscale أو الاسم أو اللقب.
problem-password-mismatch = كلمتا المرور غير متطابقتين.
problem-password-same = يجب أن تكون كلمة المرور الجديدة مختلفة عن كلمة المرور المؤقتة.

## Log in
login-title = تسجيل الدخول
login-intro = سجّل الدخول باسم المستخدم وكلمة المرور اللذين وصلاك بالبريد الإلكتروني. ويمكنك أيضًا كتابة codice fiscale الخاص بك بدل اسم المستخدم.
username-label = اسم المستخدم أو codice fiscale
password-label = كلمة المرور
login-button = دخول
login-failed = اسم المستخدم أو كلمة المرور غير صحيحة.
login-locked = محاولات فاشلة كثيرة. لأسباب أمنية تم إيقاف الدخول لمدة 15 دقيقة: حاول لاحقًا أو استرجع بيانات الدخول.
login-temporary-expired = انتهت صلاحية كلمة المرور المؤقتة أو سبق استخدامها: اطلب كلمة مرور جديدة عبر استرجاع بيانات الدخول.
forgot-credentials = نسيت اسم المستخدم أو كلمة المرور
no-account-yet = ليس لديك حساب بعد؟
register-link = سجّل الآن
logged-out = لقد خرجت من الخدمة.
session-expired = انتهت الجلسة: سجّل الدخول مرة أخرى.
log-out = خروج

## Email verification
verify-title = تأكيد البريد الإلكتروني
verify-done = شكرًا، تم تأكيد عنوان بريدك الإلكتروني. أرسلنا إليك رسالة «Creazione utenza» فيها اسم المستخدم وكلمة مرور مؤقتة: صالحة لمدة 72 ساعة ولأول دخول فقط.
verify-already = تم تأكيد هذا العنوان من قبل. إذا لم تصلك بيانات الدخول، فاستخدم استرجاع بيانات الدخول.
verify-invalid = الرابط غير صالح أو انتهت صلاحيته (صالح لمدة 24 ساعة). أعد التسجيل أو استخدم استرجاع بيانات الدخول.

## Change password
change-password-title = اختر كلمة المرور الخاصة بك
change-password-intro = قبل المتابعة اختر كلمة مرور خاصة بك. 10 أحرف على الأقل؛ والأفضل أن تكون جملة يسهل عليك تذكّرها ويصعب على غيرك تخمينها.
current-password-label = كلمة المرور الحالية
new-password-label = كلمة المرور الجديدة
new-password-again-label = أعد كتابة كلمة المرور الجديدة
save-password = حفظ كلمة المرور
password-changed = تم تغيير كلمة المرور.
problem-current-password = كلمة المرور الحالية غير صحيحة.

## Credential recovery
recovery-title = استرجاع اسم المستخدم وكلمة المرور
recovery-intro = اكتب codice fiscale الخاص بك والبريد الإلكتروني الذي أدخلته عند التسجيل: إذا كانا يطابقان حسابًا، فسنرسل إليك اسم المستخدم ورابطًا لاختيار كلمة مرور جديدة، صالحًا لمدة ساعة واحدة.
recovery-send = إرسال
recovery-sent = إذا كانت البيانات تطابق حسابًا، فستصلك قريبًا رسالة بريد إلكتروني فيها التعليمات. تحقّق أيضًا من البريد غير المرغوب فيه.
reset-title = كلمة مرور جديدة
reset-invalid = الرابط غير صالح، أو سبق استخدامه، أو انتهت صلاحيته. اطلب رابطًا جديدًا.
reset-done = تم حفظ كلمة المرور. يمكنك الآن تسجيل الدخول بكلمة المرور الجديدة.

## Conditions
conditions-title = شروط الخدمة
conditions-intro = للدفع عبر PagoScuola اقرأ شروط الخدمة وإشعار معالجة البيانات الشخصية ووافق عليهما. توافق عليهما مرة واحدة؛ ولن نطلب منك ذلك مرة أخرى إلا إذا تغيّرا.
conditions-version = الإصدار بتاريخ
accept-conditions-label = قرأت شروط الخدمة وأوافق عليها
accept-privacy-notice-label = قرأت إشعار معالجة البيانات الشخصية
accept-and-continue = الموافقة والمتابعة
conditions-accepted = وافقت على شروط الخدمة بتاريخ

## Family home
family-title = مساحتك
family-greeting = مرحبًا، { $name }
family-profile = بياناتك
full-name-label = الاسم واللقب
username-only = اسم المستخدم
change-password-link = تغيير كلمة المرور
opens-new-tab = يُفتح في علامة تبويب جديدة

## Development mailbox
mailbox-title = بريد التطوير
mailbox-intro = في الوضع التجريبي فقط: الرسائل التي أعدّتها الخدمة، من الأحدث إلى الأقدم. لا يستلمها أحد فعليًا.
mailbox-empty = لا توجد رسائل.
mailbox-to = إلى
mailbox-sent = أُرسلت
mailbox-queued = في قائمة الانتظار

## Texts with values
full-name = { $given_name } { $surname }
# A birthplace that no longer exists: "Abano (PD, fino al 1924)".
birthplace-until = { $name } ({ $province }, حتى عام { $year })
birthplace-in = { $name } ({ $province })
step-heading = { $title } (الخطوة { $step } من { $steps })

## Registration and recovery limits
problem-too-long = النص طويل جدًا لهذا الحقل: اكتبه مرة أخرى بشكل أقصر.
problem-try-later = توجد حاليًا تسجيلات كثيرة جدًا قيد الإنجاز: حاول مرة أخرى لاحقًا.
recovery-limited = طلبات استرداد كثيرة جدًا لهذه البيانات أو من هذا الاتصال: حاول مرة أخرى لاحقًا، بعد 15 دقيقة.

# Log-ins (throttling and the password hasher's queue)
login-busy = عدد كبير جدًا من عمليات الدخول في هذه اللحظة: حاول مرة أخرى بعد بضع ثوانٍ.

## frame (issue 12)
prefill-note = تاريخ الميلاد والجنس ومكان الميلاد مأخوذة من رمزك الضريبي: تحقّق منها وصحّحها عند الحاجة.
done-resend = أعد إرسال البريد الإلكتروني
done-correct = صحّح البريد الإلكتروني
done-resent = أرسلنا إليك رسالة جديدة "Conferma registrazione": استخدم الرابط في أحدث رسالة.
done-retry-at = طلبت رسائل كثيرة في وقت قصير. يمكنك المحاولة مجددًا ابتداءً من الساعة { $time }.
done-correct-intro = اكتب العنوان الصحيح: سنرسل إليك رابطًا جديدًا ولن يعمل الرابط السابق بعد الآن.
done-send-new = أرسل الرابط الجديد
cancel = إلغاء
show-password = إظهار كلمة المرور
profile-title = ملفك الشخصي

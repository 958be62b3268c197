# PagoScuola · العربية (ar) · the page shell, home, directory and legal pages
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)


## Page shell
skip-to-content = الانتقال إلى المحتوى الرئيسي
service-name = PagoScuola
service-tagline = مدفوعات المدرسة، للعائلات
log-in = تسجيل الدخول
language-switch = اللغة
main-nav = القائمة الرئيسية
nav-home = الرئيسية
nav-schools = البحث عن المدرسة
footer-nav = معلومات عن الخدمة
footer-privacy = إشعار الخصوصية
footer-accessibility = بيان إمكانية الوصول
footer-about = PagoScuola: الدفع للمدارس الإيطالية عبر pagoPA.
footer-no-card-data = لا يحتفظ PagoScuola بأي بيانات عن بطاقات الدفع أو الحسابات البنكية.
meta-description = ادفع إشعارات الدفع الخاصة بمدرسة أبنائك، حتى لو كانوا في مدارس مختلفة، واختر مقدّم خدمة الدفع الأقل تكلفة.

## Home
home-title = ادفع مصاريف مدرسة أبنائك في خطوات قليلة
home-intro = مع PagoScuola ترى كل إشعارات الدفع الخاصة بأبنائك، حتى من مدارس مختلفة، وتدفعها معًا باختيار مقدّم خدمة الدفع (PSP) صاحب أقل عمولة.
home-login-cta = الدخول إلى مساحة العائلات
home-register-cta = ليس لديك حساب؟ سجّل الآن
home-features-title = ماذا يمكنك أن تفعل
home-feature-notices-title = كل الإشعارات في مكان واحد
home-feature-notices-text = الرحلات المدرسية، التأمين، المساهمات: ترى ما يجب دفعه ومواعيده، لكل ابن أو ابنة.
home-feature-pay-title = ادفع بالطريقة التي تفضّلها
home-feature-pay-text = بطاقة أو حساب بنكي أو تطبيق: تقارن العمولات وتختار مقدّم خدمة الدفع الأقل تكلفة.
home-feature-receipts-title = الإيصالات في متناول يدك دائمًا
home-feature-receipts-text = إيصال الدفع وشهادة الدفع للخصم الضريبي، يمكنك تنزيلهما متى شئت.
home-voluntary-title = المساهمات الطوعية: ابحث عن المدرسة
home-voluntary-text = ابحث عن المدرسة بواسطة codice meccanografico، أو حسب المنطقة والمقاطعة والبلدية.

## Directory
schools-title = البحث عن المدرسة
schools-intro = ابحث بواسطة codice meccanografico، أو اختر المنطقة والمقاطعة والبلدية. ويمكنك أيضًا البحث بالاسم.
search-by-code = البحث بالرمز
search-by-place = البحث بالمكان أو بالاسم
code-label = Codice meccanografico
code-hint = هو الرمز الرسمي للمدرسة، من 10 خانات، مثل MIIC8CY00P. إذا كنت تعرفه، فلا حاجة إلى الحقول الأخرى.
region-label = المنطقة
province-label = المقاطعة
town-label = البلدية
name-label = اسم المدرسة
name-hint = 3 أحرف على الأقل، مثل Manzoni.
any-region = كل المناطق
any-province = كل المقاطعات
any-town = كل البلديات
search-button = بحث
new-search = بحث جديد
results-title = النتائج
results-truncated = هناك نتائج كثيرة: تظهر هنا أول 50 نتيجة. ضيّق البحث باختيار المقاطعة أو البلدية أو الاسم.
no-results-help = تحقّق من الرمز، أو وسّع البحث بإزالة البلدية أو الاسم.
error-summary-title = تحقّق من البيانات التي أدخلتها
searching = جارٍ البحث…
search-failed = لم ينجح البحث. تحقّق من الاتصال بالإنترنت وحاول مرة أخرى.
problem-code-characters = يبدأ codice meccanografico بالحرفين اللذين يرمزان إلى المقاطعة، ولا يحتوي إلا على أحرف وأرقام، مثل MIIC8CY00P.
problem-unknown-region = المنطقة غير معروفة: اختر واحدة من القائمة.
problem-unknown-province = المقاطعة غير معروفة: اختر واحدة من القائمة.
problem-province-not-in-region = هذه المقاطعة لا تتبع المنطقة التي اخترتها.
problem-empty-search = أدخل codice meccanografico، أو اختر المنطقة على الأقل، أو اكتب اسم المدرسة.

## School page
school-code-label = Codice meccanografico
school-kind-label = نوع المدرسة
address-label = العنوان
email-label = البريد الإلكتروني
creditor-code-label = codice fiscale الخاص بالجهة الدائنة
school-details = بيانات المدرسة
school-payments-title = المدفوعات
school-payments-text = تظهر الإشعارات التي تصدرها هذه المدرسة لأبنائك في مساحة العائلات الخاصة بك بعد تسجيل الدخول. يمكن دفع المساهمات الطوعية (التبرعات، التأمين، الرحلات) هنا، حتى بدون حساب.
school-not-found-title = لم يتم العثور على المدرسة
school-not-found-text = لا توجد مدرسة بهذا الرمز (codice meccanografico). تحقّق من الرمز أو ابحث عن المدرسة في القائمة.
back-to-search = العودة إلى البحث

## Kinds of school
kind-comprehensive = مجمّع مدرسي (من الروضة حتى الإعدادية)
kind-infant = روضة أطفال
kind-primary = مدرسة ابتدائية
kind-lower-secondary = مدرسة إعدادية (متوسطة)
kind-upper-secondary = مدرسة ثانوية
kind-technical = معهد تقني
kind-vocational = معهد مهني

## Log-in page (the family area arrives with registration)

## Errors
not-found-title = الصفحة غير موجودة
not-found-text = قد يكون العنوان خاطئًا، أو أن الصفحة لم تعد موجودة.
go-home = العودة إلى الصفحة الرئيسية
server-error-title = حدث خطأ ما
server-error-text = لم نتمكّن من إتمام الطلب. حاول مرة أخرى بعد بضع دقائق: بياناتك لم تضِع.

## Privacy notice
privacy-title = إشعار بشأن معالجة البيانات الشخصية
privacy-who-title = من يعالج البيانات
privacy-who = المتحكّم في معالجة البيانات (titolare del trattamento) فيما يخصّ المدفوعات هو المدرسة التي تُصدر الإشعار؛ ويعالج PagoScuola البيانات نيابةً عن المدرسة، بصفته معالجًا للبيانات (responsabile del trattamento) (المادة 28 من لائحة الاتحاد الأوروبي 2016/679، GDPR).
privacy-what-title = ما البيانات ولماذا
privacy-what = لا نجمع أي بيانات شخصية عند الاكتفاء بتصفّح قائمة المدارس. ومن أجل الدفع نعالج codice fiscale الخاص بوليّ الأمر واسمه ولقبه وبريده الإلكتروني، وبيانات التلاميذ اللازمة للإشعارات، وذلك فقط لتنفيذ المدفوعات وإصدار الإيصالات وشهادات الدفع.
privacy-cookies-title = ملفات تعريف الارتباط (cookie)
privacy-cookies = لا نستخدم إلا ملفات تعريف ارتباط تقنية: واحد يتذكّر اللغة التي اخترتها، وبعد تسجيل الدخول واحد يحافظ على الجلسة. لا نستخدم أي ملفات تعريف ارتباط للتنميط أو تابعة لأطراف ثالثة.
privacy-payments-title = بيانات الدفع
privacy-payments = تُدخَل بيانات البطاقات والحسابات البنكية فقط لدى مقدّم خدمة الدفع الذي تختاره: PagoScuola لا يراها ولا يحتفظ بها.
privacy-rights-title = حقوقك
privacy-rights = يمكنك طلب الاطلاع على بياناتك أو تصحيحها أو حذفها بالكتابة إلى privacy@pagoscuola.it، ويمكنك أيضًا التوجّه إلى الهيئة الإيطالية لحماية البيانات الشخصية (Garante per la protezione dei dati personali).

## Accessibility statement
accessibility-title = بيان إمكانية الوصول
accessibility-intro = يلتزم PagoScuola بجعل الخدمة في متناول الجميع، وفقًا لإرشادات AgID بشأن إمكانية الوصول والمستوى AA من معايير WCAG 2.1.
accessibility-status-title = حالة المطابقة
accessibility-status = الخدمة مطابقة جزئيًا. تُفحص كل صفحة آليًا (axe-core) عند كل تعديل، ويمكن استخدامها بلوحة المفاتيح وحدها، وتعمل على شاشات بعرض 360 بكسل، وتعرض المحتوى حتى من دون JavaScript.
accessibility-limits-title = محتوى لم يصبح متاحًا بعد
accessibility-limits = الفحوص الآلية لا تغني عن الاختبار مع أشخاص يستخدمون قارئات الشاشة: نحن نخطّط لذلك. لا يتحدّث البحث عن المدارس أثناء الكتابة إلا إذا كان JavaScript مفعّلًا؛ ومن دون JavaScript يُستخدم زر «بحث».
accessibility-captcha-title = التسجيل والتحقق الأمني
accessibility-captcha = تطلب الخطوة الأولى من التسجيل تحققًا بعنوان «لست روبوتًا»: ليس لغزًا يجب حلّه، بل يكفي تحديد المربع ويقوم جهازك بعملية حسابية قصيرة. ولهذا يجب أن يكون JavaScript مفعّلًا. جميع الخطوات والنماذج الأخرى تعمل أيضًا من دون JavaScript. إذا لم تتمكّن من تفعيله، فاكتب إلى assistenza@pagoscuola.it وسنسجّلك نحن.
accessibility-feedback-title = الإبلاغ عن المشكلات
accessibility-feedback = إذا واجهت عائقًا فاكتب إلى accessibilita@pagoscuola.it: نردّ خلال 30 يومًا. وإذا لم يُرضِك الردّ يمكنك التوجّه إلى أمين المظالم الرقمي (Difensore civico per il digitale) لدى AgID.
login-required-text = لعرض هذه الصفحة سجّل الدخول ببيانات الدخول الخاصة بك.
forbidden-text = هذه الصفحة غير متاحة لحسابك.
accessibility-date = أُعدّ هذا البيان بتاريخ 23/11/2026.

## Texts with values
schools-found = { $count ->
    [0] لم يتم العثور على أي مدرسة
    [one] تم العثور على مدرسة واحدة
    [two] تم العثور على مدرستين
    [few] تم العثور على { $count } مدارس
    [many] تم العثور على { $count } مدرسة
   *[other] تم العثور على { $count } مدرسة
}
problem-code-length = يتكوّن codice meccanografico من 10 خانات: لقد أدخلت { $found }.
problem-too-long = النص طويل جدًا: الحد الأقصى لعدد الأحرف هو { $max }.
problem-name-too-short = اكتب { $min } أحرف على الأقل من الاسم.
# A school in the results: its kind, then where it is.
school-place = { $kind } · { $town } ({ $province })
# The Italian text of the conditions and of the privacy notice is the one that counts.
italian-prevails = هذه ترجمة: النص الإيطالي هو المعتمد.
document-not-found = لم يتم العثور على المستند.
try-again-shortly = الخدمة لا تستجيب: حاول مرة أخرى بعد قليل.

## frame (issue 12)
nav-notices = الإشعارات
nav-receipts = الإيصالات
nav-cart = السلة
account-menu = حسابك
nav-profile = الملف الشخصي
nav-log-out = تسجيل الخروج
footer-runs = يُدار PagoScuola نيابةً عن المدارس التي تصدر الإشعارات، وهي المسؤولة عن بيانات الدفع.
footer-help-title = هل تحتاج إلى مساعدة؟
footer-help-notice = بخصوص إشعار (المبلغ، السبب، هل يخصّك): أمانة المدرسة التي أصدرته.
footer-help-site = بخصوص الموقع (الدخول، التسجيل، المدفوعات): مكتب مساعدة PagoScuola،
footer-conditions = شروط الخدمة

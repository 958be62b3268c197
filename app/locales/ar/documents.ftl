# PagoScuola · العربية (ar) · the PDF documents
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)

receipt-title = إيصال الدفع
receipt-lead = إيصال إلكتروني لدفع إشعار pagoPA تم عبر PagoScuola.
attestation-title = شهادة الدفع
attestation-lead = شهادة الدفع، يجب الاحتفاظ بها وتقديمها للحصول على الخصم في الإقرار الضريبي.
outcome = النتيجة
outcome-ok = تم الدفع (OK)
receipt-id = رقم الإيصال
paid-at = تاريخ الدفع ووقته
notice-number = رقم الإشعار (codice avviso)
iuv = المعرّف الفريد للدفعة (IUV)
creditor = الجهة الدائنة
creditor-fiscal-code = codice fiscale الخاص بالجهة الدائنة
office = المقرّ
reason = سبب الدفع
amount = المبلغ المدفوع
debtor = المدين (التلميذ)
payer = الدافع
psp = مقدّم خدمة الدفع (PSP)
method = طريقة الدفع
fee = عمولة مقدّم خدمة الدفع (عمولة واحدة للدفعة كلها)
payment-token = رقم العملية لدى مقدّم خدمة الدفع
school-year = السنة الدراسية
deductible = قابل للخصم الضريبي
deductible-yes = نعم: أشارت المدرسة إلى أن هذه الدفعة قابلة للخصم الضريبي. احتفظ بهذه الشهادة مع الإيصال.
deductible-no = لا: لم تُشِر المدرسة إلى أن هذه الدفعة قابلة للخصم الضريبي.
attestation-text = يُشهَد بأن الدافع المذكور أعلاه قد أجرى، عبر نظام pagoPA، الدفعة الموصوفة هنا لصالح المؤسسة التعليمية.
method-card = بطاقة
method-bank-account = حساب بنكي
method-app = تطبيق دفع

generated-on = مستند أنشأه PagoScuola بتاريخ { $date } الساعة { $time }

# Payments through the sandbox PSP (a test: no money moved)
test-payment-band = تجربة، بلا قيمة. دفعة محاكاة عبر مزوّد الدفع التجريبي في PagoScuola: لم يُحوَّل أي مال. هذه الوثيقة ليست إيصالاً ولا تصلح للإقرار الضريبي.
receipt-lead-test = إيصال دفعة تجريبية تمت عبر مزوّد الدفع المحاكى في PagoScuola: لم يُدفع أي إشعار pagoPA.
attestation-text-test = دفعة تجريبية تمت عبر مزوّد الدفع المحاكى في PagoScuola: لم تمرّ عبر نظام pagoPA ولا تثبت أي دفع.

## Notices paid elsewhere (money-receipts)
payer-not-known = غير محدد (دُفع خارج PagoScuola)

## The payment notice (avviso di pagamento, pagoPA layout)
notice-title = إشعار الدفع
notice-creditor-heading = الجهة الدائنة
notice-recipient-heading = المرسل إليه الإشعار
notice-fiscal-code = الرمز الضريبي
notice-creditor-name = الاسم
notice-recipient-name = الاسم الكامل
notice-amount-heading = كم ومتى تدفع؟
notice-due = { $amount } قبل { $date }
notice-after-due = يحدّث النظام المبلغ تلقائيًا: قد يطلب منك الموظف أو الموقع أو التطبيق الذي تستخدمه مبلغًا مختلفًا عن المبلغ المذكور هنا. يمكنك الدفع حتى { $date }؛ بعد هذا التاريخ تنتهي صلاحية الإشعار ويجب على المدرسة إصدار إشعار جديد.
notice-where-heading = أين تدفع؟
notice-where-online = ادفع عبر تطبيق IO أو من خدمة البنك عبر الإنترنت أو بتطبيق الدفع الخاص بك أو عبر القنوات المعتمدة الأخرى.
notice-where-physical = ادفع حضوريًا في البنك أو مكتب البريد أو محل التبغ أو جهاز الصراف الآلي أو السوبرماركت: نقدًا أو بالبطاقة أو من الحساب.
notice-payment-heading = بيانات الدفع
notice-payment-lead = امسح رمز QR بتطبيق IO أو بتطبيق الدفع الخاص بك، أو قدّم رقم الإشعار والرمز الضريبي للجهة الدائنة.
notice-qr-alt = رمز QR من pagoPA يحتوي على رقم الإشعار والرمز الضريبي للجهة الدائنة والمبلغ
notice-recipient = المرسل إليه
notice-subject = موضوع الدفع
notice-amount = المبلغ
notice-poste-heading = قسيمة البريد PA
notice-poste-lead = في مكتب البريد أو بتطبيق BancoPosta أو على poste.it: امسح رمز Data Matrix.
notice-postal-account = الحساب البريدي
notice-account-holder = صاحب الحساب
notice-datamatrix-alt = رمز Data Matrix من البريد الإيطالي يحتوي على بيانات القسيمة

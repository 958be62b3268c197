# PagoScuola · العربية (ar) · class representatives: the office's delegation, the representative's page
# native-speaker-review: no

## The office's event page

rep-title = ممثلو الصفوف
rep-intro = يمكن لأحد أولياء أمور الصف، بتفويض من الإدارة، أن يدفع إشعارات هذا الحدث عن الصف كله. يدفع إشعار كل تلميذ، 5 إشعارات على الأكثر في كل دفعة (حد pagoPA): ترى كل أسرة إشعار طفلها مدفوعًا، ويبقى التقرير لكل تلميذ، ولا يُدفع أي إشعار مرتين.
rep-no-classes = لا توجد إشعارات لهذا الحدث بعد: بعد النشر يمكنك تفويض ممثل لكل صف.
rep-none = لا يوجد ممثل مفوَّض.
rep-col-class = الصف
rep-col-parent = الممثل
rep-col-action = الإجراء
rep-end = إلغاء التفويض
rep-end-label = إلغاء تفويض { $name } للصف { $class }
rep-form-title = تفويض ممثل
rep-class-label = الصف
rep-cf-label = الرمز الضريبي لولي الأمر
rep-cf-hint = ولي أمر مسجَّل لتلميذ في الصف، يرى أطفاله على PagoScuola. إذا كان للصف ممثل، يحلّ محله.
rep-delegate = تفويض
rep-problem-class = اختر صفًا لديه إشعارات لهذا الحدث.
rep-problem-cf = اكتب رمزًا ضريبيًا صحيحًا من 16 حرفًا.
rep-problem-parent = لا يوجد ولي أمر مسجَّل في هذا الصف بهذا الرمز الضريبي. اربط أولًا ولي الأمر بالتلميذ (البريد الإلكتروني المسجَّل أو رمز التفعيل).
rep-outcome-done = تم تفويض الممثل: يجد الآن إشعارات الصف في صفحة «ادفع عن الصف».
rep-outcome-ended = أُلغي التفويض. تبقى المدفوعات السابقة صالحة.

## The representative's page

class-pay-title = ادفع عن الصف
class-pay-intro = فوّضتك إدارة المدرسة ممثلًا للصف. ضع علامة على التلاميذ الذين تدفع عنهم: يقبل pagoPA خمسة إشعارات على الأكثر في كل دفعة، لذا تغطي كل دفعة حتى 5 تلاميذ ولها عمولتها. سترى كل أسرة إشعار طفلها مدفوعًا.
class-pay-deductible = نفقة قابلة للخصم: في الإقرار 730 يعود الخصم لمن يدفع. الأسر التي تريد خصمها تدفع بنفسها.
class-pay-none = لست ممثلًا لأي صف. تمنح إدارة المدرسة التفويض.
class-pay-heading = { $reason } · الصف { $class }
class-pay-summary = مدفوع { $paid } من { $total } · للدفع { $due }
class-pay-left = { $count ->
    [0] لا شيء للدفع.
    [one] بقي إشعار واحد للدفع.
    [two] بقي إشعاران للدفع.
    [few] بقيت { $count } إشعارات للدفع.
    [many] بقي { $count } إشعارًا للدفع.
   *[other] بقي { $count } إشعار للدفع.
}
class-pay-payments = { $payments ->
    [one] تكفي دفعة واحدة.
    [two] تلزم دفعتان، 5 إشعارات على الأكثر لكل منهما.
    [few] تلزم { $payments } دفعات، 5 إشعارات على الأكثر لكل منها.
    [many] تلزم { $payments } دفعة، 5 إشعارات على الأكثر لكل منها.
   *[other] تلزم { $payments } دفعة، 5 إشعارات على الأكثر لكل منها.
}
class-pay-choose = التلاميذ الذين تدفع عنهم (أول 5 محددون مسبقًا)
class-pay-button = ادفع المحدَّد
class-pay-paid = مدفوع
class-pay-busy = الدفع جارٍ
class-pay-closed = لم يعد قابلًا للدفع
class-pay-due = الاستحقاق { $date }
class-pay-link = أنت ممثل الصف: ادفع عن الصف
class-pay-back = العودة إلى إشعاراتك

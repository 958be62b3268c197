# PagoScuola · العربية (ar) · the office's money reports: reconciliation, refunds, 730 data
# native-speaker-review: no

reconciliation-title = المقبوضات والمبالغ المستردة
tax-title = بيانات الإقرار الضريبي 730

## Reconciliation of a period

reconciliation-intro = الأموال التي وصلت إلى المدرسة، يومًا بيوم وحسب مقدّم خدمة الدفع (PSP). تدفع الأسر العمولات لمقدّم الخدمة فوق المبلغ: لا تُنقص ما تقبضه المدرسة.
period-legend = الفترة
period-from = من
period-to = إلى
period-show = اعرض
period-from-invalid = اكتب تاريخًا صحيحًا، مثل 01/11/2026.
period-to-invalid = اكتب تاريخًا صحيحًا، مثل 30/11/2026.
period-to-before-from = تاريخ النهاية يسبق تاريخ البداية.
period-too-long = سنة واحدة على الأكثر في كل مرة.
period-shown = من { $from } إلى { $to }
figure-receipts = إيصالات
figure-amount = مقبوضة
figure-fees = عمولات دفعتها الأسر
col-day = اليوم
col-psp = مقدّم الخدمة
col-receipts = الإيصالات
col-amount = المقبوض
col-fees = العمولات
no-receipts = لا مقبوضات في هذه الفترة.
reconciliation-csv = نزّل كل إيصالات الفترة (CSV)

## Refunds the school owes

refunds-title = مبالغ يجب ردّها
refunds-intro = أموال وصلت لإشعار مدفوع من قبل أو لم يعد قابلًا للدفع: تعيدها المدرسة إلى الأسرة ثم تسجّلها هنا على أنها رُدّت. حتى ذلك الحين ترى الأسرة المبلغ المستحق لها.
refunds-none = لا مبالغ لردّها.
refund-col-notice = الإشعار
refund-col-pupil = التلميذ
refund-col-amount = المبلغ
refund-col-reason = السبب
refund-col-state = الحالة
refund-reason-paid-twice = دُفع مرتين
refund-reason-not-payable = إشعار لم يعد قابلًا للدفع
refund-to-make = يجب ردّه (سُجّل في { $day })
refund-made = رُدّ في { $day }
refund-mark = سجّل أنه رُدّ
refund-mark-about = سجّل أن الإشعار { $number } الخاص بـ { $pupil } قد رُدّ
refund-settled = تم تسجيل ردّ مبلغ الإشعار { $number }.
refunds-who = وحدهما مدير المدرسة والمسؤول الإداري (DSGA) يمكنهما تسجيل ردّ المبلغ.

## Tax data for the pre-filled return (730)

tax-intro = من أجل الإقرار الضريبي المعبّأ مسبقًا تُبلغ المدرسة وكالة الإيرادات (Agenzia delle Entrate)، قبل 16 مارس، بالنفقات القابلة للخصم في السنة السابقة: لكل تلميذ ولكل من دفع، مجموع المدفوعات القابلة للخصم.
tax-year = السنة
tax-show = اعرض
tax-year-refused = تلك السنة غير متاحة: هذه سنة { $year }.
tax-col-pupil = التلميذ
tax-col-payer = من دفع
tax-col-amount = المبلغ القابل للخصم
tax-col-payments = المدفوعات
tax-total = مجموع القابل للخصم لسنة { $year }: { $amount }
tax-payer-unknown = غير معروف
tax-without-payer = أسطر بلا الرمز الضريبي لمن دفع (مدفوعات بلا حساب أو خارج PagoScuola): { $count }. تطلبه الوكالة فقط عندما تعرفه المدرسة.
tax-none = لا مدفوعات قابلة للخصم في هذه السنة.
tax-csv = نزّل بيانات { $year } (CSV)
tax-csv-explained = كل سطر في الملف فيه السنة والرمز الضريبي للتلميذ ولمن دفع والمبلغ. يُستعمل مع برنامج وكالة الإيرادات الذي يُعدّ البلاغ.

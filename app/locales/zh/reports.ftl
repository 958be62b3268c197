# PagoScuola · 简体中文 (zh) · the office's money reports: reconciliation, refunds, 730 data
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)

reconciliation-title = 收款与退款
tax-title = 730 报税数据

## Reconciliation of a period

reconciliation-intro = 学校每天按支付服务商（PSP）收到的款项。手续费由家庭在金额之外付给支付服务商，不会减少学校的收入。
period-legend = 期间
period-from = 从
period-to = 到
period-show = 显示
period-from-invalid = 请输入有效日期，例如 01/11/2026。
period-to-invalid = 请输入有效日期，例如 30/11/2026。
period-to-before-from = 结束日期早于开始日期。
period-too-long = 每次最多一年。
period-shown = 从 { $from } 到 { $to }
figure-receipts = 张收据
figure-amount = 已收款
figure-fees = 家庭支付的手续费
col-day = 日期
col-psp = 支付服务商
col-receipts = 收据
col-amount = 收款
col-fees = 手续费
no-receipts = 此期间没有收款。
reconciliation-csv = 下载此期间的全部收据（CSV）

## Refunds the school owes

refunds-title = 待退款项
refunds-intro = 为已支付或不再可支付的通知收到的款项：学校退还给家庭后，在这里标记为已退款。在此之前，家庭会看到应退给他们的款项。
refunds-none = 没有退款。
refund-col-notice = 通知
refund-col-pupil = 学生
refund-col-amount = 金额
refund-col-reason = 原因
refund-col-state = 状态
refund-reason-paid-twice = 重复支付
refund-reason-not-payable = 通知已不可支付
refund-to-make = 待退款（登记于 { $day }）
refund-made = 已于 { $day } 退款
refund-mark = 标记为已退款
refund-mark-about = 将 { $pupil } 的通知 { $number } 标记为已退款
refund-settled = 通知 { $number } 的退款已标记为完成。
refunds-who = 只有校长和行政主管（DSGA）可以将退款标记为完成。

## Tax data for the pre-filled return (730)

tax-intro = 为了预填报税表，学校须在 3 月 16 日前向税务局（Agenzia delle Entrate）报送上一年的可抵扣费用：每名学生及每位付款人的可抵扣付款总额。
tax-year = 年份
tax-show = 显示
tax-year-refused = 该年份不可用：现显示 { $year } 年。
tax-col-pupil = 学生
tax-col-payer = 付款人
tax-col-amount = 可抵扣金额
tax-col-payments = 付款次数
tax-total = { $year } 年可抵扣总额：{ $amount }
tax-payer-unknown = 未知
tax-without-payer = 没有付款人税号的行（无账户付款或在 PagoScuola 以外付款）：{ $count }。只有学校知道时，税务局才要求填写。
tax-none = 该年没有可抵扣的付款。
tax-csv = 下载 { $year } 年数据（CSV）
tax-csv-explained = 文件每行包含年份、学生和付款人的税号以及金额，可配合税务局准备报送的软件使用。

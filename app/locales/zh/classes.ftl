# PagoScuola · 简体中文 (zh) · class representatives: the office's delegation, the representative's page
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)

## The office's event page

rep-title = 班级代表
rep-intro = 经学校办公室授权的一位班级家长，可以为全班支付本次收费的通知。代表支付每个学生自己的通知，每次付款最多 5 个（pagoPA 的限制）：每个家庭都能看到自己孩子的通知已支付，报表仍按学生统计，任何通知都不会被支付两次。
rep-no-classes = 本次收费还没有通知：发布后即可为每个班级授权一位代表。
rep-none = 尚未授权代表。
rep-col-class = 班级
rep-col-parent = 代表
rep-col-action = 操作
rep-end = 取消授权
rep-end-label = 取消 { $name } 对 { $class } 班的授权
rep-form-title = 授权代表
rep-class-label = 班级
rep-cf-label = 家长的税号（codice fiscale）
rep-cf-hint = 该班某个学生的已注册家长，且已在 PagoScuola 上看到自己的孩子。如果该班已有代表，将被替换。
rep-delegate = 授权
rep-problem-class = 请选择一个有本次收费通知的班级。
rep-problem-cf = 请输入有效的 16 位税号。
rep-problem-parent = 该班没有使用此税号的已注册家长。请先将家长与学生关联（登记的电子邮箱或激活码）。
rep-outcome-done = 已授权代表：他现在可以在"为班级付款"页面找到该班的通知。
rep-outcome-ended = 授权已取消。已完成的付款仍然有效。

## The representative's page

class-pay-title = 为班级付款
class-pay-intro = 学校办公室已授权你为班级代表。勾选你要代付的学生：pagoPA 每次付款最多接受 5 个通知，因此每次付款最多覆盖 5 名学生，并各自收取手续费。每个家庭都会看到自己孩子的通知已支付。
class-pay-deductible = 可抵扣费用：在 730 申报中，抵扣归付款人所有。想要抵扣的家庭请自行支付。
class-pay-none = 你不是任何班级的代表。授权由学校办公室给予。
class-pay-heading = { $reason } · { $class } 班
class-pay-summary = 已付 { $paid } / { $total } · 待付 { $due }
class-pay-left = { $count ->
    [0] 没有待付款项。
   *[other] 还有 { $count } 个通知待付。
}
class-pay-payments = { $payments ->
   *[other] 需要 { $payments } 次付款，每次最多 5 个通知。
}
class-pay-choose = 要代付的学生（前 5 名已勾选）
class-pay-button = 支付已勾选的
class-pay-paid = 已支付
class-pay-busy = 付款处理中
class-pay-closed = 已不可支付
class-pay-due = 截止 { $date }
class-pay-link = 你是班级代表：为班级付款
class-pay-back = 返回你的通知

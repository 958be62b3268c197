# PagoScuola · 简体中文 (zh) · voluntary payments (versamenti volontari)
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)


## Finding the school

voluntary-title = 自愿缴费
voluntary-intro = 即使没有账户，您也可以向学校自愿缴费（捐款、保险、出游）：按 codice meccanografico（学校代码）查找学校，或按大区、省和市镇查找。
voluntary-start = 自愿缴费
voluntary-family-title = 自愿缴费
voluntary-family-text = 学校尚未以缴费通知发给您的捐款、保险或出游：查找学校并缴费，也可以为孙辈缴费。
voluntary-school-link = 向这所学校自愿缴费


## A school's items

voluntary-school-title = 自愿缴费：{ $school }
voluntary-items-title = 可缴费项目
voluntary-items-none = 这所学校目前没有开放的自愿缴费项目。
voluntary-choose = 选择
voluntary-choose-about = 选择：{ $reason }
voluntary-amount-label = 金额
voluntary-amount-range = 自选金额，{ $min } 至 { $max }，建议 { $suggested }
voluntary-period-open = 可缴至 { $date }
voluntary-period-not-yet = 自 { $date } 起可缴
voluntary-period-closed = 已于 { $date } 截止
voluntary-period-label = 缴费期
voluntary-deductible-label = 可抵税
voluntary-deductible-yes = 是，可在报税时抵扣
voluntary-deductible-no = 否
voluntary-category-label = 类型
voluntary-category-trip = 出游或教学外出
voluntary-category-insurance = 保险
voluntary-category-contribution = 自愿捐款
voluntary-category-material = 教学材料
voluntary-category-tax = 学校税费
voluntary-category-other = 其他
voluntary-back-to-search = 查找其他学校
voluntary-choose-another = 选择其他缴费项目


## The form

voluntary-form-title = 学生信息
voluntary-form-intro = 请填写学生的税号、姓和名：三者必须一致。
voluntary-pupil-cf-label = 学生税号
voluntary-pupil-cf-hint = 16 个字符，与学生医保卡上的一致。
voluntary-pupil-surname-label = 学生的姓
voluntary-pupil-given-name-label = 学生的名
voluntary-amount-input-label = 缴费金额（欧元）
voluntary-amount-hint = { $min } 至 { $max }。例如 25 或 25,50。
voluntary-email-label = 您的电子邮箱
voluntary-email-hint = 用于接收缴费收据。无需账户。
voluntary-signed-in-note = 您已登录：缴费通知和收据将归入您的账户。
voluntary-how-title = 您想如何缴费？
voluntary-pay-now = 立即缴费
voluntary-pay-now-hint = 现在在线缴费，可用银行卡、账户或支付应用。
voluntary-download = 下载缴费单
voluntary-download-hint = 稍后凭二维码通过 IO 应用、网上银行、银行、邮局或烟草店缴费。
voluntary-not-open = 此项目今天不能缴费。
voluntary-amount-required = 请填写您要缴的金额。
voluntary-amount-format = 请以欧元填写金额，例如 25 或 25,50。
voluntary-amount-min = 最低金额为 { $min }。
voluntary-amount-max = 最高金额为 { $max }。
voluntary-too-many = 您在短时间内创建了太多缴费通知：请 15 分钟后再试。


## The notice created

voluntary-issued-title = 您的缴费单已准备好
voluntary-issued-text = 我们已创建缴费通知。请下载，并在截止日期前通过 IO 应用、网上银行、银行、邮局或烟草店缴费。
voluntary-issued-download = 下载缴费通知（PDF）
voluntary-issued-keep = 请立即下载：链接有效期 60 天，本页面不会再次显示。
voluntary-issued-family = 如果您是该学生的已注册家长，也可以在您的缴费通知中找到它。
voluntary-reason-label = 缴费事由
voluntary-notice-number-label = 通知编号
voluntary-due-label = 缴费截止
voluntary-pay-now-failed = 未能立即开始缴费，但缴费通知已创建：您可以用下面的缴费单缴费。

## The office's page of voluntary items

office-vol-title = 自愿缴费
office-vol-intro = 任何人无需等待通知即可向学校支付的项目（自愿捐款、保险、旅行）。家庭可在"自愿缴费"中用学校代码找到这些项目；每次缴费都会以学生名义创建一个通知。
office-vol-none = 暂无项目。请用下方表格添加。
office-vol-col-reason = 缴费事由
office-vol-col-amount = 金额
office-vol-col-period = 可缴费期间
office-vol-col-issued = 已创建通知（已支付）
office-vol-col-actions = 操作
office-vol-period = { $from } 至 { $until }
office-vol-open = 开放
office-vol-later = 稍后开放
office-vol-closed = 已关闭
office-vol-range = { $min } 至 { $max }
office-vol-issued = { $issued }（{ $paid }）
office-vol-edit = 修改
office-vol-edit-label = 修改：{ $reason }
office-vol-close = 今天关闭
office-vol-close-label = 今天关闭：{ $reason }
office-vol-new = 新项目
office-vol-editing = 修改项目
office-vol-amount-label = 金额（€）
office-vol-amount-hint = 例如 30,00。如果家庭可以修改，这是建议金额。
office-vol-from-label = 开始缴费日期
office-vol-until-label = 截止缴费日期
office-vol-date-hint = 格式为 日/月/年，例如 31/08/2027。
office-vol-save = 保存项目
office-vol-cancel = 取消修改
office-vol-reason-taken = 学校已有其他项目使用此缴费事由：家庭根据事由选择项目。
office-vol-saved = 项目已保存：家庭将在指定日期看到它。
office-vol-closed-now = 项目已关闭：从今天起无人可以缴费。已创建的通知仍可支付。
office-vol-unchanged = 没有任何更改。
office-vol-nav = 自愿缴费

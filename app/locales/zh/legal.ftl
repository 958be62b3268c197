# PagoScuola · 简体中文 (zh) · the service conditions and the registration terms
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)

condition-01-title = 服务内容
condition-01-text = PagoScuola 让家庭可以通过 pagoPA 系统，查看并支付学校为其孩子开出的缴费通知。
condition-02-title = 谁可以使用
condition-02-text = 本服务仅供家长、监护人以及学校授权的人员使用，须用本人的 codice fiscale 注册。
condition-03-title = 用户名和密码
condition-03-text = 用户名和密码仅限本人使用。请妥善保管，不要告诉任何人：用您的用户名和密码进行的操作，都视为您本人所为。
condition-04-title = 信息真实
condition-04-text = 您承诺提供真实、最新的信息，特别是用于接收通知和收据的电子邮箱地址。
condition-05-title = 缴费通知
condition-05-text = 缴费通知由学校开出，学校对通知的金额、缴费事由和截止日期负责。如对通知内容有疑问，请联系学校办公室。
condition-06-title = 付款
condition-06-text = 付款由您选择的支付服务提供商（PSP）按照其自身条款执行。PagoScuola 不保存银行卡或账户数据。
condition-07-title = 手续费
condition-07-text = PSP 可能收取手续费，手续费总会在付款前显示。PagoScuola 不收取任何额外费用。
condition-08-title = 付款结果和收据
condition-08-text = 只有在 PSP 确认付款结果后，通知才算已支付。收据和报税抵扣证明会一直保留在您的专区中。
condition-09-title = 自愿缴费
condition-09-text = 自愿捐款不是必须缴纳的；只有在学校允许时，才能修改金额。
condition-10-title = 服务可用性
condition-10-text = 本服务可能因维护或外部原因（pagoPA、PSP）而暂停。计划内的中断会提前公告。
condition-11-title = 正当使用
condition-11-text = 禁止将本服务用于规定以外的目的，或试图获取他人的数据。
condition-12-title = 通知与联络
condition-12-text = 本服务会通过您注册时填写的电子邮箱以及您的专区与您联络。
condition-13-title = 条款变更
condition-13-text = 本条款可能会变更：新版本会提供给您，您必须接受后才能再次付款。
condition-14-title = 适用法律
condition-14-text = 适用意大利法律。如需反映问题，请写信至 assistenza@pagoscuola.it。
registration-term-01-title = 注册
registration-term-01-text = 您须使用本人的 codice fiscale 和个人身份信息注册，两者必须相符。每人只能有一个账户。
registration-term-02-title = 电子邮箱
registration-term-02-text = 您须在 24 小时内通过我们发送的链接确认电子邮箱地址；之后您会收到用户名和临时密码。
registration-term-03-title = 服务条款
registration-term-03-text = 第一次登录时，我们会请您接受服务条款，接受后才能付款。

## frame (issue 12)
conditions-key-title = 简要
conditions-key-01 = 通知的金额和截止日期请询问学校。
conditions-key-02 = PagoScuola 不收额外费用；PSP 手续费会事先显示。
conditions-key-03 = PSP 确认后通知才算已付。
conditions-key-04 = 用户名和密码仅属于你。
conditions-full = 阅读全部 14 条条款

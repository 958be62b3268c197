# PagoScuola · 简体中文 (zh) · the emails
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)

mail-greeting = { $name }，您好：
mail-closing = 本邮件由系统自动发送，请不要回复。如果不是您本人的操作，请忽略本邮件。
mail-signature = PagoScuola

## Conferma registrazione
# The Italian subject stays first: it is the name the school office and the paper notices use.
confirm-subject = Conferma registrazione (确认注册)
confirm-text = 您申请了注册 PagoScuola。为了确认您的电子邮箱地址，请在 24 小时内打开下面的链接。确认后，您会收到用户名和临时密码。
confirm-link = 确认注册

## Creazione utenza
created-subject = Creazione utenza (账户已创建)
created-text = 您的邮箱地址已确认，账户已经开通。密码是临时的：72 小时内有效，并且只能用于第一次登录，届时我们会请您设置自己的密码。
created-username = 用户名
created-password = 临时密码
created-link = 登录 PagoScuola

## Pagamento eseguito
paid-subject = Pagamento eseguito (付款成功)
paid-text = 付款已完成。以下是付款汇总；收据和报税用缴费证明在您的页面上。
paid-link = 您的收据
paid-fee = 手续费 ({ $psp })
paid-total = 实际扣款总额

## Recupero credenziali
recovery-subject = Recupero credenziali (找回用户名和密码)
recovery-text = 您申请了找回 PagoScuola 的用户名和密码。这是您的用户名；要设置新密码，请在 1 小时内打开链接。
recovery-link = 设置新密码
recovery-username = 用户名
# What a notice is for, and for whom: in the mail's summary and in the cart's notes.
what-for-whom = { $what } ({ $pupil })

# Payments through the sandbox PSP (a test: no money moved)
paid-subject-test = 测试付款已完成（无效）
paid-test = 这是一笔测试付款，通过 PagoScuola 模拟支付服务商完成：没有任何资金转移，收据无效。

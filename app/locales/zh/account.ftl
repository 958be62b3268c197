# PagoScuola · 简体中文 (zh) · registration, log-in and the account pages
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)


## 注册向导
register-title = 注册
register-intro = 注册只需要几分钟：请准备好您的 codice fiscale（意大利税号）和一个您常用的电子邮箱。
step-code-title = Codice fiscale
step-details-title = 您的个人信息
step-review-title = 核对信息
step-done-title = 注册已保存
wizard-steps = 注册步骤
codice-fiscale-label = Codice fiscale（意大利税号）
codice-fiscale-hint = 16 个字符，和医保卡（tessera sanitaria）上的一样。例如 RSSMRA80A01H501U。
captcha-label = 安全验证
captcha-hint = 请勾选方框：您的设备会进行一个简短的计算，证明您不是自动程序。需要开启 JavaScript。
captcha-checkbox = 我不是机器人
captcha-verifying = 正在验证…
captcha-verified = 验证完成
captcha-failed = 验证没有成功：请重试。
captcha-expired = 验证已过期：请重新勾选。
captcha-no-script = 这一步需要 JavaScript：请在浏览器中开启 JavaScript，然后刷新页面。如果无法开启，请写信至 assistenza@pagoscuola.it。
continue = 继续
surname-label = 姓（Cognome）
given-name-label = 名（Nome）
name-hint = 与身份证件上的一致；可以使用重音符号和撇号（D'Amico, Niccolò）。
birth-date-label = 出生日期
birth-date-hint = 格式为 gg/mm/aaaa（日/月/年），例如 01/01/1980。
sex-label = 性别（与 codice fiscale 中的一致）
sex-female = 女
sex-male = 男
birthplace-label = 出生地
birthplace-hint = 填写意大利的市镇（如有同名市镇，请加上省份），或外国的国名。请用意大利语输入前几个字母（例如中国：Cinese），然后从列表中选择。
abroad = estero
birthplace-suggestions = 找到的地点
email-label = 电子邮箱
email-hint = 我们会通过这个邮箱确认您的注册，并给您发送收据。
email-again-label = 再次输入电子邮箱
consent-title = 条款和隐私
accept-terms-label = 我已阅读并接受本服务的注册条款
accept-privacy-label = 我已阅读个人数据处理告知书
read-terms = 阅读条款
read-privacy = 阅读隐私告知书
review-intro = 请核对信息是否正确：codice fiscale 必须与姓、名、出生日期、出生地和性别相符。
confirm-data = 确认您的信息
go-back = 返回上一步
accepted = 已接受
done-text = 我们已给您填写的邮箱发了一封邮件。请打开标题为“Conferma registrazione”的邮件，并在 24 小时内点击其中的链接：之后您会收到用户名和临时密码。
done-check-spam = 找不到邮件？也请看看垃圾邮件文件夹。
start-again = 重新开始注册
error-summary-title = 有些问题需要改正

## 填写时的问题
problem-required = 此项必填。
problem-cf-length = Codice fiscale 有 16 个字符。
problem-cf-pattern = Codice fiscale 的格式不对：应为 6 个字母、2 个数字、1 个字母、2 个数字、1 个字母、3 个数字、1 个字母。
problem-cf-check = Codice fiscale 无效：最后一个字符对不上。请检查是否输入正确。
problem-cf-taken = 使用这个 codice fiscale 的账户已经存在。
problem-captcha = 安全验证没有成功或已过期：请重新勾选。
problem-name-latin = 请用拉丁字母（A、B、C……）填写，与 codice fiscale 中的一致。
problem-name-long = 最多 60 个字符。
problem-date-format = 请按 gg/mm/aaaa（日/月/年）格式填写日期，例如 01/01/1980。
problem-date-future = 出生日期不能晚于今天，也不能早于 1900 年。
problem-birthplace-unknown = 请从市镇和国家列表中选择出生地。
problem-birthplace-ambiguous = 有好几个地点叫这个名字：请从列表中选择，或加上省份，例如 Castro (LE)。
problem-email = 请填写完整的电子邮箱地址，例如 nome@esempio.it。
problem-email-mismatch = 两次输入的电子邮箱不一致。
problem-consent = 要注册，您必须接受条款并阅读告知书。
problem-cf-surname = 姓与 codice fiscale 不符。
problem-cf-name = 名与 codice fiscale 不符。
problem-cf-birth-date = 出生日期与 codice fiscale 不符。
problem-cf-sex = 性别与 codice fiscale 不符。
problem-cf-birthplace = 出生地与 codice fiscale 不符（或者该市镇在那个日期还不存在）。
problem-password-short = 密码至少需要 10 个字符。
problem-password-long = 密码最多 128 个字符。
problem-password-weak = 密码太容易被猜到：请多用几个词，或加入不同类型的字符。
problem-password-personal = 密码中不能包含用户名、codice fiscale、名或姓。
problem-password-mismatch = 两次输入的密码不一致。
problem-password-same = 新密码必须与临时密码不同。

## 登录
login-title = 登录
login-intro = 请用邮件里收到的用户名和密码登录，也可以用您的 codice fiscale 代替用户名。
username-label = 用户名或 codice fiscale
password-label = 密码
login-button = 登录
login-failed = 用户名或密码不正确。
login-locked = 失败次数太多。为了安全，登录已暂停 15 分钟：请稍后再试，或找回用户名和密码。
login-temporary-expired = 临时密码已过期或已经用过：请通过“找回用户名和密码”申请新的密码。
forgot-credentials = 我忘记了用户名或密码
no-account-yet = 还没有账户？
register-link = 注册
logged-out = 您已退出。
session-expired = 登录已超时：请重新登录。
log-out = 退出

## 邮箱确认
verify-title = 确认电子邮箱
verify-done = 谢谢，您的电子邮箱已确认。我们已给您发送标题为“Creazione utenza”的邮件，里面有用户名和临时密码：临时密码 72 小时内有效，并且只能用于第一次登录。
verify-already = 这个邮箱已经确认过了。如果您没有收到用户名和密码，请使用“找回用户名和密码”。
verify-invalid = 链接无效或已过期（有效期 24 小时）。请重新注册，或使用“找回用户名和密码”。

## 更改密码
change-password-title = 设置您的密码
change-password-intro = 继续之前，请设置一个您自己的密码。至少 10 个字符；最好是一句您容易记住、别人很难猜到的话。
current-password-label = 当前密码
new-password-label = 新密码
new-password-again-label = 再次输入新密码
save-password = 保存密码
password-changed = 密码已更改。
problem-current-password = 当前密码不正确。

## 找回用户名和密码
recovery-title = 找回用户名和密码
recovery-intro = 请输入您的 codice fiscale 和注册时填写的电子邮箱：如果与某个账户相符，我们会把用户名和一个设置新密码的链接发给您，链接 1 小时内有效。
recovery-send = 发送
recovery-sent = 如果信息与某个账户相符，您很快会收到一封附有操作说明的邮件。也请看看垃圾邮件文件夹。
reset-title = 新密码
reset-invalid = 链接无效、已经用过或已过期。请重新申请链接。
reset-done = 密码已保存。现在您可以用新密码登录了。

## 服务条款
conditions-title = 服务条款
conditions-intro = 要用 PagoScuola 缴费，请阅读并接受服务条款和个人数据处理告知书。只需接受一次；只有条款变更时，我们才会再请您确认。
conditions-version = 版本日期：
accept-conditions-label = 我已阅读并接受服务条款
accept-privacy-notice-label = 我已阅读个人数据处理告知书
accept-and-continue = 接受并继续
conditions-accepted = 您接受服务条款的日期：

## 家庭首页
family-title = 您的专区
family-greeting = 您好，{ $name }
family-profile = 您的个人信息
full-name-label = 姓名
username-only = 用户名
change-password-link = 更改密码
opens-new-tab = 在新标签页中打开

## 开发用邮箱
mailbox-title = 开发用邮箱
mailbox-intro = 仅限演示模式：这里是本服务准备好的邮件，最新的在最前面。实际上没有人会收到这些邮件。
mailbox-empty = 没有邮件。
mailbox-to = 收件人
mailbox-sent = 已发送
mailbox-queued = 等待发送

## 带数值的文字
full-name = { $given_name } { $surname }
# A birthplace that no longer exists: "Abano (PD, fino al 1924)".
birthplace-until = { $name } ({ $province }, 至 { $year } 年)
birthplace-in = { $name } ({ $province })
step-heading = { $title } (第 { $step } 步，共 { $steps } 步)

## Registration and recovery limits
problem-too-long = 此栏内容太长：请重新填写，写短一些。
problem-try-later = 目前进行中的注册太多：请稍后再试。
recovery-limited = 针对这些信息或来自此网络连接的找回请求太多：请 15 分钟后再试。

# Log-ins (throttling and the password hasher's queue)
login-busy = 此刻登录的人太多：请几秒钟后再试。

## frame (issue 12)
prefill-note = 出生日期、性别和出生地取自你的税号：请检查，如有需要请更正。
done-resend = 重新发送邮件
done-correct = 更正邮箱
done-resent = 我们已给你发送新的“Conferma registrazione”邮件：请使用最新一封邮件中的链接。
done-retry-at = 你在短时间内请求了太多邮件。你可以从 { $time } 起重试。
done-correct-intro = 请输入正确的地址：我们会发送新链接，之前的链接将失效。
done-send-new = 发送新链接
cancel = 取消
show-password = 显示密码
profile-title = 你的个人资料

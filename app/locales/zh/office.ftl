# PagoScuola · 简体中文 (zh) · the school office console (segreteria) and administration
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)

office-title = 学校办公室
admin-title = 平台管理

## The console's entry and dashboard

office-choose-school = 请选择要打开其办公室的学校。
role-ds = 校长
role-dsga = 行政主管（DSGA）
role-aa = 行政助理
figure-pupils = 名学生
figure-unseen = 名学生尚无家长可以看到
figure-events = 个缴费事项
unseen-hint = 只有当学校登记了家长的电子邮箱或给了家长激活码时，家长才能看到孩子的缴费通知。请打开没有家长的学生名单，为每位学生生成激活码。

## Who sees a pupil (office)

activation-title = 谁能看到缴费通知
activation-heading = 谁能看到 { $pupil } 的缴费通知
pupil-line = 班级 { $class }
back-to-pupil = 返回学生页面
activation-explained = 只有在学校确认后，家长才能看到缴费通知：通过学校为其登记的电子邮箱（与其账户的邮箱一致时），或通过以信件交付或以电子邮件发送的激活码。
payers-title = 家长和监护人
no-payers = 此学生没有登记家长：请在学生页面添加。
column-payer = 家长
column-email = 学校登记的电子邮箱
column-access = 能看到通知吗？
column-actions = 操作
access-by-email = 能，通过学校登记的电子邮箱
access-by-code = 能，通过激活码
access-not-vouched = 还不能：有账户，但邮箱不同。需要激活码。
access-no-account = 没有关联的账户
no-email = 无
code-pending = 已发放激活码，有效期至 { $day }
issue-code = 生成激活码
send-code = 通过电子邮件发送
letter-ready = 激活码已生成。请立即打印信件：为安全起见，激活码不会再次显示（之前发给这位家长的激活码已失效）。
letter-subject = { $pupil } 缴费通知的激活码
letter-greeting = 尊敬的 { $name }（税号 { $cf }）：
letter-text = 学校 { $school } 确认您为 { $pupil }（班级 { $class }）付款。要在 PagoScuola 上查看并支付其缴费通知：
letter-step-register = 使用您的税号 { $cf } 在 PagoScuola 注册，如已有账户请直接登录：{ $url }
letter-step-code = 在您的缴费通知页面的“看不到您的孩子？”处，输入下面的激活码并点击“使用激活码”；
letter-step-done = 此后您即可看到 { $pupil } 的缴费通知并进行支付。
letter-validity = 激活码有效期至 { $day }，只能使用一次，且仅适用于税号 { $cf }。请勿交给他人。
letter-print-hint = 请使用浏览器的“打印”功能（Ctrl+P）：只会打印这封信。
activation-no-email = 学校没有登记这位家长的电子邮箱：请打印信件。
activation-email-queued = 邮件即将发出：激活码在发送时生成，之前发给这位家长的激活码已失效。

## Activation code: the family's form and the email

activation-code-label = 激活码
activation-code-hint = 见学校的信件或电子邮件：12 个字符，例如 ACDE-FGHJ-KMNP。
activation-submit = 使用激活码
activation-missing = 请输入激活码
activation-invalid = 激活码无效或已过期
activation-too-many = 尝试次数过多：请 15 分钟后再试
activation-done = 完成：您现在可以看到 { $child } 的缴费通知。
missing-child-title = 看不到您的孩子？
missing-child-intro = 只有当学校确认由您为孩子付款时，您才能看到其缴费通知。如果少了一个孩子：
missing-child-empty = 您还看不到任何孩子：只有当学校确认由您为孩子付款时，您才能看到其缴费通知。为此：
missing-child-email = 请学校办公室登记您的电子邮箱（与您账户的邮箱相同）：此后即可看到；
missing-child-code = 或向学校办公室索取激活码（信件或电子邮件），并在此输入。
activation-mail-parent = 家长
activation-mail-subject = 学校缴费通知的激活码
activation-mail-text = 学校 { $school } 确认您为 { $pupil } 付款：使用下面的激活码即可在 PagoScuola 上看到其缴费通知。
activation-mail-steps = 请使用您的税号登录 PagoScuola（如没有账户，请先注册），打开您的缴费通知页面，在“看不到您的孩子？”处输入激活码。激活码有效期 90 天，只能使用一次，且仅适用于您的税号。
activation-mail-link = 打开您的缴费通知

## Platform administration

admin-schools-title = 已开通办公室的学校
admin-no-schools = 还没有学校拥有办公室账户。
column-school = 学校
column-staff = 工作人员
admin-add-school-title = 添加学校
admin-add-staff-title = 为学校开通第一个办公室账户
admin-add-staff-hint = 如果已有使用此税号的账户，该账户将获得此角色；否则将创建账户，并通过电子邮件发送临时密码。
school-code-label = 学校代码（codice meccanografico）
school-name-label = 学校名称
school-kind-label = 学校类型
school-address-label = 地址
school-postcode-label = 邮政编码
school-town-label = 市镇
school-province-label = 省份（缩写，例如 MI）
school-fiscal-code-label = 学校税号
school-email-label = 学校电子邮箱
add-school = 添加学校
staff-cf-label = 税号
staff-surname-label = 姓
staff-given-name-label = 名
staff-email-label = 电子邮箱
staff-role-label = 角色
add-staff = 开通访问
problem-required = 必填项
problem-school-code = 学校代码无效：10 个字符，例如 MIIC8CY00P
problem-fiscal-code = 学校税号无效：11 位数字
problem-province = 未知省份：请输入缩写，例如 MI
problem-postcode = 邮政编码无效：5 位数字
problem-email = 电子邮箱无效
problem-codice-fiscale = 税号无效
problem-unknown-school = 没有使用此代码的学校：请先添加
problem-role = 请选择角色
problem-too-long = 文字过长
school-added = 学校已添加。
staff-created = 账户已创建：临时密码已通过电子邮件发送。
staff-granted = 使用此税号的现有账户已获得该角色。

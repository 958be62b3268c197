# PagoScuola · 简体中文 (zh) · the page shell, home, directory and legal pages
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)


## 页面框架
skip-to-content = 跳到主要内容
service-name = PagoScuola
service-tagline = 面向家庭的学校缴费服务
log-in = 登录
language-switch = 语言
main-nav = 主菜单
nav-home = 首页
nav-schools = 查找学校
footer-nav = 服务信息
footer-privacy = 隐私告知书
footer-accessibility = 无障碍声明
footer-about = PagoScuola：通过 pagoPA 向意大利的学校缴费。
footer-no-card-data = PagoScuola 不保存任何银行卡或银行账户数据。
meta-description = 为您孩子的学校缴费，孩子在不同学校也能一起办理，还能选择最划算的支付服务提供商。

## 首页
home-title = 几步就能为孩子缴纳学校费用
home-intro = 在 PagoScuola，您可以看到孩子们的所有缴费通知（即使来自不同学校），并一起支付，还能选择手续费最低的支付服务提供商（PSP）。
home-login-cta = 进入家庭专区
home-register-cta = 还没有账户？立即注册
home-features-title = 您可以做什么
home-feature-notices-title = 所有通知集中在一处
home-feature-notices-text = 郊游、保险、学校费用：按每个孩子查看要交什么、什么时候截止。
home-feature-pay-title = 用您喜欢的方式付款
home-feature-pay-text = 银行卡、银行账户或支付 App：比较手续费，选择最便宜的 PSP。
home-feature-receipts-title = 收据随时可查
home-feature-receipts-text = 缴费收据和报税抵扣证明，随时都可以下载。
home-voluntary-title = 自愿缴费：查找学校
home-voluntary-text = 按 codice meccanografico（学校代码）查找学校，或按大区、省和市镇查找。

## 学校名录
schools-title = 查找学校
schools-intro = 按 codice meccanografico 搜索，或选择大区、省和市镇。也可以按校名搜索。
search-by-code = 按代码搜索
search-by-place = 按地点或校名搜索
code-label = Codice meccanografico（学校代码）
code-hint = 10 个字符，例如 MIIC8CY00P。如果您知道这个代码，其他栏目就不用填了。
region-label = 大区
province-label = 省
town-label = 市镇
name-label = 学校名称
name-hint = 至少 3 个字母，例如 Manzoni。
any-region = 所有大区
any-province = 所有省
any-town = 所有市镇
search-button = 搜索
new-search = 重新搜索
results-title = 搜索结果
results-truncated = 结果很多，这里只显示前 50 个。请选择省、市镇或填写校名来缩小范围。
no-results-help = 请检查代码，或去掉市镇或校名，扩大搜索范围。
error-summary-title = 请检查您填写的内容
searching = 正在搜索…
search-failed = 搜索没有成功。请检查网络连接后重试。
problem-code-characters = Codice meccanografico 以省份的 2 个字母开头，只包含字母和数字，例如 MIIC8CY00P。
problem-unknown-region = 无法识别这个大区：请从列表中选择。
problem-unknown-province = 无法识别这个省：请从列表中选择。
problem-province-not-in-region = 这个省不属于所选的大区。
problem-empty-search = 请输入 codice meccanografico，或者至少选择大区，或填写学校名称。

## 学校页面
school-code-label = Codice meccanografico
school-kind-label = 学校类型
address-label = 地址
email-label = 电子邮箱
creditor-code-label = 收款机构的 codice fiscale
school-details = 学校信息
school-payments-title = 缴费
school-payments-text = 这所学校为您孩子开出的缴费通知，登录后会显示在您的家庭专区。自愿缴费（捐款、保险、出游）可以在这里办理，无需账户。
school-not-found-title = 未找到学校
school-not-found-text = 没有使用这个 codice meccanografico 的学校。请检查代码，或在学校名录中查找。
back-to-search = 返回搜索

## 学校类型
kind-comprehensive = 综合学校（幼儿园至初中）
kind-infant = 幼儿园
kind-primary = 小学
kind-lower-secondary = 初中
kind-upper-secondary = 高中
kind-technical = 技术学校
kind-vocational = 职业学校

## 登录页面（家庭专区随注册功能一起提供）

## 错误
not-found-title = 找不到页面
not-found-text = 网址可能有误，或者该页面已不存在。
go-home = 返回首页
server-error-title = 出了点问题
server-error-text = 我们没能完成您的请求。请过几分钟再试：您的数据没有丢失。

## 隐私告知书
privacy-title = 个人数据处理告知书
privacy-who-title = 谁处理数据
privacy-who = 缴费方面的数据控制者是开出缴费通知的学校；PagoScuola 作为数据处理者，代表学校处理数据（欧盟第 2016/679 号条例，即 GDPR，第 28 条）。
privacy-what-title = 哪些数据，用于什么
privacy-what = 仅查看学校名录时，我们不收集任何个人数据。为了缴费，我们处理家长的 codice fiscale、名字、姓氏和电子邮箱，以及缴费通知所需的学生数据，仅用于完成缴费、开具收据和证明。
privacy-cookies-title = Cookie
privacy-cookies = 我们只使用技术性 Cookie：一个用来记住您选择的语言，登录后还有一个用来保持会话。不使用任何用户画像 Cookie 或第三方 Cookie。
privacy-payments-title = 支付数据
privacy-payments = 银行卡和银行账户信息只在您选择的支付服务提供商那里填写：PagoScuola 既看不到，也不保存这些信息。
privacy-rights-title = 您的权利
privacy-rights = 您可以写信至 privacy@pagoscuola.it，要求查阅、更正或删除您的数据；您也可以向意大利个人数据保护局（Garante per la protezione dei dati personali）提出申诉。

## 无障碍声明
accessibility-title = 无障碍声明
accessibility-intro = PagoScuola 致力于让所有人都能使用本服务，遵循 AgID 无障碍指南和 WCAG 2.1 AA 级标准。
accessibility-status-title = 符合情况
accessibility-status = 本服务部分符合要求。每次修改后，每个页面都会自动检测（axe-core）；只用键盘就能操作；在 360 像素宽的屏幕上也能使用；即使没有 JavaScript 也能显示内容。
accessibility-limits-title = 尚未实现无障碍的内容
accessibility-limits = 自动检测不能代替由屏幕阅读器用户参与的测试：我们正在安排这项测试。只有开启 JavaScript 时，学校搜索才会在您输入时自动更新；没有 JavaScript 时，请点击“搜索”按钮。
accessibility-captcha-title = 注册和安全验证
accessibility-captcha = 注册的第一步需要进行“我不是机器人”验证：不用解谜题，只要勾选方框，您的设备就会进行一个简短的计算。这需要开启 JavaScript。其他所有步骤和表单在没有 JavaScript 时也能使用。如果您无法开启 JavaScript，请写信至 assistenza@pagoscuola.it，我们会为您注册。
accessibility-feedback-title = 问题反馈
accessibility-feedback = 如果您遇到使用障碍，请写信至 accessibilita@pagoscuola.it：我们会在 30 天内答复。如果您对答复不满意，可以向 AgID 的数字监察专员（Difensore civico per il digitale）求助。
login-required-text = 请用您的用户名和密码登录后查看此页面。
forbidden-text = 您的账户无法查看此页面。
accessibility-date = 本声明编写于 23/11/2026。

## 带数值的文字
schools-found = { $count ->
    [0] 没有找到学校
   *[other] 找到 { $count } 所学校
}
problem-code-length = Codice meccanografico 有 10 个字符：您输入了 { $found } 个。
problem-too-long = 文字太长：最多 { $max } 个字符。
problem-name-too-short = 请至少输入校名的 { $min } 个字母。
# A school in the results: its kind, then where it is.
school-place = { $kind } · { $town } ({ $province })
# The Italian text of the conditions and of the privacy notice is the one that counts.
italian-prevails = 这是翻译版本：一切以意大利语原文为准。
document-not-found = 未找到文件。
try-again-shortly = 服务暂时没有响应：请稍后再试。

## frame (issue 12)
nav-notices = 缴费通知
nav-receipts = 收据
nav-cart = 购物车
account-menu = 你的账户
nav-profile = 个人资料
nav-log-out = 退出
footer-runs = PagoScuola 代表发出通知的学校运营，学校是付款数据的控制者。
footer-help-title = 需要帮助？
footer-help-notice = 关于某个通知（金额、缴费事由、是否与你有关）：请联系发出通知的学校办公室。
footer-help-site = 关于网站（登录、注册、付款）：PagoScuola 帮助台，
footer-conditions = 服务条款

# PagoScuola · 简体中文 (zh) · the PDF documents
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)

receipt-title = 缴费收据
receipt-lead = 通过 PagoScuola 支付的 pagoPA 缴费通知的电子收据。
attestation-title = 缴费证明
attestation-lead = 缴费证明，请妥善保存，在个人所得税申报中申请抵扣时出示。
outcome = 结果
outcome-ok = 付款成功 (OK)
receipt-id = 收据编号
paid-at = 付款日期和时间
notice-number = 通知编号（Codice avviso）
iuv = 唯一缴费识别码（IUV）
creditor = 收款机构
creditor-fiscal-code = 收款机构的 codice fiscale
office = 所在地
reason = 缴费事由
amount = 已付金额
debtor = 应缴费人（学生）
payer = 付款人
psp = 支付服务提供商（PSP）
method = 付款方式
fee = PSP 手续费（整笔付款只收一次）
payment-token = 在 PSP 的交易编号
school-year = 学年
deductible = 可抵税
deductible-yes = 是：学校已将这笔付款标为可抵税。请将本证明与收据一起保存。
deductible-no = 否：学校没有将这笔付款标为可抵税。
attestation-text = 兹证明，上述付款人已通过 pagoPA 系统，向该学校支付了本文件所述款项。
method-card = 银行卡
method-bank-account = 银行账户
method-app = 支付 App

generated-on = 本文件由 PagoScuola 于 { $date } { $time } 生成

# Payments through the sandbox PSP (a test: no money moved)
test-payment-band = 测试，无效。通过 PagoScuola 测试支付服务商模拟的付款：没有任何资金转移。本文件不是收据，不能用于纳税申报。
receipt-lead-test = 测试付款的收据，通过 PagoScuola 模拟支付服务商完成：没有支付任何 pagoPA 缴费通知。
attestation-text-test = 测试付款，通过 PagoScuola 模拟支付服务商完成：未经过 pagoPA 系统，不证明任何付款。

## Notices paid elsewhere (money-receipts)
payer-not-known = 未注明（在 PagoScuola 以外支付）

## The payment notice (avviso di pagamento, pagoPA layout)
notice-title = 缴费通知
notice-creditor-heading = 收款机构
notice-recipient-heading = 通知接收人
notice-fiscal-code = 税号
notice-creditor-name = 名称
notice-recipient-name = 姓名
notice-amount-heading = 缴多少，何时缴？
notice-due = { $amount }，截止日期 { $date }
notice-after-due = 金额由系统自动更新：您使用的柜台、网站或应用可能会要求您支付与此处所示不同的金额。您可以在 { $date } 之前缴费；过了该日期通知即失效，需要学校重新开具。
notice-where-heading = 在哪里缴费？
notice-where-online = 使用 IO 应用缴费，或通过网上银行、您的支付应用或其他授权渠道缴费。
notice-where-physical = 线下缴费：在银行、邮局、烟草店、自动取款机或超市，可用现金、银行卡或账户支付。
notice-payment-heading = 缴费信息
notice-payment-lead = 用 IO 应用或您的支付应用扫描二维码，或提供通知编号和收款机构的税号。
notice-qr-alt = pagoPA 二维码，包含通知编号、收款机构税号和金额
notice-recipient = 接收人
notice-subject = 缴费事由
notice-amount = 金额
notice-poste-heading = PA 邮政汇款单
notice-poste-lead = 在邮局、BancoPosta 应用或 poste.it 上：扫描 Data Matrix 码。
notice-postal-account = 邮政账户
notice-account-holder = 账户持有人
notice-datamatrix-alt = 意大利邮政 Data Matrix 码，包含汇款单信息

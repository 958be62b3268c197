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

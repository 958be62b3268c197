# PagoScuola · 简体中文 (zh) · notices, cart, payments and receipts
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)


## 家庭首页
summary-title = 概况
nothing-to-pay = 您目前没有需要支付的通知。
notices-title = 缴费通知
no-notices-at-all = 您的孩子目前还没有缴费通知。学校开出通知后，您会在这里看到，并收到一封邮件。如果您在等某个通知，请联系学校办公室（segreteria），请他们把您的 codice fiscale 和您的孩子关联起来。
no-notices-for-filter = 没有符合所选筛选条件的通知。
filter-state-label = 显示
filter-all = 所有通知
filter-to-pay = 待支付
filter-paid = 已支付
filter-closed = 已失效或已撤销
filter-child-label = 孩子
filter-all-children = 所有孩子
filter-school-label = 学校
filter-all-schools = 所有学校
filter-apply = 筛选
filter-reset = 清除筛选
notice-details = 详情
back-to-notices = 返回您的通知

## 状态
state-to-pay = 待支付
state-overdue = 已逾期，仍可支付
state-in-progress = 正在支付
state-paid = 已支付
state-expired = 已失效，不能再缴费
state-revoked = 已撤销，无需支付

## Family page: what to pay (fam, issue 12)
due-title = 待缴费
column-notice = 缴费通知
column-state = 状态
pick-label = 选择
pay-selected = 支付所选通知
select-to-pay = 请选择要支付的通知
selection-failed = 无法更新所选内容：请检查网络连接后重试。
urgent-button = 支付即将到期的通知
urgent-hint = 选择最先到期的通知，最多 5 个：这是 pagoPA 单次支付的上限。
urgent-selected = 我们已选择最先到期的通知，最多 5 个（pagoPA 单次支付的上限）。请核对后点击支付。
too-many-selected = 一次最多可支付 5 个通知：这是 pagoPA 的上限。请取消勾选部分通知后再次点击支付；其余的稍后再付。
select-some-first = 请至少选择一个要支付的通知。
closed-title = 已支付和已撤销
filters-title = 筛选通知
filters-hint = 更改选项后列表会立即更新。
revoked-line = 已撤销：无需支付
paid-recorded-line = 学校已登记此付款
pay-count = { $count ->
    [one] 支付 1 个通知 · { $total }
   *[other] 支付 { $count } 个通知 · { $total }
}
selected-count = { $count ->
    [0] 未选择任何通知。
    [one] 已选择 1 个通知，{ $total }。
   *[other] 已选择 { $count } 个通知，{ $total }。
}
child-subtotal = { $count ->
    [one] 1 个通知，{ $total }
   *[other] { $count } 个通知，{ $total }
}
closed-count = 已支付和已撤销（{ $count }）
overdue-since = 原定 { $due } 前支付：可支付至 { $until }
paid-on-date = 支付于 { $date }

## 通知页面
amount-label = 金额
due-date-label = 截止日期
pupil-label = 学生
school-label = 学校
notice-number-label = 通知编号（Codice avviso）
creditor-label = 收款机构的 codice fiscale
school-year-label = 学年
tax-deductible-label = 可在个人所得税申报中抵扣
yes = 是
no = 否
notice-not-found = 未找到该通知。

## 购物车
cart-title = 购物车
add-to-cart = 加入购物车
in-cart-go-to-cart = 已在购物车中：前往购物车
added-to-cart = 已加入购物车：
already-in-cart = 已经在购物车中：
remove-from-cart = 移除
removed-from-cart = 已从购物车移除：
cart-empty = 购物车是空的。请在您的页面上选择要支付的通知。
choose-notices = 选择通知
cart-total = 通知合计
fee-comes-next = 手续费取决于您在下一步选择的 PSP：整个购物车只收一次手续费。
cart-has-live-payment = 这些通知有一笔您的付款正在进行中：请打开它继续支付，或查看结果。如果您还没有把它提交给 PSP，也可以取消。
continue-payment-link = 打开正在进行的付款
continue-payment = 您已经开始了这笔付款：请从这里继续。
proceed-to-payment = 去付款

## 无法操作
refused-paid = 这个通知已经支付过了。
refused-in-progress = 这个通知已有一笔付款正在进行中。请等结果出来后再试。
refused-expired = 这个通知已失效：请向学校申请新的通知。
refused-revoked = 这个通知已被学校撤销：不需要支付。
refused-cart-full = 购物车里已有 5 个通知，这是一次最多能一起支付的数量。请先支付这些，或移除一个。

## 结账
payment-title = 付款
what-you-pay = 您要支付的内容
choose-method = 您想怎样付款？
method-card = 信用卡、借记卡或预付卡
method-bank-account = 银行账户（网上银行）
method-app = 支付 App
choose-psp = 选择支付服务提供商（PSP）
psp-explained = 每个 PSP 收取自己的手续费，整笔付款只收一次。最低的会标为“推荐”。
only-one-psp = 这种付款方式只有一个 PSP：我们已为您选好。
sort-by = 排序：
sort-by-fee = 手续费
sort-by-name = 名称
fee-label = 手续费
cheapest = 推荐：最便宜
pay-summary-title = 汇总
total-label = 应付总额
total-charged = 实际扣款总额
total-of-payment = 付款总额
cancel-payment = 取消付款
payment-cancelled = 付款已取消：这些通知可以重新支付。
payment-not-cancellable = 这笔付款已提交给 PSP，不能再在这里取消。
psp-label = PSP

## pagoPA 结账
pago-pa-title = 通过 pagoPA 支付
pago-pa-explained = 在 pagoPA 的页面上，您可以选择付款方式（银行卡、银行账户或 App）和支付服务提供商（PSP）。付款前 pagoPA 会显示手续费；所有通知只收一次手续费。
pago-pa-continue = 前往 pagoPA 继续
pago-pa-came-back-unpaid = 您从 pagoPA 返回了，但没有完成付款。如果您没有付款，就不会被扣款，这些通知会在一小时内恢复为可支付。
pago-pa-unavailable = pagoPA 暂时没有响应。您没有被扣款：请过几分钟再试。
pago-pa-refused = pagoPA 没有接受这些通知，您没有被扣款。请取消付款，然后从购物车重新尝试；如果还是这样，请写信给学校办公室。

## 付款结果
see-receipts = 查看收据
receipts-title = 收据
receipts-intro = 已完成的付款，按学年和孩子分类。每个已支付的通知都有自己的收据。
no-receipts = 您还没有通过 PagoScuola 完成的付款。
paid-on = 付款时间
receipt-id-label = 收据编号
fee-shared-note = PSP 手续费（整笔付款只收一次）
school-year-heading = 学年
filter-all-years = 所有学年
no-receipts-for-filter = 所选学年和孩子没有收据。
child-year-total = 本学年已支付
deductible-total = 其中可抵税的学校费用
year-total = 本学年合计
receipts-link = 您的收据
download-receipt = 收据 (PDF)
download-attestation = 报税用缴费证明 (PDF)
outcome-refused-title = 付款没有成功
outcome-refused-text = PSP 拒绝了这笔付款，您没有被扣款。这些通知可以重新支付：您可以再试一次，也可以换一个 PSP。
outcome-abandoned-title = 付款已取消
outcome-abandoned-text = 付款已取消，您没有被扣款。这些通知可以重新支付。
outcome-pending-title = 正在付款
outcome-pending-text = 我们正在等待 PSP 的结果，通常几秒钟内就会到。请不要重复付款：本页面会自动更新，您也可以点击“刷新”。
refresh = 刷新
back-to-cart = 返回购物车

## 测试用 PSP 页面
sandbox-title = 测试用 PSP
sandbox-banner = 测试环境：不会真实扣款
sandbox-explained = 本页面模拟支付服务提供商的网站。不会使用任何银行卡或账户：请选择您想测试的结果。
sandbox-merchant = 收款方
sandbox-refuse = 模拟付款被拒绝
sandbox-abandon = 取消并返回 PagoScuola
sandbox-decided = 这笔操作已经结束。
sandbox-back = 返回 PagoScuola
description-label = 缴费事由

## 带数值的文字
notices-to-pay = { $count ->
   *[other] 有 { $count } 个通知待支付，共 { $total }。
}
cart-count = { $count ->
   *[other] 购物车中有 { $count } 个通知，最多可放 { $limit } 个。
}

due-on-date = 支付截止日期：{ $date }
expired-on-date = 已于 { $date } 失效
# A note over the cart: what happened, to which notice.
note-about = { $note } { $notice }
left-the-cart-because = 已移出购物车：{ $notice }。{ $reason }
school-year-heading-named = { $year } 学年
fee-amount = 手续费 { $amount }
fee-of-psp = 手续费 ({ $psp })
pay-amount = 支付 { $amount }
sandbox-psp-title = { $psp } · 测试用 PSP
pupil-and-class = { $name }，{ $class }
# Added after a button's or link's words for screen readers: the notice it acts on.
about-notice = ：{ $about }

# Payments through the sandbox PSP (a test: no money moved)
test-payment-notice = 测试付款：经由 PagoScuola 模拟支付服务商完成，没有任何资金转移，收据无效。
test-payment-badge = 测试，无效

## Late receipts, notices paid elsewhere, refunds (money-receipts)
refund-paid-twice = 重复支付：学校须退还您 { $amount }
refund-not-payable = 通知已无法支付时付款：学校须退还您 { $amount }
refunds-heading = 学校应退还您的款项
paid-outside-badge = 在 PagoScuola 以外支付
paid-outside-intro = 此通知已在 PagoScuola 以外支付（银行、烟草店或其他 pagoPA 渠道）。以下是它的收据。

# Notice expiry and the sandbox's decision window (money-time)
sandbox-expired = 决定的时间已过：这笔付款已失效，不能再支付。请返回 PagoScuola，如有需要，可从购物车重新开始。

## Checkout on one screen, outcome first, receipts by payment (checkout)
method-lowest-fee = 手续费低至 { $amount }
leaving-for-psp = 您将被带到 { $psp } 的网站。
pago-pa-fee-there = 付款前在 pagoPA 上显示
you-paid = 您已支付 { $amount }
receipt-mail-sent = 我们已将汇总发送至 { $email }。收据在“收据”页面。
payment-details = 付款详情
try-again-from-cart = 从购物车重试
beneficiary-school = { $school }（税号 { $code }）
payment-of-date = { $date } { $time } 的付款
download-attestation-short = 730 报税证明 (PDF)
technical-details = 技术详情
iuv-label = IUV 代码

## Paying a notice by its number, with or without an account (pay-by-number)
pay-notice-title = 缴付通知
pay-notice-home-text = 收到缴费通知了吗（也可以是孙辈的）？无需账户，凭通知编号即可缴付。
pay-notice-intro = 请输入缴费通知上的通知编号和收款机构税号，或粘贴其二维码的文字。无需账户。
pay-notice-number-label = 通知编号
pay-notice-number-hint = 18 位数字，例如 3012 3960 0003 5478 15
pay-notice-creditor-label = 收款机构税号
pay-notice-creditor-hint = 11 位数字，印在通知上通知编号旁边
pay-notice-search = 查找通知
pay-notice-qr-heading = 您有通知的二维码吗？
pay-notice-qr-label = 二维码文字
pay-notice-qr-hint = 以 PAGOPA|002| 开头
pay-notice-scan = 扫描二维码
pay-notice-scan-stop = 关闭摄像头
pay-notice-scan-failed = 无法使用摄像头：请输入通知编号。
pay-notice-number-invalid = 通知编号为 18 位数字，以 3 开头，例如 3012 3960 0003 5478 15。
pay-notice-number-missing = 请输入通知编号。
pay-notice-creditor-invalid = 收款机构税号为 11 位数字，例如 80012345676。
pay-notice-creditor-missing = 请输入收款机构税号。
pay-notice-qr-invalid = 这不是 pagoPA 二维码的文字：必须以 PAGOPA|002| 开头。
pay-notice-unknown = 找不到该收款机构的此编号通知。请核对通知上的数字。
pay-notice-limited = 您在短时间内查找次数过多。请于 { $time } 之后再试。
pay-notice-check-digits = 通知编号的最后两位与其他数字不符：请检查是否输入正确。如果与通知上的一致，仍可缴费。
pay-notice-found-heading = 已找到通知
pay-notice-school = 收款机构
pay-notice-reason = 事由
pay-notice-amount = 金额
pay-notice-due = 截止日期
pay-notice-state = 状态
pay-notice-email-label = 您的电子邮箱
pay-notice-email-hint = 收据将发送到这里。无需账户。
pay-notice-pay = 缴付此通知
pay-notice-with-account = 您使用自己的账户缴费：收据会出现在“收据”中。
pay-notice-email-needed = 请输入完整的电子邮箱地址以接收收据。
pay-notice-another = 缴付其他通知
guest-receipt-mail-sent = 我们已将确认发送至 { $email }。您可以在下方下载收据。
## The printable payment notice (notice-documents)
download-notice-document = 下载缴费通知 (PDF)
notice-document-hint = 打印缴费通知或在手机上出示，也可以在银行、邮局、烟草店或通过 IO 应用缴费：二维码和通知编号即可。

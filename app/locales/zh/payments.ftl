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
state-overdue = 已过截止日期，仍可支付
state-in-progress = 正在支付
state-paid = 已支付
state-expired = 已失效，不能再缴费
state-revoked = 已被学校撤销

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
choose-method = 1. 您想怎样付款？
method-card = 信用卡、借记卡或预付卡
method-bank-account = 银行账户（网上银行）
method-app = 支付 App
choose-psp = 2. 选择支付服务提供商（PSP）
psp-explained = 每个 PSP 收取自己的手续费，整笔付款只收一次。最低的会标为“推荐”。
only-one-psp = 这种付款方式只有一个 PSP：我们已为您选好。
sort-by = 排序：
sort-by-fee = 手续费
sort-by-name = 名称
fee-label = 手续费
cheapest = 推荐：最便宜
show-total = 用所选的 PSP 继续
pay-summary-title = 3. 汇总
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
outcome-paid-title = 付款成功
outcome-paid-text = 付款已完成，这些通知已显示为已支付。我们已给您发了一封汇总邮件；收据在“收据”页面。
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
cart-link = { $count ->
    [0] 前往购物车 (空)
   *[other] 前往购物车 ({ $count } 个通知)
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

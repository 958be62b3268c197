# PagoScuola · English (en) · notices, cart, payments and receipts
# native-speaker-review: no


## Family home
summary-title = Summary
nothing-to-pay = You have no notices to pay.
notices-title = Payment notices
no-notices-at-all = There are no notices for your children yet. When a school issues one, you find it here and get an email. If you expected a notice, ask the school office to link your codice fiscale to your child.
no-notices-for-filter = No notice matches the chosen filters.
filter-state-label = Show
filter-all = All notices
filter-to-pay = To pay
filter-paid = Paid
filter-closed = Expired or withdrawn
filter-child-label = Child
filter-all-children = All children
filter-school-label = School
filter-all-schools = All schools
filter-apply = Filter
filter-reset = Clear filters
notice-details = Details
back-to-notices = Back to your notices

## States
state-to-pay = To pay
state-overdue = Past due, still payable
state-in-progress = Payment in progress
state-paid = Paid
state-expired = Expired, can no longer be paid
state-revoked = Withdrawn by the school

## Notice page
amount-label = Amount
due-date-label = Due date
pupil-label = Pupil
school-label = School
notice-number-label = Notice number
creditor-label = Creditor's fiscal code
school-year-label = School year
tax-deductible-label = Tax deductible
yes = Yes
no = No
notice-not-found = Notice not found.

## Cart
cart-title = Cart
add-to-cart = Add to cart
in-cart-go-to-cart = In the cart: go to the cart
added-to-cart = Added to the cart:
already-in-cart = Already in the cart:
remove-from-cart = Remove
removed-from-cart = Removed from the cart:
cart-empty = The cart is empty. Choose the notices to pay from your page.
choose-notices = Choose notices
cart-total = Notices total
fee-comes-next = The fee depends on the payment provider you choose next: there is one fee for the whole cart.
cart-has-live-payment = One of your payments for these notices is in progress: open it to continue or see its outcome. If you have not sent it to the provider yet, you can also cancel it.
continue-payment-link = Open the payment in progress
continue-payment = You had already started this payment: continue from here.
proceed-to-payment = Proceed to payment

## Refusals
refused-paid = This notice has already been paid.
refused-in-progress = A payment for this notice is already in progress. Wait for its outcome before trying again.
refused-expired = This notice has expired: ask the school for a new one.
refused-revoked = This notice was withdrawn by the school: it need not be paid.
refused-cart-full = The cart already holds 5 notices, the most that can be paid together. Pay these, or remove one.

## Checkout
payment-title = Payment
what-you-pay = What you are paying
choose-method = 1. How do you want to pay?
method-card = Credit, debit or prepaid card
method-bank-account = Bank account (home banking)
method-app = Payment app
choose-psp = 2. Choose the payment service provider (PSP)
psp-explained = Each provider charges its own fee, one for the whole payment. The lowest is marked as suggested.
only-one-psp = Only one provider takes this method: we chose it for you.
sort-by = Sort by:
sort-by-fee = fee
sort-by-name = name
fee-label = Fee
cheapest = Suggested: the cheapest
show-total = Continue with this provider
pay-summary-title = 3. Summary
total-label = Total to pay
total-charged = Total charged
total-of-payment = Payment total
cancel-payment = Cancel the payment
payment-cancelled = Payment cancelled: the notices can be paid again.
payment-not-cancellable = This payment was already sent to the provider and can no longer be cancelled here.
psp-label = Payment provider

## pagoPA's checkout
pago-pa-title = Pay with pagoPA
pago-pa-explained = On pagoPA's page you choose how to pay (card, bank account or app) and the payment service provider (PSP). pagoPA shows you the fee before you pay; there is one fee for all the notices.
pago-pa-continue = Continue on pagoPA
pago-pa-came-back-unpaid = You came back from pagoPA without completing the payment. If you did not pay, nothing was charged and the notices can be paid again within an hour.
pago-pa-unavailable = pagoPA is not answering right now. Nothing was charged: try again in a few minutes.
pago-pa-refused = pagoPA did not accept these notices and nothing was charged. Cancel the payment and try again from the cart; if it happens again, write to the school office.

## Outcome
outcome-paid-title = Payment completed
outcome-paid-text = The payment is complete and the notices are paid. We sent you an email with the summary; the receipts are on the Receipts page.
see-receipts = Go to the receipts
receipts-title = Receipts
receipts-intro = Completed payments, by school year and by child. Every paid notice has its receipt.
no-receipts = You have no completed payments with PagoScuola yet.
paid-on = Paid on
receipt-id-label = Receipt id
fee-shared-note = Provider's fee (one for the whole payment)
school-year-heading = School year
filter-all-years = All years
no-receipts-for-filter = No receipt for the chosen year and child.
child-year-total = Paid in the year
deductible-total = of which tax-deductible school expenses
year-total = Total for the year
receipts-link = Your receipts
download-receipt = Receipt (PDF)
download-attestation = Statement for the tax return (PDF)
outcome-refused-title = Payment failed
outcome-refused-text = The provider refused the payment and nothing was charged. The notices can be paid again: you can retry, also with another provider.
outcome-abandoned-title = Payment cancelled
outcome-abandoned-text = The payment was cancelled and nothing was charged. The notices can be paid again.
outcome-pending-title = Payment in progress
outcome-pending-text = We are waiting for the provider's outcome: it usually arrives within seconds. Do not pay again: this page updates by itself, or use Refresh.
refresh = Refresh
back-to-cart = Back to the cart

## The sandbox PSP's page
sandbox-title = Test payment provider
sandbox-banner = TEST ENVIRONMENT: no real charge
sandbox-explained = This page pretends to be a payment provider's site. No card or account is used: choose the outcome you want to try.
sandbox-merchant = Payee
sandbox-refuse = Pretend the payment is refused
sandbox-abandon = Cancel and go back to PagoScuola
sandbox-decided = This transaction is already finished.
sandbox-back = Back to PagoScuola
description-label = Reason

## Texts with values
notices-to-pay = { $count ->
    [one] 1 notice to pay, for { $total }.
   *[other] { $count } notices to pay, for { $total }.
}
cart-link = { $count ->
    [0] Go to the cart (empty)
    [one] Go to the cart (1 notice)
   *[other] Go to the cart ({ $count } notices)
}
cart-count = { $count ->
    [one] In the cart: 1 notice of { $limit } possible.
   *[other] In the cart: { $count } notices of { $limit } possible.
}

due-on-date = Due by { $date }
expired-on-date = Expired on { $date }
# A note over the cart: what happened, to which notice.
note-about = { $note } { $notice }
left-the-cart-because = Left the cart: { $notice }. { $reason }
school-year-heading-named = School year { $year }
fee-amount = Fee { $amount }
fee-of-psp = Fee ({ $psp })
pay-amount = Pay { $amount }
sandbox-psp-title = { $psp } · Test payment provider
pupil-and-class = { $name }, { $class }
# Added after a button's or link's words for screen readers: the notice it acts on.
about-notice = : { $about }

# Payments through the sandbox PSP (a test: no money moved)
test-payment-notice = Test payment: it went through PagoScuola's simulated PSP, no money was transferred and the receipts have no value.
test-payment-badge = Test, no value

## Late receipts, notices paid elsewhere, refunds (money-receipts)
refund-paid-twice = Paid twice: the school must refund you { $amount }
refund-not-payable = Paid when the notice could no longer be paid: the school must refund you { $amount }
refunds-heading = Refunds owed to you
paid-outside-badge = Paid outside PagoScuola
paid-outside-intro = This notice was paid outside PagoScuola (at a bank, a tobacconist or another pagoPA channel). Here is its receipt.

# Notice expiry and the sandbox's decision window (money-time)
sandbox-expired = The time to decide has run out: this payment has expired and can no longer be paid. Go back to PagoScuola and, if you wish, start again from the cart.

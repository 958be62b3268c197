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
state-overdue = Late, still payable
state-in-progress = Payment in progress
state-paid = Paid
state-expired = Expired, can no longer be paid
state-revoked = Cancelled, nothing to pay

## Family page: what to pay (fam, issue 12)
due-title = To pay
column-notice = Notice
column-state = Status
pick-label = Select
pay-selected = Pay the selected notices
select-to-pay = Select the notices to pay
selection-failed = The selection could not be updated: check your connection and try again.
urgent-button = Pay those due soonest
urgent-hint = Selects the notices due first, at most 5: pagoPA's limit for one payment.
urgent-selected = We selected the notices due first, at most 5 (pagoPA's limit for one payment). Check the choice and press Pay.
too-many-selected = You can pay at most 5 notices together: that is pagoPA's limit. Untick some and press Pay again; pay the others afterwards.
select-some-first = Select at least one notice to pay.
closed-title = Paid and cancelled
filters-title = Filter the notices
filters-hint = The list updates as soon as you change a choice.
revoked-line = Cancelled: you do not have to pay it
paid-recorded-line = Payment recorded by the school
pay-count = { $count ->
    [one] Pay 1 notice · { $total }
   *[other] Pay { $count } notices · { $total }
}
selected-count = { $count ->
    [0] No notice selected.
    [one] 1 notice selected, { $total }.
   *[other] { $count } notices selected, { $total }.
}
child-subtotal = { $count ->
    [one] 1 notice, { $total }
   *[other] { $count } notices, { $total }
}
closed-count = Paid and cancelled ({ $count })
overdue-since = Was due by { $due }: you can pay it until { $until }
paid-on-date = Paid on { $date }

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
choose-method = How do you want to pay?
method-card = Credit, debit or prepaid card
method-bank-account = Bank account (home banking)
method-app = Payment app
choose-psp = Choose the payment service provider (PSP)
psp-explained = Each provider charges its own fee, one for the whole payment. The lowest is marked as suggested.
only-one-psp = Only one provider takes this method: we chose it for you.
sort-by = Sort by:
sort-by-fee = fee
sort-by-name = name
fee-label = Fee
cheapest = Suggested: the cheapest
pay-summary-title = Summary
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

## Checkout on one screen, outcome first, receipts by payment (checkout)
method-lowest-fee = fee from { $amount }
leaving-for-psp = You will be taken to the website of { $psp }.
pago-pa-fee-there = Shown on pagoPA, before you pay
you-paid = You paid { $amount }
receipt-mail-sent = We sent the summary to { $email }. The receipts are on the Receipts page.
payment-details = Payment details
try-again-from-cart = Try again from the cart
beneficiary-school = { $school } (tax code { $code })
payment-of-date = Payment of { $date }, { $time }
download-attestation-short = Tax return statement (PDF)
technical-details = Technical details
iuv-label = IUV code

## Paying a notice by its number, with or without an account (pay-by-number)
pay-notice-title = Pay a notice
pay-notice-home-text = Did you receive a payment notice, even for a grandchild? Pay it with its code, without an account.
pay-notice-intro = Type the notice code and the creditor's tax code printed on the payment notice, or paste the text of its QR code. You do not need an account.
pay-notice-number-label = Notice code
pay-notice-number-hint = 18 digits, for example 3012 3960 0003 5478 15
pay-notice-creditor-label = Creditor's tax code
pay-notice-creditor-hint = 11 digits, printed on the notice next to the notice code
pay-notice-search = Find the notice
pay-notice-qr-heading = Do you have the notice's QR code?
pay-notice-qr-label = Text of the QR code
pay-notice-qr-hint = It starts with PAGOPA|002|
pay-notice-scan = Scan the QR code
pay-notice-scan-stop = Close the camera
pay-notice-scan-failed = The camera cannot be used: type the notice code.
pay-notice-number-invalid = The notice code has 18 digits and starts with 3, for example 3012 3960 0003 5478 15.
pay-notice-number-missing = Type the notice code.
pay-notice-creditor-invalid = The creditor's tax code has 11 digits, for example 80012345676.
pay-notice-creditor-missing = Type the creditor's tax code.
pay-notice-qr-invalid = This is not the text of a pagoPA QR code: it must start with PAGOPA|002|.
pay-notice-unknown = We cannot find a notice with this code for this creditor. Check the digits on the notice.
pay-notice-limited = You searched many times in a short while. You can try again from { $time }.
pay-notice-check-digits = The last two digits of the notice code do not match the others: check you typed it right. If it is the one on the notice, you can still pay.
pay-notice-found-heading = Notice found
pay-notice-school = Creditor
pay-notice-reason = Reason
pay-notice-amount = Amount
pay-notice-due = Due date
pay-notice-state = State
pay-notice-email-label = Your email
pay-notice-email-hint = We send the receipt here. You do not need an account.
pay-notice-pay = Pay this notice
pay-notice-with-account = You pay with your account: the receipt will be among your Receipts.
pay-notice-email-needed = Type a full email address to receive the receipt.
pay-notice-another = Pay another notice
guest-receipt-mail-sent = We sent the confirmation to { $email }. You can download the receipts below.
## The printable payment notice (notice-documents)
download-notice-document = Download the payment notice (PDF)
notice-document-hint = With the notice printed or on your phone you can also pay at a bank, a post office, a tobacconist or with the IO app: the QR code and the notice number are enough.

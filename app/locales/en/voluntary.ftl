# PagoScuola · English (en) · voluntary payments (versamenti volontari)
# native-speaker-review: no


## Finding the school

voluntary-title = Voluntary payments
voluntary-intro = You can make a voluntary payment to a school (contribution, insurance, trip) even without an account: find the school by its school code (codice meccanografico), or by region, province and town.
voluntary-start = Make a voluntary payment
voluntary-family-title = Voluntary payments
voluntary-family-text = A contribution, an insurance or a trip the school has not sent you as a notice yet: find the school and pay, even for a grandchild.
voluntary-school-link = Voluntary payments to this school


## A school's items

voluntary-school-title = Voluntary payments: { $school }
voluntary-items-title = What you can pay
voluntary-items-none = This school has no voluntary payments open right now.
voluntary-choose = Choose
voluntary-choose-about = Choose: { $reason }
voluntary-amount-label = Amount
voluntary-amount-range = Amount of your choice from { $min } to { $max }, suggested { $suggested }
voluntary-period-open = Payable until { $date }
voluntary-period-not-yet = Payable from { $date }
voluntary-period-closed = Closed on { $date }
voluntary-period-label = Period
voluntary-deductible-label = Tax deductible
voluntary-deductible-yes = Yes, in the tax return
voluntary-deductible-no = No
voluntary-category-label = Type
voluntary-category-trip = School trip or outing
voluntary-category-insurance = Insurance
voluntary-category-contribution = Voluntary contribution
voluntary-category-material = Learning materials
voluntary-category-tax = School tax
voluntary-category-other = Other
voluntary-back-to-search = Find another school
voluntary-choose-another = Choose another payment


## The form

voluntary-form-title = The pupil's details
voluntary-form-intro = Write the pupil's codice fiscale, surname and name: they must match.
voluntary-pupil-cf-label = Pupil's codice fiscale
voluntary-pupil-cf-hint = 16 characters, as on the pupil's health card.
voluntary-pupil-surname-label = Pupil's surname
voluntary-pupil-given-name-label = Pupil's name
voluntary-amount-input-label = Amount to pay (euro)
voluntary-amount-hint = From { $min } to { $max }. For example 25 or 25,50.
voluntary-email-label = Your email
voluntary-email-hint = For the payment receipt. No account needed.
voluntary-signed-in-note = You are logged in: the notice and the receipt will be yours.
voluntary-how-title = How do you want to pay?
voluntary-pay-now = Pay now
voluntary-pay-now-hint = Online now, by card, bank account or payment app.
voluntary-download = Download the payment notice
voluntary-download-hint = To pay later with the IO app, your home banking, at a bank, a post office or a tobacconist, with the QR code.
voluntary-not-open = This payment cannot be made today.
voluntary-amount-required = Write the amount you want to pay.
voluntary-amount-format = Write the amount in euro, for example 25 or 25,50.
voluntary-amount-min = The lowest amount is { $min }.
voluntary-amount-max = The highest amount is { $max }.
voluntary-too-many = You have created many notices in a short time: try again in 15 minutes.


## The notice created

voluntary-issued-title = Your payment notice is ready
voluntary-issued-text = We have created the payment notice. Download it and pay it by the due date with the IO app, your home banking, at a bank, a post office or a tobacconist.
voluntary-issued-download = Download the payment notice (PDF)
voluntary-issued-keep = Download the document now: the link is valid for 60 days and this page will not show it again.
voluntary-issued-family = If you are a registered parent of this pupil, you also find the notice among your notices.
voluntary-reason-label = Reason
voluntary-notice-number-label = Notice code
voluntary-due-label = Pay by
voluntary-pay-now-failed = The immediate payment did not start, but the notice was created: you can pay it with the document below.

## The office's page of voluntary items

office-vol-title = Voluntary payments
office-vol-intro = What anyone can pay the school without waiting for a notice (voluntary contribution, insurance, trip). Families find these items under "Voluntary payments" with the school's code; each payment creates a notice in the pupil's name.
office-vol-none = No items. Add one with the form below.
office-vol-col-reason = Reason
office-vol-col-amount = Amount
office-vol-col-period = Payable
office-vol-col-issued = Notices created (paid)
office-vol-col-actions = Actions
office-vol-period = from { $from } to { $until }
office-vol-open = open
office-vol-later = opens later
office-vol-closed = closed
office-vol-range = from { $min } to { $max }
office-vol-issued = { $issued } ({ $paid })
office-vol-edit = Edit
office-vol-edit-label = Edit: { $reason }
office-vol-close = Close today
office-vol-close-label = Close today: { $reason }
office-vol-new = New item
office-vol-editing = Edit the item
office-vol-amount-label = Amount (€)
office-vol-amount-hint = For example 30,00. If the family may change it, this is the amount suggested.
office-vol-from-label = Payable from
office-vol-until-label = Payable until
office-vol-date-hint = As dd/mm/yyyy, for example 31/08/2027.
office-vol-save = Save the item
office-vol-cancel = Cancel the changes
office-vol-reason-taken = Another item of the school already has this reason: families choose an item by its reason.
office-vol-saved = Item saved: families see it on the dates given.
office-vol-closed-now = Item closed: from today nobody can pay it. Notices already created can still be paid.
office-vol-unchanged = Nothing changed.
office-vol-nav = Voluntary payments

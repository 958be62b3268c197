# PagoScuola · English (en) · the office's money reports: reconciliation, refunds, 730 data
# native-speaker-review: no

reconciliation-title = Income and refunds
tax-title = Data for the 730 tax return

## Reconciliation of a period

reconciliation-intro = The money that reached the school, day by day and by payment service provider (PSP). Families pay the fees to the PSP on top of the amount: they do not reduce what the school receives.
period-legend = Period
period-from = From
period-to = To
period-show = Show
period-from-invalid = Enter a valid date, for example 01/11/2026.
period-to-invalid = Enter a valid date, for example 30/11/2026.
period-to-before-from = The end date comes before the start date.
period-too-long = At most one year at a time.
period-shown = From { $from } to { $to }
figure-receipts = receipts
figure-amount = received
figure-fees = in fees paid by families
col-day = Day
col-psp = PSP
col-receipts = Receipts
col-amount = Received
col-fees = Fees
no-receipts = No income in this period.
reconciliation-csv = Download every receipt of the period (CSV)

## Refunds the school owes

refunds-title = Refunds to make
refunds-intro = Money received for a notice already paid or no longer payable: the school gives it back to the family, then marks it here as refunded. Until then the family sees the refund it is owed.
refunds-none = No refunds.
refund-col-notice = Notice
refund-col-pupil = Pupil
refund-col-amount = Amount
refund-col-reason = Reason
refund-col-state = State
refund-reason-paid-twice = Paid twice
refund-reason-not-payable = Notice no longer payable
refund-to-make = To refund (recorded on { $day })
refund-made = Refunded on { $day }
refund-mark = Mark as refunded
refund-mark-about = Mark notice { $number } of { $pupil } as refunded
refund-settled = The refund of notice { $number } is marked as made.
refunds-who = Only the headteacher and the DSGA can mark a refund as made.

## Tax data for the pre-filled return (730)

tax-intro = For the pre-filled tax return the school tells the Agenzia delle Entrate, by 16 March, the deductible expenses of the year before: for each pupil and each person who paid, the sum of the deductible payments.
tax-year = Year
tax-show = Show
tax-year-refused = That year is not available: here is { $year }.
tax-col-pupil = Pupil
tax-col-payer = Paid by
tax-col-amount = Deductible amount
tax-col-payments = Payments
tax-total = Deductible total for { $year }: { $amount }
tax-payer-unknown = Not known
tax-without-payer = Lines without the payer's tax code (payments without an account or outside PagoScuola): { $count }. The Agenzia asks for it only when the school knows it.
tax-none = No deductible payments in this year.
tax-csv = Download the { $year } data (CSV)
tax-csv-explained = Each line of the file has the year, the pupil's and the payer's tax codes and the amount. It is used with the Agenzia delle Entrate's software that prepares the submission.

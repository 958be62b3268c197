# PagoScuola · English (en) · the service conditions and the registration terms
# native-speaker-review: no

condition-01-title = Subject
condition-01-text = PagoScuola lets families see and pay the payment notices that schools issue for their children, through the pagoPA system.
condition-02-title = Who can use it
condition-02-text = The service is for parents, guardians and people delegated by the school, registered with their own codice fiscale.
condition-03-title = Credentials
condition-03-text = Username and password are personal. Keep them safe and share them with nobody: what is done with your credentials is attributed to you.
condition-04-title = Truthful data
condition-04-text = You undertake to give true and up-to-date data, in particular the email address where you receive notices and receipts.
condition-05-title = Payment notices
condition-05-text = Notices are issued by schools, which are responsible for their amounts, reasons and due dates. For questions about a notice's content contact the school office.
condition-06-title = Payments
condition-06-text = Payments are made by the payment service provider (PSP) you choose, under its own terms. PagoScuola stores no card or account data.
condition-07-title = Fees
condition-07-text = The PSP may charge a fee, always shown before you pay. PagoScuola adds no charges of its own.
condition-08-title = Outcome and receipts
condition-08-text = A notice is paid only when the PSP confirms the outcome. The receipt and the tax-deduction certificate stay available in your area.
condition-09-title = Voluntary payments
condition-09-text = Voluntary contributions are optional; the amount can be changed only where the school allows it.
condition-10-title = Availability
condition-10-text = The service may be suspended for maintenance or external causes (pagoPA, PSPs). Planned interruptions are announced.
condition-11-title = Proper use
condition-11-text = Using the service for other purposes, or trying to reach other people's data, is forbidden.
condition-12-title = Communications
condition-12-text = The service writes to the email given at registration and in your area.
condition-13-title = Changes
condition-13-text = These conditions may change: the new version will be shown to you and you must accept it before paying again.
condition-14-title = Applicable law
condition-14-text = Italian law applies. For reports write to assistenza@pagoscuola.it.
registration-term-01-title = Registration
registration-term-01-text = You register with your codice fiscale and personal details, which must match. One person has one account.
registration-term-02-title = Email
registration-term-02-text = The email address must be confirmed within 24 hours with the link we send; you then receive your username and a temporary password.
registration-term-03-title = Service conditions
registration-term-03-text = At your first log-in we will ask you to accept the service conditions, which are needed to pay.

## frame (issue 12)
conditions-key-title = In short
conditions-key-01 = Ask the school about the notices' amounts and due dates.
conditions-key-02 = PagoScuola adds no costs; you see the PSP's fee first.
conditions-key-03 = A notice is paid once the PSP confirms it.
conditions-key-04 = Your username and password are yours alone.
conditions-full = Read all 14 terms

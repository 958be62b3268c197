# PagoScuola · English (en) · the emails
# native-speaker-review: no

mail-greeting = Dear { $name },
mail-closing = This message is sent automatically: do not reply. If it was not you, ignore it.
mail-signature = PagoScuola

## Conferma registrazione
# The Italian subject stays first: it is the name the school office and the paper notices use.
confirm-subject = Conferma registrazione (confirm your registration)
confirm-text = you asked to register with PagoScuola. To confirm your email address open this link within 24 hours. You will then receive your username and a temporary password.
confirm-link = Confirm the registration

## Creazione utenza
created-subject = Creazione utenza (your account)
created-text = your address is confirmed and your account is ready. The password is temporary: it is valid for 72 hours and only for the first log-in, when we will ask you to choose your own.
created-username = Username
created-password = Temporary password
created-link = Log in to PagoScuola

## Pagamento eseguito
paid-subject = Pagamento eseguito (payment completed)
paid-text = the payment is complete. Here is the summary; the receipts and the statements for your tax return are on your page.
paid-link = Your receipts
paid-fee = Fee ({ $psp })
paid-total = Total charged

## Recupero credenziali
recovery-subject = Recupero credenziali (credential recovery)
recovery-text = you asked to recover your PagoScuola credentials. Here is your username; to choose a new password open the link within 1 hour.
recovery-link = Choose a new password
recovery-username = Username
# What a notice is for, and for whom: in the mail's summary and in the cart's notes.
what-for-whom = { $what } ({ $pupil })

# Payments through the sandbox PSP (a test: no money moved)
paid-subject-test = Test payment completed (no value)
paid-test = This was a test payment, with PagoScuola's simulated PSP: no money was transferred and the receipts have no value.

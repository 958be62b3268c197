# PagoScuola · English (en) · registration, log-in and the account pages
# native-speaker-review: no


## Registration wizard
register-title = Register
register-intro = Registration takes a few minutes: you need your codice fiscale (tax code) and an email address you use.
step-code-title = Codice fiscale
step-details-title = Your details
step-review-title = Check your details
step-done-title = Registration saved
wizard-steps = Registration steps
codice-fiscale-label = Codice fiscale (Italian tax code)
codice-fiscale-hint = 16 characters, as on the health card. For example RSSMRA80A01H501U.
captcha-label = Security check
captcha-hint = Tick the box: your device does a short computation to show you are not an automated program. JavaScript must be on.
captcha-checkbox = I am not a robot
captcha-verifying = Verifying...
captcha-verified = Verified
captcha-failed = Verification failed: try again.
captcha-expired = Verification expired: tick it again.
captcha-no-script = This step needs JavaScript: turn it on in your browser and reload the page. If you cannot, write to assistenza@pagoscuola.it.
continue = Continue
surname-label = Surname
given-name-label = Given name
name-hint = As on your identity document; accents and apostrophes are fine (D'Amico, Niccolò).
birth-date-label = Date of birth
birth-date-hint = As dd/mm/yyyy, for example 01/01/1980.
sex-label = Sex (as in the codice fiscale)
sex-female = Female
sex-male = Male
birthplace-label = Place of birth
birthplace-hint = The Italian town (with the province if several share the name) or the foreign country. Type the first letters and choose from the list.
abroad = abroad
birthplace-suggestions = Places found
email-label = Email
email-hint = We will write here to confirm your registration and to send receipts.
email-again-label = Repeat the email
consent-title = Terms and privacy
accept-terms-label = I have read and accept the terms of registration to the service
accept-privacy-label = I have read the notice on the processing of personal data
read-terms = Read the terms
read-privacy = Read the privacy notice
review-intro = Check that your details are right: the codice fiscale must match surname, name, date and place of birth and sex.
confirm-data = Confirm your details
go-back = Go back
accepted = Accepted
done-text = We have written to the address you gave. Open the email "Conferma registrazione" and follow the link within 24 hours: you will then receive your username and a temporary password.
done-check-spam = Cannot find it? Look in your spam folder too.
start-again = Start the registration again
error-summary-title = There are some problems to fix

## Problems at fields
problem-required = This field is required.
problem-cf-length = The codice fiscale has 16 characters.
problem-cf-pattern = The codice fiscale has the wrong shape: 6 letters, 2 digits, 1 letter, 2 digits, 1 letter, 3 digits, 1 letter.
problem-cf-check = The codice fiscale is not valid: the last character does not match. Check you typed it correctly.
problem-cf-taken = An account with this codice fiscale already exists.
problem-captcha = The security check failed or expired: tick it again.
problem-name-latin = Write the name in Latin letters, as in the codice fiscale.
problem-name-long = At most 60 characters.
problem-date-format = Write the date as dd/mm/yyyy, for example 01/01/1980.
problem-date-future = The date of birth cannot be in the future or before 1900.
problem-birthplace-unknown = Choose the place of birth from the list of towns and countries.
problem-birthplace-ambiguous = There are several places with this name: choose from the list or add the province, for example Castro (LE).
problem-email = Write a complete email address, for example name@example.com.
problem-email-mismatch = The two emails are different.
problem-consent = To register you must accept the terms and read the notice.
problem-cf-surname = The surname does not match the codice fiscale.
problem-cf-name = The given name does not match the codice fiscale.
problem-cf-birth-date = The date of birth does not match the codice fiscale.
problem-cf-sex = The sex does not match the codice fiscale.
problem-cf-birthplace = The place of birth does not match the codice fiscale (or the town did not exist on that date).
problem-password-short = The password must have at least 10 characters.
problem-password-long = The password can have at most 128 characters.
problem-password-weak = Password too easy to guess: use more words or add different characters.
problem-password-personal = The password cannot contain your username, codice fiscale, name or surname.
problem-password-mismatch = The two passwords are different.
problem-password-same = The new password must differ from the temporary one.

## Log in
login-title = Log in
login-intro = Log in with the username and password you received by email, or with your codice fiscale.
username-label = Username or codice fiscale
password-label = Password
login-button = Log in
login-failed = Wrong username or password.
login-locked = Too many failed attempts. For your safety logging in is suspended for 15 minutes: try later or recover your credentials.
login-temporary-expired = The temporary password has expired or was already used: ask for a new one with credential recovery.
forgot-credentials = I forgot my username or password
no-account-yet = No account yet?
register-link = Register
logged-out = You have logged out.
session-expired = Your session has expired: log in again.
log-out = Log out

## Email verification
verify-title = Email confirmation
verify-done = Thank you, your email address is confirmed. We have sent you the email "Creazione utenza" with your username and a temporary password: it is valid for 72 hours and only for the first log-in.
verify-already = This address was already confirmed. If you did not receive your credentials, use credential recovery.
verify-invalid = The link is not valid or has expired (it lasts 24 hours). Register again or use credential recovery.

## Change password
change-password-title = Choose your password
change-password-intro = Before going on choose your own password. At least 10 characters; a phrase easy for you to remember and hard for others to guess is best.
current-password-label = Current password
new-password-label = New password
new-password-again-label = Repeat the new password
save-password = Save the password
password-changed = Password changed.
problem-current-password = The current password is wrong.

## Credential recovery
recovery-title = Recover username and password
recovery-intro = Type your codice fiscale and the email you registered with: if they match an account we send you the username and a link to choose a new password, valid for 1 hour.
recovery-send = Send
recovery-sent = If the details match an account, you will soon find an email with instructions. Check your spam folder too.
reset-title = New password
reset-invalid = The link is not valid, was already used or has expired. Ask for a new link.
reset-done = Password saved. You can now log in with the new password.

## Conditions
conditions-title = Service conditions
conditions-intro = To pay with PagoScuola read and accept the service conditions and the notice on personal data. You accept them once; we will ask again only if they change.
conditions-version = Version of
accept-conditions-label = I have read and accept the service conditions
accept-privacy-notice-label = I have read the notice on the processing of personal data
accept-and-continue = Accept and continue
conditions-accepted = You accepted the service conditions on

## Family home
family-title = Your area
family-greeting = Hello, { $name }
family-profile = Your details
full-name-label = Name
username-only = Username
change-password-link = Change the password
opens-new-tab = opens in a new tab

## Development mailbox
mailbox-title = Development mailbox
mailbox-intro = Demo mode only: the messages the service prepared, newest first. Nobody really receives them.
mailbox-empty = No messages.
mailbox-to = To
mailbox-sent = Sent
mailbox-queued = Queued

## Texts with values
full-name = { $given_name } { $surname }
# A birthplace that no longer exists: "Abano (PD, fino al 1924)".
birthplace-until = { $name } ({ $province }, until { $year })
birthplace-in = { $name } ({ $province })
step-heading = { $title } (step { $step } of { $steps })

## Registration and recovery limits
problem-too-long = Too long for this field: type it again, shorter.
problem-try-later = Too many registrations are in progress right now: please try again later.
recovery-limited = Too many recovery requests for these details or from this connection: please try again later, in 15 minutes.

# Log-ins (throttling and the password hasher's queue)
login-busy = Too many people are logging in right now: try again in a few seconds.

## frame (issue 12)
prefill-note = Date of birth, sex and place of birth come from your codice fiscale: check them and correct them if needed.
done-resend = Send the email again
done-correct = Correct the email
done-resent = We sent you a new "Conferma registrazione" email: use the link in the most recent one.
done-retry-at = You asked for too many emails in a short time. You can try again from { $time }.
done-correct-intro = Type the right address: we will send you a new link and the previous one will stop working.
done-send-new = Send the new link
cancel = Cancel
show-password = Show password
profile-title = Your profile

# PagoScuola · English (en) · the school office console (segreteria) and administration
# native-speaker-review: no

office-title = School office
admin-title = Administration

## The console's entry and dashboard

office-choose-school = Choose the school whose office you want to open.
role-ds = Headteacher
role-dsga = Office manager (DSGA)
role-aa = Office staff
figure-pupils = pupils
figure-unseen = pupils no parent can see yet
figure-events = payment events
unseen-hint = A parent sees a child's notices only when the school has recorded their email or given them an activation code. Open the list of pupils without a parent and make a code for each.

## Who sees a pupil (office)

activation-title = Who sees the notices
activation-heading = Who sees { $pupil }'s notices
pupil-line = Class { $class }
back-to-pupil = Back to the pupil
activation-explained = A parent sees the notices only when the school vouches for them: with the email the school recorded for them (when it matches their account's) or with an activation code handed over in a letter or sent by email.
payers-title = Parents and guardians
no-payers = No parent recorded for this pupil: add one from the pupil's page.
column-payer = Parent
column-email = Email recorded by the school
column-access = Sees the notices?
column-actions = Actions
access-by-email = Yes, through the email the school recorded
access-by-code = Yes, through an activation code
access-not-vouched = Not yet: has an account, but with another email. A code is needed.
access-no-account = No account linked
no-email = None
code-pending = Code handed out, valid until { $day }
issue-code = Make an activation code
send-code = Send by email
letter-ready = Code made. Print the letter now: for safety the code will not be shown again (codes handed to this parent before no longer work).
letter-subject = Activation code for { $pupil }'s notices
letter-greeting = Dear { $name } (tax code { $cf }),
letter-text = the school { $school } confirms that you pay for { $pupil } (class { $class }). To see and pay their notices on PagoScuola:
letter-step-register = register on PagoScuola with your tax code { $cf }, or log in if you already have an account: { $url }
letter-step-code = on the page of your notices, under «Can't see a child?», type the code below and press «Use the code»;
letter-step-done = from then on you see { $pupil }'s notices and can pay them.
letter-validity = The code works until { $day }, once, and only for the tax code { $cf }. Do not give it to anyone else.
letter-print-hint = To print it use the browser's «Print» (Ctrl+P): only the letter is printed.
activation-no-email = The school has not recorded this parent's email: print the letter.
activation-email-queued = Email on its way: the code is made when it is sent, and codes handed to this parent before no longer work.

## Activation code: the family's form and the email

activation-code-label = Activation code
activation-code-hint = It is in the school's letter or email: 12 characters, for example ACDE-FGHJ-KMNP.
activation-submit = Use the code
activation-missing = Type the activation code
activation-invalid = Code not valid or expired
activation-too-many = Too many tries: try again in 15 minutes
activation-done = Done: you now see { $child }'s notices.
missing-child-title = Can't see a child?
missing-child-intro = You see a child's notices only when the school confirms that you pay for them. If one is missing:
missing-child-empty = You do not see any child yet: you see their notices only when the school confirms that you pay for them. To do this:
missing-child-email = ask the school office to record your email, the same as your account's: from then on you see the child;
missing-child-code = or ask the office for an activation code (in a letter or by email) and type it here.
activation-mail-parent = parent
activation-mail-subject = Activation code for the school's notices
activation-mail-text = the school { $school } confirms that you pay for { $pupil }: with the code below you see their notices on PagoScuola.
activation-mail-steps = Log in to PagoScuola with your tax code (if you have no account, register first), open the page of your notices and, under «Can't see a child?», type the code. The code works for 90 days, once, and only for your tax code.
activation-mail-link = Open your notices

## Platform administration

admin-schools-title = Schools with an office
admin-no-schools = No school has an office account yet.
column-school = School
column-staff = Staff
admin-add-school-title = Add a school
admin-add-staff-title = Give a school its first office account
admin-add-staff-hint = If an account with this tax code exists it receives the role; otherwise it is created and the temporary password goes out by email.
school-code-label = School code (codice meccanografico)
school-name-label = School name
school-kind-label = Kind of school
school-address-label = Address
school-postcode-label = Postcode
school-town-label = Town
school-province-label = Province (code, for example MI)
school-fiscal-code-label = School's tax code
school-email-label = School's email
add-school = Add the school
staff-cf-label = Tax code (codice fiscale)
staff-surname-label = Surname
staff-given-name-label = Given name
staff-email-label = Email
staff-role-label = Role
add-staff = Give access
problem-required = Required field
problem-school-code = School code not valid: 10 characters, for example MIIC8CY00P
problem-fiscal-code = School's tax code not valid: 11 digits
problem-province = Unknown province: type its code, for example MI
problem-postcode = Postcode not valid: 5 digits
problem-email = Email not valid
problem-codice-fiscale = Tax code not valid
problem-unknown-school = No school with this code: add it first
problem-role = Choose the role
problem-too-long = Text too long
school-added = School added.
staff-created = Account created: the temporary password went out by email.
staff-granted = The existing account with this tax code received the role.

# PagoScuola · English (en) · the page shell, home, directory and legal pages
# native-speaker-review: no


## Page shell
skip-to-content = Skip to main content
service-name = PagoScuola
service-tagline = School payments, for families
log-in = Log in
language-switch = Language
main-nav = Main menu
nav-home = Home
nav-schools = Find a school
footer-nav = About the service
footer-privacy = Privacy notice
footer-accessibility = Accessibility statement
footer-about = PagoScuola: payments to Italian schools through pagoPA.
footer-no-card-data = PagoScuola never stores payment card or bank account data.
meta-description = Pay your children's school notices, even from different schools, choosing the cheapest payment provider.

## Home
home-title = Pay your children's school in a few steps
home-intro = With PagoScuola you see every payment notice for your children, even from different schools, and pay them together with the payment service provider (PSP) that charges the lowest fee.
home-login-cta = Log in to the family area
home-register-cta = No account? Register
home-features-title = What you can do
home-feature-notices-title = Every notice in one place
home-feature-notices-text = Trips, insurance, contributions: see what is due and when, for each child.
home-feature-pay-title = Pay the way you like
home-feature-pay-text = Card, bank account or app: compare the fees and choose the cheapest PSP.
home-feature-receipts-title = Receipts always at hand
home-feature-receipts-text = Payment receipt and tax-deduction certificate, ready to download whenever you need them.
home-voluntary-title = Voluntary payments: find the school
home-voluntary-text = Find the school by its school code, or by region, province and town.

## Directory
schools-title = Find a school
schools-intro = Search by school code, or choose region, province and town. You can also search by name.
search-by-code = Search by code
search-by-place = Search by place or by name
code-label = School code (codice meccanografico)
code-hint = 10 characters, for example MIIC8CY00P. If you know it, you need nothing else.
region-label = Region
province-label = Province
town-label = Town
name-label = School name
name-hint = At least 3 letters, for example Manzoni.
any-region = All regions
any-province = All provinces
any-town = All towns
search-button = Search
new-search = New search
results-title = Results
results-truncated = There are many results: the first 50 are shown. Narrow the search with a province, town or name.
no-results-help = Check the code, or widen the search by removing the town or the name.
error-summary-title = Please check what you entered
searching = Searching…
search-failed = The search did not work. Check your connection and try again.
problem-code-characters = The school code starts with the province's 2 letters and has only letters and digits, for example MIIC8CY00P.
problem-unknown-region = Unknown region: choose one from the list.
problem-unknown-province = Unknown province: choose one from the list.
problem-province-not-in-region = This province is not in the chosen region.
problem-empty-search = Enter the school code, or choose at least a region or type the school's name.

## School page
school-code-label = School code
school-kind-label = Type of school
address-label = Address
email-label = Email
creditor-code-label = Creditor's fiscal code
school-details = School details
school-payments-title = Payments
school-payments-text = Notices this school issues for your children appear in your family area once you log in. Voluntary payments (contributions, insurance, trips) can be paid here, even without an account.
school-not-found-title = School not found
school-not-found-text = There is no school with this school code. Check the code or look for the school in the directory.
back-to-search = Back to the search

## Kinds of school
kind-comprehensive = Comprehensive school (ages 3-14)
kind-infant = Nursery school
kind-primary = Primary school
kind-lower-secondary = Lower secondary school
kind-upper-secondary = Upper secondary school
kind-technical = Technical school
kind-vocational = Vocational school

## Log-in page (the family area arrives with registration)

## Errors
not-found-title = Page not found
not-found-text = The address may be wrong, or the page no longer exists.
go-home = Back to the home page
server-error-title = Something went wrong
server-error-text = We could not complete the request. Please try again in a few minutes: none of your data was lost.

## Privacy notice
privacy-title = Privacy notice
privacy-who-title = Who processes the data
privacy-who = The controller for payments is the school that issues the notice; PagoScuola processes the data on the school's behalf, as processor (art. 28 of EU Regulation 2016/679, GDPR).
privacy-what-title = Which data and why
privacy-what = Looking up the school directory collects no personal data. To pay we process the parent's tax code, name, surname and email and the pupils' data needed for the notices, only to carry out payments and issue receipts and certificates.
privacy-cookies-title = Cookies
privacy-cookies = We use technical cookies only: one remembers the chosen language and, after log-in, one keeps the session. No profiling or third-party cookies.
privacy-payments-title = Payment data
privacy-payments = Card and bank account details are entered only with the chosen payment provider: PagoScuola neither sees nor stores them.
privacy-rights-title = Your rights
privacy-rights = You can ask for access, correction or deletion of your data by writing to privacy@pagoscuola.it, and you may complain to the Italian Data Protection Authority (Garante).

## Accessibility statement
accessibility-title = Accessibility statement
accessibility-intro = PagoScuola is committed to making the service accessible to everyone, following the AgID accessibility guidelines and WCAG 2.1 level AA.
accessibility-status-title = Compliance status
accessibility-status = The service is partially compliant. Every page is checked automatically (axe-core) at every change, can be used with the keyboard alone, works on screens 360 pixels wide and shows its content without JavaScript.
accessibility-limits-title = Content not yet accessible
accessibility-limits = Automatic checks do not replace testing with screen-reader users: we are planning it. The school search updates as you type only with JavaScript on; without JavaScript use the Search button.
accessibility-captcha-title = Registration and security check
accessibility-captcha = The first registration step asks for an "I am not a robot" check: there is no puzzle to solve, you tick the box and your device does a short computation. That needs JavaScript. Every other step and form works without JavaScript. If you cannot turn it on, write to assistenza@pagoscuola.it and we will register you.
accessibility-feedback-title = Feedback
accessibility-feedback = If you meet a barrier write to accessibilita@pagoscuola.it: we answer within 30 days. If the answer does not satisfy you, you can contact the Digital Ombudsman at AgID.
login-required-text = Log in with your credentials to see this page.
forbidden-text = This page is not available to your account.
accessibility-date = Statement drawn up on 23/11/2026.

## Texts with values
schools-found = { $count ->
    [0] No school found
    [one] 1 school found
   *[other] { $count } schools found
}
problem-code-length = The school code has 10 characters: you entered { $found }.
problem-too-long = Too long: at most { $max } characters.
problem-name-too-short = Type at least { $min } letters of the name.
# A school in the results: its kind, then where it is.
school-place = { $kind } · { $town } ({ $province })
# The Italian text of the conditions and of the privacy notice is the one that counts.
italian-prevails = This is a translation: the Italian text is the one that counts.
document-not-found = Document not found.
try-again-shortly = The service does not answer: try again shortly.

## frame (issue 12)
nav-notices = Notices
nav-receipts = Receipts
nav-cart = Cart
account-menu = Your account
nav-profile = Profile
nav-log-out = Log out
footer-runs = PagoScuola is run on behalf of the schools that issue the notices, which control the payment data.
footer-help-title = Need help?
footer-help-notice = About a notice (its amount, reason, whether it applies to you): the office of the school that issued it.
footer-help-site = About the site (log-in, registration, payments): the PagoScuola help desk,
footer-conditions = Service conditions

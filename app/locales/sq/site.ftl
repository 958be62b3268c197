# PagoScuola · Shqip (sq) · the page shell, home, directory and legal pages
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)


## Page shell
skip-to-content = Kalo te përmbajtja kryesore
service-name = PagoScuola
service-tagline = Pagesat e shkollës, për familjet
log-in = Hyr
language-switch = Gjuha
main-nav = Menyja kryesore
nav-home = Faqja kryesore
nav-schools = Kërko shkollën
footer-nav = Informacion për shërbimin
footer-privacy = Njoftimi për privatësinë
footer-accessibility = Deklarata e aksesueshmërisë
footer-about = PagoScuola: pagesat për shkollat italiane përmes pagoPA.
footer-no-card-data = PagoScuola nuk ruan asnjë të dhënë të kartave të pagesës apo të llogarive bankare.
meta-description = Paguani njoftimet e shkollës së fëmijëve tuaj, edhe nga shkolla të ndryshme, duke zgjedhur ofruesin e shërbimit të pagesës më të leverdishëm.

## Home
home-title = Paguani shkollën e fëmijëve tuaj me pak hapa
home-intro = Me PagoScuola shihni të gjitha njoftimet e pagesës për fëmijët tuaj, edhe nga shkolla të ndryshme, dhe i paguani së bashku, duke zgjedhur ofruesin e shërbimit të pagesës (PSP) me komisionin më të ulët.
home-login-cta = Hyni në zonën e familjeve
home-register-cta = Nuk keni llogari? Regjistrohuni
home-features-title = Çfarë mund të bëni
home-feature-notices-title = Të gjitha njoftimet në një vend
home-feature-notices-text = Ekskursione, sigurim, kontribute: shihni çfarë duhet paguar dhe afatet, për çdo fëmijë.
home-feature-pay-title = Paguani si t'ju përshtatet
home-feature-pay-text = Kartë, llogari bankare ose aplikacion: krahasoni komisionet dhe zgjidhni PSP-në që kushton më pak.
home-feature-receipts-title = Dëftesat gjithmonë në dorë
home-feature-receipts-text = Dëftesa e pagesës dhe vërtetimi për zbritjet tatimore, për t'i shkarkuar kur të doni.
home-voluntary-title = Pagesa vullnetare: gjeni shkollën
home-voluntary-text = Kërkoni shkollën me codice meccanografico, ose sipas rajonit, provincës dhe komunës.

## Directory
schools-title = Kërko shkollën
schools-intro = Kërkoni me codice meccanografico (kodi i shkollës) ose zgjidhni rajonin, provincën dhe komunën. Mund të kërkoni edhe me emër.
search-by-code = Kërko me kod
search-by-place = Kërko sipas vendit ose emrit
code-label = Codice meccanografico
code-hint = Kodi i shkollës: 10 karaktere, për shembull MIIC8CY00P. Nëse e dini, fushat e tjera nuk nevojiten.
region-label = Rajoni
province-label = Provinca
town-label = Komuna
name-label = Emri i shkollës
name-hint = Të paktën 3 shkronja, për shembull Manzoni.
any-region = Të gjitha rajonet
any-province = Të gjitha provincat
any-town = Të gjitha komunat
search-button = Kërko
new-search = Kërkim i ri
results-title = Rezultatet
results-truncated = Ka shumë rezultate: këtu shihni 50 të parat. Ngushtoni kërkimin duke zgjedhur provincën, komunën ose emrin.
no-results-help = Kontrolloni kodin, ose zgjeroni kërkimin duke hequr komunën ose emrin.
error-summary-title = Kontrolloni të dhënat që keni shkruar
searching = Duke kërkuar…
search-failed = Kërkimi nuk u krye. Kontrolloni lidhjen me internetin dhe provoni përsëri.
problem-code-characters = Codice meccanografico fillon me 2 shkronjat e provincës dhe ka vetëm shkronja dhe numra, për shembull MIIC8CY00P.
problem-unknown-region = Rajoni nuk njihet: zgjidhni një nga lista.
problem-unknown-province = Provinca nuk njihet: zgjidhni një nga lista.
problem-province-not-in-region = Kjo provincë nuk është pjesë e rajonit të zgjedhur.
problem-empty-search = Shkruani codice meccanografico, ose zgjidhni të paktën rajonin, ose shkruani emrin e shkollës.

## School page
school-code-label = Codice meccanografico
school-kind-label = Lloji i shkollës
address-label = Adresa
email-label = Email
creditor-code-label = Codice fiscale i entit kreditor
school-details = Të dhënat e shkollës
school-payments-title = Pagesat
school-payments-text = Njoftimet që kjo shkollë lëshon për fëmijët tuaj shfaqen në zonën e familjeve, pasi të hyni. Pagesat vullnetare (kontribute, sigurim, ekskursione) paguhen këtu, edhe pa llogari.
school-not-found-title = Shkolla nuk u gjet
school-not-found-text = Nuk ka asnjë shkollë me këtë codice meccanografico. Kontrolloni kodin ose kërkoni shkollën në listë.
back-to-search = Kthehu te kërkimi

## Kinds of school
kind-comprehensive = Institut gjithëpërfshirës (mosha 3-14 vjeç)
kind-infant = Kopsht
kind-primary = Shkollë fillore
kind-lower-secondary = Shkollë e mesme e ulët
kind-upper-secondary = Shkollë e mesme e lartë
kind-technical = Institut teknik
kind-vocational = Shkollë profesionale

## Log-in page (the family area arrives with registration)

## Errors
not-found-title = Faqja nuk u gjet
not-found-text = Adresa mund të jetë e gabuar, ose faqja nuk ekziston më.
go-home = Kthehu në faqen kryesore
server-error-title = Diçka nuk funksionoi
server-error-text = Nuk arritëm ta kryejmë kërkesën. Provoni përsëri pas disa minutash: të dhënat tuaja nuk kanë humbur.

## Privacy notice
privacy-title = Njoftim për përpunimin e të dhënave personale
privacy-who-title = Kush i përpunon të dhënat
privacy-who = Kontrollues i të dhënave për pagesat është shkolla që lëshon njoftimin; PagoScuola i përpunon të dhënat në emër të shkollës, si përpunues i të dhënave (neni 28 i Rregullores së BE-së 2016/679, GDPR).
privacy-what-title = Cilat të dhëna dhe pse
privacy-what = Kur vetëm shikoni listën e shkollave, nuk mbledhim të dhëna personale. Për të paguar, përpunojmë codice fiscale, emrin, mbiemrin dhe email-in e prindit, si dhe të dhënat e nxënësve që nevojiten për njoftimet, vetëm për të kryer pagesat dhe për të lëshuar dëftesat dhe vërtetimet.
privacy-cookies-title = Cookies
privacy-cookies = Përdorim vetëm cookies teknike: njëra mban mend gjuhën e zgjedhur dhe, pasi të hyni, një tjetër mban sesionin. Asnjë cookie profilizimi ose të palëve të treta.
privacy-payments-title = Të dhënat e pagesës
privacy-payments = Të dhënat e kartave dhe të llogarive bankare futen vetëm te ofruesi i shërbimit të pagesës që keni zgjedhur: PagoScuola nuk i sheh dhe nuk i ruan.
privacy-rights-title = Të drejtat tuaja
privacy-rights = Mund të kërkoni qasje, korrigjim ose fshirje të të dhënave tuaja duke shkruar te privacy@pagoscuola.it, dhe mund t'i drejtoheni Autoritetit italian për mbrojtjen e të dhënave personale (Garante per la protezione dei dati personali).

## Accessibility statement
accessibility-title = Deklarata e aksesueshmërisë
accessibility-intro = PagoScuola angazhohet ta bëjë shërbimin të aksesueshëm për të gjithë, sipas Udhëzimeve të AgID për aksesueshmërinë dhe nivelit AA të WCAG 2.1.
accessibility-status-title = Gjendja e përputhshmërisë
accessibility-status = Shërbimi është pjesërisht në përputhje. Çdo faqe kontrollohet automatikisht (axe-core) në çdo ndryshim, mund të përdoret edhe vetëm me tastierë, funksionon në ekrane me gjerësi 360 piksel dhe i shfaq përmbajtjet edhe pa JavaScript.
accessibility-limits-title = Përmbajtje ende jo të aksesueshme
accessibility-limits = Kontrollet automatike nuk zëvendësojnë provat me persona që përdorin lexues ekrani: po i planifikojmë. Kërkimi i shkollave përditësohet ndërsa shkruani vetëm kur JavaScript është aktiv; pa JavaScript përdorni butonin Kërko.
accessibility-captcha-title = Regjistrimi dhe kontrolli i sigurisë
accessibility-captcha = Hapi i parë i regjistrimit kërkon një kontroll "Nuk jam robot": nuk është një enigmë për t'u zgjidhur, mjafton të shënoni kutinë dhe pajisja bën një llogaritje të shkurtër. Për këtë duhet që JavaScript të jetë aktiv. Të gjithë hapat dhe formularët e tjerë funksionojnë edhe pa JavaScript. Nëse nuk mund ta aktivizoni, shkruani te assistenza@pagoscuola.it dhe ju regjistrojmë ne.
accessibility-feedback-title = Sinjalizime
accessibility-feedback = Nëse hasni një pengesë, shkruani te accessibilita@pagoscuola.it: përgjigjemi brenda 30 ditëve. Nëse përgjigjja nuk ju kënaq, mund t'i drejtoheni Avokatit të Popullit për digjitalin (Difensore civico per il digitale) pranë AgID.
login-required-text = Për ta parë këtë faqe, hyni me të dhënat tuaja të hyrjes.
forbidden-text = Kjo faqe nuk është e disponueshme për llogarinë tuaj.
accessibility-date = Deklarata u hartua më 23/11/2026.

## Texts with values
schools-found = { $count ->
    [0] Nuk u gjet asnjë shkollë
    [one] U gjet 1 shkollë
   *[other] U gjetën { $count } shkolla
}
problem-code-length = Codice meccanografico ka 10 karaktere: ju keni shkruar { $found }.
problem-too-long = Teksti është shumë i gjatë: të shumtën { $max } karaktere.
problem-name-too-short = Shkruani të paktën { $min } shkronja të emrit.
# A school in the results: its kind, then where it is.
school-place = { $kind } · { $town } ({ $province })
# The Italian text of the conditions and of the privacy notice is the one that counts.
italian-prevails = Ky është një përkthim: vlen teksti në italisht.
document-not-found = Dokumenti nuk u gjet.
try-again-shortly = Shërbimi nuk përgjigjet: provoni përsëri pas pak.

## frame (issue 12)
nav-notices = Njoftime
nav-receipts = Fatura
nav-cart = Shporta
account-menu = Llogaria jote
nav-profile = Profili
nav-log-out = Dil
footer-runs = PagoScuola administrohet në emër të shkollave që lëshojnë njoftimet, të cilat janë kontrolluese të të dhënave të pagesave.
footer-help-title = Të duhet ndihmë?
footer-help-notice = Për një njoftim (shuma, arsyeja, nëse të përket): sekretaria e shkollës që e ka lëshuar.
footer-help-site = Për faqen (hyrja, regjistrimi, pagesat): asistenca e PagoScuola,
footer-conditions = Kushtet e shërbimit

# PagoScuola · Română (ro) · the page shell, home, directory and legal pages
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)


## Page shell
skip-to-content = Sari la conținutul principal
service-name = PagoScuola
service-tagline = Plățile pentru școală, pentru familii
log-in = Intră în cont
language-switch = Limba
main-nav = Meniul principal
nav-home = Acasă
nav-schools = Caută școala
footer-nav = Despre serviciu
footer-privacy = Informare privind datele personale
footer-accessibility = Declarație de accesibilitate
footer-about = PagoScuola: plățile către școlile italiene prin pagoPA.
footer-no-card-data = PagoScuola nu păstrează nicio dată despre carduri de plată sau conturi bancare.
meta-description = Plătește avizele de la școala copiilor tăi, chiar și de la școli diferite, alegând prestatorul de servicii de plată cel mai avantajos.

## Home
home-title = Plătește școala copiilor tăi în câțiva pași
home-intro = Cu PagoScuola vezi toate avizele de plată ale copiilor tăi, chiar și de la școli diferite, și le plătești împreună, alegând prestatorul de servicii de plată (PSP) cu cel mai mic comision.
home-login-cta = Intră în zona pentru familii
home-register-cta = Nu ai cont? Înregistrează-te
home-features-title = Ce poți face
home-feature-notices-title = Toate avizele într-un singur loc
home-feature-notices-text = Excursii, asigurare, contribuții: vezi ce ai de plătit și până când, pentru fiecare copil.
home-feature-pay-title = Plătești cum preferi
home-feature-pay-text = Card, cont bancar sau aplicație: compari comisioanele și alegi PSP-ul cel mai ieftin.
home-feature-receipts-title = Chitanțele mereu la îndemână
home-feature-receipts-text = Chitanța de plată și adeverința pentru deducerile fiscale, de descărcat oricând vrei.
home-voluntary-title = Plăți voluntare: găsește școala
home-voluntary-text = Caută școala după codice meccanografico (codul școlii) sau după regiune, provincie și localitate.

## Directory
schools-title = Caută școala
schools-intro = Caută după codice meccanografico sau alege regiunea, provincia și localitatea. Poți căuta și după nume.
search-by-code = Caută după cod
search-by-place = Caută după loc sau după nume
code-label = Codice meccanografico (codul școlii)
code-hint = 10 caractere, de exemplu MIIC8CY00P. Dacă îl știi, celelalte câmpuri nu mai sunt necesare.
region-label = Regiunea
province-label = Provincia
town-label = Localitatea
name-label = Numele școlii
name-hint = Cel puțin 3 litere, de exemplu Manzoni.
any-region = Toate regiunile
any-province = Toate provinciile
any-town = Toate localitățile
search-button = Caută
new-search = Căutare nouă
results-title = Rezultate
results-truncated = Sunt multe rezultate: aici vezi primele 50. Restrânge căutarea alegând provincia, localitatea sau numele.
no-results-help = Verifică codul sau lărgește căutarea, scoțând localitatea sau numele.
error-summary-title = Verifică datele introduse
searching = Se caută…
search-failed = Căutarea nu a reușit. Verifică conexiunea și încearcă din nou.
problem-code-characters = Codice meccanografico începe cu cele 2 litere ale provinciei și conține doar litere și cifre, de exemplu MIIC8CY00P.
problem-unknown-region = Regiune necunoscută: alege una din listă.
problem-unknown-province = Provincie necunoscută: alege una din listă.
problem-province-not-in-region = Această provincie nu face parte din regiunea aleasă.
problem-empty-search = Scrie codice meccanografico sau alege cel puțin regiunea ori scrie numele școlii.

## School page
school-code-label = Codice meccanografico
school-kind-label = Tipul școlii
address-label = Adresa
email-label = E-mail
creditor-code-label = Codice fiscale al instituției creditoare
school-details = Datele școlii
school-payments-title = Plăți
school-payments-text = Avizele emise de această școală pentru copiii tăi apar în zona ta pentru familii, după ce intri în cont. Plățile voluntare (contribuții, asigurare, excursii) se pot face aici, chiar și fără cont.
school-not-found-title = Școala nu a fost găsită
school-not-found-text = Nu există nicio școală cu acest codice meccanografico. Verifică codul sau caută școala în listă.
back-to-search = Înapoi la căutare

## Kinds of school
kind-comprehensive = Școală de la grădiniță la gimnaziu
kind-infant = Grădiniță
kind-primary = Școală primară
kind-lower-secondary = Gimnaziu
kind-upper-secondary = Liceu
kind-technical = Liceu tehnic
kind-vocational = Școală profesională

## Log-in page (the family area arrives with registration)

## Errors
not-found-title = Pagina nu a fost găsită
not-found-text = Adresa poate fi greșită sau pagina nu mai există.
go-home = Înapoi la pagina principală
server-error-title = Ceva nu a funcționat
server-error-text = Nu am reușit să finalizăm cererea. Încearcă din nou peste câteva minute: datele tale nu s-au pierdut.

## Privacy notice
privacy-title = Informare privind prelucrarea datelor personale
privacy-who-title = Cine prelucrează datele
privacy-who = Operatorul datelor pentru plăți este școala care emite avizul; PagoScuola prelucrează datele în numele școlii, ca persoană împuternicită de operator (art. 28 din Regulamentul UE 2016/679, GDPR).
privacy-what-title = Ce date și de ce
privacy-what = Pentru simpla consultare a listei școlilor nu colectăm date personale. Pentru plată prelucrăm codice fiscale, prenumele, numele de familie și adresa de e-mail ale părintelui, precum și datele elevilor necesare pentru avize, numai pentru a efectua plățile și a elibera chitanțe și adeverințe.
privacy-cookies-title = Cookie-uri
privacy-cookies = Folosim doar cookie-uri tehnice: unul reține limba aleasă și, după ce intri în cont, unul menține sesiunea. Niciun cookie de profilare sau al terților.
privacy-payments-title = Datele de plată
privacy-payments = Datele cardurilor și ale conturilor bancare se introduc doar la prestatorul de servicii de plată ales: PagoScuola nu le vede și nu le păstrează.
privacy-rights-title = Drepturile tale
privacy-rights = Poți cere accesul la datele tale, rectificarea sau ștergerea lor scriind la privacy@pagoscuola.it și te poți adresa autorității italiene pentru protecția datelor (Garante per la protezione dei dati personali).

## Accessibility statement
accessibility-title = Declarație de accesibilitate
accessibility-intro = PagoScuola se angajează să facă serviciul accesibil tuturor, conform ghidurilor AgID privind accesibilitatea și nivelului AA din WCAG 2.1.
accessibility-status-title = Stadiul conformității
accessibility-status = Serviciul este parțial conform. Fiecare pagină este verificată automat (axe-core) la fiecare modificare, se poate folosi doar cu tastatura, funcționează pe ecrane late de 360 de pixeli și afișează conținutul și fără JavaScript.
accessibility-limits-title = Conținut încă neaccesibil
accessibility-limits = Verificările automate nu înlocuiesc testele cu persoane care folosesc cititoare de ecran: le planificăm. Căutarea școlilor se actualizează pe măsură ce scrii doar dacă JavaScript este activat; fără JavaScript se folosește butonul Caută.
accessibility-captcha-title = Înregistrarea și verificarea de securitate
accessibility-captcha = Primul pas al înregistrării cere o verificare „Nu sunt robot”: nu este un joc de rezolvat, e suficient să bifezi căsuța, iar dispozitivul face un calcul scurt. Pentru asta e nevoie de JavaScript activat. Toți ceilalți pași și toate formularele funcționează și fără JavaScript. Dacă nu îl poți activa, scrie la assistenza@pagoscuola.it și te înregistrăm noi.
accessibility-feedback-title = Sesizări
accessibility-feedback = Dacă întâmpini o barieră, scrie la accessibilita@pagoscuola.it: răspundem în termen de 30 de zile. Dacă răspunsul nu te mulțumește, te poți adresa Avocatului pentru digital (Difensore civico per il digitale) din cadrul AgID.
login-required-text = Ca să vezi această pagină, intră în cont cu datele tale de acces.
forbidden-text = Această pagină nu este disponibilă pentru contul tău.
accessibility-date = Declarație întocmită la 23/11/2026.

## Texts with values
schools-found = { $count ->
    [0] Nicio școală găsită
    [one] 1 școală găsită
    [few] { $count } școli găsite
   *[other] { $count } de școli găsite
}
problem-code-length = Codice meccanografico are 10 caractere: tu ai introdus { $found }.
problem-too-long = Text prea lung: numărul maxim de caractere este { $max }.
problem-name-too-short = Scrie cel puțin { $min } litere din nume.
# A school in the results: its kind, then where it is.
school-place = { $kind } · { $town } ({ $province })
# The Italian text of the conditions and of the privacy notice is the one that counts.
italian-prevails = Aceasta este o traducere: textul care contează este cel în limba italiană.
document-not-found = Documentul nu a fost găsit.
try-again-shortly = Serviciul nu răspunde: încearcă din nou peste puțin timp.

## frame (issue 12)
nav-notices = Avize
nav-receipts = Chitanțe
nav-cart = Coș
account-menu = Contul tău
nav-profile = Profil
nav-log-out = Ieși
footer-runs = PagoScuola este administrat în numele școlilor care emit avizele, operatorii datelor de plată.
footer-help-title = Ai nevoie de ajutor?
footer-help-notice = Pentru un aviz (sumă, motiv, dacă te privește): secretariatul școlii care l-a emis.
footer-help-site = Pentru site (autentificare, înregistrare, plăți): asistența PagoScuola,
footer-conditions = Condițiile serviciului

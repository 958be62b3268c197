# PagoScuola · Română (ro) · registration, log-in and the account pages
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)


## Registration wizard
register-title = Înregistrare
register-intro = Înregistrarea durează câteva minute: ai nevoie de codice fiscale (codul fiscal italian) și de o adresă de e-mail pe care o folosești.
step-code-title = Codice fiscale
step-details-title = Datele tale
step-review-title = Verifică datele
step-done-title = Înregistrare salvată
wizard-steps = Pașii înregistrării
codice-fiscale-label = Codice fiscale
codice-fiscale-hint = Codul fiscal italian, 16 caractere, ca pe cardul de sănătate (tessera sanitaria). De exemplu RSSMRA80A01H501U.
captcha-label = Verificare de securitate
captcha-hint = Bifează căsuța: dispozitivul tău face un calcul scurt ca să arate că nu ești un program automat. Trebuie să ai JavaScript activat.
captcha-checkbox = Nu sunt robot
captcha-verifying = Se verifică...
captcha-verified = Verificare reușită
captcha-failed = Verificarea nu a reușit: încearcă din nou.
captcha-expired = Verificarea a expirat: bifează din nou căsuța.
captcha-no-script = Pentru acest pas e nevoie de JavaScript: activează-l în browser și reîncarcă pagina. Dacă nu poți, scrie la assistenza@pagoscuola.it.
continue = Continuă
surname-label = Nume de familie
given-name-label = Prenume
name-hint = Ca în actul de identitate; accentele și apostrofurile sunt în regulă (D'Amico, Niccolò).
birth-date-label = Data nașterii
birth-date-hint = În formatul gg/mm/aaaa (zi/lună/an), de exemplu 01/01/1980.
sex-label = Sexul (ca în codice fiscale)
sex-female = Feminin
sex-male = Masculin
birthplace-label = Locul nașterii
birthplace-hint = Localitatea din Italia (cu provincia, dacă sunt mai multe cu același nume) sau țara, dacă te-ai născut în străinătate. Scrie primele litere și alege din listă.
abroad = străinătate
birthplace-suggestions = Locuri găsite
email-label = E-mail
email-hint = Aici îți vom scrie ca să confirmi înregistrarea și ca să primești chitanțele.
email-again-label = Scrie din nou adresa de e-mail
consent-title = Condiții și confidențialitate
accept-terms-label = Am citit și accept condițiile de înregistrare la serviciu
accept-privacy-label = Am citit informarea privind prelucrarea datelor personale
read-terms = Citește condițiile
read-privacy = Citește informarea privind datele personale
review-intro = Verifică dacă datele sunt corecte: codice fiscale trebuie să corespundă cu numele de familie, prenumele, data și locul nașterii și sexul.
confirm-data = Confirmă datele tale
go-back = Înapoi
accepted = Acceptate
done-text = Ți-am scris la adresa indicată. Deschide e-mailul „Conferma registrazione” și apasă pe link în termen de 24 de ore: apoi vei primi numele de utilizator și o parolă provizorie.
done-check-spam = Nu îl găsești? Uită-te și în dosarul spam.
start-again = Reia înregistrarea de la început
error-summary-title = Sunt câteva probleme de corectat

## Problems at fields
problem-required = Acest câmp este obligatoriu.
problem-cf-length = Codice fiscale are 16 caractere.
problem-cf-pattern = Codice fiscale nu are forma corectă: 6 litere, 2 cifre, 1 literă, 2 cifre, 1 literă, 3 cifre, 1 literă.
problem-cf-check = Codice fiscale nu este valid: ultimul caracter nu se potrivește. Verifică dacă l-ai scris corect.
problem-cf-taken = Există deja un cont cu acest codice fiscale.
problem-captcha = Verificarea de securitate nu a reușit sau a expirat: bifează din nou căsuța.
problem-name-latin = Scrie numele cu litere din alfabetul latin, ca în codice fiscale.
problem-name-long = Cel mult 60 de caractere.
problem-date-format = Scrie data ca gg/mm/aaaa (zi/lună/an), de exemplu 01/01/1980.
problem-date-future = Data nașterii nu poate fi în viitor și nici înainte de 1900.
problem-birthplace-unknown = Alege locul nașterii din lista de localități și țări.
problem-birthplace-ambiguous = Sunt mai multe locuri cu acest nume: alege din listă sau adaugă provincia, de exemplu Castro (LE).
problem-email = Scrie o adresă de e-mail completă, de exemplu nome@esempio.it.
problem-email-mismatch = Cele două adrese de e-mail nu sunt la fel.
problem-consent = Ca să te înregistrezi, trebuie să accepți condițiile și să citești informarea.
problem-cf-surname = Numele de familie nu corespunde cu codice fiscale.
problem-cf-name = Prenumele nu corespunde cu codice fiscale.
problem-cf-birth-date = Data nașterii nu corespunde cu codice fiscale.
problem-cf-sex = Sexul nu corespunde cu codice fiscale.
problem-cf-birthplace = Locul nașterii nu corespunde cu codice fiscale (sau localitatea nu exista la acea dată).
problem-password-short = Parola trebuie să aibă cel puțin 10 caractere.
problem-password-long = Parola poate avea cel mult 128 de caractere.
problem-password-weak = Parola este prea ușor de ghicit: folosește mai multe cuvinte sau adaugă caractere diferite.
problem-password-personal = Parola nu poate conține numele de utilizator, codice fiscale, prenumele sau numele de familie.
problem-password-mismatch = Cele două parole nu sunt la fel.
problem-password-same = Parola nouă trebuie să fie diferită de cea provizorie.

## Log in
login-title = Intră în cont
login-intro = Intră în cont cu numele de utilizator și parola primite pe e-mail sau cu codice fiscale.
username-label = Nume de utilizator sau codice fiscale
password-label = Parola
login-button = Intră în cont
login-failed = Nume de utilizator sau parolă greșită.
login-locked = Prea multe încercări nereușite. Pentru siguranță, accesul este blocat 15 minute: încearcă mai târziu sau recuperează datele de acces.
login-temporary-expired = Parola provizorie a expirat sau a fost deja folosită: cere una nouă prin recuperarea datelor de acces.
forgot-credentials = Am uitat numele de utilizator sau parola
no-account-yet = Nu ai încă un cont?
register-link = Înregistrează-te
logged-out = Ai ieșit din cont.
session-expired = Sesiunea a expirat: intră din nou în cont.
log-out = Ieși din cont

## Email verification
verify-title = Confirmarea adresei de e-mail
verify-done = Mulțumim, adresa ta de e-mail este confirmată. Ți-am trimis e-mailul „Creazione utenza” cu numele de utilizator și o parolă provizorie: este valabilă 72 de ore și doar pentru prima intrare în cont.
verify-already = Această adresă a fost deja confirmată. Dacă nu ai primit datele de acces, folosește recuperarea datelor de acces.
verify-invalid = Linkul nu este valid sau a expirat (este valabil 24 de ore). Înregistrează-te din nou sau folosește recuperarea datelor de acces.

## Change password
change-password-title = Alege-ți parola
change-password-intro = Înainte de a continua, alege o parolă a ta. Cel puțin 10 caractere; cel mai bine este o frază ușor de ținut minte pentru tine și greu de ghicit pentru alții.
current-password-label = Parola actuală
new-password-label = Parola nouă
new-password-again-label = Scrie din nou parola nouă
save-password = Salvează parola
password-changed = Parola a fost schimbată.
problem-current-password = Parola actuală nu este corectă.

## Credential recovery
recovery-title = Recuperează numele de utilizator și parola
recovery-intro = Scrie codice fiscale și adresa de e-mail dată la înregistrare: dacă se potrivesc cu un cont, îți trimitem numele de utilizator și un link pentru a alege o parolă nouă, valabil o oră.
recovery-send = Trimite
recovery-sent = Dacă datele se potrivesc cu un cont, vei primi în curând un e-mail cu instrucțiunile. Uită-te și în dosarul spam.
reset-title = Parolă nouă
reset-invalid = Linkul nu este valid, a fost deja folosit sau a expirat. Cere un link nou.
reset-done = Parola a fost salvată. Acum poți intra în cont cu parola nouă.

## Conditions
conditions-title = Condițiile serviciului
conditions-intro = Ca să plătești cu PagoScuola, citește și acceptă condițiile serviciului și informarea privind prelucrarea datelor personale. Le accepți o singură dată; ți le vom cere din nou doar dacă se schimbă.
conditions-version = Versiunea din
accept-conditions-label = Am citit și accept condițiile serviciului
accept-privacy-notice-label = Am citit informarea privind prelucrarea datelor personale
accept-and-continue = Acceptă și continuă
conditions-accepted = Ai acceptat condițiile serviciului la

## Family home
family-title = Zona ta
family-greeting = Bună, { $name }
family-profile = Datele tale
full-name-label = Numele complet
username-only = Nume de utilizator
change-password-link = Schimbă parola
opens-new-tab = se deschide într-o filă nouă

## Development mailbox
mailbox-title = Poșta de test (dezvoltare)
mailbox-intro = Doar în modul demonstrativ: mesajele pregătite de serviciu, de la cel mai recent. Nimeni nu le primește cu adevărat.
mailbox-empty = Niciun mesaj.
mailbox-to = Către
mailbox-sent = Trimis
mailbox-queued = În așteptare

## Texts with values
full-name = { $given_name } { $surname }
# A birthplace that no longer exists: "Abano (PD, fino al 1924)".
birthplace-until = { $name } ({ $province }, până în { $year })
birthplace-in = { $name } ({ $province })
step-heading = { $title } (pasul { $step } din { $steps })

## Registration and recovery limits
problem-too-long = Text prea lung pentru acest câmp: scrie-l din nou, mai scurt.
problem-try-later = În acest moment sunt prea multe înregistrări în curs: încearcă din nou mai târziu.
recovery-limited = Prea multe cereri de recuperare pentru aceste date sau de pe această conexiune: încearcă din nou mai târziu, peste 15 minute.

# Log-ins (throttling and the password hasher's queue)
login-busy = Prea multe autentificări în acest moment: încearcă din nou peste câteva secunde.

## frame (issue 12)
prefill-note = Data nașterii, sexul și locul nașterii provin din codul tău fiscal: verifică-le și corectează-le dacă este nevoie.
done-resend = Trimite din nou emailul
done-correct = Corectează emailul
done-resent = Ți-am trimis un nou email „Conferma registrazione”: folosește linkul din cel mai recent email.
done-retry-at = Ai cerut prea multe emailuri într-un timp scurt. Poți încerca din nou de la ora { $time }.
done-correct-intro = Scrie adresa corectă: îți vom trimite un link nou, iar cel anterior nu va mai funcționa.
done-send-new = Trimite linkul nou
cancel = Anulează
show-password = Arată parola
profile-title = Profilul tău

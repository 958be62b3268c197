# PagoScuola · Română (ro) · the school office console (segreteria) and administration
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)

office-title = Secretariat
admin-title = Administrare

## The console's entry and dashboard

office-choose-school = Alege școala al cărei secretariat vrei să-l deschizi.
role-ds = Director
role-dsga = Administrator (DSGA)
role-aa = Secretar
figure-pupils = elevi
figure-unseen = elevi pe care niciun părinte nu-i vede încă
figure-events = evenimente de plată
unseen-hint = Un părinte vede avizele unui copil doar dacă școala i-a înregistrat emailul sau i-a dat un cod de activare. Deschide lista elevilor fără părinte și generează un cod pentru fiecare.

## Who sees a pupil (office)

activation-title = Cine vede avizele
activation-heading = Cine vede avizele lui { $pupil }
pupil-line = Clasa { $class }
back-to-pupil = Înapoi la elev
activation-explained = Un părinte vede avizele doar când școala confirmă: prin emailul înregistrat de școală (dacă e același cu cel al contului său) sau printr-un cod de activare dat într-o scrisoare sau trimis prin email.
payers-title = Părinți și tutori
no-payers = Niciun părinte înregistrat pentru acest elev: adaugă-l din fișa elevului.
column-payer = Părinte
column-email = Email înregistrat de școală
column-access = Vede avizele?
column-actions = Acțiuni
access-by-email = Da, prin emailul înregistrat de școală
access-by-code = Da, printr-un cod de activare
access-not-vouched = Încă nu: are cont, dar cu alt email. E nevoie de un cod.
access-no-account = Niciun cont legat
no-email = Niciunul
code-pending = Cod dat, valabil până la { $day }
issue-code = Generează cod de activare
send-code = Trimite prin email
letter-ready = Cod generat. Tipărește scrisoarea acum: din motive de siguranță codul nu va mai fi afișat (codurile date înainte acestui părinte nu mai sunt valabile).
letter-subject = Cod de activare pentru avizele lui { $pupil }
letter-greeting = Stimate/Stimată { $name } (cod fiscal { $cf }),
letter-text = școala { $school } confirmă că tu plătești pentru { $pupil } (clasa { $class }). Ca să vezi și să plătești avizele pe PagoScuola:
letter-step-register = înregistrează-te pe PagoScuola cu codul tău fiscal { $cf } sau intră în cont dacă ai deja unul: { $url }
letter-step-code = în pagina avizelor tale, la «Nu vezi un copil?», scrie codul de mai jos și apasă «Folosește codul»;
letter-step-done = de atunci vezi avizele lui { $pupil } și le poți plăti.
letter-validity = Codul e valabil până la { $day }, o singură dată și doar pentru codul fiscal { $cf }. Nu-l da nimănui altcuiva.
letter-print-hint = Pentru a o tipări folosește «Tipărire» din browser (Ctrl+P): se tipărește doar scrisoarea.
activation-no-email = Școala nu a înregistrat emailul acestui părinte: tipărește scrisoarea.
activation-email-queued = Emailul pleacă: codul se creează la trimitere, iar codurile date înainte acestui părinte nu mai sunt valabile.

## Activation code: the family's form and the email

activation-code-label = Cod de activare
activation-code-hint = Îl găsești în scrisoarea sau emailul școlii: 12 caractere, de exemplu ACDE-FGHJ-KMNP.
activation-submit = Folosește codul
activation-missing = Scrie codul de activare
activation-invalid = Cod nevalid sau expirat
activation-too-many = Prea multe încercări: încearcă din nou peste 15 minute
activation-done = Gata: acum vezi avizele lui { $child }.
missing-child-title = Nu vezi un copil?
missing-child-intro = Vezi avizele unui copil doar când școala confirmă că tu plătești pentru el. Dacă lipsește unul:
missing-child-empty = Încă nu vezi niciun copil: îi vezi avizele doar când școala confirmă că tu plătești pentru el. Pentru asta:
missing-child-email = cere secretariatului școlii să-ți înregistreze emailul, același cu cel al contului: de atunci îl vezi;
missing-child-code = sau cere secretariatului un cod de activare (într-o scrisoare sau prin email) și scrie-l aici.
activation-mail-parent = părinte
activation-mail-subject = Cod de activare pentru avizele școlii
activation-mail-text = școala { $school } confirmă că tu plătești pentru { $pupil }: cu codul de mai jos îi vezi avizele pe PagoScuola.
activation-mail-steps = Intră pe PagoScuola cu codul tău fiscal (dacă nu ai cont, înregistrează-te întâi), deschide pagina avizelor tale și, la «Nu vezi un copil?», scrie codul. Codul e valabil 90 de zile, o singură dată și doar pentru codul tău fiscal.
activation-mail-link = Deschide avizele tale

## Platform administration

admin-schools-title = Școlile cu secretariat
admin-no-schools = Nicio școală nu are încă un cont de secretariat.
column-school = Școala
column-staff = Personal
admin-add-school-title = Adaugă o școală
admin-add-staff-title = Dă unei școli primul cont de secretariat
admin-add-staff-hint = Dacă există deja un cont cu acest cod fiscal, primește rolul; altfel se creează, iar parola provizorie pleacă prin email.
school-code-label = Codul școlii (codice meccanografico)
school-name-label = Numele școlii
school-kind-label = Tipul școlii
school-address-label = Adresa
school-postcode-label = Cod poștal
school-town-label = Localitatea
school-province-label = Provincia (sigla, de exemplu MI)
school-fiscal-code-label = Codul fiscal al școlii
school-email-label = Emailul școlii
add-school = Adaugă școala
staff-cf-label = Cod fiscal
staff-surname-label = Nume de familie
staff-given-name-label = Prenume
staff-email-label = Email
staff-role-label = Rol
add-staff = Dă acces
problem-required = Câmp obligatoriu
problem-school-code = Codul școlii nu e valid: 10 caractere, de exemplu MIIC8CY00P
problem-fiscal-code = Codul fiscal al școlii nu e valid: 11 cifre
problem-province = Provincie necunoscută: scrie sigla, de exemplu MI
problem-postcode = Cod poștal nevalid: 5 cifre
problem-email = Email nevalid
problem-codice-fiscale = Cod fiscal nevalid
problem-unknown-school = Nicio școală cu acest cod: adaug-o întâi
problem-role = Alege rolul
problem-too-long = Text prea lung
school-added = Școală adăugată.
staff-created = Cont creat: parola provizorie a plecat prin email.
staff-granted = Contul existent cu acest cod fiscal a primit rolul.

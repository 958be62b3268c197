# PagoScuola · Română (ro) · notices, cart, payments and receipts
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)


## Family home
summary-title = Rezumat
nothing-to-pay = Nu ai avize de plătit.
notices-title = Avize de plată
no-notices-at-all = Încă nu există avize pentru copiii tăi. Când o școală emite unul, îl găsești aici și primești un e-mail. Dacă așteptai un aviz, roagă secretariatul școlii să asocieze copilul tău cu codice fiscale al tău.
no-notices-for-filter = Niciun aviz nu corespunde filtrelor alese.
filter-state-label = Arată
filter-all = Toate avizele
filter-to-pay = De plătit
filter-paid = Plătite
filter-closed = Expirate sau anulate
filter-child-label = Copilul
filter-all-children = Toți copiii
filter-school-label = Școala
filter-all-schools = Toate școlile
filter-apply = Filtrează
filter-reset = Șterge filtrele
notice-details = Detalii
back-to-notices = Înapoi la avizele tale

## States
state-to-pay = De plătit
state-overdue = Întârziat, se poate plăti încă
state-in-progress = Plată în curs
state-paid = Plătit
state-expired = Expirat, nu mai poate fi plătit
state-revoked = Anulat, nu trebuie să plătești

## Family page: what to pay (fam, issue 12)
due-title = De plătit
column-notice = Aviz
column-state = Stare
pick-label = Selectează
pay-selected = Plătește avizele selectate
select-to-pay = Selectează avizele de plătit
selection-failed = Selecția nu a putut fi actualizată: verifică conexiunea și încearcă din nou.
urgent-button = Plătește-le pe cele care expiră
urgent-hint = Selectează avizele cu termenul cel mai apropiat, cel mult 5: limita pagoPA pentru o singură plată.
urgent-selected = Am selectat avizele cu termenul cel mai apropiat, cel mult 5 (limita pagoPA pentru o plată). Verifică alegerea și apasă Plătește.
too-many-selected = Poți plăti cel mult 5 avize împreună: este limita pagoPA. Debifează câteva și apasă din nou Plătește; pe celelalte le plătești după.
select-some-first = Selectează cel puțin un aviz de plătit.
closed-title = Plătite și anulate
filters-title = Filtrează avizele
filters-hint = Lista se actualizează imediat ce schimbi o alegere.
revoked-line = Anulat: nu trebuie să-l plătești
paid-recorded-line = Plată înregistrată de școală
pay-count = { $count ->
    [one] Plătește 1 aviz · { $total }
   *[other] Plătește { $count } avize · { $total }
}
selected-count = { $count ->
    [0] Niciun aviz selectat.
    [one] 1 aviz selectat, { $total }.
   *[other] { $count } avize selectate, { $total }.
}
child-subtotal = { $count ->
    [one] 1 aviz, { $total }
   *[other] { $count } avize, { $total }
}
closed-count = Plătite și anulate ({ $count })
overdue-since = Trebuia plătit până la { $due }: îl poți plăti până la { $until }
paid-on-date = Plătit pe { $date }

## Notice page
amount-label = Suma
due-date-label = Termen de plată
pupil-label = Elev
school-label = Școala
notice-number-label = Codul avizului (codice avviso)
creditor-label = Codice fiscale al instituției creditoare
school-year-label = Anul școlar
tax-deductible-label = Deductibil în declarația de venituri
yes = Da
no = Nu
notice-not-found = Avizul nu a fost găsit.

## Cart
cart-title = Coș
add-to-cart = Adaugă în coș
in-cart-go-to-cart = În coș: mergi la coș
added-to-cart = Adăugat în coș:
already-in-cart = Este deja în coș:
remove-from-cart = Scoate
removed-from-cart = Scos din coș:
cart-empty = Coșul este gol. Alege avizele de plătit din pagina ta.
choose-notices = Alege avizele
cart-total = Totalul avizelor
fee-comes-next = Comisionul depinde de PSP-ul pe care îl vei alege la pasul următor: este un singur comision pentru tot coșul.
cart-has-live-payment = Ai o plată în curs pentru aceste avize: deschide-o ca să o continui sau ca să vezi rezultatul. Dacă nu ai trimis-o încă la PSP, o poți și anula.
continue-payment-link = Deschide plata în curs
continue-payment = Ai început deja această plată: continuă de aici.
proceed-to-payment = Mergi la plată

## Refusals
refused-paid = Acest aviz a fost deja plătit.
refused-in-progress = Există deja o plată în curs pentru acest aviz. Așteaptă rezultatul înainte să încerci din nou.
refused-expired = Acest aviz a expirat: cere școlii un aviz nou.
refused-revoked = Acest aviz a fost anulat de școală: nu trebuie plătit.
refused-cart-full = Coșul are deja 5 avize, numărul maxim care se poate plăti împreună. Plătește-le pe acestea sau scoate unul.

## Checkout
payment-title = Plată
what-you-pay = Ce plătești
choose-method = Cum vrei să plătești?
method-card = Card de credit, de debit sau preplătit
method-bank-account = Cont bancar (internet banking)
method-app = Aplicație de plată
choose-psp = Alege prestatorul de servicii de plată (PSP)
psp-explained = Fiecare PSP aplică propriul comision, unul singur pentru toată plata. Cel mai mic este marcat ca recomandat.
only-one-psp = Pentru această metodă există un singur PSP: l-am ales noi pentru tine.
sort-by = Ordonează după:
sort-by-fee = comision
sort-by-name = nume
fee-label = Comision
cheapest = Recomandat: cel mai ieftin
pay-summary-title = Rezumat
total-label = Total de plată
total-charged = Total debitat
total-of-payment = Totalul plății
cancel-payment = Anulează plata
payment-cancelled = Plata a fost anulată: avizele pot fi plătite din nou.
payment-not-cancellable = Această plată a fost deja trimisă la PSP și nu mai poate fi anulată de aici.
psp-label = PSP

## pagoPA's checkout
pago-pa-title = Plătește cu pagoPA
pago-pa-explained = Pe pagina pagoPA alegi cum plătești (card, cont bancar sau aplicație) și prestatorul de servicii de plată (PSP). pagoPA îți arată comisionul înainte să plătești; este unul singur pentru toate avizele.
pago-pa-continue = Continuă pe pagoPA
pago-pa-came-back-unpaid = Te-ai întors de pe pagoPA fără să finalizezi plata. Dacă nu ai plătit, nu ți s-a luat niciun ban, iar avizele vor putea fi plătite din nou în cel mult o oră.
pago-pa-unavailable = pagoPA nu răspunde în acest moment. Nu ți s-a luat niciun ban: încearcă din nou peste câteva minute.
pago-pa-refused = pagoPA nu a acceptat aceste avize și nu ți s-a luat niciun ban. Anulează plata și încearcă din nou din coș; dacă se întâmplă din nou, scrie la secretariatul școlii.

## Outcome
see-receipts = Mergi la chitanțe
receipts-title = Chitanțe
receipts-intro = Plățile efectuate, pe an școlar și pe copil. Fiecare aviz plătit are chitanța lui.
no-receipts = Încă nu ai plăți efectuate cu PagoScuola.
paid-on = Plătit la
receipt-id-label = Codul chitanței
fee-shared-note = Comisionul PSP (unul singur pentru toată plata)
school-year-heading = Anul școlar
filter-all-years = Toți anii
no-receipts-for-filter = Nicio chitanță pentru anul și copilul aleși.
child-year-total = Plătit în anul școlar
deductible-total = din care cheltuieli școlare deductibile
year-total = Totalul anului
receipts-link = Chitanțele tale
download-receipt = Chitanță (PDF)
download-attestation = Adeverință pentru declarația de venituri (PDF)
outcome-refused-title = Plata nu a reușit
outcome-refused-text = PSP-ul a refuzat plata și nu ți s-a luat niciun ban. Avizele pot fi plătite din nou: poți încerca iar, chiar și cu alt PSP.
outcome-abandoned-title = Plată anulată
outcome-abandoned-text = Plata a fost anulată și nu ți s-a luat niciun ban. Avizele pot fi plătite din nou.
outcome-pending-title = Plată în curs
outcome-pending-text = Așteptăm rezultatul de la PSP: de obicei sosește în câteva secunde. Nu repeta plata: această pagină se actualizează singură, sau apasă Actualizează.
refresh = Actualizează
back-to-cart = Înapoi la coș

## The sandbox PSP's page
sandbox-title = PSP de test
sandbox-banner = MEDIU DE TEST: nicio plată reală
sandbox-explained = Această pagină simulează site-ul unui prestator de servicii de plată. Nu se folosește niciun card și niciun cont: alege rezultatul pe care vrei să-l încerci.
sandbox-merchant = Beneficiar
sandbox-refuse = Simulează o plată refuzată
sandbox-abandon = Anulează și întoarce-te la PagoScuola
sandbox-decided = Această operațiune este deja încheiată.
sandbox-back = Înapoi la PagoScuola
description-label = Motivul plății

## Texts with values
notices-to-pay = { $count ->
    [one] 1 aviz de plătit, în total { $total }.
    [few] { $count } avize de plătit, în total { $total }.
   *[other] { $count } de avize de plătit, în total { $total }.
}
cart-count = { $count ->
    [one] În coș: 1 aviz din maximum { $limit }.
    [few] În coș: { $count } avize din maximum { $limit }.
   *[other] În coș: { $count } de avize din maximum { $limit }.
}

due-on-date = De plătit până la { $date }
expired-on-date = Expirat la { $date }
# A note over the cart: what happened, to which notice.
note-about = { $note } { $notice }
left-the-cart-because = Scos din coș: { $notice }. { $reason }
school-year-heading-named = Anul școlar { $year }
fee-amount = Comision { $amount }
fee-of-psp = Comision ({ $psp })
pay-amount = Plătește { $amount }
sandbox-psp-title = { $psp } · PSP de test
pupil-and-class = { $name }, { $class }
# Added after a button's or link's words for screen readers: the notice it acts on.
about-notice = : { $about }

# Payments through the sandbox PSP (a test: no money moved)
test-payment-notice = Plată de test: a trecut prin PSP-ul simulat al PagoScuola, nu s-au transferat bani, iar chitanțele nu au valoare.
test-payment-badge = Test, fără valoare

## Late receipts, notices paid elsewhere, refunds (money-receipts)
refund-paid-twice = Plătit de două ori: școala trebuie să vă ramburseze { $amount }
refund-not-payable = Plătit când avizul nu mai putea fi plătit: școala trebuie să vă ramburseze { $amount }
refunds-heading = Rambursări care vi se cuvin
paid-outside-badge = Plătit în afara PagoScuola
paid-outside-intro = Acest aviz a fost plătit în afara PagoScuola (la bancă, la tutungerie sau prin alt canal pagoPA). Iată chitanța lui.

# Notice expiry and the sandbox's decision window (money-time)
sandbox-expired = Timpul pentru a decide a expirat: această plată nu mai este valabilă și nu mai poate fi făcută. Întoarce-te la PagoScuola și, dacă vrei, reîncepe din coș.

## Checkout on one screen, outcome first, receipts by payment (checkout)
method-lowest-fee = comision de la { $amount }
leaving-for-psp = Vei fi dus pe site-ul { $psp }.
pago-pa-fee-there = O vezi pe pagoPA, înainte să plătești
you-paid = Ai plătit { $amount }
receipt-mail-sent = Ți-am trimis rezumatul la { $email }. Chitanțele sunt în pagina Chitanțe.
payment-details = Detaliile plății
try-again-from-cart = Încearcă din nou din coș
beneficiary-school = { $school } (cod fiscal { $code })
payment-of-date = Plata din { $date }, ora { $time }
download-attestation-short = Adeverință 730 (PDF)
technical-details = Detalii tehnice
iuv-label = Cod IUV

## Paying a notice by its number, with or without an account (pay-by-number)
pay-notice-title = Plătește un aviz
pay-notice-home-text = Ai primit un aviz de plată, chiar și pentru un nepot? Plătește-l cu codul său, fără cont.
pay-notice-intro = Scrie codul avizului și codul fiscal al instituției de pe avizul de plată, sau lipește textul codului său QR. Nu ai nevoie de un cont.
pay-notice-number-label = Codul avizului
pay-notice-number-hint = 18 cifre, de exemplu 3012 3960 0003 5478 15
pay-notice-creditor-label = Codul fiscal al instituției
pay-notice-creditor-hint = 11 cifre, scrise pe aviz lângă codul avizului
pay-notice-search = Caută avizul
pay-notice-qr-heading = Ai codul QR al avizului?
pay-notice-qr-label = Textul codului QR
pay-notice-qr-hint = Începe cu PAGOPA|002|
pay-notice-scan = Scanează codul QR
pay-notice-scan-stop = Închide camera
pay-notice-scan-failed = Camera nu poate fi folosită: scrie codul avizului.
pay-notice-number-invalid = Codul avizului are 18 cifre și începe cu 3, de exemplu 3012 3960 0003 5478 15.
pay-notice-number-missing = Scrie codul avizului.
pay-notice-creditor-invalid = Codul fiscal al instituției are 11 cifre, de exemplu 80012345676.
pay-notice-creditor-missing = Scrie codul fiscal al instituției.
pay-notice-qr-invalid = Acesta nu este textul unui cod QR pagoPA: trebuie să înceapă cu PAGOPA|002|.
pay-notice-unknown = Nu găsim un aviz cu acest cod pentru această instituție. Verifică cifrele de pe aviz.
pay-notice-limited = Ai căutat de multe ori în scurt timp. Poți încerca din nou de la { $time }.
pay-notice-check-digits = Ultimele două cifre ale codului avizului nu se potrivesc cu celelalte: verifică dacă l-ai scris corect. Dacă este cel de pe aviz, poți plăti oricum.
pay-notice-found-heading = Aviz găsit
pay-notice-school = Instituția
pay-notice-reason = Motivul
pay-notice-amount = Suma
pay-notice-due = Scadența
pay-notice-state = Starea
pay-notice-email-label = Emailul tău
pay-notice-email-hint = Îți trimitem aici chitanța. Nu ai nevoie de un cont.
pay-notice-pay = Plătește acest aviz
pay-notice-with-account = Plătești cu contul tău: chitanța va fi în pagina Chitanțe.
pay-notice-email-needed = Scrie o adresă de email completă pentru a primi chitanța.
pay-notice-another = Plătește alt aviz
guest-receipt-mail-sent = Ți-am trimis confirmarea la { $email }. Mai jos poți descărca chitanțele.
## The printable payment notice (notice-documents)
download-notice-document = Descarcă avizul de plată (PDF)
notice-document-hint = Cu avizul tipărit sau pe telefon poți plăti și la bancă, la oficiul poștal, la tutungerie sau cu aplicația IO: codul QR și codul avizului sunt suficiente.

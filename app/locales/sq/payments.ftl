# PagoScuola · Shqip (sq) · notices, cart, payments and receipts
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)


## Family home
summary-title = Përmbledhje
nothing-to-pay = Nuk keni njoftime për të paguar.
notices-title = Njoftimet e pagesës
no-notices-at-all = Ende nuk ka njoftime për fëmijët tuaj. Kur një shkollë lëshon një njoftim, e gjeni këtu dhe merrni një email. Nëse prisnit një njoftim, kërkojini sekretarisë së shkollës ta lidhë codice fiscale tuaj me fëmijën tuaj.
no-notices-for-filter = Asnjë njoftim nuk përputhet me filtrat e zgjedhur.
filter-state-label = Shfaq
filter-all = Të gjitha njoftimet
filter-to-pay = Për t'u paguar
filter-paid = Të paguara
filter-closed = Të skaduara ose të anuluara
filter-child-label = Fëmija
filter-all-children = Të gjithë fëmijët
filter-school-label = Shkolla
filter-all-schools = Të gjitha shkollat
filter-apply = Filtro
filter-reset = Hiq filtrat
notice-details = Detajet
back-to-notices = Kthehu te njoftimet tuaja

## States
state-to-pay = Për t'u paguar
state-overdue = Me vonesë, mund të paguhet ende
state-in-progress = Pagesa në proces
state-paid = Paguar
state-expired = Skaduar, nuk mund të paguhet më
state-revoked = Anuluar, nuk duhet ta paguani

## Family page: what to pay (fam, issue 12)
due-title = Për t'u paguar
column-notice = Njoftimi
column-state = Gjendja
pick-label = Zgjidh
pay-selected = Paguaj njoftimet e zgjedhura
select-to-pay = Zgjidhni njoftimet për t'u paguar
selection-failed = Zgjedhja nuk u përditësua: kontrolloni lidhjen dhe provoni përsëri.
urgent-button = Paguaj ato që skadojnë
urgent-hint = Zgjedh njoftimet që skadojnë të parat, jo më shumë se 5: kufiri i pagoPA për një pagesë.
urgent-selected = Zgjodhëm njoftimet që skadojnë të parat, jo më shumë se 5 (kufiri i pagoPA për një pagesë). Kontrolloni zgjedhjen dhe shtypni Paguaj.
too-many-selected = Mund të paguani jo më shumë se 5 njoftime bashkë: ky është kufiri i pagoPA. Hiqni shenjën nga disa dhe shtypni përsëri Paguaj; të tjerat i paguani më pas.
select-some-first = Zgjidhni të paktën një njoftim për t'u paguar.
closed-title = Të paguara dhe të anuluara
filters-title = Filtro njoftimet
filters-hint = Lista përditësohet sapo ndryshoni një zgjedhje.
revoked-line = Anuluar: nuk duhet ta paguani
paid-recorded-line = Pagesë e regjistruar nga shkolla
pay-count = { $count ->
    [one] Paguaj 1 njoftim · { $total }
   *[other] Paguaj { $count } njoftime · { $total }
}
selected-count = { $count ->
    [0] Asnjë njoftim i zgjedhur.
    [one] 1 njoftim i zgjedhur, { $total }.
   *[other] { $count } njoftime të zgjedhura, { $total }.
}
child-subtotal = { $count ->
    [one] 1 njoftim, { $total }
   *[other] { $count } njoftime, { $total }
}
closed-count = Të paguara dhe të anuluara ({ $count })
overdue-since = Duhej paguar deri më { $due }: mund ta paguani deri më { $until }
paid-on-date = Paguar më { $date }

## Notice page
amount-label = Shuma
due-date-label = Afati
pupil-label = Nxënësi
school-label = Shkolla
notice-number-label = Kodi i njoftimit (codice avviso)
creditor-label = Codice fiscale i entit kreditor
school-year-label = Viti shkollor
tax-deductible-label = Zbritet në deklaratën e të ardhurave
yes = Po
no = Jo
notice-not-found = Njoftimi nuk u gjet.

## Cart
cart-title = Shporta
add-to-cart = Shto në shportë
in-cart-go-to-cart = Në shportë: shko te shporta
added-to-cart = U shtua në shportë:
already-in-cart = Është tashmë në shportë:
remove-from-cart = Hiq
removed-from-cart = U hoq nga shporta:
cart-empty = Shporta është bosh. Zgjidhni njoftimet për të paguar nga faqja juaj.
choose-notices = Zgjidhni njoftimet
cart-total = Totali i njoftimeve
fee-comes-next = Komisioni varet nga PSP që do të zgjidhni në hapin tjetër: ka vetëm një komision për gjithë shportën.
cart-has-live-payment = Keni një pagesë në proces për këto njoftime: hapeni për ta vazhduar ose për të parë rezultatin. Nëse nuk ia keni dërguar ende PSP-së, mund edhe ta anuloni.
continue-payment-link = Hap pagesën në proces
continue-payment = E keni filluar tashmë këtë pagesë: vazhdoni nga këtu.
proceed-to-payment = Vazhdo me pagesën

## Refusals
refused-paid = Ky njoftim është paguar tashmë.
refused-in-progress = Ka tashmë një pagesë në proces për këtë njoftim. Prisni rezultatin para se të provoni përsëri.
refused-expired = Ky njoftim ka skaduar: kërkojini shkollës një njoftim të ri.
refused-revoked = Ky njoftim është anuluar nga shkolla: nuk duhet paguar.
refused-cart-full = Shporta ka tashmë 5 njoftime, maksimumi që mund të paguhet së bashku. Paguani këto, ose hiqni një.

## Checkout
payment-title = Pagesa
what-you-pay = Çfarë po paguani
choose-method = Si doni të paguani?
method-card = Kartë krediti, debiti ose e parapaguar
method-bank-account = Llogari bankare (home banking)
method-app = Aplikacion pagese
choose-psp = Zgjidhni ofruesin e shërbimit të pagesës (PSP)
psp-explained = Çdo PSP aplikon komisionin e vet, vetëm një për gjithë pagesën. Më i ulëti shënohet si i rekomanduar.
only-one-psp = Për këtë mënyrë pagese ka vetëm një PSP: e zgjodhëm ne për ju.
sort-by = Rendit sipas:
sort-by-fee = komisionit
sort-by-name = emrit
fee-label = Komisioni
cheapest = I rekomanduar: më i liri
pay-summary-title = Përmbledhje
total-label = Totali për të paguar
total-charged = Totali i debituar
total-of-payment = Totali i pagesës
cancel-payment = Anulo pagesën
payment-cancelled = Pagesa u anulua: njoftimet mund të paguhen përsëri.
payment-not-cancellable = Kjo pagesë i është dërguar tashmë PSP-së dhe nuk mund të anulohet më nga këtu.
psp-label = PSP

## pagoPA's checkout
pago-pa-title = Paguani me pagoPA
pago-pa-explained = Në faqen e pagoPA zgjidhni si të paguani (kartë, llogari bankare ose aplikacion) dhe ofruesin e shërbimit të pagesës (PSP). pagoPA ju tregon komisionin para se të paguani; ka vetëm një komision për të gjitha njoftimet.
pago-pa-continue = Vazhdo te pagoPA
pago-pa-came-back-unpaid = U kthyet nga pagoPA pa e përfunduar pagesën. Nëse nuk keni paguar, nuk ju është debituar asgjë dhe njoftimet mund të paguhen përsëri brenda një ore.
pago-pa-unavailable = pagoPA nuk përgjigjet për momentin. Nuk ju është debituar asgjë: provoni përsëri pas disa minutash.
pago-pa-refused = pagoPA nuk i pranoi këto njoftime dhe nuk ju është debituar asgjë. Anuloni pagesën dhe provoni përsëri nga shporta; nëse ndodh përsëri, shkruajini sekretarisë së shkollës.

## Outcome
see-receipts = Shko te dëftesat
receipts-title = Dëftesat
receipts-intro = Pagesat e kryera, sipas vitit shkollor dhe sipas fëmijës. Çdo njoftim i paguar ka dëftesën e vet.
no-receipts = Ende nuk keni pagesa të kryera me PagoScuola.
paid-on = Paguar më
receipt-id-label = Kodi identifikues i dëftesës
fee-shared-note = Komisioni i PSP-së (një për gjithë pagesën)
school-year-heading = Viti shkollor
filter-all-years = Të gjitha vitet
no-receipts-for-filter = Asnjë dëftesë për vitin dhe fëmijën e zgjedhur.
child-year-total = Paguar gjatë vitit
deductible-total = nga të cilat shpenzime shkollore që zbriten nga tatimi
year-total = Totali i vitit
receipts-link = Dëftesat tuaja
download-receipt = Dëftesa (PDF)
download-attestation = Vërtetimi për deklaratën e të ardhurave (PDF)
outcome-refused-title = Pagesa nuk u krye
outcome-refused-text = PSP e refuzoi pagesën dhe nuk ju është debituar asgjë. Njoftimet mund të paguhen përsëri: mund të provoni sërish, edhe me një PSP tjetër.
outcome-abandoned-title = Pagesa u anulua
outcome-abandoned-text = Pagesa u anulua dhe nuk ju është debituar asgjë. Njoftimet mund të paguhen përsëri.
outcome-pending-title = Pagesa në proces
outcome-pending-text = Po presim rezultatin nga PSP: zakonisht vjen brenda pak sekondash. Mos e përsëritni pagesën: kjo faqe përditësohet vetë, ose përdorni Rifresko.
refresh = Rifresko
back-to-cart = Kthehu te shporta

## The sandbox PSP's page
sandbox-title = PSP prove
sandbox-banner = MJEDIS PROVE: asnjë debitim i vërtetë
sandbox-explained = Kjo faqe simulon faqen e një ofruesi të shërbimit të pagesës. Nuk përdoret asnjë kartë apo llogari: zgjidhni rezultatin që doni të provoni.
sandbox-merchant = Përfituesi
sandbox-refuse = Simulo një pagesë të refuzuar
sandbox-abandon = Anulo dhe kthehu te PagoScuola
sandbox-decided = Ky veprim është përfunduar tashmë.
sandbox-back = Kthehu te PagoScuola
description-label = Arsyeja e pagesës (causale)

## Texts with values
notices-to-pay = { $count ->
    [one] 1 njoftim për të paguar, gjithsej { $total }.
   *[other] { $count } njoftime për të paguar, gjithsej { $total }.
}
cart-count = { $count ->
    [one] Në shportë: 1 njoftim nga { $limit } të mundshme.
   *[other] Në shportë: { $count } njoftime nga { $limit } të mundshme.
}

due-on-date = Për t'u paguar deri më { $date }
expired-on-date = Skadoi më { $date }
# A note over the cart: what happened, to which notice.
note-about = { $note } { $notice }
left-the-cart-because = Doli nga shporta: { $notice }. { $reason }
school-year-heading-named = Viti shkollor { $year }
fee-amount = Komisioni { $amount }
fee-of-psp = Komisioni ({ $psp })
pay-amount = Paguaj { $amount }
sandbox-psp-title = { $psp } · PSP prove
pupil-and-class = { $name }, { $class }
# Added after a button's or link's words for screen readers: the notice it acts on.
about-notice = : { $about }

# Payments through the sandbox PSP (a test: no money moved)
test-payment-notice = Pagesë prove: kaloi përmes PSP-së së simuluar të PagoScuola, nuk u transferuan para dhe dëftesat nuk kanë vlerë.
test-payment-badge = Provë, pa vlerë

## Late receipts, notices paid elsewhere, refunds (money-receipts)
refund-paid-twice = Paguar dy herë: shkolla duhet t'ju kthejë { $amount }
refund-not-payable = Paguar kur njoftimi nuk mund të paguhej më: shkolla duhet t'ju kthejë { $amount }
refunds-heading = Rimbursime që ju takojnë
paid-outside-badge = Paguar jashtë PagoScuola
paid-outside-intro = Ky njoftim u pagua jashtë PagoScuola (në bankë, në duhantore ose me një kanal tjetër pagoPA). Ja mandati i tij.

# Notice expiry and the sandbox's decision window (money-time)
sandbox-expired = Koha për të vendosur ka mbaruar: kjo pagesë ka skaduar dhe nuk mund të paguhet më. Kthehuni te PagoScuola dhe, nëse dëshironi, filloni përsëri nga shporta.

## Checkout on one screen, outcome first, receipts by payment (checkout)
method-lowest-fee = komision nga { $amount }
leaving-for-psp = Do të çoheni në faqen e { $psp }.
pago-pa-fee-there = E shihni te pagoPA, para se të paguani
you-paid = Paguat { $amount }
receipt-mail-sent = Ju dërguam përmbledhjen në { $email }. Dëftesat janë te faqja Dëftesat.
payment-details = Hollësitë e pagesës
try-again-from-cart = Provo sërish nga shporta
beneficiary-school = { $school } (kodi fiskal { $code })
payment-of-date = Pagesa e { $date }, ora { $time }
download-attestation-short = Vërtetimi 730 (PDF)
technical-details = Hollësi teknike
iuv-label = Kodi IUV

## Paying a notice by its number, with or without an account (pay-by-number)
pay-notice-title = Paguaj një njoftim
pay-notice-home-text = Keni marrë një njoftim pagese, edhe për një nip a mbesë? Paguajeni me kodin e tij, pa llogari.
pay-notice-intro = Shkruani kodin e njoftimit dhe kodin fiskal të entit që gjenden në njoftimin e pagesës, ose ngjisni tekstin e kodit të tij QR. Nuk ju duhet llogari.
pay-notice-number-label = Kodi i njoftimit
pay-notice-number-hint = 18 shifra, për shembull 3012 3960 0003 5478 15
pay-notice-creditor-label = Kodi fiskal i entit
pay-notice-creditor-hint = 11 shifra, të shkruara në njoftim pranë kodit të njoftimit
pay-notice-search = Gjeni njoftimin
pay-notice-qr-heading = Keni kodin QR të njoftimit?
pay-notice-qr-label = Teksti i kodit QR
pay-notice-qr-hint = Fillon me PAGOPA|002|
pay-notice-scan = Skanoni kodin QR
pay-notice-scan-stop = Mbyllni kamerën
pay-notice-scan-failed = Kamera nuk mund të përdoret: shkruani kodin e njoftimit.
pay-notice-number-invalid = Kodi i njoftimit ka 18 shifra dhe fillon me 3, për shembull 3012 3960 0003 5478 15.
pay-notice-number-missing = Shkruani kodin e njoftimit.
pay-notice-creditor-invalid = Kodi fiskal i entit ka 11 shifra, për shembull 80012345676.
pay-notice-creditor-missing = Shkruani kodin fiskal të entit.
pay-notice-qr-invalid = Ky nuk është teksti i një kodi QR pagoPA: duhet të fillojë me PAGOPA|002|.
pay-notice-unknown = Nuk gjejmë njoftim me këtë kod për këtë ent. Kontrolloni shifrat në njoftim.
pay-notice-limited = Keni kërkuar shumë herë në pak kohë. Mund të provoni sërish nga ora { $time }.
pay-notice-check-digits = Dy shifrat e fundit të kodit të njoftimit nuk përputhen me të tjerat: kontrolloni që e keni shkruar saktë. Nëse është ai i njoftimit, mund të paguani njësoj.
pay-notice-found-heading = Njoftimi u gjet
pay-notice-school = Enti
pay-notice-reason = Arsyeja
pay-notice-amount = Shuma
pay-notice-due = Afati
pay-notice-state = Gjendja
pay-notice-email-label = Email-i juaj
pay-notice-email-hint = Dëftesën jua dërgojmë këtu. Nuk ju duhet llogari.
pay-notice-pay = Paguani këtë njoftim
pay-notice-with-account = Paguani me llogarinë tuaj: dëftesa do të jetë te Dëftesat.
pay-notice-email-needed = Shkruani një adresë email të plotë për të marrë dëftesën.
pay-notice-another = Paguani një njoftim tjetër
guest-receipt-mail-sent = Ju dërguam konfirmimin në { $email }. Më poshtë mund të shkarkoni dëftesat.
## The printable payment notice (notice-documents)
download-notice-document = Shkarko njoftimin e pagesës (PDF)
notice-document-hint = Me njoftimin të shtypur ose në telefon mund të paguash edhe në bankë, në zyrën postare, në duhanshitore ose me aplikacionin IO: mjafton kodi QR dhe kodi i njoftimit.

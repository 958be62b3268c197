# PagoScuola · Shqip (sq) · the PDF documents
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)

receipt-title = Dëftesë pagese
receipt-lead = Dëftesë elektronike e pagesës së një njoftimi pagoPA, e kryer me PagoScuola.
attestation-title = Vërtetim pagese
attestation-lead = Vërtetim i pagesës, për ta ruajtur dhe për ta paraqitur për zbritjet në deklaratën e të ardhurave.
outcome = Rezultati
outcome-ok = Pagesa u krye (OK)
receipt-id = Kodi identifikues i dëftesës
paid-at = Data dhe ora e pagesës
notice-number = Kodi i njoftimit (codice avviso)
iuv = Identifikuesi unik i pagesës (IUV)
creditor = Enti kreditor
creditor-fiscal-code = Codice fiscale i entit kreditor
office = Selia
reason = Arsyeja e pagesës (causale)
amount = Shuma e paguar
debtor = Debitori (nxënësi)
payer = Paguesi
psp = Ofruesi i shërbimit të pagesës (PSP)
method = Mënyra e pagesës
fee = Komisioni i PSP-së (një për gjithë pagesën)
payment-token = Identifikuesi i transaksionit pranë PSP-së
school-year = Viti shkollor
deductible = Zbritet nga tatimi
deductible-yes = Po: shkolla e ka shënuar këtë pagesë si të zbritshme nga tatimi. Ruajeni këtë vërtetim bashkë me dëftesën.
deductible-no = Jo: shkolla nuk e ka shënuar këtë pagesë si të zbritshme nga tatimi.
attestation-text = Vërtetohet se paguesi i treguar këtu ka kryer, përmes sistemit pagoPA, pagesën e përshkruar këtu në favor të institucionit shkollor.
method-card = Kartë
method-bank-account = Llogari bankare
method-app = Aplikacion pagese

generated-on = Dokument i krijuar nga PagoScuola më { $date } në orën { $time }

# Payments through the sandbox PSP (a test: no money moved)
test-payment-band = PROVË, PA VLERË. Pagesë e simuluar me PSP-në e provës të PagoScuola: nuk u transferuan para. Ky dokument nuk është dëftesë dhe nuk vlen për deklaratën e të ardhurave.
receipt-lead-test = Dëftesë e një pagese prove, e kryer me PSP-në e simuluar të PagoScuola: asnjë njoftim pagoPA nuk u pagua.
attestation-text-test = Pagesë prove, e kryer me PSP-në e simuluar të PagoScuola: nuk kaloi përmes sistemit pagoPA dhe nuk vërteton asnjë pagesë.

## Notices paid elsewhere (money-receipts)
payer-not-known = E pa treguar (paguar jashtë PagoScuola)

## The payment notice (avviso di pagamento, pagoPA layout)
notice-title = Njoftim pagese
notice-creditor-heading = Kreditori
notice-recipient-heading = Marrësi i njoftimit
notice-fiscal-code = Kodi fiskal
notice-creditor-name = Emërtimi
notice-recipient-name = Emri dhe mbiemri
notice-amount-heading = Sa dhe deri kur paguhet?
notice-due = { $amount } deri më { $date }
notice-after-due = Shuma përditësohet automatikisht nga sistemi: operatori, faqja ose aplikacioni që do të përdorësh mund të të kërkojnë një shumë të ndryshme nga ajo e treguar këtu. Mund të paguash deri më { $date }; pas kësaj date njoftimi skadon dhe shkolla duhet të lëshojë një të ri.
notice-where-heading = Ku paguhet?
notice-where-online = PAGUAJ ME APLIKACIONIN IO ose nga Home Banking, me aplikacionin tënd të pagesave ose me kanalet e tjera të autorizuara.
notice-where-physical = PAGUAJ NË VEND në bankë, në zyrën postare, në duhanshitore, në bankomat ose në supermarket: me para në dorë, me kartë ose nga llogaria.
notice-payment-heading = Të dhënat për pagesën
notice-payment-lead = Skano kodin QR me aplikacionin IO ose me aplikacionin tënd të pagesave, ose jep kodin e njoftimit dhe kodin fiskal të kreditorit.
notice-qr-alt = Kod QR pagoPA me kodin e njoftimit, kodin fiskal të kreditorit dhe shumën
notice-recipient = Marrësi
notice-subject = Objekti i pagesës
notice-amount = Shuma
notice-poste-heading = Mandat postar PA (bollettino)
notice-poste-lead = Në zyrën postare, me aplikacionin BancoPosta ose në poste.it: skano kodin Data Matrix.
notice-postal-account = Llogaria postare
notice-account-holder = Mbajtësi i llogarisë
notice-datamatrix-alt = Kod Data Matrix i Poste Italiane me të dhënat e mandatit

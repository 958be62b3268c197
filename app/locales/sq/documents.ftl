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

# PagoScuola · Română (ro) · the PDF documents
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)

receipt-title = Chitanță de plată
receipt-lead = Chitanța electronică pentru plata unui aviz pagoPA, efectuată cu PagoScuola.
attestation-title = Adeverință de plată
attestation-lead = Adeverința plății, de păstrat și de prezentat pentru deduceri în declarația de venituri.
outcome = Rezultat
outcome-ok = Plată efectuată (OK)
receipt-id = Codul chitanței
paid-at = Data și ora plății
notice-number = Codul avizului (codice avviso)
iuv = Identificatorul unic al plății (IUV)
creditor = Instituția creditoare
creditor-fiscal-code = Codice fiscale al instituției creditoare
office = Sediul
reason = Motivul plății
amount = Suma plătită
debtor = Debitor (elev)
payer = Plătitor
psp = Prestatorul de servicii de plată (PSP)
method = Metoda de plată
fee = Comisionul PSP (unul singur pentru toată plata)
payment-token = Codul tranzacției la PSP
school-year = Anul școlar
deductible = Deductibil
deductible-yes = Da: școala a indicat această plată ca deductibilă. Păstrează această adeverință împreună cu chitanța.
deductible-no = Nu: școala nu a indicat această plată ca deductibilă.
attestation-text = Se atestă că plătitorul indicat a efectuat, prin sistemul pagoPA, plata descrisă aici în favoarea instituției școlare.
method-card = Card
method-bank-account = Cont bancar
method-app = Aplicație de plată

generated-on = Document generat de PagoScuola la { $date }, ora { $time }

# Payments through the sandbox PSP (a test: no money moved)
test-payment-band = TEST, FĂRĂ VALOARE. Plată simulată cu PSP-ul de test al PagoScuola: nu s-au transferat bani. Acest document nu este o chitanță și nu poate fi folosit pentru declarația de venit.
receipt-lead-test = Chitanța unei plăți de test, efectuată cu PSP-ul simulat al PagoScuola: niciun aviz pagoPA nu a fost plătit.
attestation-text-test = Plată de test, efectuată cu PSP-ul simulat al PagoScuola: nu a trecut prin sistemul pagoPA și nu atestă nicio plată.

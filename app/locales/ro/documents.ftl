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

## Notices paid elsewhere (money-receipts)
payer-not-known = Nespecificat (plătit în afara PagoScuola)

## The payment notice (avviso di pagamento, pagoPA layout)
notice-title = Aviz de plată
notice-creditor-heading = Creditor
notice-recipient-heading = Destinatarul avizului
notice-fiscal-code = Cod fiscal
notice-creditor-name = Denumire
notice-recipient-name = Nume și prenume
notice-amount-heading = Cât și până când se plătește?
notice-due = { $amount } până la { $date }
notice-after-due = Suma este actualizată automat de sistem: operatorul, site-ul sau aplicația pe care le folosești îți pot cere o sumă diferită de cea indicată aici. Poți plăti până la { $date }; după această dată avizul expiră și școala trebuie să emită unul nou.
notice-where-heading = Unde se plătește?
notice-where-online = PLĂTEȘTE CU APLICAȚIA IO sau din Home Banking, cu aplicația ta de plată sau prin celelalte canale autorizate.
notice-where-physical = PLĂTEȘTE ÎN PERSOANĂ la bancă, la oficiul poștal, la tutungerie, la bancomat sau la supermarket: numerar, cu cardul sau din cont.
notice-payment-heading = Datele pentru plată
notice-payment-lead = Scanează codul QR cu aplicația IO sau cu aplicația ta de plată, ori comunică codul avizului și codul fiscal al creditorului.
notice-qr-alt = Cod QR pagoPA cu codul avizului, codul fiscal al creditorului și suma
notice-recipient = Destinatar
notice-subject = Obiectul plății
notice-amount = Sumă
notice-poste-heading = Mandat poștal PA (bollettino)
notice-poste-lead = La oficiul poștal, cu aplicația BancoPosta sau pe poste.it: scanează codul Data Matrix.
notice-postal-account = Cont poștal
notice-account-holder = Titular
notice-datamatrix-alt = Cod Data Matrix Poste Italiane cu datele mandatului

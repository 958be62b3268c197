# PagoScuola · Italiano (it) · the PDF documents
# native-speaker-review: yes (the reference text, written in Italian)

receipt-title = Ricevuta di pagamento
receipt-lead = Ricevuta telematica del pagamento di un avviso pagoPA eseguito con PagoScuola.
attestation-title = Attestazione di pagamento
attestation-lead = Attestazione del pagamento, da conservare e presentare per le detrazioni nella dichiarazione dei redditi.
outcome = Esito
outcome-ok = Pagamento eseguito (OK)
receipt-id = Identificativo ricevuta
paid-at = Data e ora del pagamento
notice-number = Codice avviso
iuv = Identificativo univoco di versamento (IUV)
creditor = Ente creditore
creditor-fiscal-code = Codice fiscale dell'ente creditore
office = Sede
reason = Causale
amount = Importo pagato
debtor = Debitore (alunno)
payer = Versante
psp = Prestatore del servizio di pagamento (PSP)
method = Metodo di pagamento
fee = Commissione del PSP (una per l'intero pagamento)
payment-token = Identificativo della transazione presso il PSP
school-year = Anno scolastico
deductible = Detraibile
deductible-yes = Sì: la scuola ha indicato questo pagamento come detraibile. Conserva questa attestazione con la ricevuta.
deductible-no = No: la scuola non ha indicato questo pagamento come detraibile.
attestation-text = Si attesta che il versante indicato ha eseguito, tramite il circuito pagoPA, il pagamento qui descritto a favore dell'istituzione scolastica.
method-card = Carta
method-bank-account = Conto corrente
method-app = App di pagamento

generated-on = Documento generato da PagoScuola il { $date } alle { $time }

# Payments through the sandbox PSP (a test: no money moved)
test-payment-band = PROVA, NESSUN VALORE. Pagamento simulato con il PSP di prova di PagoScuola: nessun denaro è stato trasferito. Questo documento non vale come ricevuta né per la dichiarazione dei redditi.
receipt-lead-test = Ricevuta di un pagamento di prova, eseguito con il PSP simulato di PagoScuola: nessun avviso pagoPA è stato pagato.
attestation-text-test = Pagamento di prova, eseguito con il PSP simulato di PagoScuola: non è passato dal circuito pagoPA e non attesta alcun versamento.

## Notices paid elsewhere (money-receipts)
payer-not-known = Non indicato (pagato fuori da PagoScuola)

## The payment notice (avviso di pagamento, pagoPA layout)
notice-title = Avviso di pagamento
notice-creditor-heading = Ente creditore
notice-recipient-heading = Destinatario dell'avviso
notice-fiscal-code = Codice fiscale
notice-creditor-name = Denominazione
notice-recipient-name = Nome e cognome
notice-amount-heading = Quanto e quando pagare?
notice-due = { $amount } entro il { $date }
notice-after-due = L'importo è aggiornato automaticamente dal sistema: un operatore, il sito o l'app che userai potrebbero chiederti una cifra diversa da quella indicata qui. Puoi pagare fino al { $date }; dopo quella data l'avviso scade e serve un nuovo avviso della scuola.
notice-where-heading = Dove pagare?
notice-where-online = PAGA CON L'APP IO oppure dal tuo Home Banking, con la tua app di pagamento o con gli altri canali abilitati.
notice-where-physical = PAGA SUL TERRITORIO in banca, in ufficio postale, dal tabaccaio, al bancomat o al supermercato: con contanti, carte o conto corrente.
notice-payment-heading = Dati per il pagamento
notice-payment-lead = Inquadra il codice QR con l'app IO o con la tua app di pagamento, oppure comunica il codice avviso e il codice fiscale dell'ente.
notice-qr-alt = Codice QR pagoPA con il codice avviso, il codice fiscale dell'ente creditore e l'importo
notice-recipient = Destinatario
notice-subject = Oggetto del pagamento
notice-amount = Importo
notice-poste-heading = Bollettino postale PA
notice-poste-lead = In ufficio postale, con l'app BancoPosta o su poste.it: inquadra il codice Data Matrix.
notice-postal-account = Conto corrente postale
notice-account-holder = Intestato a
notice-datamatrix-alt = Codice Data Matrix di Poste Italiane con i dati del bollettino

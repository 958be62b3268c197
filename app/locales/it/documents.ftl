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

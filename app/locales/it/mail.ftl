# PagoScuola · Italiano (it) · the emails
# native-speaker-review: yes (the reference text, written in Italian)

mail-greeting = Gentile { $name },
mail-closing = Questo messaggio è inviato automaticamente: non rispondere. Se non sei stato tu, ignoralo.
mail-signature = PagoScuola

## Conferma registrazione
confirm-subject = Conferma registrazione
confirm-text = hai chiesto di registrarti a PagoScuola. Per confermare il tuo indirizzo email apri questo collegamento entro 24 ore. Dopo la conferma riceverai username e password provvisoria.
confirm-link = Conferma la registrazione

## Creazione utenza
created-subject = Creazione utenza
created-text = il tuo indirizzo è confermato e la tua utenza è pronta. La password è provvisoria: vale 72 ore e solo per il primo accesso, quando ti chiederemo di sceglierne una tua.
created-username = Username
created-password = Password provvisoria
created-link = Accedi a PagoScuola

## Pagamento eseguito
paid-subject = Pagamento eseguito
paid-text = il pagamento è stato eseguito. Ecco il riepilogo; le ricevute e le attestazioni per la dichiarazione dei redditi sono nella tua pagina.
paid-link = Le tue ricevute
paid-fee = Commissione ({ $psp })
paid-total = Totale addebitato

## Recupero credenziali
recovery-subject = Recupero credenziali
recovery-text = hai chiesto di recuperare le credenziali di PagoScuola. Ecco il tuo username; per scegliere una nuova password apri il collegamento entro 1 ora.
recovery-link = Scegli una nuova password
recovery-username = Username
# What a notice is for, and for whom: in the mail's summary and in the cart's notes.
what-for-whom = { $what } ({ $pupil })

# Payments through the sandbox PSP (a test: no money moved)
paid-subject-test = Pagamento di prova eseguito (nessun valore)
paid-test = Questo era un pagamento di prova, con il PSP simulato di PagoScuola: nessun denaro è stato trasferito e le ricevute non hanno valore.

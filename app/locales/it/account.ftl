# PagoScuola · Italiano (it) · registration, log-in and the account pages
# native-speaker-review: yes (the reference text, written in Italian)


## Registration wizard
register-title = Registrati
register-intro = La registrazione richiede pochi minuti: ti servono il tuo codice fiscale e un indirizzo email che usi.
step-code-title = Codice fiscale
step-details-title = I tuoi dati
step-review-title = Controlla i dati
step-done-title = Registrazione salvata
wizard-steps = Passi della registrazione
codice-fiscale-label = Codice fiscale
codice-fiscale-hint = 16 caratteri, come sulla tessera sanitaria. Per esempio RSSMRA80A01H501U.
captcha-label = Verifica di sicurezza
captcha-hint = Seleziona la casella: il tuo dispositivo fa un breve calcolo per dimostrare che non sei un programma automatico. Serve JavaScript attivo.
captcha-checkbox = Non sono un robot
captcha-verifying = Verifica in corso...
captcha-verified = Verifica completata
captcha-failed = Verifica non riuscita: riprova.
captcha-expired = Verifica scaduta: selezionala di nuovo.
captcha-no-script = Per questo passo serve JavaScript: attivalo nel browser e ricarica la pagina. Se non puoi, scrivi ad assistenza@pagoscuola.it.
continue = Continua
surname-label = Cognome
given-name-label = Nome
name-hint = Come sul documento d'identità; accenti e apostrofi vanno bene (D'Amico, Niccolò).
birth-date-label = Data di nascita
birth-date-hint = Nel formato gg/mm/aaaa, per esempio 01/01/1980.
sex-label = Sesso (come nel codice fiscale)
sex-female = Femmina
sex-male = Maschio
birthplace-label = Luogo di nascita
birthplace-hint = Il comune italiano (con la provincia se ce ne sono più con lo stesso nome) o lo Stato estero. Scrivi le prime lettere e scegli dall'elenco.
abroad = estero
birthplace-suggestions = Luoghi trovati
email-label = Email
email-hint = Ti scriveremo qui per confermare la registrazione e per le ricevute.
email-again-label = Ripeti l'email
consent-title = Condizioni e privacy
accept-terms-label = Ho letto e accetto le condizioni di registrazione al servizio
accept-privacy-label = Ho letto l'informativa sul trattamento dei dati personali
read-terms = Leggi le condizioni
read-privacy = Leggi l'informativa privacy
review-intro = Controlla che i dati siano giusti: il codice fiscale deve corrispondere a cognome, nome, data e luogo di nascita e sesso.
confirm-data = Conferma i tuoi dati
go-back = Torna indietro
accepted = Accettate
done-text = Ti abbiamo scritto all'indirizzo indicato. Apri l'email "Conferma registrazione" e segui il collegamento entro 24 ore: poi riceverai username e password provvisoria.
done-check-spam = Non la trovi? Guarda anche nella posta indesiderata.
start-again = Ricomincia la registrazione
error-summary-title = Ci sono dei problemi da correggere

## Problems at fields
problem-required = Questo campo è obbligatorio.
problem-cf-length = Il codice fiscale ha 16 caratteri.
problem-cf-pattern = Il codice fiscale non ha la forma giusta: 6 lettere, 2 cifre, 1 lettera, 2 cifre, 1 lettera, 3 cifre, 1 lettera.
problem-cf-check = Il codice fiscale non è valido: l'ultimo carattere non corrisponde. Controlla di averlo scritto bene.
problem-cf-taken = Esiste già un'utenza con questo codice fiscale.
problem-captcha = La verifica di sicurezza non è riuscita o è scaduta: selezionala di nuovo.
problem-name-latin = Scrivi il nome con le lettere dell'alfabeto latino, come nel codice fiscale.
problem-name-long = Al massimo 60 caratteri.
problem-date-format = Scrivi la data come gg/mm/aaaa, per esempio 01/01/1980.
problem-date-future = La data di nascita non può essere nel futuro né prima del 1900.
problem-birthplace-unknown = Scegli il luogo di nascita dall'elenco dei comuni e degli Stati.
problem-birthplace-ambiguous = Ci sono più luoghi con questo nome: scegli dall'elenco o aggiungi la provincia, per esempio Castro (LE).
problem-email = Scrivi un indirizzo email completo, per esempio nome@esempio.it.
problem-email-mismatch = Le due email non sono uguali.
problem-consent = Per registrarti devi accettare le condizioni e leggere l'informativa.
problem-cf-surname = Il cognome non corrisponde al codice fiscale.
problem-cf-name = Il nome non corrisponde al codice fiscale.
problem-cf-birth-date = La data di nascita non corrisponde al codice fiscale.
problem-cf-sex = Il sesso non corrisponde al codice fiscale.
problem-cf-birthplace = Il luogo di nascita non corrisponde al codice fiscale (o il comune non esisteva in quella data).
problem-password-short = La password deve avere almeno 10 caratteri.
problem-password-long = La password può avere al massimo 128 caratteri.
problem-password-weak = Password troppo facile da indovinare: usa più parole o aggiungi caratteri diversi.
problem-password-personal = La password non può contenere username, codice fiscale, nome o cognome.
problem-password-mismatch = Le due password non sono uguali.
problem-password-same = La nuova password deve essere diversa da quella provvisoria.

## Log in
login-title = Accedi
login-intro = Accedi con lo username e la password ricevuti per email, oppure con il tuo codice fiscale.
username-label = Username o codice fiscale
password-label = Password
login-button = Accedi
login-failed = Username o password non corretti.
login-locked = Troppi tentativi non riusciti. Per sicurezza l'accesso è sospeso per 15 minuti: riprova più tardi o recupera le credenziali.
login-temporary-expired = La password provvisoria è scaduta o è già stata usata: chiedine una nuova con il recupero delle credenziali.
forgot-credentials = Ho dimenticato username o password
no-account-yet = Non hai ancora un'utenza?
register-link = Registrati
logged-out = Sei uscito dal servizio.
session-expired = La sessione è scaduta: accedi di nuovo.
log-out = Esci

## Email verification
verify-title = Conferma dell'email
verify-done = Grazie, il tuo indirizzo email è confermato. Ti abbiamo inviato l'email "Creazione utenza" con username e password provvisoria: vale 72 ore e solo per il primo accesso.
verify-already = Questo indirizzo è già stato confermato. Se non hai ricevuto le credenziali, usa il recupero delle credenziali.
verify-invalid = Il collegamento non è valido o è scaduto (vale 24 ore). Ripeti la registrazione oppure usa il recupero delle credenziali.

## Change password
change-password-title = Scegli la tua password
change-password-intro = Prima di continuare scegli una password tua. Almeno 10 caratteri; meglio una frase facile da ricordare per te e difficile da indovinare per altri.
current-password-label = Password attuale
new-password-label = Nuova password
new-password-again-label = Ripeti la nuova password
save-password = Salva la password
password-changed = Password cambiata.
problem-current-password = La password attuale non è corretta.

## Credential recovery
recovery-title = Recupera username e password
recovery-intro = Scrivi il tuo codice fiscale e l'email data alla registrazione: se corrispondono a un'utenza ti mandiamo lo username e un collegamento per scegliere una nuova password, valido 1 ora.
recovery-send = Invia
recovery-sent = Se i dati corrispondono a un'utenza, troverai presto un'email con le istruzioni. Controlla anche la posta indesiderata.
reset-title = Nuova password
reset-invalid = Il collegamento non è valido, è già stato usato o è scaduto. Chiedi un nuovo collegamento.
reset-done = Password salvata. Ora puoi accedere con la nuova password.

## Conditions
conditions-title = Condizioni del servizio
conditions-intro = Per pagare con PagoScuola leggi e accetta le condizioni del servizio e l'informativa sul trattamento dei dati personali. Le accetti una volta; te le chiederemo di nuovo solo se cambiano.
conditions-version = Versione del
accept-conditions-label = Ho letto e accetto le condizioni del servizio
accept-privacy-notice-label = Ho letto l'informativa sul trattamento dei dati personali
accept-and-continue = Accetta e continua
conditions-accepted = Hai accettato le condizioni del servizio il

## Family home
family-title = La tua area
family-greeting = Ciao, { $name }
family-profile = I tuoi dati
full-name-label = Nome e cognome
username-only = Username
change-password-link = Cambia la password
opens-new-tab = si apre in una nuova scheda

## Development mailbox
mailbox-title = Posta di sviluppo
mailbox-intro = Solo in modalità dimostrativa: i messaggi che il servizio ha preparato, dal più recente. Nessuno li riceve davvero.
mailbox-empty = Nessun messaggio.
mailbox-to = A
mailbox-sent = Inviato
mailbox-queued = In coda

## Texts with values
full-name = { $given_name } { $surname }
# A birthplace that no longer exists: "Abano (PD, fino al 1924)".
birthplace-until = { $name } ({ $province }, fino al { $year })
birthplace-in = { $name } ({ $province })
step-heading = { $title } (passo { $step } di { $steps })

## Registration and recovery limits
problem-too-long = Testo troppo lungo per questo campo: scrivilo di nuovo, più breve.
problem-try-later = In questo momento ci sono troppe registrazioni in corso: riprova più tardi.
recovery-limited = Troppe richieste di recupero per questi dati o da questa connessione: riprova più tardi, tra 15 minuti.

# Log-ins (throttling and the password hasher's queue)
login-busy = Troppi accessi in questo momento: riprova tra qualche secondo.

## frame (issue 12)
prefill-note = Data, sesso e luogo di nascita vengono dal tuo codice fiscale: controllali e correggili se serve.
done-resend = Invia di nuovo l'email
done-correct = Correggi l'email
done-resent = Ti abbiamo inviato una nuova email "Conferma registrazione": usa il collegamento dell'email più recente.
done-retry-at = Hai chiesto troppe email in poco tempo. Puoi riprovare dalle { $time }.
done-correct-intro = Scrivi l'indirizzo giusto: ti invieremo un nuovo collegamento e quello precedente non funzionerà più.
done-send-new = Invia il nuovo collegamento
cancel = Annulla
show-password = Mostra password
profile-title = Il tuo profilo

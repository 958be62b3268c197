# PagoScuola · Italiano (it) · the page shell, home, directory and legal pages
# native-speaker-review: yes (the reference text, written in Italian)


## Page shell
skip-to-content = Vai al contenuto principale
service-name = PagoScuola
service-tagline = I pagamenti della scuola, per le famiglie
log-in = Accedi
language-switch = Lingua
main-nav = Menu principale
nav-home = Home
nav-schools = Cerca la scuola
footer-nav = Informazioni sul servizio
footer-privacy = Informativa privacy
footer-accessibility = Dichiarazione di accessibilità
footer-about = PagoScuola: i pagamenti alle scuole italiane tramite pagoPA.
footer-no-card-data = PagoScuola non conserva alcun dato di carte di pagamento o conti correnti.
meta-description = Paga gli avvisi della scuola dei tuoi figli, anche di scuole diverse, scegliendo il prestatore di servizi di pagamento più conveniente.

## Home
home-title = Paga la scuola dei tuoi figli in pochi passi
home-intro = Con PagoScuola vedi tutti gli avvisi di pagamento dei tuoi figli, anche di scuole diverse, e li paghi insieme scegliendo il prestatore di servizi di pagamento (PSP) con la commissione più bassa.
home-login-cta = Accedi all'area famiglie
home-register-cta = Non hai un'utenza? Registrati
home-features-title = Cosa puoi fare
home-feature-notices-title = Tutti gli avvisi in un posto
home-feature-notices-text = Gite, assicurazione, contributi: vedi cosa c'è da pagare e le scadenze, per ogni figlio.
home-feature-pay-title = Paghi come preferisci
home-feature-pay-text = Carta, conto corrente o app: confronti le commissioni e scegli il PSP che costa meno.
home-feature-receipts-title = Ricevute sempre a portata di mano
home-feature-receipts-text = Ricevuta di pagamento e attestazione per le detrazioni fiscali, da scaricare quando vuoi.
home-voluntary-title = Versamenti volontari: trova la scuola
home-voluntary-text = Cerca la scuola per codice meccanografico, oppure per regione, provincia e comune.

## Directory
schools-title = Cerca la scuola
schools-intro = Cerca per codice meccanografico oppure scegli regione, provincia e comune. Puoi anche cercare per nome.
search-by-code = Cerca per codice
search-by-place = Cerca per luogo o per nome
code-label = Codice meccanografico
code-hint = 10 caratteri, per esempio MIIC8CY00P. Se lo conosci, gli altri campi non servono.
region-label = Regione
province-label = Provincia
town-label = Comune
name-label = Nome della scuola
name-hint = Almeno 3 lettere, per esempio Manzoni.
any-region = Tutte le regioni
any-province = Tutte le province
any-town = Tutti i comuni
search-button = Cerca
new-search = Nuova ricerca
results-title = Risultati
results-truncated = Ci sono molti risultati: qui vedi i primi 50. Restringi la ricerca scegliendo la provincia, il comune o il nome.
no-results-help = Controlla il codice, oppure allarga la ricerca togliendo il comune o il nome.
error-summary-title = Controlla i dati inseriti
searching = Ricerca in corso…
search-failed = La ricerca non è riuscita. Controlla la connessione e riprova.
problem-code-characters = Il codice meccanografico inizia con le 2 lettere della provincia e contiene solo lettere e numeri, per esempio MIIC8CY00P.
problem-unknown-region = Regione non riconosciuta: scegline una dall'elenco.
problem-unknown-province = Provincia non riconosciuta: scegline una dall'elenco.
problem-province-not-in-region = Questa provincia non fa parte della regione scelta.
problem-empty-search = Inserisci il codice meccanografico, oppure scegli almeno la regione o scrivi il nome della scuola.

## School page
school-code-label = Codice meccanografico
school-kind-label = Tipo di scuola
address-label = Indirizzo
email-label = Email
creditor-code-label = Codice fiscale dell'ente creditore
school-details = Dati della scuola
school-payments-title = Pagamenti
school-payments-text = Gli avvisi emessi da questa scuola per i tuoi figli compaiono nella tua area famiglie dopo l'accesso. I versamenti volontari (contributi, assicurazione, gite) si pagano qui, anche senza utenza.
school-not-found-title = Scuola non trovata
school-not-found-text = Non c'è una scuola con questo codice meccanografico. Controlla il codice o cerca la scuola nell'elenco.
back-to-search = Torna alla ricerca

## Kinds of school
kind-comprehensive = Istituto comprensivo
kind-infant = Scuola dell'infanzia
kind-primary = Scuola primaria
kind-lower-secondary = Scuola secondaria di primo grado
kind-upper-secondary = Istituto di istruzione superiore
kind-technical = Istituto tecnico
kind-vocational = Istituto professionale

## Log-in page (the family area arrives with registration)

## Errors
not-found-title = Pagina non trovata
not-found-text = L'indirizzo potrebbe essere sbagliato, oppure la pagina non esiste più.
go-home = Torna alla home
server-error-title = Qualcosa non ha funzionato
server-error-text = Non siamo riusciti a completare la richiesta. Riprova tra qualche minuto: i tuoi dati non sono andati persi.

## Privacy notice
privacy-title = Informativa sul trattamento dei dati personali
privacy-who-title = Chi tratta i dati
privacy-who = Titolare del trattamento per i pagamenti è la scuola che emette l'avviso; PagoScuola tratta i dati per conto della scuola, come responsabile del trattamento (art. 28 del Regolamento UE 2016/679, GDPR).
privacy-what-title = Quali dati e perché
privacy-what = Per la sola consultazione dell'elenco delle scuole non raccogliamo dati personali. Per pagare trattiamo codice fiscale, nome, cognome ed email del genitore e i dati degli alunni necessari agli avvisi, solo per eseguire i pagamenti e rilasciare ricevute e attestazioni.
privacy-cookies-title = Cookie
privacy-cookies = Usiamo solo cookie tecnici: uno ricorda la lingua scelta e, dopo l'accesso, uno mantiene la sessione. Nessun cookie di profilazione o di terze parti.
privacy-payments-title = Dati di pagamento
privacy-payments = I dati di carte e conti correnti sono inseriti solo presso il prestatore di servizi di pagamento scelto: PagoScuola non li vede e non li conserva.
privacy-rights-title = I tuoi diritti
privacy-rights = Puoi chiedere accesso, rettifica o cancellazione dei tuoi dati scrivendo a privacy@pagoscuola.it, e puoi rivolgerti al Garante per la protezione dei dati personali.

## Accessibility statement
accessibility-title = Dichiarazione di accessibilità
accessibility-intro = PagoScuola si impegna a rendere il servizio accessibile a tutti, secondo le Linee guida AgID sull'accessibilità e il livello AA delle WCAG 2.1.
accessibility-status-title = Stato di conformità
accessibility-status = Il servizio è parzialmente conforme. Ogni pagina è verificata automaticamente (axe-core) a ogni modifica, si usa con la sola tastiera, funziona su schermi larghi 360 pixel e mostra i contenuti anche senza JavaScript.
accessibility-limits-title = Contenuti non ancora accessibili
accessibility-limits = Le verifiche automatiche non sostituiscono le prove con persone che usano lettori di schermo: le stiamo pianificando. La ricerca delle scuole si aggiorna mentre scrivi solo con JavaScript attivo; senza JavaScript si usa il pulsante Cerca.
accessibility-captcha-title = Registrazione e verifica di sicurezza
accessibility-captcha = Il primo passo della registrazione chiede una verifica "Non sono un robot": non è un rompicapo da risolvere, basta selezionare la casella e il dispositivo fa un breve calcolo. Per farlo serve JavaScript attivo. Tutti gli altri passi e moduli funzionano anche senza JavaScript. Se non puoi attivarlo, scrivi ad assistenza@pagoscuola.it e ti registriamo noi.
accessibility-feedback-title = Segnalazioni
accessibility-feedback = Se incontri un ostacolo scrivi ad accessibilita@pagoscuola.it: rispondiamo entro 30 giorni. Se la risposta non ti soddisfa puoi rivolgerti al Difensore civico per il digitale presso AgID.
login-required-text = Per vedere questa pagina accedi con le tue credenziali.
forbidden-text = Questa pagina non è disponibile per la tua utenza.
accessibility-date = Dichiarazione redatta il 23/11/2026.

## Texts with values
schools-found = { $count ->
    [0] Nessuna scuola trovata
    [one] 1 scuola trovata
   *[other] { $count } scuole trovate
}
problem-code-length = Il codice meccanografico ha 10 caratteri: ne hai inseriti { $found }.
problem-too-long = Testo troppo lungo: al massimo { $max } caratteri.
problem-name-too-short = Scrivi almeno { $min } lettere del nome.
# A school in the results: its kind, then where it is.
school-place = { $kind } · { $town } ({ $province })
# The Italian text of the conditions and of the privacy notice is the one that counts.
italian-prevails = Questa è una traduzione: fa fede il testo in italiano.
document-not-found = Documento non trovato.
try-again-shortly = Il servizio non risponde: riprova tra poco.

## frame (issue 12)
nav-notices = Avvisi
nav-receipts = Ricevute
nav-cart = Carrello
account-menu = Il tuo account
nav-profile = Profilo
nav-log-out = Esci
footer-runs = PagoScuola è gestito per conto delle scuole che emettono gli avvisi, titolari dei dati dei pagamenti.
footer-help-title = Serve aiuto?
footer-help-notice = Per un avviso (importo, causale, se ti riguarda): la segreteria della scuola che lo ha emesso.
footer-help-site = Per il sito (accesso, registrazione, pagamenti): l'assistenza di PagoScuola,
footer-conditions = Condizioni del servizio

# PagoScuola · Italiano (it) · the school office console (segreteria) and administration
# native-speaker-review: yes

office-title = Segreteria
admin-title = Amministrazione

## The console's entry and dashboard

office-choose-school = Scegli la scuola di cui vuoi aprire la segreteria.
role-ds = Dirigente scolastico
role-dsga = DSGA
role-aa = Assistente amministrativo
figure-pupils = alunni
figure-unseen = alunni che nessun genitore vede ancora
figure-events = eventi di pagamento
unseen-hint = Un genitore vede gli avvisi di un figlio solo se la scuola ha registrato la sua email o gli ha dato un codice di attivazione. Apri l'elenco degli alunni senza genitore e, per ciascuno, genera un codice.

## Who sees a pupil (office)

activation-title = Chi vede gli avvisi
activation-heading = Chi vede gli avvisi di { $pupil }
pupil-line = Classe { $class }
back-to-pupil = Torna all'alunno
activation-explained = Un genitore vede gli avvisi solo quando la scuola lo conferma: con l'email che la scuola ha registrato per lui (se coincide con quella del suo account) oppure con un codice di attivazione consegnato in una lettera o inviato per email.
payers-title = Genitori e tutori
no-payers = Nessun genitore registrato per questo alunno: aggiungilo dalla scheda dell'alunno.
column-payer = Genitore
column-email = Email registrata dalla scuola
column-access = Vede gli avvisi?
column-actions = Azioni
access-by-email = Sì, con l'email registrata dalla scuola
access-by-code = Sì, con un codice di attivazione
access-not-vouched = Non ancora: ha un account, ma con un'altra email. Serve un codice.
access-no-account = Nessun account collegato
no-email = Nessuna
code-pending = Codice consegnato, valido fino al { $day }
issue-code = Genera codice di attivazione
send-code = Invia per email
letter-ready = Codice generato. Stampa la lettera ora: per sicurezza il codice non sarà più mostrato (i codici consegnati prima a questo genitore non valgono più).
letter-subject = Codice di attivazione per gli avvisi di { $pupil }
letter-greeting = Gentile { $name } (codice fiscale { $cf }),
letter-text = la scuola { $school } conferma che paghi tu per { $pupil } (classe { $class }). Per vedere e pagare i suoi avvisi su PagoScuola:
letter-step-register = registrati su PagoScuola con il tuo codice fiscale { $cf }, oppure accedi se hai già un account: { $url }
letter-step-code = nella pagina dei tuoi avvisi, alla voce «Non vedi un figlio?», scrivi il codice qui sotto e premi «Usa il codice»;
letter-step-done = da quel momento vedi gli avvisi di { $pupil } e puoi pagarli.
letter-validity = Il codice vale fino al { $day }, una sola volta e solo per il codice fiscale { $cf }. Non darlo a nessun altro.
letter-print-hint = Per stamparla usa «Stampa» del browser (Ctrl+P): viene stampata solo la lettera.
activation-no-email = La scuola non ha registrato l'email di questo genitore: stampa la lettera.
activation-email-queued = Email in partenza: il codice viene creato all'invio, e quelli consegnati prima a questo genitore non valgono più.

## Activation code: the family's form and the email

activation-code-label = Codice di attivazione
activation-code-hint = Lo trovi nella lettera o nell'email della scuola: 12 caratteri, ad esempio ACDE-FGHJ-KMNP.
activation-submit = Usa il codice
activation-missing = Scrivi il codice di attivazione
activation-invalid = Codice non valido o scaduto
activation-too-many = Troppi tentativi: riprova tra 15 minuti
activation-done = Fatto: ora vedi gli avvisi di { $child }.
missing-child-title = Non vedi un figlio?
missing-child-intro = Vedi gli avvisi di un figlio solo quando la scuola conferma che sei tu a pagare per lui. Se ne manca uno:
missing-child-empty = Non vedi ancora nessun figlio: vedi i suoi avvisi solo quando la scuola conferma che sei tu a pagare per lui. Per questo:
missing-child-email = chiedi alla segreteria della scuola di registrare la tua email, la stessa del tuo account: da quel momento lo vedi;
missing-child-code = oppure chiedi alla segreteria un codice di attivazione (in una lettera o per email) e scrivilo qui.
activation-mail-parent = genitore
activation-mail-subject = Codice di attivazione per gli avvisi della scuola
activation-mail-text = la scuola { $school } conferma che paghi tu per { $pupil }: con il codice qui sotto vedi i suoi avvisi su PagoScuola.
activation-mail-steps = Accedi a PagoScuola con il tuo codice fiscale (se non hai un account, registrati prima), apri la pagina dei tuoi avvisi e, alla voce «Non vedi un figlio?», scrivi il codice. Il codice vale 90 giorni, una sola volta e solo per il tuo codice fiscale.
activation-mail-link = Apri i tuoi avvisi

## Platform administration

admin-schools-title = Le scuole con una segreteria
admin-no-schools = Nessuna scuola ha ancora un account di segreteria.
column-school = Scuola
column-staff = Personale
admin-add-school-title = Aggiungi una scuola
admin-add-staff-title = Dai a una scuola il suo primo account di segreteria
admin-add-staff-hint = Se esiste già un account con questo codice fiscale riceve il ruolo; altrimenti viene creato e la password provvisoria arriva per email.
school-code-label = Codice meccanografico
school-name-label = Nome della scuola
school-kind-label = Tipo di scuola
school-address-label = Indirizzo
school-postcode-label = CAP
school-town-label = Comune
school-province-label = Provincia (sigla, ad esempio MI)
school-fiscal-code-label = Codice fiscale della scuola
school-email-label = Email della scuola
add-school = Aggiungi la scuola
staff-cf-label = Codice fiscale
staff-surname-label = Cognome
staff-given-name-label = Nome
staff-email-label = Email
staff-role-label = Ruolo
add-staff = Dai l'accesso
problem-required = Campo obbligatorio
problem-school-code = Codice meccanografico non valido: 10 caratteri, ad esempio MIIC8CY00P
problem-fiscal-code = Codice fiscale della scuola non valido: 11 cifre
problem-province = Provincia sconosciuta: scrivi la sigla, ad esempio MI
problem-postcode = CAP non valido: 5 cifre
problem-email = Email non valida
problem-codice-fiscale = Codice fiscale non valido
problem-unknown-school = Nessuna scuola con questo codice meccanografico: aggiungila prima
problem-role = Scegli il ruolo
problem-too-long = Testo troppo lungo
school-added = Scuola aggiunta.
staff-created = Account creato: la password provvisoria è partita per email.
staff-granted = L'account esistente con questo codice fiscale ha ricevuto il ruolo.

# PagoScuola · Italiano (it) · the office: classes, pupils and payers
# native-speaker-review: yes

pupils-title = Alunni
pupils-page-title = Alunni: { $school }
pupils-pupil-title = Alunno: { $name }
pupils-import-page-title = Importa alunni: { $school }
pupils-back-to-list = Torna agli alunni


## The list

pupils-stat-pupils = alunni nella scuola
pupils-without-payer = Alunni senza genitore registrato
pupils-import-link = Importa alunni da un file CSV
pupils-add-pupil-link = Aggiungi un alunno
pupils-classes-title = Classi
pupils-classes-none = La scuola non ha ancora classi: aggiungi la prima qui sotto.
pupils-class-column = Classe
pupils-pupils-column = Alunni
pupils-without-payer-column = Senza genitore registrato
pupils-add-class-title = Aggiungi una classe
pupils-class-name-label = Nome della classe
pupils-class-name-hint = Come compare negli avvisi, per esempio 3ª A primaria (al massimo 30 caratteri).
pupils-add-class-button = Aggiungi la classe
pupils-list-title = Elenco alunni
pupils-search-label = Cerca un alunno
pupils-search-hint = Cognome, nome o codice fiscale, anche in parte.
pupils-all-classes = Tutte le classi
pupils-search-button = Cerca
pupils-found = Alunni trovati: { $count }
pupils-found-without-payer = Alunni senza genitore registrato: { $count }
pupils-name-column = Cognome e nome
pupils-cf-column = Codice fiscale
pupils-payers-column = Genitori
pupils-payers-none-see = Nessun genitore vede l'alunno ({ $payers } registrati)
pupils-payers-see = { $seeing } su { $payers } vedono l'alunno
pupils-pages-label = Pagine dell'elenco
pupils-page-of = Pagina { $page } di { $pages }
pupils-previous-page = Pagina precedente
pupils-next-page = Pagina successiva


## Adding a pupil

pupils-add-pupil-title = Aggiungi un alunno
pupils-class-first = Prima di aggiungere un alunno aggiungi la sua classe.
pupils-pupil-cf-label = Codice fiscale dell'alunno
pupils-surname-label = Cognome
pupils-given-name-label = Nome
pupils-first-payer-title = Primo genitore o tutore
pupils-first-payer-hint = Chi paga per l'alunno. Con l'email che la famiglia ha dato alla scuola, il genitore che si registra con quella email vede subito l'alunno; senza, gli serve il codice di attivazione.
pupils-payer-cf-label = Codice fiscale del genitore
pupils-payer-surname-label = Cognome del genitore
pupils-payer-given-name-label = Nome del genitore
pupils-payer-email-label = Email del genitore (facoltativa)
pupils-add-pupil-button = Aggiungi l'alunno


## One pupil

pupils-data-title = Dati dell'alunno
pupils-save-button = Salva i dati
pupils-nobody-sees = Nessun genitore vede ancora questo alunno né i suoi avvisi: registra l'email di un genitore o consegnagli un codice di attivazione.
pupils-payers-title = Genitori e tutori
pupils-payers-intro = Un genitore vede l'alunno e i suoi avvisi quando si registra con l'email che la scuola ha indicato qui, oppure dopo aver inserito il codice di attivazione che la scuola gli consegna.
pupils-activation-link = Codici di attivazione
pupils-payers-none = Nessun genitore registrato per questo alunno.
pupils-payer-state-label = Vede l'alunno
pupils-payer-by-email = Sì, con l'email registrata
pupils-payer-by-code = Sì, con il codice di attivazione
pupils-payer-not-yet = Non ancora
pupils-save-email-button = Salva l'email
pupils-remove-payer-button = Togli questo genitore
pupils-add-payer-title = Aggiungi un genitore o tutore
pupils-add-payer-button = Aggiungi il genitore
pupils-class-added = Classe aggiunta.
pupils-pupil-added = Alunno aggiunto.
pupils-pupil-saved = Dati dell'alunno salvati.
pupils-payer-added = Genitore aggiunto.
pupils-payer-saved = Email del genitore salvata.
pupils-payer-removed = Genitore tolto.


## Importing a CSV file

pupils-import-title = Importa alunni e genitori
pupils-upload-title = Carica il file
pupils-upload-intro = Un file CSV con una riga per alunno e, sulla stessa riga, i suoi genitori. La prima riga dà i nomi delle colonne, in qualsiasi ordine:
pupils-format-columns = l'alunno:
pupils-format-payers = ogni genitore, numerati da 1 (poi _2, _3; l'email è facoltativa):
pupils-format-optional = facoltativa, controllata con il codice fiscale:
pupils-format-file = il file è in UTF-8 (in Excel: «CSV UTF-8»), con le colonne separate da punto e virgola o da virgola.
pupils-format-rules = Le classi devono già esistere. Un alunno che la scuola ha già, con lo stesso nome, viene aggiornato (classe e genitori). Se una riga ha un problema non viene importato nulla: correggi il file e caricalo di nuovo.
pupils-sample-download = Scarica un file di esempio
pupils-file-label = File CSV degli alunni
pupils-file-hint = Al massimo 4 MB (circa 20.000 righe).
pupils-upload-button = Controlla e importa
pupils-imported = Alunni importati: { $count }
pupils-imported-detail = Dal file { $file }: { $added } alunni nuovi, { $updated } aggiornati, { $payers } genitori registrati.
pupils-see-list = Vedi l'elenco degli alunni
pupils-nothing-imported = Nessun alunno importato
pupils-report-summary = Il file { $file } ha { $problems } problemi su { $lines } righe. Non è stato importato nulla: correggi le righe indicate e carica di nuovo il file.
pupils-report-download = Scarica l'elenco dei problemi (CSV)
pupils-report-more = L'elenco qui sopra mostra i primi 1.000 problemi: il file scaricabile li contiene tutti.
pupils-report-line = Riga
pupils-report-column = Colonna
pupils-report-reason = Problema
pupils-column-file = intero file
pupils-column-position = colonna { $position }


## Problems of a cell, a row or the file

pupils-reason-required = Manca: il campo è obbligatorio.
pupils-reason-cf-length = Il codice fiscale deve avere 16 caratteri.
pupils-reason-cf-pattern = Il codice fiscale non ha la forma giusta (6 lettere, 2 cifre, 1 lettera, 2 cifre, 1 lettera, 3 cifre, 1 lettera).
pupils-reason-cf-check = Il codice fiscale non è valido: il carattere di controllo finale non torna.
pupils-reason-cf-surname = Il cognome non corrisponde al codice fiscale.
pupils-reason-cf-name = Il nome non corrisponde al codice fiscale.
pupils-reason-cf-birth-date = La data di nascita non corrisponde al codice fiscale.
pupils-reason-date-format = Data non valida: scrivila come gg/mm/aaaa.
pupils-reason-name-latin = Usa solo lettere (anche accentate), spazi, apostrofi e trattini.
pupils-reason-name-long = Troppo lungo: al massimo 60 caratteri.
pupils-reason-class-long = Nome della classe troppo lungo: al massimo 30 caratteri.
pupils-reason-class-characters = Il nome della classe contiene caratteri non ammessi.
pupils-reason-email = Indirizzo email non valido.
pupils-reason-unknown-class = La scuola non ha questa classe: aggiungila prima nella pagina Alunni.
pupils-reason-duplicate-in-file = Alunno ripetuto: è già alla riga { $line } del file.
pupils-reason-other-names = La scuola ha già questo codice fiscale con un altro cognome o nome: controlla quale è giusto.
pupils-reason-no-payer = Nessun genitore: serve almeno il primo (codice fiscale, cognome e nome).
pupils-reason-payer-twice = Lo stesso genitore compare due volte per l'alunno.
pupils-reason-missing-column = Colonna mancante nella prima riga.
pupils-reason-duplicate-column = Colonna ripetuta nella prima riga.
pupils-reason-unknown-column = Colonna sconosciuta nella prima riga: controlla come è scritto il suo nome.
pupils-reason-extra-cell = Un valore oltre le colonne della prima riga.
pupils-reason-not-utf8 = Il file non è in UTF-8: in Excel salvalo come «CSV UTF-8».
pupils-reason-no-rows = Il file non contiene alunni.
pupils-reason-too-many-rows = Troppi alunni in un file: al massimo { $max }. Dividilo in più file.
pupils-reason-unreadable = Riga illeggibile: forse delle virgolette non chiuse.
pupils-reason-no-file = Nessun file scelto.
pupils-reason-class-exists = La scuola ha già questa classe.
pupils-reason-pupil-exists = La scuola ha già un alunno con questo codice fiscale.
pupils-reason-payer-exists = Questo genitore è già registrato per l'alunno.
pupils-reason-too-large = Il file è troppo grande: al massimo 4 MB. Dividilo in più file.

# PagoScuola · Italiano (it) · voluntary payments (versamenti volontari)
# native-speaker-review: yes (the reference text, written in Italian)


## Finding the school

voluntary-title = Versamenti volontari
voluntary-intro = Puoi fare un versamento volontario a una scuola (contributo, assicurazione, gita) anche senza un'utenza: cerca la scuola per codice meccanografico, oppure per regione, provincia e comune.
voluntary-start = Fai un versamento volontario
voluntary-family-title = Versamenti volontari
voluntary-family-text = Un contributo, un'assicurazione o una gita che la scuola non ti ha ancora mandato come avviso: cerca la scuola e paga, anche per un nipote.
voluntary-school-link = Versamenti volontari a questa scuola


## A school's items

voluntary-school-title = Versamenti volontari: { $school }
voluntary-items-title = Cosa puoi pagare
voluntary-items-none = Questa scuola non ha versamenti volontari aperti in questo momento.
voluntary-choose = Scegli
voluntary-choose-about = Scegli: { $reason }
voluntary-amount-label = Importo
voluntary-amount-range = Importo libero da { $min } a { $max }, suggerito { $suggested }
voluntary-period-open = Pagabile fino al { $date }
voluntary-period-not-yet = Pagabile dal { $date }
voluntary-period-closed = Chiuso il { $date }
voluntary-period-label = Periodo
voluntary-deductible-label = Detraibile
voluntary-deductible-yes = Sì, nella dichiarazione dei redditi
voluntary-deductible-no = No
voluntary-category-label = Tipo
voluntary-category-trip = Gita o uscita didattica
voluntary-category-insurance = Assicurazione
voluntary-category-contribution = Contributo volontario
voluntary-category-material = Materiale didattico
voluntary-category-tax = Tassa scolastica
voluntary-category-other = Altro
voluntary-back-to-search = Cerca un'altra scuola
voluntary-choose-another = Scegli un altro versamento


## The form

voluntary-form-title = Dati dell'alunno
voluntary-form-intro = Scrivi il codice fiscale, il cognome e il nome dell'alunno: devono corrispondere.
voluntary-pupil-cf-label = Codice fiscale dell'alunno
voluntary-pupil-cf-hint = 16 caratteri, come sulla tessera sanitaria dell'alunno.
voluntary-pupil-surname-label = Cognome dell'alunno
voluntary-pupil-given-name-label = Nome dell'alunno
voluntary-amount-input-label = Importo da versare (euro)
voluntary-amount-hint = Da { $min } a { $max }. Per esempio 25 oppure 25,50.
voluntary-email-label = La tua email
voluntary-email-hint = Per la ricevuta del pagamento. Non serve un'utenza.
voluntary-signed-in-note = Sei entrato con la tua utenza: l'avviso e la ricevuta saranno tuoi.
voluntary-how-title = Come vuoi pagare?
voluntary-pay-now = Procedi con il pagamento immediato
voluntary-pay-now-hint = Online adesso, con carta, conto o app di pagamento.
voluntary-download = Scarica documento di pagamento
voluntary-download-hint = Per pagare più tardi con l'app IO, il tuo home banking, in banca, alle Poste o dal tabaccaio, con il codice QR.
voluntary-not-open = Oggi questo versamento non si può pagare.
voluntary-amount-required = Scrivi l'importo che vuoi versare.
voluntary-amount-format = Scrivi l'importo in euro, per esempio 25 oppure 25,50.
voluntary-amount-min = L'importo minimo è { $min }.
voluntary-amount-max = L'importo massimo è { $max }.
voluntary-too-many = Hai creato molti avvisi in poco tempo: riprova tra 15 minuti.


## The notice created

voluntary-issued-title = Il tuo documento di pagamento è pronto
voluntary-issued-text = Abbiamo creato l'avviso di pagamento. Scaricalo e pagalo entro la scadenza con l'app IO, il tuo home banking, in banca, alle Poste o dal tabaccaio.
voluntary-issued-download = Scarica l'avviso di pagamento (PDF)
voluntary-issued-keep = Scarica subito il documento: il collegamento vale 60 giorni e questa pagina non lo mostra di nuovo.
voluntary-issued-family = Se sei un genitore registrato di questo alunno, trovi l'avviso anche tra i tuoi avvisi.
voluntary-reason-label = Causale
voluntary-notice-number-label = Codice avviso
voluntary-due-label = Da pagare entro
voluntary-pay-now-failed = Il pagamento immediato non è partito, ma l'avviso è stato creato: puoi pagarlo con il documento qui sotto.

## The office's page of voluntary items

office-vol-title = Versamenti volontari
office-vol-intro = Le voci che chiunque può pagare alla scuola senza aspettare un avviso (contributo volontario, assicurazione, gita). Le famiglie le trovano in «Versamenti volontari» con il codice della scuola; ogni versamento crea un avviso a nome dell'alunno.
office-vol-none = Nessuna voce. Aggiungine una con il modulo qui sotto.
office-vol-col-reason = Causale
office-vol-col-amount = Importo
office-vol-col-period = Pagabile
office-vol-col-issued = Avvisi creati (pagati)
office-vol-col-actions = Azioni
office-vol-period = dal { $from } al { $until }
office-vol-open = aperta
office-vol-later = apre più avanti
office-vol-closed = chiusa
office-vol-range = da { $min } a { $max }
office-vol-issued = { $issued } ({ $paid })
office-vol-edit = Modifica
office-vol-edit-label = Modifica: { $reason }
office-vol-close = Chiudi oggi
office-vol-close-label = Chiudi oggi: { $reason }
office-vol-new = Nuova voce
office-vol-editing = Modifica la voce
office-vol-amount-label = Importo (€)
office-vol-amount-hint = Per esempio 30,00. Se la famiglia può cambiarlo, è l'importo proposto.
office-vol-from-label = Pagabile dal
office-vol-until-label = Pagabile fino al
office-vol-date-hint = Nel formato gg/mm/aaaa, per esempio 31/08/2027.
office-vol-save = Salva la voce
office-vol-cancel = Annulla la modifica
office-vol-reason-taken = Un'altra voce della scuola ha già questa causale: le famiglie scelgono la voce dalla causale.
office-vol-saved = Voce salvata: le famiglie la vedono nelle date indicate.
office-vol-closed-now = Voce chiusa: da oggi nessuno può pagarla. Gli avvisi già creati restano pagabili.
office-vol-unchanged = Nulla è cambiato.
office-vol-nav = Versamenti volontari

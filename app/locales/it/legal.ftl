# PagoScuola · Italiano (it) · the service conditions and the registration terms
# native-speaker-review: yes (the reference text, written in Italian)

condition-01-title = Oggetto
condition-01-text = PagoScuola permette alle famiglie di vedere e pagare gli avvisi di pagamento emessi dalle scuole per i propri figli, tramite il sistema pagoPA.
condition-02-title = Chi può usarlo
condition-02-text = Il servizio è riservato a genitori, tutori e persone delegate dalla scuola, registrati con il proprio codice fiscale.
condition-03-title = Credenziali
condition-03-text = Username e password sono personali. Custodiscili e non comunicarli a nessuno: le operazioni fatte con le tue credenziali sono attribuite a te.
condition-04-title = Dati veritieri
condition-04-text = Ti impegni a fornire dati veri e aggiornati, in particolare l'indirizzo email al quale ricevi avvisi e ricevute.
condition-05-title = Avvisi di pagamento
condition-05-text = Gli avvisi sono emessi dalle scuole, che ne sono responsabili per importi, causali e scadenze. Per domande sul contenuto di un avviso rivolgiti alla segreteria della scuola.
condition-06-title = Pagamenti
condition-06-text = I pagamenti sono eseguiti dal prestatore di servizi di pagamento (PSP) che scegli, secondo le sue condizioni. PagoScuola non conserva dati di carte o conti.
condition-07-title = Commissioni
condition-07-text = Il PSP può applicare una commissione, sempre mostrata prima del pagamento. PagoScuola non applica costi aggiuntivi.
condition-08-title = Esito e ricevute
condition-08-text = Un avviso risulta pagato solo quando il PSP ne conferma l'esito. La ricevuta e l'attestazione per le detrazioni fiscali restano disponibili nella tua area.
condition-09-title = Versamenti volontari
condition-09-text = I contributi volontari sono facoltativi; l'importo può essere modificato solo quando la scuola lo consente.
condition-10-title = Disponibilità
condition-10-text = Il servizio può essere sospeso per manutenzione o per cause esterne (pagoPA, PSP). Le interruzioni programmate sono annunciate.
condition-11-title = Uso corretto
condition-11-text = È vietato usare il servizio per scopi diversi da quelli previsti o tentare di accedere a dati di altre persone.
condition-12-title = Comunicazioni
condition-12-text = Le comunicazioni del servizio arrivano all'email indicata alla registrazione e nella tua area.
condition-13-title = Modifiche
condition-13-text = Queste condizioni possono cambiare: la nuova versione ti sarà proposta e dovrai accettarla prima di pagare ancora.
condition-14-title = Legge applicabile
condition-14-text = Si applica la legge italiana. Per segnalazioni scrivi ad assistenza@pagoscuola.it.
registration-term-01-title = Registrazione
registration-term-01-text = Ti registri con il tuo codice fiscale e i tuoi dati anagrafici, che devono corrispondere. Una persona ha una sola utenza.
registration-term-02-title = Email
registration-term-02-text = L'indirizzo email va confermato entro 24 ore con il collegamento che ti inviamo; poi ricevi username e password provvisoria.
registration-term-03-title = Condizioni del servizio
registration-term-03-text = Al primo accesso ti chiederemo di accettare le condizioni del servizio, necessarie per pagare.

## frame (issue 12)
conditions-key-title = In breve
conditions-key-01 = Per importi e scadenze degli avvisi chiedi alla scuola.
conditions-key-02 = PagoScuola non aggiunge costi; la commissione del PSP la vedi prima.
conditions-key-03 = Un avviso è pagato quando il PSP lo conferma.
conditions-key-04 = Username e password sono solo tuoi.
conditions-full = Leggi tutte le 14 condizioni

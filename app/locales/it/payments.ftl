# PagoScuola · Italiano (it) · notices, cart, payments and receipts
# native-speaker-review: yes (the reference text, written in Italian)


## Family home
summary-title = Riepilogo
nothing-to-pay = Non hai avvisi da pagare.
notices-title = Avvisi di pagamento
no-notices-at-all = Non ci sono ancora avvisi per i tuoi figli. Quando una scuola ne emette uno, lo trovi qui e ricevi un'email. Se ti aspettavi un avviso, chiedi alla segreteria di associare il tuo codice fiscale a tuo figlio.
no-notices-for-filter = Nessun avviso corrisponde ai filtri scelti.
filter-state-label = Mostra
filter-all = Tutti gli avvisi
filter-to-pay = Da pagare
filter-paid = Pagati
filter-closed = Scaduti o annullati
filter-child-label = Figlio o figlia
filter-all-children = Tutti i figli
filter-school-label = Scuola
filter-all-schools = Tutte le scuole
filter-apply = Filtra
filter-reset = Togli i filtri
notice-details = Dettagli
back-to-notices = Torna ai tuoi avvisi

## States
state-to-pay = Da pagare
state-overdue = In ritardo, ancora pagabile
state-in-progress = Pagamento in corso
state-paid = Pagato
state-expired = Scaduto, non più pagabile
state-revoked = Annullato, non devi pagare

## Family page: what to pay (fam, issue 12)
due-title = Da pagare
column-notice = Avviso
column-state = Stato
pick-label = Seleziona
pay-selected = Paga gli avvisi selezionati
select-to-pay = Seleziona gli avvisi da pagare
selection-failed = Non è stato possibile aggiornare la selezione: controlla la connessione e riprova.
urgent-button = Paga quelli in scadenza
urgent-hint = Seleziona gli avvisi che scadono prima, al massimo 5: è il limite di pagoPA per un solo pagamento.
urgent-selected = Abbiamo selezionato gli avvisi che scadono prima, al massimo 5 (il limite di pagoPA per un pagamento). Controlla la scelta e premi Paga.
too-many-selected = Puoi pagare al massimo 5 avvisi insieme: è il limite di pagoPA. Togli la spunta da qualcuno e premi di nuovo Paga; gli altri li paghi dopo.
select-some-first = Seleziona almeno un avviso da pagare.
closed-title = Pagati e annullati
filters-title = Filtra gli avvisi
filters-hint = L'elenco si aggiorna appena cambi una scelta.
revoked-line = Annullato: non devi pagarlo
paid-recorded-line = Pagamento registrato dalla scuola
pay-count = { $count ->
    [one] Paga 1 avviso · { $total }
   *[other] Paga { $count } avvisi · { $total }
}
selected-count = { $count ->
    [0] Nessun avviso selezionato.
    [one] Selezionato 1 avviso, { $total }.
   *[other] Selezionati { $count } avvisi, { $total }.
}
child-subtotal = { $count ->
    [one] 1 avviso, { $total }
   *[other] { $count } avvisi, { $total }
}
closed-count = Pagati e annullati ({ $count })
overdue-since = Era da pagare entro il { $due }: puoi pagarlo fino al { $until }
paid-on-date = Pagato il { $date }

## Notice page
amount-label = Importo
due-date-label = Scadenza
pupil-label = Alunno
school-label = Scuola
notice-number-label = Codice avviso
creditor-label = Codice fiscale dell'ente creditore
school-year-label = Anno scolastico
tax-deductible-label = Detraibile nella dichiarazione dei redditi
yes = Sì
no = No
notice-not-found = Avviso non trovato.

## Cart
cart-title = Carrello
add-to-cart = Aggiungi al carrello
in-cart-go-to-cart = Nel carrello: vai al carrello
added-to-cart = Aggiunto al carrello:
already-in-cart = È già nel carrello:
remove-from-cart = Togli
removed-from-cart = Tolto dal carrello:
cart-empty = Il carrello è vuoto. Scegli gli avvisi da pagare dalla tua pagina.
choose-notices = Scegli gli avvisi
cart-total = Totale avvisi
fee-comes-next = La commissione dipende dal PSP che sceglierai nel passo successivo: ce n'è una sola per tutto il carrello.
cart-has-live-payment = C'è un tuo pagamento in corso per questi avvisi: aprilo per continuarlo o vederne l'esito. Se non l'hai ancora inviato al PSP puoi anche annullarlo.
continue-payment-link = Apri il pagamento in corso
continue-payment = Hai già iniziato questo pagamento: continua da qui.
proceed-to-payment = Procedi al pagamento

## Refusals
refused-paid = Questo avviso è stato già pagato.
refused-in-progress = C'è già un pagamento in corso per questo avviso. Attendi l'esito prima di riprovare.
refused-expired = Questo avviso è scaduto: chiedi alla scuola un nuovo avviso.
refused-revoked = Questo avviso è stato annullato dalla scuola: non va pagato.
refused-cart-full = Il carrello ha già 5 avvisi, il massimo che si può pagare insieme. Paga questi, oppure togline uno.

## Checkout
payment-title = Pagamento
what-you-pay = Cosa stai pagando
choose-method = Come vuoi pagare?
method-card = Carta di credito, debito o prepagata
method-bank-account = Conto corrente (home banking)
method-app = App di pagamento
choose-psp = Scegli il prestatore del servizio di pagamento (PSP)
psp-explained = Ogni PSP applica la propria commissione, una sola per tutto il pagamento. La più bassa è indicata come consigliata.
only-one-psp = Per questo metodo c'è un solo PSP: l'abbiamo scelto per te.
sort-by = Ordina per:
sort-by-fee = commissione
sort-by-name = nome
fee-label = Commissione
cheapest = Consigliato: il più economico
pay-summary-title = Riepilogo
total-label = Totale da pagare
total-charged = Totale addebitato
total-of-payment = Totale del pagamento
cancel-payment = Annulla il pagamento
payment-cancelled = Pagamento annullato: gli avvisi sono di nuovo pagabili.
payment-not-cancellable = Questo pagamento è già stato inviato al PSP e non si può più annullare da qui.
psp-label = PSP

## pagoPA's checkout
pago-pa-title = Paga con pagoPA
pago-pa-explained = Sulla pagina di pagoPA scegli come pagare (carta, conto corrente o app) e il prestatore del servizio di pagamento (PSP). pagoPA ti mostra la commissione prima che tu paghi; è una sola per tutti gli avvisi.
pago-pa-continue = Continua su pagoPA
pago-pa-came-back-unpaid = Sei tornato da pagoPA senza completare il pagamento. Se non hai pagato, non ti è stato addebitato nulla e gli avvisi tornano pagabili entro un'ora.
pago-pa-unavailable = pagoPA non risponde in questo momento. Non ti è stato addebitato nulla: riprova tra qualche minuto.
pago-pa-refused = pagoPA non ha accettato questi avvisi e non ti è stato addebitato nulla. Annulla il pagamento e riprova dal carrello; se succede ancora, scrivi alla segreteria della scuola.

## Outcome
see-receipts = Vai alle ricevute
receipts-title = Ricevute
receipts-intro = I pagamenti eseguiti, per anno scolastico e per figlio. Ogni avviso pagato ha la sua ricevuta.
no-receipts = Non hai ancora pagamenti eseguiti con PagoScuola.
paid-on = Pagato il
receipt-id-label = Identificativo ricevuta
fee-shared-note = Commissione del PSP (una per l'intero pagamento)
school-year-heading = Anno scolastico
filter-all-years = Tutti gli anni
no-receipts-for-filter = Nessuna ricevuta per l'anno e il figlio scelti.
child-year-total = Pagato nell'anno
deductible-total = di cui spese scolastiche detraibili
year-total = Totale dell'anno
receipts-link = Le tue ricevute
download-receipt = Ricevuta (PDF)
download-attestation = Attestazione per la dichiarazione dei redditi (PDF)
outcome-refused-title = Pagamento non riuscito
outcome-refused-text = Il PSP ha rifiutato il pagamento e non ti è stato addebitato nulla. Gli avvisi sono di nuovo pagabili: puoi riprovare, anche con un altro PSP.
outcome-abandoned-title = Pagamento annullato
outcome-abandoned-text = Il pagamento è stato annullato e non ti è stato addebitato nulla. Gli avvisi sono di nuovo pagabili.
outcome-pending-title = Pagamento in corso
outcome-pending-text = Stiamo aspettando l'esito dal PSP: di solito arriva in pochi secondi. Non ripetere il pagamento: questa pagina si aggiorna da sola, oppure usa Aggiorna.
refresh = Aggiorna
back-to-cart = Torna al carrello

## The sandbox PSP's page
sandbox-title = PSP di prova
sandbox-banner = AMBIENTE DI PROVA: nessun addebito reale
sandbox-explained = Questa pagina simula il sito di un prestatore di servizi di pagamento. Nessuna carta o conto viene usato: scegli l'esito che vuoi provare.
sandbox-merchant = Beneficiario
sandbox-refuse = Simula un pagamento rifiutato
sandbox-abandon = Annulla e torna a PagoScuola
sandbox-decided = Questa operazione è già conclusa.
sandbox-back = Torna a PagoScuola
description-label = Causale

## Texts with values
notices-to-pay = { $count ->
    [one] 1 avviso da pagare, per { $total }.
   *[other] { $count } avvisi da pagare, per { $total }.
}
cart-count = { $count ->
    [one] Nel carrello: 1 avviso su { $limit } possibili.
   *[other] Nel carrello: { $count } avvisi su { $limit } possibili.
}

due-on-date = Da pagare entro il { $date }
expired-on-date = Scaduto il { $date }
# A note over the cart: what happened, to which notice.
note-about = { $note } { $notice }
left-the-cart-because = Uscito dal carrello: { $notice }. { $reason }
school-year-heading-named = Anno scolastico { $year }
fee-amount = Commissione { $amount }
fee-of-psp = Commissione ({ $psp })
pay-amount = Paga { $amount }
sandbox-psp-title = { $psp } · PSP di prova
pupil-and-class = { $name }, { $class }
# Added after a button's or link's words for screen readers: the notice it acts on.
about-notice = : { $about }

# Payments through the sandbox PSP (a test: no money moved)
test-payment-notice = Pagamento di prova: è passato dal PSP simulato di PagoScuola, nessun denaro è stato trasferito e le ricevute non hanno valore.
test-payment-badge = Prova, senza valore

## Late receipts, notices paid elsewhere, refunds (money-receipts)
refund-paid-twice = Pagato due volte: la scuola deve rimborsarti { $amount }
refund-not-payable = Pagato quando l'avviso non era più pagabile: la scuola deve rimborsarti { $amount }
refunds-heading = Rimborsi che ti spettano
paid-outside-badge = Pagato fuori da PagoScuola
paid-outside-intro = Questo avviso è stato pagato fuori da PagoScuola (in banca, in tabaccheria o con un altro canale pagoPA). Ecco la sua ricevuta.

# Notice expiry and the sandbox's decision window (money-time)
sandbox-expired = Il tempo per decidere è scaduto: questo pagamento non è più valido e non si può pagare. Torna a PagoScuola e, se vuoi, ricomincia dal carrello.

## Checkout on one screen, outcome first, receipts by payment (checkout)
method-lowest-fee = commissione da { $amount }
leaving-for-psp = Verrai portato sul sito di { $psp }.
pago-pa-fee-there = La vedi su pagoPA, prima di pagare
you-paid = Hai pagato { $amount }
receipt-mail-sent = Ti abbiamo inviato il riepilogo a { $email }. Le ricevute sono nella pagina Ricevute.
payment-details = Dettagli del pagamento
try-again-from-cart = Riprova dal carrello
beneficiary-school = { $school } (codice fiscale { $code })
payment-of-date = Pagamento del { $date }, ore { $time }
download-attestation-short = Attestazione 730 (PDF)
technical-details = Dettagli tecnici
iuv-label = Codice IUV

## Paying a notice by its number, with or without an account (pay-by-number)
pay-notice-title = Paga un avviso
pay-notice-home-text = Hai ricevuto un avviso di pagamento, anche per un nipote? Pagalo con il suo codice, senza bisogno di un account.
pay-notice-intro = Scrivi il codice avviso e il codice fiscale dell'ente che trovi sull'avviso di pagamento, oppure incolla il testo del suo codice QR. Non serve un account.
pay-notice-number-label = Codice avviso
pay-notice-number-hint = 18 cifre, per esempio 3012 3960 0003 5478 15
pay-notice-creditor-label = Codice fiscale dell'ente
pay-notice-creditor-hint = 11 cifre, scritte sull'avviso accanto al codice avviso
pay-notice-search = Cerca l'avviso
pay-notice-qr-heading = Hai il codice QR dell'avviso?
pay-notice-qr-label = Testo del codice QR
pay-notice-qr-hint = Inizia con PAGOPA|002|
pay-notice-scan = Inquadra il codice QR
pay-notice-scan-stop = Chiudi la fotocamera
pay-notice-scan-failed = Non riesco a usare la fotocamera: scrivi il codice avviso.
pay-notice-number-invalid = Il codice avviso ha 18 cifre e inizia con 3, per esempio 3012 3960 0003 5478 15.
pay-notice-number-missing = Scrivi il codice avviso.
pay-notice-creditor-invalid = Il codice fiscale dell'ente ha 11 cifre, per esempio 80012345676.
pay-notice-creditor-missing = Scrivi il codice fiscale dell'ente.
pay-notice-qr-invalid = Questo non è il testo di un codice QR pagoPA: deve iniziare con PAGOPA|002|.
pay-notice-unknown = Non troviamo un avviso con questo codice per questo ente. Controlla le cifre sull'avviso.
pay-notice-limited = Hai fatto molte ricerche in poco tempo. Puoi riprovare dalle { $time }.
pay-notice-check-digits = Le ultime due cifre del codice avviso non corrispondono alle altre: controlla di averlo scritto bene. Se è quello dell'avviso, puoi pagare lo stesso.
pay-notice-found-heading = Avviso trovato
pay-notice-school = Ente
pay-notice-reason = Causale
pay-notice-amount = Importo
pay-notice-due = Scadenza
pay-notice-state = Stato
pay-notice-email-label = La tua email
pay-notice-email-hint = Ti mandiamo qui la ricevuta. Non serve un account.
pay-notice-pay = Paga questo avviso
pay-notice-with-account = Paghi con il tuo account: la ricevuta sarà tra le tue Ricevute.
pay-notice-email-needed = Scrivi un indirizzo email completo per ricevere la ricevuta.
pay-notice-another = Paga un altro avviso
guest-receipt-mail-sent = Ti abbiamo inviato la conferma a { $email }. Qui sotto puoi scaricare le ricevute.
## The printable payment notice (notice-documents)
download-notice-document = Scarica l'avviso di pagamento (PDF)
notice-document-hint = Con l'avviso stampato o sul telefono puoi pagare anche in banca, in ufficio postale, dal tabaccaio o con l'app IO: il codice QR e il codice avviso bastano.

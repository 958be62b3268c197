# PagoScuola · Italiano (it) · the office's money reports: reconciliation, refunds, 730 data
# native-speaker-review: yes

reconciliation-title = Incassi e rimborsi
tax-title = Dati per il 730

## Reconciliation of a period

reconciliation-intro = Gli incassi arrivati alla scuola, giorno per giorno e per prestatore di servizi di pagamento (PSP). Le commissioni le pagano le famiglie al PSP oltre all'importo: non riducono l'incasso della scuola.
period-legend = Periodo
period-from = Dal
period-to = Al
period-show = Mostra
period-from-invalid = Scrivi una data valida, per esempio 01/11/2026.
period-to-invalid = Scrivi una data valida, per esempio 30/11/2026.
period-to-before-from = La data finale viene prima di quella iniziale.
period-too-long = Al massimo un anno alla volta.
period-shown = Dal { $from } al { $to }
figure-receipts = ricevute
figure-amount = incassati
figure-fees = di commissioni pagate dalle famiglie
col-day = Giorno
col-psp = PSP
col-receipts = Ricevute
col-amount = Incassato
col-fees = Commissioni
no-receipts = Nessun incasso in questo periodo.
reconciliation-csv = Scarica tutte le ricevute del periodo (CSV)

## Refunds the school owes

refunds-title = Rimborsi da fare
refunds-intro = Soldi arrivati per un avviso già pagato o non più pagabile: la scuola li restituisce alla famiglia, poi li segna qui come rimborsati. Fino ad allora la famiglia vede il rimborso che le spetta.
refunds-none = Nessun rimborso.
refund-col-notice = Avviso
refund-col-pupil = Alunno
refund-col-amount = Importo
refund-col-reason = Motivo
refund-col-state = Stato
refund-reason-paid-twice = Pagato due volte
refund-reason-not-payable = Avviso non più pagabile
refund-to-make = Da rimborsare (registrato il { $day })
refund-made = Rimborsato il { $day }
refund-mark = Segna come rimborsato
refund-mark-about = Segna come rimborsato l'avviso { $number } di { $pupil }
refund-settled = Il rimborso dell'avviso { $number } è segnato come fatto.
refunds-who = Solo il dirigente scolastico e il DSGA possono segnare un rimborso come fatto.

## Tax data for the pre-filled return (730)

tax-intro = Per la dichiarazione precompilata la scuola comunica all'Agenzia delle Entrate, entro il 16 marzo, le spese detraibili dell'anno prima: per ogni alunno e per chi ha pagato, la somma dei pagamenti detraibili.
tax-year = Anno
tax-show = Mostra
tax-year-refused = Quell'anno non è disponibile: ecco il { $year }.
tax-col-pupil = Alunno
tax-col-payer = Chi ha pagato
tax-col-amount = Importo detraibile
tax-col-payments = Pagamenti
tax-total = Totale detraibile del { $year }: { $amount }
tax-payer-unknown = Non noto
tax-without-payer = Righe senza il codice fiscale di chi ha pagato (pagamenti senza account o fuori da PagoScuola): { $count }. L'Agenzia lo chiede solo quando la scuola lo conosce.
tax-none = Nessun pagamento detraibile in quest'anno.
tax-csv = Scarica i dati del { $year } (CSV)
tax-csv-explained = Ogni riga del file ha l'anno, il codice fiscale dell'alunno e di chi ha pagato, l'importo. Si usa con il software dell'Agenzia delle Entrate che prepara la comunicazione.

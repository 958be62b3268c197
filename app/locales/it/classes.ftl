# PagoScuola · Italiano (it) · class representatives: the office's delegation, the representative's page
# native-speaker-review: yes

## The office's event page

rep-title = Rappresentanti di classe
rep-intro = Un genitore della classe, delegato dalla segreteria, può pagare per tutta la classe gli avvisi di questo evento. Paga gli avvisi dei singoli alunni, al massimo 5 per pagamento (il limite di pagoPA): ogni famiglia vede pagato l'avviso del proprio figlio, il resoconto resta per alunno e nessun avviso si paga due volte.
rep-no-classes = L'evento non ha ancora avvisi: dopo la pubblicazione potrai delegare un rappresentante per classe.
rep-none = Nessun rappresentante delegato.
rep-col-class = Classe
rep-col-parent = Rappresentante
rep-col-action = Azione
rep-end = Revoca la delega
rep-end-label = Revoca la delega di { $name } per la classe { $class }
rep-form-title = Delega un rappresentante
rep-class-label = Classe
rep-cf-label = Codice fiscale del genitore
rep-cf-hint = Un genitore registrato di un alunno della classe, che già vede i figli su PagoScuola. Se la classe ha già un rappresentante, lo sostituisce.
rep-delegate = Delega
rep-problem-class = Scegli una classe che ha avvisi di questo evento.
rep-problem-cf = Scrivi un codice fiscale valido di 16 caratteri.
rep-problem-parent = Nessun genitore registrato di questa classe ha questo codice fiscale. Prima collega il genitore all'alunno (email registrata o codice di attivazione).
rep-outcome-done = Rappresentante delegato: ora trova gli avvisi della classe nella pagina «Paga per la classe».
rep-outcome-ended = Delega revocata. I pagamenti già fatti restano validi.

## The representative's page

class-pay-title = Paga per la classe
class-pay-intro = La segreteria ti ha delegato come rappresentante di classe. Spunta gli alunni per cui paghi: pagoPA accetta al massimo 5 avvisi per pagamento, quindi ogni pagamento copre fino a 5 alunni e ha la sua commissione. Ogni famiglia vedrà pagato l'avviso del proprio figlio.
class-pay-deductible = Spesa detraibile: nel 730 la detrazione spetta a chi paga. Le famiglie che vogliono detrarla pagano da sé.
class-pay-none = Non sei rappresentante di nessuna classe. La delega la dà la segreteria della scuola.
class-pay-heading = { $reason } · classe { $class }
class-pay-summary = Pagati { $paid } su { $total } · da pagare { $due }
class-pay-left = { $count ->
    [0] Nessun avviso da pagare.
    [one] Resta 1 avviso da pagare.
   *[other] Restano { $count } avvisi da pagare.
}
class-pay-payments = { $payments ->
    [one] Basta 1 pagamento.
   *[other] Servono { $payments } pagamenti, al massimo 5 avvisi ciascuno.
}
class-pay-choose = Alunni da pagare (i primi 5 sono già spuntati)
class-pay-button = Paga i selezionati
class-pay-paid = Pagato
class-pay-busy = Pagamento in corso
class-pay-closed = Non più pagabile
class-pay-due = scadenza { $date }
class-pay-link = Sei rappresentante di classe: paga per la classe
class-pay-back = Torna ai tuoi avvisi

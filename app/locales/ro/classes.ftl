# PagoScuola · Română (ro) · class representatives: the office's delegation, the representative's page
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)

## The office's event page

rep-title = Reprezentanți ai clasei
rep-intro = Un părinte al clasei, delegat de secretariat, poate plăti pentru toată clasa avizele acestui eveniment. Plătește avizul fiecărui elev, cel mult 5 pe plată (limita pagoPA): fiecare familie vede plătit avizul copilului său, raportul rămâne pe elev și niciun aviz nu se plătește de două ori.
rep-no-classes = Evenimentul nu are încă avize: după publicare veți putea delega câte un reprezentant pe clasă.
rep-none = Niciun reprezentant delegat.
rep-col-class = Clasa
rep-col-parent = Reprezentant
rep-col-action = Acțiune
rep-end = Revocă delegarea
rep-end-label = Revocă delegarea lui { $name } pentru clasa { $class }
rep-form-title = Delegați un reprezentant
rep-class-label = Clasa
rep-cf-label = Codul fiscal al părintelui
rep-cf-hint = Un părinte înregistrat al unui elev din clasă, care își vede deja copiii în PagoScuola. Dacă clasa are deja un reprezentant, îl înlocuiește.
rep-delegate = Deleagă
rep-problem-class = Alegeți o clasă care are avize pentru acest eveniment.
rep-problem-cf = Scrieți un cod fiscal valid de 16 caractere.
rep-problem-parent = Niciun părinte înregistrat al acestei clase nu are acest cod fiscal. Legați mai întâi părintele de elev (e-mail înregistrat sau cod de activare).
rep-outcome-done = Reprezentant delegat: acum găsește avizele clasei în pagina „Plătește pentru clasă”.
rep-outcome-ended = Delegare revocată. Plățile deja făcute rămân valabile.

## The representative's page

class-pay-title = Plătește pentru clasă
class-pay-intro = Secretariatul v-a delegat ca reprezentant al clasei. Bifați elevii pentru care plătiți: pagoPA acceptă cel mult 5 avize pe plată, deci fiecare plată acoperă până la 5 elevi și are comisionul ei. Fiecare familie va vedea plătit avizul copilului său.
class-pay-deductible = Cheltuială deductibilă: în declarația 730 deducerea revine celui care plătește. Familiile care vor să o deducă plătesc singure.
class-pay-none = Nu sunteți reprezentantul niciunei clase. Delegarea o dă secretariatul școlii.
class-pay-heading = { $reason } · clasa { $class }
class-pay-summary = Plătite { $paid } din { $total } · de plătit { $due }
class-pay-left = { $count ->
    [0] Nu mai este nimic de plătit.
    [one] Mai rămâne 1 aviz de plătit.
    [few] Mai rămân { $count } avize de plătit.
   *[other] Mai rămân { $count } de avize de plătit.
}
class-pay-payments = { $payments ->
    [one] Este suficientă 1 plată.
    [few] Sunt necesare { $payments } plăți, cel mult 5 avize fiecare.
   *[other] Sunt necesare { $payments } de plăți, cel mult 5 avize fiecare.
}
class-pay-choose = Elevii pentru care plătiți (primii 5 sunt deja bifați)
class-pay-button = Plătește cei bifați
class-pay-paid = Plătit
class-pay-busy = Plată în curs
class-pay-closed = Nu mai poate fi plătit
class-pay-due = scadență { $date }
class-pay-link = Sunteți reprezentant al clasei: plătiți pentru clasă
class-pay-back = Înapoi la avizele dvs.

# PagoScuola · Română (ro) · the service conditions and the registration terms
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)

condition-01-title = Obiect
condition-01-text = PagoScuola le permite familiilor să vadă și să plătească avizele de plată emise de școli pentru copiii lor, prin sistemul pagoPA.
condition-02-title = Cine îl poate folosi
condition-02-text = Serviciul este rezervat părinților, tutorilor și persoanelor delegate de școală, înregistrați cu propriul codice fiscale.
condition-03-title = Datele de acces
condition-03-text = Numele de utilizator și parola sunt personale. Păstrează-le în siguranță și nu le comunica nimănui: operațiunile făcute cu datele tale de acces îți sunt atribuite ție.
condition-04-title = Date adevărate
condition-04-text = Te angajezi să furnizezi date adevărate și actualizate, în special adresa de e-mail la care primești avize și chitanțe.
condition-05-title = Avize de plată
condition-05-text = Avizele sunt emise de școli, care răspund de sumele, motivele plății și termenele lor. Pentru întrebări despre conținutul unui aviz, adresează-te secretariatului școlii.
condition-06-title = Plăți
condition-06-text = Plățile sunt efectuate de prestatorul de servicii de plată (PSP) pe care îl alegi, conform condițiilor acestuia. PagoScuola nu păstrează date despre carduri sau conturi.
condition-07-title = Comisioane
condition-07-text = PSP-ul poate aplica un comision, afișat întotdeauna înainte de plată. PagoScuola nu aplică costuri suplimentare.
condition-08-title = Rezultatul și chitanțele
condition-08-text = Un aviz este considerat plătit doar când PSP-ul confirmă rezultatul plății. Chitanța și adeverința pentru deducerile fiscale rămân disponibile în zona ta.
condition-09-title = Plăți voluntare
condition-09-text = Contribuțiile voluntare sunt opționale; suma poate fi modificată doar atunci când școala permite acest lucru.
condition-10-title = Disponibilitate
condition-10-text = Serviciul poate fi suspendat pentru întreținere sau din cauze externe (pagoPA, PSP). Întreruperile programate sunt anunțate.
condition-11-title = Utilizare corectă
condition-11-text = Este interzis să folosești serviciul în alte scopuri decât cele prevăzute sau să încerci să accesezi datele altor persoane.
condition-12-title = Comunicări
condition-12-text = Comunicările serviciului ajung la adresa de e-mail indicată la înregistrare și în zona ta.
condition-13-title = Modificări
condition-13-text = Aceste condiții se pot schimba: noua versiune îți va fi prezentată și va trebui să o accepți înainte de a plăti din nou.
condition-14-title = Legea aplicabilă
condition-14-text = Se aplică legea italiană. Pentru sesizări scrie la assistenza@pagoscuola.it.
registration-term-01-title = Înregistrare
registration-term-01-text = Te înregistrezi cu codice fiscale și cu datele tale personale, care trebuie să corespundă. O persoană are un singur cont.
registration-term-02-title = E-mail
registration-term-02-text = Adresa de e-mail trebuie confirmată în termen de 24 de ore, cu linkul pe care ți-l trimitem; apoi primești numele de utilizator și o parolă provizorie.
registration-term-03-title = Condițiile serviciului
registration-term-03-text = La prima intrare în cont îți vom cere să accepți condițiile serviciului, necesare pentru a plăti.

## frame (issue 12)
conditions-key-title = Pe scurt
conditions-key-01 = Pentru sumele și termenele avizelor întreabă școala.
conditions-key-02 = PagoScuola nu adaugă costuri; comisionul PSP îl vezi înainte.
conditions-key-03 = Un aviz este plătit când PSP-ul îl confirmă.
conditions-key-04 = Numele de utilizator și parola sunt doar ale tale.
conditions-full = Citește toate cele 14 condiții

# PagoScuola · Română (ro) · voluntary payments (versamenti volontari)
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)


## Finding the school

voluntary-title = Plăți voluntare
voluntary-intro = Poți face o plată voluntară către o școală (contribuție, asigurare, excursie) chiar și fără cont: caută școala după codice meccanografico (codul școlii) sau după regiune, provincie și localitate.
voluntary-start = Fă o plată voluntară
voluntary-family-title = Plăți voluntare
voluntary-family-text = O contribuție, o asigurare sau o excursie pe care școala nu ți-a trimis-o încă drept aviz: caută școala și plătește, chiar și pentru un nepot.
voluntary-school-link = Plăți voluntare către această școală


## A school's items

voluntary-school-title = Plăți voluntare: { $school }
voluntary-items-title = Ce poți plăti
voluntary-items-none = Această școală nu are acum plăți voluntare deschise.
voluntary-choose = Alege
voluntary-choose-about = Alege: { $reason }
voluntary-amount-label = Sumă
voluntary-amount-range = Sumă la alegere de la { $min } la { $max }, sugerată { $suggested }
voluntary-period-open = Se poate plăti până la { $date }
voluntary-period-not-yet = Se poate plăti de la { $date }
voluntary-period-closed = Închisă la { $date }
voluntary-period-label = Perioadă
voluntary-deductible-label = Deductibil
voluntary-deductible-yes = Da, în declarația de venit
voluntary-deductible-no = Nu
voluntary-category-label = Tip
voluntary-category-trip = Excursie sau ieșire didactică
voluntary-category-insurance = Asigurare
voluntary-category-contribution = Contribuție voluntară
voluntary-category-material = Material didactic
voluntary-category-tax = Taxă școlară
voluntary-category-other = Altele
voluntary-back-to-search = Caută altă școală
voluntary-choose-another = Alege altă plată


## The form

voluntary-form-title = Datele elevului
voluntary-form-intro = Scrie codul fiscal, numele și prenumele elevului: trebuie să corespundă.
voluntary-pupil-cf-label = Codul fiscal al elevului
voluntary-pupil-cf-hint = 16 caractere, ca pe cardul de sănătate al elevului.
voluntary-pupil-surname-label = Numele de familie al elevului
voluntary-pupil-given-name-label = Prenumele elevului
voluntary-amount-input-label = Suma de plătit (euro)
voluntary-amount-hint = De la { $min } la { $max }. De exemplu 25 sau 25,50.
voluntary-email-label = Emailul tău
voluntary-email-hint = Pentru chitanța plății. Nu ai nevoie de cont.
voluntary-signed-in-note = Ești în contul tău: avizul și chitanța vor fi ale tale.
voluntary-how-title = Cum vrei să plătești?
voluntary-pay-now = Plătește acum
voluntary-pay-now-hint = Online acum, cu cardul, contul sau o aplicație de plată.
voluntary-download = Descarcă documentul de plată
voluntary-download-hint = Pentru a plăti mai târziu cu aplicația IO, home banking, la bancă, la Poștă sau la tutungerie, cu codul QR.
voluntary-not-open = Această plată nu se poate face astăzi.
voluntary-amount-required = Scrie suma pe care vrei să o plătești.
voluntary-amount-format = Scrie suma în euro, de exemplu 25 sau 25,50.
voluntary-amount-min = Suma minimă este { $min }.
voluntary-amount-max = Suma maximă este { $max }.
voluntary-too-many = Ai creat multe avize în scurt timp: încearcă din nou peste 15 minute.


## The notice created

voluntary-issued-title = Documentul tău de plată este gata
voluntary-issued-text = Am creat avizul de plată. Descarcă-l și plătește-l până la termen cu aplicația IO, home banking, la bancă, la Poștă sau la tutungerie.
voluntary-issued-download = Descarcă avizul de plată (PDF)
voluntary-issued-keep = Descarcă documentul acum: linkul este valabil 60 de zile și această pagină nu îl mai arată.
voluntary-issued-family = Dacă ești un părinte înregistrat al acestui elev, găsești avizul și printre avizele tale.
voluntary-reason-label = Motivul plății
voluntary-notice-number-label = Codul avizului
voluntary-due-label = De plătit până la
voluntary-pay-now-failed = Plata imediată nu a pornit, dar avizul a fost creat: îl poți plăti cu documentul de mai jos.

## The office's page of voluntary items

office-vol-title = Plăți voluntare
office-vol-intro = Ce poate plăti oricine școlii fără să aștepte un aviz (contribuție voluntară, asigurare, excursie). Familiile găsesc aceste poziții la „Plăți voluntare” cu codul școlii; fiecare plată creează un aviz pe numele elevului.
office-vol-none = Nicio poziție. Adăugați una cu formularul de mai jos.
office-vol-col-reason = Motiv
office-vol-col-amount = Sumă
office-vol-col-period = Plătibil
office-vol-col-issued = Avize create (plătite)
office-vol-col-actions = Acțiuni
office-vol-period = de la { $from } până la { $until }
office-vol-open = deschisă
office-vol-later = se deschide mai târziu
office-vol-closed = închisă
office-vol-range = de la { $min } la { $max }
office-vol-issued = { $issued } ({ $paid })
office-vol-edit = Modifică
office-vol-edit-label = Modifică: { $reason }
office-vol-close = Închide azi
office-vol-close-label = Închide azi: { $reason }
office-vol-new = Poziție nouă
office-vol-editing = Modificați poziția
office-vol-amount-label = Sumă (€)
office-vol-amount-hint = De exemplu 30,00. Dacă familia o poate schimba, este suma propusă.
office-vol-from-label = Plătibil de la
office-vol-until-label = Plătibil până la
office-vol-date-hint = În formatul zz/ll/aaaa, de exemplu 31/08/2027.
office-vol-save = Salvează poziția
office-vol-cancel = Anulează modificarea
office-vol-reason-taken = O altă poziție a școlii are deja acest motiv: familiile aleg poziția după motiv.
office-vol-saved = Poziție salvată: familiile o văd în datele indicate.
office-vol-closed-now = Poziție închisă: de azi nimeni nu o mai poate plăti. Avizele deja create pot fi plătite în continuare.
office-vol-unchanged = Nu s-a schimbat nimic.
office-vol-nav = Plăți voluntare

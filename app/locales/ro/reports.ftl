# PagoScuola · Română (ro) · the office's money reports: reconciliation, refunds, 730 data
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)

reconciliation-title = Încasări și rambursări
tax-title = Date pentru declarația 730

## Reconciliation of a period

reconciliation-intro = Banii ajunși la școală, zi de zi și pe prestator de servicii de plată (PSP). Comisioanele le plătesc familiile către PSP, peste sumă: nu micșorează încasarea școlii.
period-legend = Perioada
period-from = De la
period-to = Până la
period-show = Arată
period-from-invalid = Scrie o dată validă, de exemplu 01/11/2026.
period-to-invalid = Scrie o dată validă, de exemplu 30/11/2026.
period-to-before-from = Data de sfârșit este înaintea celei de început.
period-too-long = Cel mult un an odată.
period-shown = De la { $from } până la { $to }
figure-receipts = chitanțe
figure-amount = încasați
figure-fees = comisioane plătite de familii
col-day = Ziua
col-psp = PSP
col-receipts = Chitanțe
col-amount = Încasat
col-fees = Comisioane
no-receipts = Nicio încasare în această perioadă.
reconciliation-csv = Descarcă toate chitanțele perioadei (CSV)

## Refunds the school owes

refunds-title = Rambursări de făcut
refunds-intro = Bani primiți pentru un aviz deja plătit sau care nu mai poate fi plătit: școala îi dă înapoi familiei, apoi îi marchează aici ca rambursați. Până atunci familia vede rambursarea care i se cuvine.
refunds-none = Nicio rambursare.
refund-col-notice = Aviz
refund-col-pupil = Elev
refund-col-amount = Sumă
refund-col-reason = Motiv
refund-col-state = Stare
refund-reason-paid-twice = Plătit de două ori
refund-reason-not-payable = Aviz care nu mai poate fi plătit
refund-to-make = De rambursat (înregistrat la { $day })
refund-made = Rambursat la { $day }
refund-mark = Marchează ca rambursat
refund-mark-about = Marchează avizul { $number } al lui { $pupil } ca rambursat
refund-settled = Rambursarea avizului { $number } este marcată ca făcută.
refunds-who = Doar directorul școlii și DSGA pot marca o rambursare ca făcută.

## Tax data for the pre-filled return (730)

tax-intro = Pentru declarația precompletată școala comunică Agenției de Venituri (Agenzia delle Entrate), până la 16 martie, cheltuielile deductibile din anul precedent: pentru fiecare elev și pentru cine a plătit, suma plăților deductibile.
tax-year = Anul
tax-show = Arată
tax-year-refused = Acel an nu este disponibil: iată anul { $year }.
tax-col-pupil = Elev
tax-col-payer = Cine a plătit
tax-col-amount = Sumă deductibilă
tax-col-payments = Plăți
tax-total = Total deductibil pentru { $year }: { $amount }
tax-payer-unknown = Necunoscut
tax-without-payer = Rânduri fără codul fiscal al plătitorului (plăți fără cont sau în afara PagoScuola): { $count }. Agenția îl cere doar când școala îl cunoaște.
tax-none = Nicio plată deductibilă în acest an.
tax-csv = Descarcă datele pentru { $year } (CSV)
tax-csv-explained = Fiecare rând al fișierului are anul, codul fiscal al elevului și al plătitorului și suma. Se folosește cu programul Agenției de Venituri care pregătește comunicarea.

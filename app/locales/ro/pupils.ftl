# PagoScuola · Română (ro) · the office: classes, pupils and payers
# native-speaker-review: no

pupils-title = Elevi
pupils-page-title = Elevi: { $school }
pupils-pupil-title = Elev: { $name }
pupils-import-page-title = Importă elevi: { $school }
pupils-back-to-list = Înapoi la elevi


## The list

pupils-stat-pupils = elevi în școală
pupils-without-payer = Elevi fără părinte înregistrat
pupils-import-link = Importă elevi dintr-un fișier CSV
pupils-add-pupil-link = Adaugă un elev
pupils-classes-title = Clase
pupils-classes-none = Școala nu are încă nicio clasă: adaug-o pe prima mai jos.
pupils-class-column = Clasa
pupils-pupils-column = Elevi
pupils-without-payer-column = Fără părinte înregistrat
pupils-add-class-title = Adaugă o clasă
pupils-class-name-label = Numele clasei
pupils-class-name-hint = Așa cum apare în avize, de exemplu 3ª A primaria (cel mult 30 de caractere).
pupils-add-class-button = Adaugă clasa
pupils-list-title = Lista elevilor
pupils-search-label = Caută un elev
pupils-search-hint = Nume, prenume sau cod fiscal, chiar și parțial.
pupils-all-classes = Toate clasele
pupils-search-button = Caută
pupils-found = Elevi găsiți: { $count }
pupils-found-without-payer = Elevi fără părinte înregistrat: { $count }
pupils-name-column = Nume și prenume
pupils-cf-column = Cod fiscal
pupils-payers-column = Părinți
pupils-payers-none-see = Niciun părinte nu vede elevul ({ $payers } înregistrați)
pupils-payers-see = { $seeing } din { $payers } văd elevul
pupils-pages-label = Paginile listei
pupils-page-of = Pagina { $page } din { $pages }
pupils-previous-page = Pagina anterioară
pupils-next-page = Pagina următoare


## Adding a pupil

pupils-add-pupil-title = Adaugă un elev
pupils-class-first = Înainte de a adăuga un elev, adaugă clasa lui.
pupils-pupil-cf-label = Codul fiscal al elevului
pupils-surname-label = Nume de familie
pupils-given-name-label = Prenume
pupils-first-payer-title = Primul părinte sau tutore
pupils-first-payer-hint = Cine plătește pentru elev. Cu emailul dat școlii de familie, părintele care se înregistrează cu acel email vede imediat elevul; fără el, are nevoie de codul de activare.
pupils-payer-cf-label = Codul fiscal al părintelui
pupils-payer-surname-label = Numele de familie al părintelui
pupils-payer-given-name-label = Prenumele părintelui
pupils-payer-email-label = Emailul părintelui (opțional)
pupils-add-pupil-button = Adaugă elevul


## One pupil

pupils-data-title = Datele elevului
pupils-save-button = Salvează datele
pupils-nobody-sees = Niciun părinte nu vede încă acest elev și avizele lui: înregistrează emailul unui părinte sau dă-i un cod de activare.
pupils-payers-title = Părinți și tutori
pupils-payers-intro = Un părinte vede elevul și avizele lui când se înregistrează cu emailul indicat aici de școală sau după ce introduce codul de activare primit de la școală.
pupils-activation-link = Coduri de activare
pupils-payers-none = Niciun părinte înregistrat pentru acest elev.
pupils-payer-state-label = Vede elevul
pupils-payer-by-email = Da, cu emailul înregistrat
pupils-payer-by-code = Da, cu codul de activare
pupils-payer-not-yet = Încă nu
pupils-save-email-button = Salvează emailul
pupils-remove-payer-button = Elimină acest părinte
pupils-add-payer-title = Adaugă un părinte sau tutore
pupils-add-payer-button = Adaugă părintele
pupils-class-added = Clasă adăugată.
pupils-pupil-added = Elev adăugat.
pupils-pupil-saved = Datele elevului au fost salvate.
pupils-payer-added = Părinte adăugat.
pupils-payer-saved = Emailul părintelui a fost salvat.
pupils-payer-removed = Părinte eliminat.


## Importing a CSV file

pupils-import-title = Importă elevi și părinți
pupils-upload-title = Încarcă fișierul
pupils-upload-intro = Un fișier CSV cu un rând pentru fiecare elev și, pe același rând, părinții lui. Primul rând dă numele coloanelor, în orice ordine:
pupils-format-columns = elevul:
pupils-format-payers = fiecare părinte, numerotat de la 1 (apoi _2, _3; emailul este opțional):
pupils-format-optional = opțional, verificat cu codul fiscal:
pupils-format-file = fișierul este în UTF-8 (în Excel: „CSV UTF-8”), cu coloanele separate prin punct și virgulă sau prin virgulă.
pupils-format-rules = Clasele trebuie să existe deja. Un elev pe care școala îl are deja, cu același nume, este actualizat (clasa și părinții). Dacă un rând are o problemă nu se importă nimic: corectează fișierul și încarcă-l din nou.
pupils-sample-download = Descarcă un fișier de exemplu
pupils-file-label = Fișierul CSV al elevilor
pupils-file-hint = Cel mult 4 MB (circa 20.000 de rânduri).
pupils-upload-button = Verifică și importă
pupils-imported = Elevi importați: { $count }
pupils-imported-detail = Din fișierul { $file }: { $added } elevi noi, { $updated } actualizați, { $payers } părinți înregistrați.
pupils-see-list = Vezi lista elevilor
pupils-nothing-imported = Niciun elev importat
pupils-report-summary = Fișierul { $file } are { $problems } probleme pe { $lines } rânduri. Nu s-a importat nimic: corectează rândurile indicate și încarcă din nou fișierul.
pupils-report-download = Descarcă lista problemelor (CSV)
pupils-report-more = Lista de mai sus arată primele 1.000 de probleme: fișierul descărcat le conține pe toate.
pupils-report-line = Rând
pupils-report-column = Coloană
pupils-report-reason = Problemă
pupils-column-file = tot fișierul
pupils-column-position = coloana { $position }


## Problems of a cell, a row or the file

pupils-reason-required = Lipsește: câmpul este obligatoriu.
pupils-reason-cf-length = Codul fiscal trebuie să aibă 16 caractere.
pupils-reason-cf-pattern = Codul fiscal nu are forma corectă (6 litere, 2 cifre, 1 literă, 2 cifre, 1 literă, 3 cifre, 1 literă).
pupils-reason-cf-check = Codul fiscal nu este valid: caracterul de control final nu se potrivește.
pupils-reason-cf-surname = Numele de familie nu corespunde codului fiscal.
pupils-reason-cf-name = Prenumele nu corespunde codului fiscal.
pupils-reason-cf-birth-date = Data nașterii nu corespunde codului fiscal.
pupils-reason-date-format = Dată nevalidă: scrie-o ca zz/ll/aaaa.
pupils-reason-name-latin = Folosește doar litere (și cu accente), spații, apostrofuri și cratime.
pupils-reason-name-long = Prea lung: cel mult 60 de caractere.
pupils-reason-class-long = Numele clasei este prea lung: cel mult 30 de caractere.
pupils-reason-class-characters = Numele clasei conține caractere nepermise.
pupils-reason-email = Adresă de email nevalidă.
pupils-reason-unknown-class = Școala nu are această clasă: adaug-o mai întâi în pagina Elevi.
pupils-reason-duplicate-in-file = Elev repetat: este deja pe rândul { $line } al fișierului.
pupils-reason-other-names = Școala are deja acest cod fiscal cu alt nume sau prenume: verifică care este corect.
pupils-reason-no-payer = Niciun părinte: este nevoie cel puțin de primul (cod fiscal, nume și prenume).
pupils-reason-payer-twice = Același părinte apare de două ori pentru elev.
pupils-reason-missing-column = Lipsește o coloană din primul rând.
pupils-reason-duplicate-column = O coloană este repetată în primul rând.
pupils-reason-unknown-column = Coloană necunoscută în primul rând: verifică cum este scris numele ei.
pupils-reason-extra-cell = O valoare dincolo de coloanele primului rând.
pupils-reason-not-utf8 = Fișierul nu este în UTF-8: în Excel salvează-l ca „CSV UTF-8”.
pupils-reason-no-rows = Fișierul nu conține elevi.
pupils-reason-too-many-rows = Prea mulți elevi într-un fișier: cel mult { $max }. Împarte-l în mai multe fișiere.
pupils-reason-unreadable = Rând ilizibil: poate ghilimele neînchise.
pupils-reason-no-file = Niciun fișier ales.
pupils-reason-class-exists = Școala are deja această clasă.
pupils-reason-pupil-exists = Școala are deja un elev cu acest cod fiscal.
pupils-reason-payer-exists = Acest părinte este deja înregistrat pentru elev.
pupils-reason-too-large = Fișierul este prea mare: cel mult 4 MB. Împarte-l în mai multe fișiere.

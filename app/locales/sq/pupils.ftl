# PagoScuola · Shqip (sq) · the office: classes, pupils and payers
# native-speaker-review: no

pupils-title = Nxënësit
pupils-page-title = Nxënësit: { $school }
pupils-pupil-title = Nxënësi: { $name }
pupils-import-page-title = Importo nxënës: { $school }
pupils-back-to-list = Kthehu te nxënësit


## The list

pupils-stat-pupils = nxënës në shkollë
pupils-without-payer = Nxënës pa prind të regjistruar
pupils-import-link = Importo nxënës nga një skedar CSV
pupils-add-pupil-link = Shto një nxënës
pupils-classes-title = Klasat
pupils-classes-none = Shkolla nuk ka ende klasa: shto të parën më poshtë.
pupils-class-column = Klasa
pupils-pupils-column = Nxënës
pupils-without-payer-column = Pa prind të regjistruar
pupils-add-class-title = Shto një klasë
pupils-class-name-label = Emri i klasës
pupils-class-name-hint = Siç shfaqet në njoftime, për shembull 3ª A primaria (jo më shumë se 30 karaktere).
pupils-add-class-button = Shto klasën
pupils-list-title = Lista e nxënësve
pupils-search-label = Kërko një nxënës
pupils-search-hint = Mbiemri, emri ose kodi fiskal, edhe pjesërisht.
pupils-all-classes = Të gjitha klasat
pupils-search-button = Kërko
pupils-found = Nxënës të gjetur: { $count }
pupils-found-without-payer = Nxënës pa prind të regjistruar: { $count }
pupils-name-column = Mbiemri dhe emri
pupils-cf-column = Kodi fiskal
pupils-payers-column = Prindërit
pupils-payers-none-see = Asnjë prind nuk e sheh nxënësin ({ $payers } të regjistruar)
pupils-payers-see = { $seeing } nga { $payers } e shohin nxënësin
pupils-pages-label = Faqet e listës
pupils-page-of = Faqja { $page } nga { $pages }
pupils-previous-page = Faqja e mëparshme
pupils-next-page = Faqja tjetër


## Adding a pupil

pupils-add-pupil-title = Shto një nxënës
pupils-class-first = Para se të shtosh një nxënës, shto klasën e tij.
pupils-pupil-cf-label = Kodi fiskal i nxënësit
pupils-surname-label = Mbiemri
pupils-given-name-label = Emri
pupils-first-payer-title = Prindi ose kujdestari i parë
pupils-first-payer-hint = Kush paguan për nxënësin. Me email-in që familja i dha shkollës, prindi që regjistrohet me atë email e sheh menjëherë nxënësin; pa të, i duhet kodi i aktivizimit.
pupils-payer-cf-label = Kodi fiskal i prindit
pupils-payer-surname-label = Mbiemri i prindit
pupils-payer-given-name-label = Emri i prindit
pupils-payer-email-label = Email-i i prindit (sipas dëshirës)
pupils-add-pupil-button = Shto nxënësin


## One pupil

pupils-data-title = Të dhënat e nxënësit
pupils-save-button = Ruaj të dhënat
pupils-nobody-sees = Asnjë prind nuk e sheh ende këtë nxënës as njoftimet e tij: regjistro email-in e një prindi ose jepi një kod aktivizimi.
pupils-payers-title = Prindërit dhe kujdestarët
pupils-payers-intro = Një prind e sheh nxënësin dhe njoftimet e tij kur regjistrohet me email-in që shkolla ka shënuar këtu, ose pasi fut kodin e aktivizimit që i jep shkolla.
pupils-activation-link = Kodet e aktivizimit
pupils-payers-none = Asnjë prind i regjistruar për këtë nxënës.
pupils-payer-state-label = E sheh nxënësin
pupils-payer-by-email = Po, me email-in e regjistruar
pupils-payer-by-code = Po, me kodin e aktivizimit
pupils-payer-not-yet = Ende jo
pupils-save-email-button = Ruaj email-in
pupils-remove-payer-button = Hiq këtë prind
pupils-add-payer-title = Shto një prind ose kujdestar
pupils-add-payer-button = Shto prindin
pupils-class-added = Klasa u shtua.
pupils-pupil-added = Nxënësi u shtua.
pupils-pupil-saved = Të dhënat e nxënësit u ruajtën.
pupils-payer-added = Prindi u shtua.
pupils-payer-saved = Email-i i prindit u ruajt.
pupils-payer-removed = Prindi u hoq.


## Importing a CSV file

pupils-import-title = Importo nxënës dhe prindër
pupils-upload-title = Ngarko skedarin
pupils-upload-intro = Një skedar CSV me një rresht për çdo nxënës dhe, në të njëjtin rresht, prindërit e tij. Rreshti i parë jep emrat e kolonave, në çdo renditje:
pupils-format-columns = nxënësi:
pupils-format-payers = çdo prind, i numëruar nga 1 (pastaj _2, _3; email-i është sipas dëshirës):
pupils-format-optional = sipas dëshirës, kontrollohet me kodin fiskal:
pupils-format-file = skedari është në UTF-8 (në Excel: "CSV UTF-8"), me kolonat të ndara me pikëpresje ose me presje.
pupils-format-rules = Klasat duhet të ekzistojnë tashmë. Një nxënës që shkolla e ka tashmë, me të njëjtin emër, përditësohet (klasa dhe prindërit). Nëse një rresht ka problem nuk importohet asgjë: korrigjo skedarin dhe ngarkoje përsëri.
pupils-sample-download = Shkarko një skedar shembull
pupils-file-label = Skedari CSV i nxënësve
pupils-file-hint = Jo më shumë se 4 MB (rreth 20.000 rreshta).
pupils-upload-button = Kontrollo dhe importo
pupils-imported = Nxënës të importuar: { $count }
pupils-imported-detail = Nga skedari { $file }: { $added } nxënës të rinj, { $updated } të përditësuar, { $payers } prindër të regjistruar.
pupils-see-list = Shiko listën e nxënësve
pupils-nothing-imported = Asnjë nxënës i importuar
pupils-report-summary = Skedari { $file } ka { $problems } probleme në { $lines } rreshta. Nuk u importua asgjë: korrigjo rreshtat e treguar dhe ngarkoje përsëri skedarin.
pupils-report-download = Shkarko listën e problemeve (CSV)
pupils-report-more = Lista më sipër tregon 1.000 problemet e para: skedari i shkarkuar i ka të gjitha.
pupils-report-line = Rreshti
pupils-report-column = Kolona
pupils-report-reason = Problemi
pupils-column-file = i gjithë skedari
pupils-column-position = kolona { $position }


## Problems of a cell, a row or the file

pupils-reason-required = Mungon: fusha është e detyrueshme.
pupils-reason-cf-length = Kodi fiskal duhet të ketë 16 karaktere.
pupils-reason-cf-pattern = Kodi fiskal nuk ka formën e duhur (6 shkronja, 2 shifra, 1 shkronjë, 2 shifra, 1 shkronjë, 3 shifra, 1 shkronjë).
pupils-reason-cf-check = Kodi fiskal nuk është i vlefshëm: karakteri i fundit i kontrollit nuk përputhet.
pupils-reason-cf-surname = Mbiemri nuk përputhet me kodin fiskal.
pupils-reason-cf-name = Emri nuk përputhet me kodin fiskal.
pupils-reason-cf-birth-date = Data e lindjes nuk përputhet me kodin fiskal.
pupils-reason-date-format = Datë e pavlefshme: shkruaje si dd/mm/vvvv.
pupils-reason-name-latin = Përdor vetëm shkronja (edhe me theks), hapësira, apostrofë dhe viza.
pupils-reason-name-long = Shumë i gjatë: jo më shumë se 60 karaktere.
pupils-reason-class-long = Emri i klasës është shumë i gjatë: jo më shumë se 30 karaktere.
pupils-reason-class-characters = Emri i klasës ka karaktere të palejuara.
pupils-reason-email = Adresë email-i e pavlefshme.
pupils-reason-unknown-class = Shkolla nuk e ka këtë klasë: shtoje më parë në faqen Nxënësit.
pupils-reason-duplicate-in-file = Nxënës i përsëritur: është tashmë në rreshtin { $line } të skedarit.
pupils-reason-other-names = Shkolla e ka tashmë këtë kod fiskal me një mbiemër ose emër tjetër: kontrollo cili është i saktë.
pupils-reason-no-payer = Asnjë prind: duhet të paktën i pari (kodi fiskal, mbiemri dhe emri).
pupils-reason-payer-twice = I njëjti prind shfaqet dy herë për nxënësin.
pupils-reason-missing-column = Mungon një kolonë në rreshtin e parë.
pupils-reason-duplicate-column = Një kolonë përsëritet në rreshtin e parë.
pupils-reason-unknown-column = Kolonë e panjohur në rreshtin e parë: kontrollo si është shkruar emri i saj.
pupils-reason-extra-cell = Një vlerë përtej kolonave të rreshtit të parë.
pupils-reason-not-utf8 = Skedari nuk është në UTF-8: në Excel ruaje si "CSV UTF-8".
pupils-reason-no-rows = Skedari nuk ka nxënës.
pupils-reason-too-many-rows = Shumë nxënës në një skedar: jo më shumë se { $max }. Ndaje në disa skedarë.
pupils-reason-unreadable = Rresht i palexueshëm: ndoshta thonjëza të pambyllura.
pupils-reason-no-file = Asnjë skedar i zgjedhur.
pupils-reason-class-exists = Shkolla e ka tashmë këtë klasë.
pupils-reason-pupil-exists = Shkolla ka tashmë një nxënës me këtë kod fiskal.
pupils-reason-payer-exists = Ky prind është tashmë i regjistruar për nxënësin.
pupils-reason-too-large = Skedari është shumë i madh: jo më shumë se 4 MB. Ndaje në disa skedarë.

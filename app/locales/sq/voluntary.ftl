# PagoScuola · Shqip (sq) · voluntary payments (versamenti volontari)
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)


## Finding the school

voluntary-title = Pagesa vullnetare
voluntary-intro = Mund të bëni një pagesë vullnetare për një shkollë (kontribut, sigurim, ekskursion) edhe pa llogari: kërkoni shkollën me codice meccanografico, ose sipas rajonit, provincës dhe komunës.
voluntary-start = Bëni një pagesë vullnetare
voluntary-family-title = Pagesa vullnetare
voluntary-family-text = Një kontribut, një sigurim ose një ekskursion që shkolla nuk jua ka dërguar ende si njoftim: kërkoni shkollën dhe paguani, edhe për një nip ose mbesë.
voluntary-school-link = Pagesa vullnetare për këtë shkollë


## A school's items

voluntary-school-title = Pagesa vullnetare: { $school }
voluntary-items-title = Çfarë mund të paguani
voluntary-items-none = Kjo shkollë nuk ka tani pagesa vullnetare të hapura.
voluntary-choose = Zgjidhni
voluntary-choose-about = Zgjidhni: { $reason }
voluntary-amount-label = Shuma
voluntary-amount-range = Shumë sipas zgjedhjes nga { $min } deri në { $max }, e sugjeruar { $suggested }
voluntary-period-open = Mund të paguhet deri më { $date }
voluntary-period-not-yet = Mund të paguhet nga { $date }
voluntary-period-closed = U mbyll më { $date }
voluntary-period-label = Periudha
voluntary-deductible-label = E zbritshme
voluntary-deductible-yes = Po, në deklaratën e të ardhurave
voluntary-deductible-no = Jo
voluntary-category-label = Lloji
voluntary-category-trip = Ekskursion ose dalje mësimore
voluntary-category-insurance = Sigurim
voluntary-category-contribution = Kontribut vullnetar
voluntary-category-material = Material mësimor
voluntary-category-tax = Taksë shkollore
voluntary-category-other = Tjetër
voluntary-back-to-search = Kërkoni një shkollë tjetër
voluntary-choose-another = Zgjidhni një pagesë tjetër


## The form

voluntary-form-title = Të dhënat e nxënësit
voluntary-form-intro = Shkruani kodin fiskal, mbiemrin dhe emrin e nxënësit: duhet të përputhen.
voluntary-pupil-cf-label = Kodi fiskal i nxënësit
voluntary-pupil-cf-hint = 16 karaktere, si në kartën shëndetësore të nxënësit.
voluntary-pupil-surname-label = Mbiemri i nxënësit
voluntary-pupil-given-name-label = Emri i nxënësit
voluntary-amount-input-label = Shuma për të paguar (euro)
voluntary-amount-hint = Nga { $min } deri në { $max }. Për shembull 25 ose 25,50.
voluntary-email-label = Email-i juaj
voluntary-email-hint = Për faturën e pagesës. Nuk ju duhet llogari.
voluntary-signed-in-note = Jeni në llogarinë tuaj: njoftimi dhe fatura do të jenë tuajat.
voluntary-how-title = Si doni të paguani?
voluntary-pay-now = Paguani tani
voluntary-pay-now-hint = Online tani, me kartë, llogari ose aplikacion pagese.
voluntary-download = Shkarkoni dokumentin e pagesës
voluntary-download-hint = Për të paguar më vonë me aplikacionin IO, home banking, në bankë, në Postë ose në duhanshitës, me kodin QR.
voluntary-not-open = Kjo pagesë nuk mund të bëhet sot.
voluntary-amount-required = Shkruani shumën që doni të paguani.
voluntary-amount-format = Shkruani shumën në euro, për shembull 25 ose 25,50.
voluntary-amount-min = Shuma më e vogël është { $min }.
voluntary-amount-max = Shuma më e madhe është { $max }.
voluntary-too-many = Keni krijuar shumë njoftime në pak kohë: provoni përsëri pas 15 minutash.


## The notice created

voluntary-issued-title = Dokumenti juaj i pagesës është gati
voluntary-issued-text = E krijuam njoftimin e pagesës. Shkarkojeni dhe paguajeni brenda afatit me aplikacionin IO, home banking, në bankë, në Postë ose në duhanshitës.
voluntary-issued-download = Shkarkoni njoftimin e pagesës (PDF)
voluntary-issued-keep = Shkarkojeni dokumentin tani: lidhja vlen 60 ditë dhe kjo faqe nuk e tregon më.
voluntary-issued-family = Nëse jeni prind i regjistruar i këtij nxënësi, njoftimin e gjeni edhe te njoftimet tuaja.
voluntary-reason-label = Arsyeja
voluntary-notice-number-label = Kodi i njoftimit
voluntary-due-label = Për t'u paguar deri më
voluntary-pay-now-failed = Pagesa e menjëhershme nuk nisi, por njoftimi u krijua: mund ta paguani me dokumentin më poshtë.

## The office's page of voluntary items

office-vol-title = Pagesa vullnetare
office-vol-intro = Ato që kushdo mund t'i paguajë shkollës pa pritur një njoftim (kontribut vullnetar, sigurim, ekskursion). Familjet i gjejnë te "Pagesa vullnetare" me kodin e shkollës; çdo pagesë krijon një njoftim në emër të nxënësit.
office-vol-none = Asnjë zë. Shtoni një me formularin më poshtë.
office-vol-col-reason = Arsyeja
office-vol-col-amount = Shuma
office-vol-col-period = E pagueshme
office-vol-col-issued = Njoftime të krijuara (të paguara)
office-vol-col-actions = Veprime
office-vol-period = nga { $from } deri më { $until }
office-vol-open = e hapur
office-vol-later = hapet më vonë
office-vol-closed = e mbyllur
office-vol-range = nga { $min } deri në { $max }
office-vol-issued = { $issued } ({ $paid })
office-vol-edit = Ndrysho
office-vol-edit-label = Ndrysho: { $reason }
office-vol-close = Mbyll sot
office-vol-close-label = Mbyll sot: { $reason }
office-vol-new = Zë i ri
office-vol-editing = Ndryshoni zërin
office-vol-amount-label = Shuma (€)
office-vol-amount-hint = Për shembull 30,00. Nëse familja mund ta ndryshojë, është shuma e propozuar.
office-vol-from-label = E pagueshme nga
office-vol-until-label = E pagueshme deri më
office-vol-date-hint = Në formatin dd/mm/vvvv, për shembull 31/08/2027.
office-vol-save = Ruaj zërin
office-vol-cancel = Anulo ndryshimin
office-vol-reason-taken = Një zë tjetër i shkollës e ka tashmë këtë arsye: familjet e zgjedhin zërin nga arsyeja.
office-vol-saved = Zëri u ruajt: familjet e shohin në datat e dhëna.
office-vol-closed-now = Zëri u mbyll: nga sot askush nuk mund ta paguajë. Njoftimet e krijuara mbeten të pagueshme.
office-vol-unchanged = Asgjë nuk ndryshoi.
office-vol-nav = Pagesa vullnetare

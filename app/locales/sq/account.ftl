# PagoScuola · Shqip (sq) · registration, log-in and the account pages
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)


## Registration wizard
register-title = Regjistrohu
register-intro = Regjistrimi zgjat pak minuta: ju duhen codice fiscale juaj dhe një adresë email që e përdorni.
step-code-title = Codice fiscale
step-details-title = Të dhënat tuaja
step-review-title = Kontrolloni të dhënat
step-done-title = Regjistrimi u ruajt
wizard-steps = Hapat e regjistrimit
codice-fiscale-label = Codice fiscale
codice-fiscale-hint = Kodi tatimor italian: 16 karaktere, si në kartën shëndetësore (tessera sanitaria). Për shembull RSSMRA80A01H501U.
captcha-label = Kontrolli i sigurisë
captcha-hint = Shënoni kutinë: pajisja juaj bën një llogaritje të shkurtër për të treguar që nuk jeni program automatik. Duhet që JavaScript të jetë aktiv.
captcha-checkbox = Nuk jam robot
captcha-verifying = Duke verifikuar...
captcha-verified = Verifikimi u krye
captcha-failed = Verifikimi nuk u krye: provoni përsëri.
captcha-expired = Verifikimi skadoi: shënojeni përsëri.
captcha-no-script = Ky hap kërkon JavaScript: aktivizojeni në shfletues dhe ringarkoni faqen. Nëse nuk mundeni, shkruani te assistenza@pagoscuola.it.
continue = Vazhdo
surname-label = Mbiemri
given-name-label = Emri
name-hint = Si në dokumentin e identitetit; shkronjat me theks dhe apostrofët janë në rregull (D'Amico, Niccolò).
birth-date-label = Data e lindjes
birth-date-hint = Në formatin dd/mm/vvvv (dita/muaji/viti), për shembull 01/01/1980.
sex-label = Gjinia (si në codice fiscale)
sex-female = Femër
sex-male = Mashkull
birthplace-label = Vendi i lindjes
birthplace-hint = Komuna italiane (me provincën, nëse ka disa me të njëjtin emër) ose shteti i huaj. Shkruani shkronjat e para dhe zgjidhni nga lista.
abroad = jashtë shtetit
birthplace-suggestions = Vendet e gjetura
email-label = Email
email-hint = Këtu do t'ju shkruajmë për të konfirmuar regjistrimin dhe për dëftesat.
email-again-label = Shkruani përsëri email-in
consent-title = Kushtet dhe privatësia
accept-terms-label = I kam lexuar dhe i pranoj kushtet e regjistrimit në shërbim
accept-privacy-label = E kam lexuar njoftimin për përpunimin e të dhënave personale
read-terms = Lexoni kushtet
read-privacy = Lexoni njoftimin për privatësinë
review-intro = Kontrolloni që të dhënat të jenë të sakta: codice fiscale duhet të përputhet me mbiemrin, emrin, datën dhe vendin e lindjes dhe gjininë.
confirm-data = Konfirmoni të dhënat tuaja
go-back = Kthehu prapa
accepted = Të pranuara
done-text = Ju kemi shkruar në adresën që dhatë. Hapni email-in "Conferma registrazione" dhe ndiqni lidhjen brenda 24 orëve: pastaj do të merrni emrin e përdoruesit dhe një fjalëkalim të përkohshëm.
done-check-spam = Nuk e gjeni? Shikoni edhe te posta e padëshiruar (spam).
start-again = Filloni regjistrimin nga e para
error-summary-title = Ka disa probleme për t'u rregulluar

## Problems at fields
problem-required = Kjo fushë është e detyrueshme.
problem-cf-length = Codice fiscale ka 16 karaktere.
problem-cf-pattern = Codice fiscale nuk ka formën e duhur: 6 shkronja, 2 shifra, 1 shkronjë, 2 shifra, 1 shkronjë, 3 shifra, 1 shkronjë.
problem-cf-check = Codice fiscale nuk është i vlefshëm: karakteri i fundit nuk përputhet. Kontrolloni nëse e keni shkruar saktë.
problem-cf-taken = Ekziston tashmë një llogari me këtë codice fiscale.
problem-captcha = Kontrolli i sigurisë nuk u krye ose skadoi: shënojeni përsëri.
problem-name-latin = Shkruajeni emrin me shkronjat e alfabetit latin, si në codice fiscale.
problem-name-long = Të shumtën 60 karaktere.
problem-date-format = Shkruajeni datën si dd/mm/vvvv, për shembull 01/01/1980.
problem-date-future = Data e lindjes nuk mund të jetë në të ardhmen, as para vitit 1900.
problem-birthplace-unknown = Zgjidhni vendin e lindjes nga lista e komunave dhe e shteteve.
problem-birthplace-ambiguous = Ka disa vende me këtë emër: zgjidhni nga lista ose shtoni provincën, për shembull Castro (LE).
problem-email = Shkruani një adresë email të plotë, për shembull emri@shembull.it.
problem-email-mismatch = Dy adresat email nuk janë të njëjta.
problem-consent = Për t'u regjistruar duhet të pranoni kushtet dhe të lexoni njoftimin.
problem-cf-surname = Mbiemri nuk përputhet me codice fiscale.
problem-cf-name = Emri nuk përputhet me codice fiscale.
problem-cf-birth-date = Data e lindjes nuk përputhet me codice fiscale.
problem-cf-sex = Gjinia nuk përputhet me codice fiscale.
problem-cf-birthplace = Vendi i lindjes nuk përputhet me codice fiscale (ose komuna nuk ekzistonte në atë datë).
problem-password-short = Fjalëkalimi duhet të ketë të paktën 10 karaktere.
problem-password-long = Fjalëkalimi mund të ketë të shumtën 128 karaktere.
problem-password-weak = Fjalëkalimi është shumë i lehtë për t'u gjetur: përdorni më shumë fjalë ose shtoni karaktere të ndryshme.
problem-password-personal = Fjalëkalimi nuk mund të përmbajë emrin e përdoruesit, codice fiscale, emrin ose mbiemrin.
problem-password-mismatch = Dy fjalëkalimet nuk janë të njëjta.
problem-password-same = Fjalëkalimi i ri duhet të jetë ndryshe nga ai i përkohshmi.

## Log in
login-title = Hyr
login-intro = Hyni me emrin e përdoruesit dhe fjalëkalimin që morët me email, ose me codice fiscale tuaj.
username-label = Emri i përdoruesit ose codice fiscale
password-label = Fjalëkalimi
login-button = Hyr
login-failed = Emri i përdoruesit ose fjalëkalimi nuk është i saktë.
login-locked = Shumë përpjekje të dështuara. Për siguri, hyrja është pezulluar për 15 minuta: provoni më vonë ose rikuperoni të dhënat e hyrjes.
login-temporary-expired = Fjalëkalimi i përkohshëm ka skaduar ose është përdorur tashmë: kërkoni një të ri me rikuperimin e të dhënave të hyrjes.
forgot-credentials = Kam harruar emrin e përdoruesit ose fjalëkalimin
no-account-yet = Nuk keni ende llogari?
register-link = Regjistrohuni
logged-out = Dolët nga shërbimi.
session-expired = Sesioni ka skaduar: hyni përsëri.
log-out = Dil

## Email verification
verify-title = Konfirmimi i email-it
verify-done = Faleminderit, adresa juaj email u konfirmua. Ju dërguam email-in "Creazione utenza" me emrin e përdoruesit dhe një fjalëkalim të përkohshëm: ai vlen 72 orë dhe vetëm për hyrjen e parë.
verify-already = Kjo adresë është konfirmuar tashmë. Nëse nuk i keni marrë të dhënat e hyrjes, përdorni rikuperimin e të dhënave të hyrjes.
verify-invalid = Lidhja nuk është e vlefshme ose ka skaduar (vlen 24 orë). Regjistrohuni përsëri ose përdorni rikuperimin e të dhënave të hyrjes.

## Change password
change-password-title = Zgjidhni fjalëkalimin tuaj
change-password-intro = Para se të vazhdoni, zgjidhni një fjalëkalim tuajin. Të paktën 10 karaktere; më mirë një fjali që ju e mbani mend lehtë dhe që të tjerët e gjejnë me vështirësi.
current-password-label = Fjalëkalimi aktual
new-password-label = Fjalëkalimi i ri
new-password-again-label = Shkruani përsëri fjalëkalimin e ri
save-password = Ruaj fjalëkalimin
password-changed = Fjalëkalimi u ndryshua.
problem-current-password = Fjalëkalimi aktual nuk është i saktë.

## Credential recovery
recovery-title = Rikuperoni emrin e përdoruesit dhe fjalëkalimin
recovery-intro = Shkruani codice fiscale tuaj dhe email-in që dhatë gjatë regjistrimit: nëse përputhen me një llogari, ju dërgojmë emrin e përdoruesit dhe një lidhje për të zgjedhur një fjalëkalim të ri, të vlefshme për 1 orë.
recovery-send = Dërgo
recovery-sent = Nëse të dhënat përputhen me një llogari, së shpejti do të gjeni një email me udhëzimet. Shikoni edhe te posta e padëshiruar (spam).
reset-title = Fjalëkalim i ri
reset-invalid = Lidhja nuk është e vlefshme, është përdorur tashmë ose ka skaduar. Kërkoni një lidhje të re.
reset-done = Fjalëkalimi u ruajt. Tani mund të hyni me fjalëkalimin e ri.

## Conditions
conditions-title = Kushtet e shërbimit
conditions-intro = Për të paguar me PagoScuola, lexoni dhe pranoni kushtet e shërbimit dhe njoftimin për përpunimin e të dhënave personale. I pranoni një herë; do t'jua kërkojmë përsëri vetëm nëse ndryshojnë.
conditions-version = Versioni i datës
accept-conditions-label = I kam lexuar dhe i pranoj kushtet e shërbimit
accept-privacy-notice-label = E kam lexuar njoftimin për përpunimin e të dhënave personale
accept-and-continue = Prano dhe vazhdo
conditions-accepted = Keni pranuar kushtet e shërbimit më

## Family home
family-title = Zona juaj
family-greeting = Përshëndetje, { $name }
family-profile = Të dhënat tuaja
full-name-label = Emri dhe mbiemri
username-only = Emri i përdoruesit
change-password-link = Ndryshoni fjalëkalimin
opens-new-tab = hapet në një skedë të re

## Development mailbox
mailbox-title = Posta e zhvillimit
mailbox-intro = Vetëm në modalitetin demonstrues: mesazhet që ka përgatitur shërbimi, nga më i fundit. Askush nuk i merr vërtet.
mailbox-empty = Asnjë mesazh.
mailbox-to = Për
mailbox-sent = Dërguar
mailbox-queued = Në pritje

## Texts with values
full-name = { $given_name } { $surname }
# A birthplace that no longer exists: "Abano (PD, fino al 1924)".
birthplace-until = { $name } ({ $province }, deri më { $year })
birthplace-in = { $name } ({ $province })
step-heading = { $title } (hapi { $step } nga { $steps })

## Registration and recovery limits
problem-too-long = Teksti është shumë i gjatë për këtë fushë: shkruajeni përsëri, më shkurt.
problem-try-later = Në këtë moment ka shumë regjistrime në proces: provoni përsëri më vonë.
recovery-limited = Shumë kërkesa rikuperimi për këto të dhëna ose nga kjo lidhje: provoni përsëri më vonë, pas 15 minutash.

# Log-ins (throttling and the password hasher's queue)
login-busy = Shumë hyrje në këtë moment: provo përsëri pas disa sekondash.

## frame (issue 12)
prefill-note = Data, gjinia dhe vendi i lindjes vijnë nga kodi yt fiskal: kontrolloji dhe korrigjoji nëse duhet.
done-resend = Dërgoje sërish emailin
done-correct = Korrigjo emailin
done-resent = Të dërguam një email të ri "Conferma registrazione": përdor lidhjen e emailit më të fundit.
done-retry-at = Kërkove shumë email në pak kohë. Mund të provosh sërish nga ora { $time }.
done-correct-intro = Shkruaj adresën e saktë: do të të dërgojmë një lidhje të re dhe ajo e mëparshmja nuk do të punojë më.
done-send-new = Dërgo lidhjen e re
cancel = Anulo
show-password = Shfaq fjalëkalimin
profile-title = Profili yt

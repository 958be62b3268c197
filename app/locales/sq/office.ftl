# PagoScuola · Shqip (sq) · the school office console (segreteria) and administration
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)

office-title = Sekretaria
admin-title = Administrimi

## The console's entry and dashboard

office-choose-school = Zgjidh shkollën, sekretarinë e së cilës do të hapësh.
role-ds = Drejtor
role-dsga = Përgjegjës administrativ (DSGA)
role-aa = Punonjës i sekretarisë
figure-pupils = nxënës
figure-unseen = nxënës që asnjë prind nuk i sheh ende
figure-events = ngjarje pagese
unseen-hint = Një prind i sheh njoftimet e fëmijës vetëm kur shkolla ka regjistruar email-in e tij ose i ka dhënë një kod aktivizimi. Hap listën e nxënësve pa prind dhe krijo një kod për secilin.

## Who sees a pupil (office)

activation-title = Kush i sheh njoftimet
activation-heading = Kush i sheh njoftimet e { $pupil }
pupil-line = Klasa { $class }
back-to-pupil = Kthehu te nxënësi
activation-explained = Një prind i sheh njoftimet vetëm kur shkolla e konfirmon: me email-in që shkolla ka regjistruar për të (nëse përputhet me atë të llogarisë) ose me një kod aktivizimi të dhënë me letër ose të dërguar me email.
payers-title = Prindër dhe kujdestarë
no-payers = Asnjë prind i regjistruar për këtë nxënës: shtoje nga faqja e nxënësit.
column-payer = Prindi
column-email = Email-i i regjistruar nga shkolla
column-access = I sheh njoftimet?
column-actions = Veprime
access-by-email = Po, me email-in e regjistruar nga shkolla
access-by-code = Po, me një kod aktivizimi
access-not-vouched = Jo ende: ka llogari, por me një email tjetër. Duhet një kod.
access-no-account = Asnjë llogari e lidhur
no-email = Asnjë
code-pending = Kod i dhënë, i vlefshëm deri më { $day }
issue-code = Krijo kod aktivizimi
send-code = Dërgo me email
letter-ready = Kodi u krijua. Printoje letrën tani: për siguri kodi nuk do të shfaqet më (kodet e dhëna më parë këtij prindi nuk vlejnë më).
letter-subject = Kod aktivizimi për njoftimet e { $pupil }
letter-greeting = I/E nderuar { $name } (kodi fiskal { $cf }),
letter-text = shkolla { $school } konfirmon se ti paguan për { $pupil } (klasa { $class }). Për të parë dhe paguar njoftimet në PagoScuola:
letter-step-register = regjistrohu në PagoScuola me kodin tënd fiskal { $cf }, ose hyr nëse ke tashmë llogari: { $url }
letter-step-code = në faqen e njoftimeve të tua, te «Nuk e sheh një fëmijë?», shkruaj kodin më poshtë dhe shtyp «Përdor kodin»;
letter-step-done = që atëherë i sheh njoftimet e { $pupil } dhe mund t'i paguash.
letter-validity = Kodi vlen deri më { $day }, një herë të vetme dhe vetëm për kodin fiskal { $cf }. Mos ia jep askujt tjetër.
letter-print-hint = Për ta printuar përdor «Printo» të shfletuesit (Ctrl+P): printohet vetëm letra.
activation-no-email = Shkolla nuk ka regjistruar email-in e këtij prindi: printo letrën.
activation-email-queued = Email-i po niset: kodi krijohet kur dërgohet, dhe kodet e dhëna më parë këtij prindi nuk vlejnë më.

## Activation code: the family's form and the email

activation-code-label = Kodi i aktivizimit
activation-code-hint = E gjen në letrën ose email-in e shkollës: 12 shkronja e shifra, për shembull ACDE-FGHJ-KMNP.
activation-submit = Përdor kodin
activation-missing = Shkruaj kodin e aktivizimit
activation-invalid = Kod i pavlefshëm ose i skaduar
activation-too-many = Shumë përpjekje: provo sërish pas 15 minutash
activation-done = U krye: tani i sheh njoftimet e { $child }.
missing-child-title = Nuk e sheh një fëmijë?
missing-child-intro = Njoftimet e një fëmije i sheh vetëm kur shkolla konfirmon se ti paguan për të. Nëse mungon një:
missing-child-empty = Ende nuk sheh asnjë fëmijë: njoftimet e tij i sheh vetëm kur shkolla konfirmon se ti paguan për të. Për këtë:
missing-child-email = kërkoji sekretarisë së shkollës të regjistrojë email-in tënd, të njëjtin me atë të llogarisë: që atëherë e sheh;
missing-child-code = ose kërkoji sekretarisë një kod aktivizimi (me letër ose me email) dhe shkruaje këtu.
activation-mail-parent = prind
activation-mail-subject = Kod aktivizimi për njoftimet e shkollës
activation-mail-text = shkolla { $school } konfirmon se ti paguan për { $pupil }: me kodin më poshtë i sheh njoftimet në PagoScuola.
activation-mail-steps = Hyr në PagoScuola me kodin tënd fiskal (nëse nuk ke llogari, regjistrohu më parë), hap faqen e njoftimeve të tua dhe, te «Nuk e sheh një fëmijë?», shkruaj kodin. Kodi vlen 90 ditë, një herë të vetme dhe vetëm për kodin tënd fiskal.
activation-mail-link = Hap njoftimet e tua

## Platform administration

admin-schools-title = Shkollat me sekretari
admin-no-schools = Asnjë shkollë nuk ka ende llogari sekretarie.
column-school = Shkolla
column-staff = Personeli
admin-add-school-title = Shto një shkollë
admin-add-staff-title = Jepi një shkolle llogarinë e parë të sekretarisë
admin-add-staff-hint = Nëse ekziston tashmë një llogari me këtë kod fiskal, merr rolin; përndryshe krijohet dhe fjalëkalimi i përkohshëm dërgohet me email.
school-code-label = Kodi i shkollës (codice meccanografico)
school-name-label = Emri i shkollës
school-kind-label = Lloji i shkollës
school-address-label = Adresa
school-postcode-label = Kodi postar
school-town-label = Komuna
school-province-label = Provinca (shkurtimi, për shembull MI)
school-fiscal-code-label = Kodi fiskal i shkollës
school-email-label = Email-i i shkollës
add-school = Shto shkollën
staff-cf-label = Kodi fiskal
staff-surname-label = Mbiemri
staff-given-name-label = Emri
staff-email-label = Email
staff-role-label = Roli
add-staff = Jep qasje
problem-required = Fushë e detyrueshme
problem-school-code = Kodi i shkollës nuk është i vlefshëm: 10 shkronja e shifra, për shembull MIIC8CY00P
problem-fiscal-code = Kodi fiskal i shkollës nuk është i vlefshëm: 11 shifra
problem-province = Provincë e panjohur: shkruaj shkurtimin, për shembull MI
problem-postcode = Kod postar i pavlefshëm: 5 shifra
problem-email = Email i pavlefshëm
problem-codice-fiscale = Kod fiskal i pavlefshëm
problem-unknown-school = Asnjë shkollë me këtë kod: shtoje më parë
problem-role = Zgjidh rolin
problem-too-long = Tekst shumë i gjatë
school-added = Shkolla u shtua.
staff-created = Llogaria u krijua: fjalëkalimi i përkohshëm u dërgua me email.
staff-granted = Llogaria ekzistuese me këtë kod fiskal mori rolin.

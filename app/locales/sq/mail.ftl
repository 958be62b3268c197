# PagoScuola · Shqip (sq) · the emails
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)

mail-greeting = Përshëndetje { $name },
mail-closing = Ky mesazh dërgohet automatikisht: mos iu përgjigjni. Nëse nuk keni qenë ju, shpërfilleni.
mail-signature = PagoScuola

## Conferma registrazione
confirm-subject = Conferma registrazione (Konfirmoni regjistrimin)
confirm-text = keni kërkuar të regjistroheni në PagoScuola. Për të konfirmuar adresën tuaj email, hapni këtë lidhje brenda 24 orëve. Pas konfirmimit do të merrni emrin e përdoruesit dhe një fjalëkalim të përkohshëm.
confirm-link = Konfirmo regjistrimin

## Creazione utenza
created-subject = Creazione utenza (Llogaria juaj u krijua)
created-text = adresa juaj u konfirmua dhe llogaria juaj është gati. Fjalëkalimi është i përkohshëm: vlen 72 orë dhe vetëm për hyrjen e parë, kur do t'ju kërkojmë të zgjidhni një fjalëkalim tuajin.
created-username = Emri i përdoruesit
created-password = Fjalëkalimi i përkohshëm
created-link = Hyni në PagoScuola

## Pagamento eseguito
paid-subject = Pagamento eseguito (Pagesa u krye)
paid-text = pagesa u krye. Ja përmbledhja; dëftesat dhe vërtetimet për deklaratën e të ardhurave janë në faqen tuaj.
paid-link = Dëftesat tuaja
paid-fee = Komisioni ({ $psp })
paid-total = Totali i debituar

## Recupero credenziali
recovery-subject = Recupero credenziali (Rikuperimi i të dhënave të hyrjes)
recovery-text = keni kërkuar të rikuperoni të dhënat e hyrjes në PagoScuola. Ja emri juaj i përdoruesit; për të zgjedhur një fjalëkalim të ri, hapni lidhjen brenda 1 ore.
recovery-link = Zgjidhni një fjalëkalim të ri
recovery-username = Emri i përdoruesit
# What a notice is for, and for whom: in the mail's summary and in the cart's notes.
what-for-whom = { $what } ({ $pupil })

# Payments through the sandbox PSP (a test: no money moved)
paid-subject-test = Pagesë prove e kryer (pa vlerë)
paid-test = Kjo ishte një pagesë prove, me PSP-në e simuluar të PagoScuola: nuk u transferuan para dhe dëftesat nuk kanë vlerë.

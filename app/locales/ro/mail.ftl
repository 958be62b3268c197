# PagoScuola · Română (ro) · the emails
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)

mail-greeting = Bună ziua, { $name },
mail-closing = Acest mesaj este trimis automat: nu răspunde la el. Dacă nu ai fost tu, ignoră-l.
mail-signature = PagoScuola

## Conferma registrazione
# The Italian subject stays first: it is the name the school office and the paper notices use.
confirm-subject = Conferma registrazione (Confirmă înregistrarea)
confirm-text = Ai cerut să te înregistrezi la PagoScuola. Ca să confirmi adresa de e-mail, deschide acest link în termen de 24 de ore. După confirmare vei primi numele de utilizator și o parolă provizorie.
confirm-link = Confirmă înregistrarea

## Creazione utenza
created-subject = Creazione utenza (Contul tău a fost creat)
created-text = Adresa ta este confirmată și contul tău este gata. Parola este provizorie: este valabilă 72 de ore și doar pentru prima intrare în cont, când îți vom cere să alegi o parolă a ta.
created-username = Nume de utilizator
created-password = Parolă provizorie
created-link = Intră în PagoScuola

## Pagamento eseguito
paid-subject = Pagamento eseguito (Plată efectuată)
paid-text = Plata a fost efectuată. Iată rezumatul; chitanțele și adeverințele pentru declarația de venituri sunt în pagina ta.
paid-link = Chitanțele tale
paid-fee = Comision ({ $psp })
paid-total = Total debitat

## Recupero credenziali
recovery-subject = Recupero credenziali (Recuperarea datelor de acces)
recovery-text = Ai cerut să recuperezi datele de acces la PagoScuola. Iată numele tău de utilizator; ca să alegi o parolă nouă, deschide linkul în termen de o oră.
recovery-link = Alege o parolă nouă
recovery-username = Nume de utilizator
# What a notice is for, and for whom: in the mail's summary and in the cart's notes.
what-for-whom = { $what } ({ $pupil })

# Payments through the sandbox PSP (a test: no money moved)
paid-subject-test = Plată de test efectuată (fără valoare)
paid-test = Aceasta a fost o plată de test, cu PSP-ul simulat al PagoScuola: nu s-au transferat bani, iar chitanțele nu au valoare.

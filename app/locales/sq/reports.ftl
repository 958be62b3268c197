# PagoScuola · Shqip (sq) · the office's money reports: reconciliation, refunds, 730 data
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)

reconciliation-title = Arkëtime dhe rimbursime
tax-title = Të dhëna për deklaratën 730

## Reconciliation of a period

reconciliation-intro = Paratë që arritën në shkollë, ditë pas dite dhe sipas ofruesit të shërbimit të pagesës (PSP). Komisionet i paguajnë familjet te PSP-ja mbi shumën: nuk e ulin arkëtimin e shkollës.
period-legend = Periudha
period-from = Nga
period-to = Deri
period-show = Shfaq
period-from-invalid = Shkruaj një datë të vlefshme, për shembull 01/11/2026.
period-to-invalid = Shkruaj një datë të vlefshme, për shembull 30/11/2026.
period-to-before-from = Data e fundit vjen para datës së fillimit.
period-too-long = Më së shumti një vit njëherësh.
period-shown = Nga { $from } deri { $to }
figure-receipts = dëftesa
figure-amount = të arkëtuara
figure-fees = komisione të paguara nga familjet
col-day = Dita
col-psp = PSP
col-receipts = Dëftesa
col-amount = Arkëtuar
col-fees = Komisione
no-receipts = Asnjë arkëtim në këtë periudhë.
reconciliation-csv = Shkarko të gjitha dëftesat e periudhës (CSV)

## Refunds the school owes

refunds-title = Rimbursime për të bërë
refunds-intro = Para të ardhura për një njoftim tashmë të paguar ose që nuk paguhet më: shkolla ia kthen familjes, pastaj e shënon këtu si të rimbursuar. Deri atëherë familja e sheh rimbursimin që i takon.
refunds-none = Asnjë rimbursim.
refund-col-notice = Njoftimi
refund-col-pupil = Nxënësi
refund-col-amount = Shuma
refund-col-reason = Arsyeja
refund-col-state = Gjendja
refund-reason-paid-twice = Paguar dy herë
refund-reason-not-payable = Njoftim që nuk paguhet më
refund-to-make = Për t'u rimbursuar (regjistruar më { $day })
refund-made = Rimbursuar më { $day }
refund-mark = Shëno si të rimbursuar
refund-mark-about = Shëno si të rimbursuar njoftimin { $number } të { $pupil }
refund-settled = Rimbursimi i njoftimit { $number } është shënuar si i bërë.
refunds-who = Vetëm drejtori i shkollës dhe DSGA mund ta shënojnë një rimbursim si të bërë.

## Tax data for the pre-filled return (730)

tax-intro = Për deklaratën e parapërgatitur shkolla i komunikon Agjencisë së të Ardhurave (Agenzia delle Entrate), deri më 16 mars, shpenzimet e zbritshme të vitit të kaluar: për çdo nxënës dhe për atë që pagoi, shumën e pagesave të zbritshme.
tax-year = Viti
tax-show = Shfaq
tax-year-refused = Ai vit nuk është i disponueshëm: ja viti { $year }.
tax-col-pupil = Nxënësi
tax-col-payer = Kush pagoi
tax-col-amount = Shuma e zbritshme
tax-col-payments = Pagesa
tax-total = Totali i zbritshëm për { $year }: { $amount }
tax-payer-unknown = I panjohur
tax-without-payer = Rreshta pa kodin fiskal të paguesit (pagesa pa llogari ose jashtë PagoScuola): { $count }. Agjencia e kërkon vetëm kur shkolla e njeh.
tax-none = Asnjë pagesë e zbritshme në këtë vit.
tax-csv = Shkarko të dhënat e { $year } (CSV)
tax-csv-explained = Çdo rresht i skedarit ka vitin, kodin fiskal të nxënësit dhe të paguesit dhe shumën. Përdoret me programin e Agjencisë së të Ardhurave që përgatit komunikimin.

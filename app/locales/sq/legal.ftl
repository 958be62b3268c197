# PagoScuola · Shqip (sq) · the service conditions and the registration terms
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)

condition-01-title = Objekti
condition-01-text = PagoScuola u lejon familjeve të shohin dhe të paguajnë njoftimet e pagesës që shkollat lëshojnë për fëmijët e tyre, përmes sistemit pagoPA.
condition-02-title = Kush mund ta përdorë
condition-02-text = Shërbimi është i rezervuar për prindërit, kujdestarët dhe personat e deleguar nga shkolla, të regjistruar me codice fiscale të tyre.
condition-03-title = Të dhënat e hyrjes
condition-03-text = Emri i përdoruesit dhe fjalëkalimi janë personalë. Ruajini mirë dhe mos ia tregoni askujt: veprimet e kryera me të dhënat tuaja të hyrjes ju atribuohen juve.
condition-04-title = Të dhëna të vërteta
condition-04-text = Ju angazhoheni të jepni të dhëna të vërteta dhe të përditësuara, veçanërisht adresën email ku merrni njoftimet dhe dëftesat.
condition-05-title = Njoftimet e pagesës
condition-05-text = Njoftimet lëshohen nga shkollat, të cilat janë përgjegjëse për shumat, arsyet e pagesës dhe afatet. Për pyetje mbi përmbajtjen e një njoftimi, drejtojuni sekretarisë së shkollës.
condition-06-title = Pagesat
condition-06-text = Pagesat kryhen nga ofruesi i shërbimit të pagesës (PSP) që zgjidhni, sipas kushteve të tij. PagoScuola nuk ruan të dhëna kartash ose llogarish.
condition-07-title = Komisionet
condition-07-text = PSP mund të aplikojë një komision, i cili shfaqet gjithmonë para pagesës. PagoScuola nuk aplikon kosto shtesë.
condition-08-title = Rezultati dhe dëftesat
condition-08-text = Një njoftim rezulton i paguar vetëm kur PSP konfirmon rezultatin e pagesës. Dëftesa dhe vërtetimi për zbritjet tatimore mbeten të disponueshme në zonën tuaj.
condition-09-title = Pagesat vullnetare
condition-09-text = Kontributet vullnetare janë fakultative; shuma mund të ndryshohet vetëm kur shkolla e lejon.
condition-10-title = Disponueshmëria
condition-10-text = Shërbimi mund të pezullohet për mirëmbajtje ose për shkaqe të jashtme (pagoPA, PSP). Ndërprerjet e planifikuara njoftohen.
condition-11-title = Përdorimi i rregullt
condition-11-text = Ndalohet përdorimi i shërbimit për qëllime të ndryshme nga ato të parashikuara, si dhe përpjekja për të hyrë në të dhënat e personave të tjerë.
condition-12-title = Komunikimet
condition-12-text = Komunikimet e shërbimit vijnë në adresën email të dhënë gjatë regjistrimit dhe në zonën tuaj.
condition-13-title = Ndryshimet
condition-13-text = Këto kushte mund të ndryshojnë: versioni i ri do t'ju paraqitet dhe do të duhet ta pranoni para se të paguani përsëri.
condition-14-title = Ligji i zbatueshëm
condition-14-text = Zbatohet ligji italian. Për sinjalizime shkruani te assistenza@pagoscuola.it.
registration-term-01-title = Regjistrimi
registration-term-01-text = Regjistroheni me codice fiscale tuaj dhe me të dhënat tuaja personale, të cilat duhet të përputhen. Një person ka vetëm një llogari.
registration-term-02-title = Email
registration-term-02-text = Adresa email duhet konfirmuar brenda 24 orëve me lidhjen që ju dërgojmë; pastaj merrni emrin e përdoruesit dhe një fjalëkalim të përkohshëm.
registration-term-03-title = Kushtet e shërbimit
registration-term-03-text = Në hyrjen e parë do t'ju kërkojmë të pranoni kushtet e shërbimit, të cilat nevojiten për të paguar.

## frame (issue 12)
conditions-key-title = Shkurt
conditions-key-01 = Për shumat dhe afatet e njoftimeve pyet shkollën.
conditions-key-02 = PagoScuola nuk shton kosto; tarifën e PSP-së e sheh më parë.
conditions-key-03 = Një njoftim është paguar kur PSP e konfirmon.
conditions-key-04 = Emri i përdoruesit dhe fjalëkalimi janë vetëm të tutë.
conditions-full = Lexo të 14 kushtet

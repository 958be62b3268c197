# PagoScuola · Shqip (sq) · class representatives: the office's delegation, the representative's page
# native-speaker-review: no (translated by the team with care; waiting for a native speaker's review)

## The office's event page

rep-title = Përfaqësuesit e klasës
rep-intro = Një prind i klasës, i deleguar nga sekretaria, mund të paguajë për gjithë klasën njoftimet e kësaj ngjarjeje. Paguan njoftimin e secilit nxënës, jo më shumë se 5 për pagesë (kufiri i pagoPA): çdo familje e sheh të paguar njoftimin e fëmijës së vet, raporti mbetet për nxënës dhe asnjë njoftim nuk paguhet dy herë.
rep-no-classes = Ngjarja nuk ka ende njoftime: pas publikimit mund të delegoni një përfaqësues për çdo klasë.
rep-none = Asnjë përfaqësues i deleguar.
rep-col-class = Klasa
rep-col-parent = Përfaqësuesi
rep-col-action = Veprimi
rep-end = Anulo delegimin
rep-end-label = Anulo delegimin e { $name } për klasën { $class }
rep-form-title = Delego një përfaqësues
rep-class-label = Klasa
rep-cf-label = Kodi fiskal i prindit
rep-cf-hint = Një prind i regjistruar i një nxënësi të klasës, që i sheh tashmë fëmijët në PagoScuola. Nëse klasa ka tashmë një përfaqësues, ky e zëvendëson.
rep-delegate = Delego
rep-problem-class = Zgjidhni një klasë që ka njoftime të kësaj ngjarjeje.
rep-problem-cf = Shkruani një kod fiskal të vlefshëm me 16 karaktere.
rep-problem-parent = Asnjë prind i regjistruar i kësaj klase nuk ka këtë kod fiskal. Lidheni më parë prindin me nxënësin (email i regjistruar ose kod aktivizimi).
rep-outcome-done = Përfaqësuesi u delegua: tani i gjen njoftimet e klasës në faqen "Paguaj për klasën".
rep-outcome-ended = Delegimi u anulua. Pagesat e bëra mbeten të vlefshme.

## The representative's page

class-pay-title = Paguaj për klasën
class-pay-intro = Sekretaria ju ka deleguar si përfaqësues të klasës. Shënoni nxënësit për të cilët paguani: pagoPA pranon jo më shumë se 5 njoftime për pagesë, prandaj çdo pagesë mbulon deri në 5 nxënës dhe ka komisionin e vet. Çdo familje do ta shohë të paguar njoftimin e fëmijës së vet.
class-pay-deductible = Shpenzim i zbritshëm: në deklaratën 730 zbritja i takon atij që paguan. Familjet që duan ta zbresin paguajnë vetë.
class-pay-none = Nuk jeni përfaqësues i asnjë klase. Delegimin e jep sekretaria e shkollës.
class-pay-heading = { $reason } · klasa { $class }
class-pay-summary = Të paguara { $paid } nga { $total } · për t'u paguar { $due }
class-pay-left = { $count ->
    [0] Nuk ka asgjë për të paguar.
    [one] Mbetet 1 njoftim për t'u paguar.
   *[other] Mbeten { $count } njoftime për t'u paguar.
}
class-pay-payments = { $payments ->
    [one] Mjafton 1 pagesë.
   *[other] Duhen { $payments } pagesa, jo më shumë se 5 njoftime secila.
}
class-pay-choose = Nxënësit për të cilët paguani (5 të parët janë shënuar tashmë)
class-pay-button = Paguaj të shënuarit
class-pay-paid = Paguar
class-pay-busy = Pagesë në vazhdim
class-pay-closed = Nuk paguhet më
class-pay-due = afati { $date }
class-pay-link = Jeni përfaqësues i klasës: paguani për klasën
class-pay-back = Kthehu te njoftimet tuaja

//! Fixed texts, Italian then English. One line per key keeps both languages side by side.

use serde::{Deserialize, Serialize};

/// Declares one table of texts: an enum of keys with their Italian and English texts.
macro_rules! messages {
    ($name:ident { $($key:ident => $it:literal, $en:literal;)* }) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
        pub enum $name { $($key,)* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key,)*];
        }

        impl $crate::i18n::Translate for $name {
            fn texts(self) -> (&'static str, &'static str) {
                match self { $($name::$key => ($it, $en),)* }
            }
        }
    };
}
pub(crate) use messages;

messages! { Msg {
    // Page shell
    SkipToContent => "Vai al contenuto principale", "Skip to main content";
    ServiceName => "PagoScuola", "PagoScuola";
    ServiceTagline => "I pagamenti della scuola, per le famiglie", "School payments, for families";
    LogIn => "Accedi", "Log in";
    LanguageSwitch => "Lingua", "Language";
    MainNav => "Menu principale", "Main menu";
    NavHome => "Home", "Home";
    NavSchools => "Cerca la scuola", "Find a school";
    FooterNav => "Informazioni sul servizio", "About the service";
    FooterPrivacy => "Informativa privacy", "Privacy notice";
    FooterAccessibility => "Dichiarazione di accessibilità", "Accessibility statement";
    FooterAbout => "PagoScuola: i pagamenti alle scuole italiane tramite pagoPA.", "PagoScuola: payments to Italian schools through pagoPA.";
    FooterNoCardData => "PagoScuola non conserva alcun dato di carte di pagamento o conti correnti.", "PagoScuola never stores payment card or bank account data.";
    MetaDescription => "Paga gli avvisi della scuola dei tuoi figli, anche di scuole diverse, scegliendo il prestatore di servizi di pagamento più conveniente.", "Pay your children's school notices, even from different schools, choosing the cheapest payment provider.";

    // Home
    HomeTitle => "Paga la scuola dei tuoi figli in pochi passi", "Pay your children's school in a few steps";
    HomeIntro => "Con PagoScuola vedi tutti gli avvisi di pagamento dei tuoi figli, anche di scuole diverse, e li paghi insieme scegliendo il prestatore di servizi di pagamento (PSP) con la commissione più bassa.", "With PagoScuola you see every payment notice for your children, even from different schools, and pay them together with the payment service provider (PSP) that charges the lowest fee.";
    HomeLoginCta => "Accedi all'area famiglie", "Log in to the family area";
    HomeRegisterCta => "Non hai un'utenza? Registrati", "No account? Register";
    HomeFeaturesTitle => "Cosa puoi fare", "What you can do";
    HomeFeatureNoticesTitle => "Tutti gli avvisi in un posto", "Every notice in one place";
    HomeFeatureNoticesText => "Gite, assicurazione, contributi: vedi cosa c'è da pagare e le scadenze, per ogni figlio.", "Trips, insurance, contributions: see what is due and when, for each child.";
    HomeFeaturePayTitle => "Paghi come preferisci", "Pay the way you like";
    HomeFeaturePayText => "Carta, conto corrente o app: confronti le commissioni e scegli il PSP che costa meno.", "Card, bank account or app: compare the fees and choose the cheapest PSP.";
    HomeFeatureReceiptsTitle => "Ricevute sempre a portata di mano", "Receipts always at hand";
    HomeFeatureReceiptsText => "Ricevuta di pagamento e attestazione per le detrazioni fiscali, da scaricare quando vuoi.", "Payment receipt and tax-deduction certificate, ready to download whenever you need them.";
    HomeVoluntaryTitle => "Versamenti volontari: trova la scuola", "Voluntary payments: find the school";
    HomeVoluntaryText => "Cerca la scuola per codice meccanografico, oppure per regione, provincia e comune.", "Find the school by its school code, or by region, province and town.";

    // Directory
    SchoolsTitle => "Cerca la scuola", "Find a school";
    SchoolsIntro => "Cerca per codice meccanografico oppure scegli regione, provincia e comune. Puoi anche cercare per nome.", "Search by school code, or choose region, province and town. You can also search by name.";
    SearchByCode => "Cerca per codice", "Search by code";
    SearchByPlace => "Cerca per luogo o per nome", "Search by place or by name";
    CodeLabel => "Codice meccanografico", "School code (codice meccanografico)";
    CodeHint => "10 caratteri, per esempio MIIC8CY00P. Se lo conosci, gli altri campi non servono.", "10 characters, for example MIIC8CY00P. If you know it, you need nothing else.";
    RegionLabel => "Regione", "Region";
    ProvinceLabel => "Provincia", "Province";
    TownLabel => "Comune", "Town";
    NameLabel => "Nome della scuola", "School name";
    NameHint => "Almeno 3 lettere, per esempio Manzoni.", "At least 3 letters, for example Manzoni.";
    AnyRegion => "Tutte le regioni", "All regions";
    AnyProvince => "Tutte le province", "All provinces";
    AnyTown => "Tutti i comuni", "All towns";
    SearchButton => "Cerca", "Search";
    NewSearch => "Nuova ricerca", "New search";
    ResultsTitle => "Risultati", "Results";
    ResultsTruncated => "Ci sono molti risultati: qui vedi i primi 50. Restringi la ricerca scegliendo la provincia, il comune o il nome.", "There are many results: the first 50 are shown. Narrow the search with a province, town or name.";
    NoResultsHelp => "Controlla il codice, oppure allarga la ricerca togliendo il comune o il nome.", "Check the code, or widen the search by removing the town or the name.";
    ErrorSummaryTitle => "Controlla i dati inseriti", "Please check what you entered";
    Searching => "Ricerca in corso…", "Searching…";
    SearchFailed => "La ricerca non è riuscita. Controlla la connessione e riprova.", "The search did not work. Check your connection and try again.";
    ProblemCodeCharacters => "Il codice meccanografico inizia con le 2 lettere della provincia e contiene solo lettere e numeri, per esempio MIIC8CY00P.", "The school code starts with the province's 2 letters and has only letters and digits, for example MIIC8CY00P.";
    ProblemUnknownRegion => "Regione non riconosciuta: scegline una dall'elenco.", "Unknown region: choose one from the list.";
    ProblemUnknownProvince => "Provincia non riconosciuta: scegline una dall'elenco.", "Unknown province: choose one from the list.";
    ProblemProvinceNotInRegion => "Questa provincia non fa parte della regione scelta.", "This province is not in the chosen region.";
    ProblemEmptySearch => "Inserisci il codice meccanografico, oppure scegli almeno la regione o scrivi il nome della scuola.", "Enter the school code, or choose at least a region or type the school's name.";

    // School page
    SchoolCodeLabel => "Codice meccanografico", "School code";
    SchoolKindLabel => "Tipo di scuola", "Type of school";
    AddressLabel => "Indirizzo", "Address";
    EmailLabel => "Email", "Email";
    CreditorCodeLabel => "Codice fiscale dell'ente creditore", "Creditor's fiscal code";
    SchoolDetails => "Dati della scuola", "School details";
    SchoolPaymentsTitle => "Pagamenti", "Payments";
    SchoolPaymentsText => "Gli avvisi emessi da questa scuola per i tuoi figli compaiono nella tua area famiglie dopo l'accesso. I versamenti volontari online per questa scuola non sono ancora attivi su PagoScuola.", "Notices this school issues for your children appear in your family area once you log in. Online voluntary payments for this school are not yet available on PagoScuola.";
    SchoolNotFoundTitle => "Scuola non trovata", "School not found";
    SchoolNotFoundText => "Non c'è una scuola con questo codice meccanografico. Controlla il codice o cerca la scuola nell'elenco.", "There is no school with this school code. Check the code or look for the school in the directory.";
    BackToSearch => "Torna alla ricerca", "Back to the search";

    // Kinds of school
    KindComprehensive => "Istituto comprensivo", "Comprehensive school (ages 3-14)";
    KindInfant => "Scuola dell'infanzia", "Nursery school";
    KindPrimary => "Scuola primaria", "Primary school";
    KindLowerSecondary => "Scuola secondaria di primo grado", "Lower secondary school";
    KindUpperSecondary => "Istituto di istruzione superiore", "Upper secondary school";
    KindTechnical => "Istituto tecnico", "Technical school";
    KindVocational => "Istituto professionale", "Vocational school";

    // Log-in page (the family area arrives with registration)

    // Errors
    NotFoundTitle => "Pagina non trovata", "Page not found";
    NotFoundText => "L'indirizzo potrebbe essere sbagliato, oppure la pagina non esiste più.", "The address may be wrong, or the page no longer exists.";
    GoHome => "Torna alla home", "Back to the home page";
    ServerErrorTitle => "Qualcosa non ha funzionato", "Something went wrong";
    ServerErrorText => "Non siamo riusciti a completare la richiesta. Riprova tra qualche minuto: i tuoi dati non sono andati persi.", "We could not complete the request. Please try again in a few minutes: none of your data was lost.";

    // Privacy notice
    PrivacyTitle => "Informativa sul trattamento dei dati personali", "Privacy notice";
    PrivacyWhoTitle => "Chi tratta i dati", "Who processes the data";
    PrivacyWho => "Titolare del trattamento per i pagamenti è la scuola che emette l'avviso; PagoScuola tratta i dati per conto della scuola, come responsabile del trattamento (art. 28 del Regolamento UE 2016/679, GDPR).", "The controller for payments is the school that issues the notice; PagoScuola processes the data on the school's behalf, as processor (art. 28 of EU Regulation 2016/679, GDPR).";
    PrivacyWhatTitle => "Quali dati e perché", "Which data and why";
    PrivacyWhat => "Per la sola consultazione dell'elenco delle scuole non raccogliamo dati personali. Per pagare trattiamo codice fiscale, nome, cognome ed email del genitore e i dati degli alunni necessari agli avvisi, solo per eseguire i pagamenti e rilasciare ricevute e attestazioni.", "Looking up the school directory collects no personal data. To pay we process the parent's tax code, name, surname and email and the pupils' data needed for the notices, only to carry out payments and issue receipts and certificates.";
    PrivacyCookiesTitle => "Cookie", "Cookies";
    PrivacyCookies => "Usiamo solo cookie tecnici: uno ricorda la lingua scelta e, dopo l'accesso, uno mantiene la sessione. Nessun cookie di profilazione o di terze parti.", "We use technical cookies only: one remembers the chosen language and, after log-in, one keeps the session. No profiling or third-party cookies.";
    PrivacyPaymentsTitle => "Dati di pagamento", "Payment data";
    PrivacyPayments => "I dati di carte e conti correnti sono inseriti solo presso il prestatore di servizi di pagamento scelto: PagoScuola non li vede e non li conserva.", "Card and bank account details are entered only with the chosen payment provider: PagoScuola neither sees nor stores them.";
    PrivacyRightsTitle => "I tuoi diritti", "Your rights";
    PrivacyRights => "Puoi chiedere accesso, rettifica o cancellazione dei tuoi dati scrivendo a privacy@pagoscuola.it, e puoi rivolgerti al Garante per la protezione dei dati personali.", "You can ask for access, correction or deletion of your data by writing to privacy@pagoscuola.it, and you may complain to the Italian Data Protection Authority (Garante).";

    // Accessibility statement
    AccessibilityTitle => "Dichiarazione di accessibilità", "Accessibility statement";
    AccessibilityIntro => "PagoScuola si impegna a rendere il servizio accessibile a tutti, secondo le Linee guida AgID sull'accessibilità e il livello AA delle WCAG 2.1.", "PagoScuola is committed to making the service accessible to everyone, following the AgID accessibility guidelines and WCAG 2.1 level AA.";
    AccessibilityStatusTitle => "Stato di conformità", "Compliance status";
    AccessibilityStatus => "Il servizio è parzialmente conforme. Ogni pagina è verificata automaticamente (axe-core) a ogni modifica, si usa con la sola tastiera, funziona su schermi larghi 360 pixel e mostra i contenuti anche senza JavaScript.", "The service is partially compliant. Every page is checked automatically (axe-core) at every change, can be used with the keyboard alone, works on screens 360 pixels wide and shows its content without JavaScript.";
    AccessibilityLimitsTitle => "Contenuti non ancora accessibili", "Content not yet accessible";
    AccessibilityLimits => "Le verifiche automatiche non sostituiscono le prove con persone che usano lettori di schermo: le stiamo pianificando. La ricerca delle scuole si aggiorna mentre scrivi solo con JavaScript attivo; senza JavaScript si usa il pulsante Cerca.", "Automatic checks do not replace testing with screen-reader users: we are planning it. The school search updates as you type only with JavaScript on; without JavaScript use the Search button.";
    AccessibilityCaptchaTitle => "Registrazione e verifica di sicurezza", "Registration and security check";
    AccessibilityCaptcha => "Il primo passo della registrazione chiede una verifica \"Non sono un robot\": non è un rompicapo da risolvere, basta selezionare la casella e il dispositivo fa un breve calcolo. Per farlo serve JavaScript attivo. Tutti gli altri passi e moduli funzionano anche senza JavaScript. Se non puoi attivarlo, scrivi ad assistenza@pagoscuola.it e ti registriamo noi.", "The first registration step asks for an \"I am not a robot\" check: there is no puzzle to solve, you tick the box and your device does a short computation. That needs JavaScript. Every other step and form works without JavaScript. If you cannot turn it on, write to assistenza@pagoscuola.it and we will register you.";
    AccessibilityFeedbackTitle => "Segnalazioni", "Feedback";
    AccessibilityFeedback => "Se incontri un ostacolo scrivi ad accessibilita@pagoscuola.it: rispondiamo entro 30 giorni. Se la risposta non ti soddisfa puoi rivolgerti al Difensore civico per il digitale presso AgID.", "If you meet a barrier write to accessibilita@pagoscuola.it: we answer within 30 days. If the answer does not satisfy you, you can contact the Digital Ombudsman at AgID.";
    LoginRequiredText => "Per vedere questa pagina accedi con le tue credenziali.", "Log in with your credentials to see this page.";
    ForbiddenText => "Questa pagina non è disponibile per la tua utenza.", "This page is not available to your account.";
    AccessibilityDate => "Dichiarazione redatta il 23/11/2026.", "Statement drawn up on 23/11/2026.";
}
}

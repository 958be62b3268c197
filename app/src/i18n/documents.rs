//! The versioned documents a family accepts: the service conditions (14 terms, as the
//! original service has) and the personal-data notice (the page /privacy). Changing a text
//! means a new version: every family is asked to accept again before paying.

use super::Lang;

pub const CONDITIONS_VERSION: &str = "2026-11-23";
/// The version of the personal-data notice shown at /privacy.
pub const PRIVACY_VERSION: &str = "2026-11-23";
/// The version of the registration terms accepted in the wizard.
pub const TERMS_VERSION: &str = "2026-11-23";

/// A version (an ISO date) as people read dates: dd/mm/yyyy.
pub fn version_label(version: &str) -> String {
    match domain::birthplace::Date::parse(version) {
        Ok(date) => date.to_italian(),
        Err(_) => version.to_string(),
    }
}

/// One term: title and text, Italian then English.
pub struct Term {
    pub title: (&'static str, &'static str),
    pub text: (&'static str, &'static str),
}

impl Term {
    pub fn title(&self, lang: Lang) -> &'static str {
        pick(lang, self.title)
    }
    pub fn text(&self, lang: Lang) -> &'static str {
        pick(lang, self.text)
    }
}

fn pick(lang: Lang, texts: (&'static str, &'static str)) -> &'static str {
    match lang {
        Lang::It => texts.0,
        Lang::En => texts.1,
    }
}

macro_rules! terms {
    ($(($ti:literal, $te:literal) => ($xi:literal, $xe:literal);)*) => {
        &[$(Term { title: ($ti, $te), text: ($xi, $xe) },)*]
    };
}

pub const CONDITIONS: &[Term] = terms! {
    ("Oggetto", "Subject") => ("PagoScuola permette alle famiglie di vedere e pagare gli avvisi di pagamento emessi dalle scuole per i propri figli, tramite il sistema pagoPA.", "PagoScuola lets families see and pay the payment notices that schools issue for their children, through the pagoPA system.");
    ("Chi può usarlo", "Who can use it") => ("Il servizio è riservato a genitori, tutori e persone delegate dalla scuola, registrati con il proprio codice fiscale.", "The service is for parents, guardians and people delegated by the school, registered with their own codice fiscale.");
    ("Credenziali", "Credentials") => ("Username e password sono personali. Custodiscili e non comunicarli a nessuno: le operazioni fatte con le tue credenziali sono attribuite a te.", "Username and password are personal. Keep them safe and share them with nobody: what is done with your credentials is attributed to you.");
    ("Dati veritieri", "Truthful data") => ("Ti impegni a fornire dati veri e aggiornati, in particolare l'indirizzo email al quale ricevi avvisi e ricevute.", "You undertake to give true and up-to-date data, in particular the email address where you receive notices and receipts.");
    ("Avvisi di pagamento", "Payment notices") => ("Gli avvisi sono emessi dalle scuole, che ne sono responsabili per importi, causali e scadenze. Per domande sul contenuto di un avviso rivolgiti alla segreteria della scuola.", "Notices are issued by schools, which are responsible for their amounts, reasons and due dates. For questions about a notice's content contact the school office.");
    ("Pagamenti", "Payments") => ("I pagamenti sono eseguiti dal prestatore di servizi di pagamento (PSP) che scegli, secondo le sue condizioni. PagoScuola non conserva dati di carte o conti.", "Payments are made by the payment service provider (PSP) you choose, under its own terms. PagoScuola stores no card or account data.");
    ("Commissioni", "Fees") => ("Il PSP può applicare una commissione, sempre mostrata prima del pagamento. PagoScuola non applica costi aggiuntivi.", "The PSP may charge a fee, always shown before you pay. PagoScuola adds no charges of its own.");
    ("Esito e ricevute", "Outcome and receipts") => ("Un avviso risulta pagato solo quando il PSP ne conferma l'esito. La ricevuta e l'attestazione per le detrazioni fiscali restano disponibili nella tua area.", "A notice is paid only when the PSP confirms the outcome. The receipt and the tax-deduction certificate stay available in your area.");
    ("Versamenti volontari", "Voluntary payments") => ("I contributi volontari sono facoltativi; l'importo può essere modificato solo quando la scuola lo consente.", "Voluntary contributions are optional; the amount can be changed only where the school allows it.");
    ("Disponibilità", "Availability") => ("Il servizio può essere sospeso per manutenzione o per cause esterne (pagoPA, PSP). Le interruzioni programmate sono annunciate.", "The service may be suspended for maintenance or external causes (pagoPA, PSPs). Planned interruptions are announced.");
    ("Uso corretto", "Proper use") => ("È vietato usare il servizio per scopi diversi da quelli previsti o tentare di accedere a dati di altre persone.", "Using the service for other purposes, or trying to reach other people's data, is forbidden.");
    ("Comunicazioni", "Communications") => ("Le comunicazioni del servizio arrivano all'email indicata alla registrazione e nella tua area.", "The service writes to the email given at registration and in your area.");
    ("Modifiche", "Changes") => ("Queste condizioni possono cambiare: la nuova versione ti sarà proposta e dovrai accettarla prima di pagare ancora.", "These conditions may change: the new version will be shown to you and you must accept it before paying again.");
    ("Legge applicabile", "Applicable law") => ("Si applica la legge italiana. Per segnalazioni scrivi ad assistenza@pagoscuola.it.", "Italian law applies. For reports write to assistenza@pagoscuola.it.");
};

pub const REGISTRATION_TERMS: &[Term] = terms! {
    ("Registrazione", "Registration") => ("Ti registri con il tuo codice fiscale e i tuoi dati anagrafici, che devono corrispondere. Una persona ha una sola utenza.", "You register with your codice fiscale and personal details, which must match. One person has one account.");
    ("Email", "Email") => ("L'indirizzo email va confermato entro 24 ore con il collegamento che ti inviamo; poi ricevi username e password provvisoria.", "The email address must be confirmed within 24 hours with the link we send; you then receive your username and a temporary password.");
    ("Condizioni del servizio", "Service conditions") => ("Al primo accesso ti chiederemo di accettare le condizioni del servizio, necessarie per pagare.", "At your first log-in we will ask you to accept the service conditions, which are needed to pay.");
};

#[cfg(test)]
mod tests {
    #[test]
    fn versions_read_as_italian_dates() {
        assert_eq!(super::version_label("2026-11-23"), "23/11/2026");
        assert_eq!(super::version_label("v2"), "v2");
        assert_eq!(super::CONDITIONS.len(), 14, "the seed speaks of 14 terms");
    }
}

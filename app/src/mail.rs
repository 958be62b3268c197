//! The emails the service sends, in the family's language (Italian first), each with a plain
//! text and an HTML part. Built here, written to the outbox by the change they report.

use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email {
    /// What the message is, for logs and the development mailbox: never its content.
    pub kind: &'static str,
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// A message of paragraphs, with at most one link, rendered twice (text and HTML).
struct Letter<'a> {
    greeting: String,
    paragraphs: Vec<String>,
    link: Option<(&'a str, &'a str)>,
    details: Vec<(&'a str, String)>,
    closing: &'a str,
}

impl Letter<'_> {
    fn render(self, kind: &'static str, to: &str, subject: &str) -> Email {
        let mut text = format!("{}\n\n", self.greeting);
        let mut html = format!(
            "<!DOCTYPE html><html><body style=\"font-family:sans-serif;line-height:1.5\"><p>{}</p>",
            escape(&self.greeting)
        );
        for paragraph in &self.paragraphs {
            text.push_str(&format!("{paragraph}\n\n"));
            html.push_str(&format!("<p>{}</p>", escape(paragraph)));
        }
        if !self.details.is_empty() {
            html.push_str("<ul>");
            for (label, value) in &self.details {
                text.push_str(&format!("{label}: {value}\n"));
                html.push_str(&format!("<li>{}: <strong>{}</strong></li>", escape(label), escape(value)));
            }
            text.push('\n');
            html.push_str("</ul>");
        }
        if let Some((label, url)) = self.link {
            text.push_str(&format!("{label}:\n{url}\n\n"));
            html.push_str(&format!("<p><a href=\"{}\">{}</a></p>", escape(url), escape(label)));
        }
        text.push_str(&format!("{}\nPagoScuola\n", self.closing));
        html.push_str(&format!("<p>{}<br>PagoScuola</p></body></html>", escape(self.closing)));
        Email { kind, to: to.to_string(), subject: subject.to_string(), text, html }
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn closing(lang: Lang) -> &'static str {
    match lang {
        Lang::It => "Questo messaggio è inviato automaticamente: non rispondere. Se non sei stato tu, ignoralo.",
        Lang::En => "This message is sent automatically: do not reply. If it was not you, ignore it.",
    }
}

/// "Conferma registrazione": the link that verifies the address (valid 24 hours).
pub fn confirm_registration(lang: Lang, to: &str, given_name: &str, link: &str) -> Email {
    let (subject, paragraphs, label) = match lang {
        Lang::It => (
            "Conferma registrazione",
            vec![
                "hai chiesto di registrarti a PagoScuola. Per confermare il tuo indirizzo email apri questo collegamento entro 24 ore. Dopo la conferma riceverai username e password provvisoria.".to_string(),
            ],
            "Conferma la registrazione",
        ),
        Lang::En => (
            "Conferma registrazione (confirm your registration)",
            vec!["you asked to register with PagoScuola. To confirm your email address open this link within 24 hours. You will then receive your username and a temporary password.".to_string()],
            "Confirm the registration",
        ),
    };
    Letter {
        greeting: greeting(lang, given_name),
        paragraphs,
        link: Some((label, link)),
        details: vec![],
        closing: closing(lang),
    }
    .render("conferma-registrazione", to, subject)
}

/// "Creazione utenza": username and the temporary password (72 hours, first log-in only).
pub fn account_created(
    lang: Lang,
    to: &str,
    given_name: &str,
    username: &str,
    password: &str,
    login_url: &str,
) -> Email {
    let (subject, paragraphs, labels, link) = match lang {
        Lang::It => (
            "Creazione utenza",
            vec!["il tuo indirizzo è confermato e la tua utenza è pronta. La password è provvisoria: vale 72 ore e solo per il primo accesso, quando ti chiederemo di sceglierne una tua.".to_string()],
            ("Username", "Password provvisoria"),
            "Accedi a PagoScuola",
        ),
        Lang::En => (
            "Creazione utenza (your account)",
            vec!["your address is confirmed and your account is ready. The password is temporary: it is valid for 72 hours and only for the first log-in, when we will ask you to choose your own.".to_string()],
            ("Username", "Temporary password"),
            "Log in to PagoScuola",
        ),
    };
    Letter {
        greeting: greeting(lang, given_name),
        paragraphs,
        link: Some((link, login_url)),
        details: vec![(labels.0, username.to_string()), (labels.1, password.to_string())],
        closing: closing(lang),
    }
    .render("creazione-utenza", to, subject)
}

/// "Pagamento eseguito": what was paid, the fee and the total, and where the receipts are.
/// `lines` are (what, amount) pairs, already formatted.
pub fn payment_completed(
    lang: Lang,
    to: &str,
    given_name: &str,
    lines: &[(String, String)],
    receipts_url: &str,
) -> Email {
    let (subject, paragraph, link_label) = match lang {
        Lang::It => (
            "Pagamento eseguito",
            "il pagamento è stato eseguito. Ecco il riepilogo; le ricevute e le attestazioni per la dichiarazione dei redditi sono nella tua pagina.",
            "Le tue ricevute",
        ),
        Lang::En => (
            "Pagamento eseguito (payment completed)",
            "the payment is complete. Here is the summary; the receipts and the statements for your tax return are on your page.",
            "Your receipts",
        ),
    };
    Letter {
        greeting: greeting(lang, given_name),
        paragraphs: vec![paragraph.to_string()],
        link: Some((link_label, receipts_url)),
        details: lines.iter().map(|(what, amount)| (what.as_str(), amount.clone())).collect(),
        closing: closing(lang),
    }
    .render("pagamento-eseguito", to, subject)
}

/// "Recupero credenziali": the username and a link to choose a new password (valid 1 hour).
pub fn credential_recovery(lang: Lang, to: &str, given_name: &str, username: &str, link: &str) -> Email {
    let (subject, paragraph, link_label) = match lang {
        Lang::It => (
            "Recupero credenziali",
            "hai chiesto di recuperare le credenziali di PagoScuola. Ecco il tuo username; per scegliere una nuova password apri il collegamento entro 1 ora.",
            "Scegli una nuova password",
        ),
        Lang::En => (
            "Recupero credenziali (credential recovery)",
            "you asked to recover your PagoScuola credentials. Here is your username; to choose a new password open the link within 1 hour.",
            "Choose a new password",
        ),
    };
    Letter {
        greeting: greeting(lang, given_name),
        paragraphs: vec![paragraph.to_string()],
        link: Some((link_label, link)),
        details: vec![("Username", username.to_string())],
        closing: closing(lang),
    }
    .render("recupero-credenziali", to, subject)
}

fn greeting(lang: Lang, given_name: &str) -> String {
    match lang {
        Lang::It => format!("Gentile {given_name},"),
        Lang::En => format!("Dear {given_name},"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_parts_carry_the_link_and_html_is_escaped() {
        let email = confirm_registration(Lang::It, "a@b.it", "<Niccolò>", "https://x.it/registrazione/conferma/abc");
        assert_eq!(email.subject, "Conferma registrazione");
        assert!(email.text.contains("https://x.it/registrazione/conferma/abc"));
        assert!(email.html.contains("href=\"https://x.it/registrazione/conferma/abc\""));
        assert!(email.html.contains("&lt;Niccolò&gt;") && !email.html.contains("<Niccolò>"));
    }

    #[test]
    fn credentials_email_lists_username_and_password() {
        let email = account_created(Lang::It, "a@b.it", "Mario", "mario.rossi", "abcd-efgh", "http://x/accedi");
        assert!(email.text.contains("Username: mario.rossi"));
        assert!(email.text.contains("Password provvisoria: abcd-efgh"));
    }
}

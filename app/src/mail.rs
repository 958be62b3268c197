//! The emails the service sends, in the family's language (Italian first), each with a plain
//! text and an HTML part. Built here, written to the outbox by the change they report.

use crate::i18n::{phrases, Lang, MailMsg};

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
    lang: Lang,
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
            "<!DOCTYPE html><html lang=\"{}\" dir=\"{}\"><body style=\"font-family:sans-serif;line-height:1.5\"><p>{}</p>",
            self.lang.code(),
            self.lang.dir(),
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
        let signature = self.lang.t(MailMsg::MailSignature);
        text.push_str(&format!("{}\n{signature}\n", self.closing));
        html.push_str(&format!("<p>{}<br>{}</p></body></html>", escape(self.closing), escape(signature)));
        Email { kind, to: to.to_string(), subject: subject.to_string(), text, html }
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A letter in `lang`: greeting, the paragraphs and details given, the closing and signature.
fn letter<'a>(lang: Lang, given_name: &str, paragraph: MailMsg) -> Letter<'a> {
    Letter {
        lang,
        greeting: phrases::mail_greeting(lang, given_name),
        paragraphs: vec![lang.t(paragraph).to_string()],
        link: None,
        details: vec![],
        closing: lang.t(MailMsg::MailClosing),
    }
}

/// "Conferma registrazione": the link that verifies the address (valid 24 hours).
pub fn confirm_registration(lang: Lang, to: &str, given_name: &str, link: &str) -> Email {
    Letter { link: Some((lang.t(MailMsg::ConfirmLink), link)), ..letter(lang, given_name, MailMsg::ConfirmText) }
        .render("conferma-registrazione", to, lang.t(MailMsg::ConfirmSubject))
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
    Letter {
        link: Some((lang.t(MailMsg::CreatedLink), login_url)),
        details: vec![
            (lang.t(MailMsg::CreatedUsername), username.to_string()),
            (lang.t(MailMsg::CreatedPassword), password.to_string()),
        ],
        ..letter(lang, given_name, MailMsg::CreatedText)
    }
    .render("creazione-utenza", to, lang.t(MailMsg::CreatedSubject))
}

/// "Pagamento eseguito": what was paid, the fee and the total, and where the receipts are.
/// `lines` are (what, amount) pairs, already formatted.
pub fn payment_completed(
    lang: Lang,
    to: &str,
    given_name: &str,
    lines: &[(String, String)],
    receipts_url: &str,
    test_payment: bool,
) -> Email {
    let mut letter = Letter {
        link: Some((lang.t(MailMsg::PaidLink), receipts_url)),
        details: lines.iter().map(|(what, amount)| (what.as_str(), amount.clone())).collect(),
        ..letter(lang, given_name, MailMsg::PaidText)
    };
    // A sandbox payment moved no money: the subject and the first line say so.
    let subject = if test_payment {
        letter.paragraphs.insert(0, lang.t(MailMsg::PaidTest).to_string());
        MailMsg::PaidSubjectTest
    } else {
        MailMsg::PaidSubject
    };
    letter.render("pagamento-eseguito", to, lang.t(subject))
}

/// "Nuovo avviso di pagamento": a school published an event for the family's child (one email
/// per payer and event, whatever the number of children or instalments).
pub fn event_published(
    lang: Lang,
    to: &str,
    school: &str,
    reason: &str,
    amount: domain::Cents,
    due: domain::birthplace::Date,
    family_url: &str,
) -> Email {
    use crate::i18n::EventsMsg;
    Letter {
        lang,
        greeting: lang.t(EventsMsg::EventMailGreeting).to_string(),
        paragraphs: vec![phrases::event_mail_text(lang, school)],
        link: Some((lang.t(EventsMsg::EventMailLink), family_url)),
        details: vec![
            (lang.t(EventsMsg::EventMailReason), reason.to_string()),
            (lang.t(EventsMsg::EventMailAmount), amount.to_euro()),
            (lang.t(EventsMsg::EventMailDue), due.to_italian()),
        ],
        closing: lang.t(MailMsg::MailClosing),
    }
    .render("avviso-pubblicato", to, lang.t(EventsMsg::EventMailSubject))
}

/// "Recupero credenziali": the username and a link to choose a new password (valid 1 hour).
pub fn credential_recovery(lang: Lang, to: &str, given_name: &str, username: &str, link: &str) -> Email {
    Letter {
        link: Some((lang.t(MailMsg::RecoveryLink), link)),
        details: vec![(lang.t(MailMsg::RecoveryUsername), username.to_string())],
        ..letter(lang, given_name, MailMsg::RecoveryText)
    }
    .render("recupero-credenziali", to, lang.t(MailMsg::RecoverySubject))
}

/// "Codice di attivazione": the school vouches for the payer; the code (made when the mail is
/// sent, see `auth::mail_secrets`, where [`crate::auth::mail_secrets::PLACEHOLDER`] stands for
/// it) lets the payer's account see the pupil's notices.
pub fn activation_code(
    lang: Lang,
    to: &str,
    payer_name: Option<&str>,
    school: &str,
    pupil: &str,
    family_url: &str,
) -> Email {
    use crate::i18n::OfficeMsg;
    let name = payer_name.unwrap_or(lang.t(OfficeMsg::ActivationMailParent));
    Letter {
        lang,
        greeting: phrases::mail_greeting(lang, name),
        paragraphs: vec![
            phrases::activation_mail_text(lang, school, pupil),
            lang.t(OfficeMsg::ActivationMailSteps).to_string(),
        ],
        link: Some((lang.t(OfficeMsg::ActivationMailLink), family_url)),
        details: vec![(lang.t(OfficeMsg::ActivationCodeLabel), crate::auth::mail_secrets::PLACEHOLDER.to_string())],
        closing: lang.t(MailMsg::MailClosing),
    }
    .render("codice-attivazione", to, lang.t(OfficeMsg::ActivationMailSubject))
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

//! Texts of registration, log-in and the account pages, Italian then English.

use super::messages::messages;
use serde::{Deserialize, Serialize};

messages! { AccountMsg {
    // Registration wizard
    RegisterTitle => "Registrati", "Register";
    RegisterIntro => "La registrazione richiede pochi minuti: ti servono il tuo codice fiscale e un indirizzo email che usi.", "Registration takes a few minutes: you need your codice fiscale (tax code) and an email address you use.";
    StepOf => "Passo", "Step";
    StepCodeTitle => "Codice fiscale", "Codice fiscale";
    StepDetailsTitle => "I tuoi dati", "Your details";
    StepReviewTitle => "Controlla i dati", "Check your details";
    StepDoneTitle => "Registrazione salvata", "Registration saved";
    WizardSteps => "Passi della registrazione", "Registration steps";
    CodiceFiscaleLabel => "Codice fiscale", "Codice fiscale (Italian tax code)";
    CodiceFiscaleHint => "16 caratteri, come sulla tessera sanitaria. Per esempio RSSMRA80A01H501U.", "16 characters, as on the health card. For example RSSMRA80A01H501U.";
    CaptchaLabel => "Verifica di sicurezza", "Security check";
    CaptchaHint => "Seleziona la casella: il tuo dispositivo fa un breve calcolo per dimostrare che non sei un programma automatico. Serve JavaScript attivo.", "Tick the box: your device does a short computation to show you are not an automated program. JavaScript must be on.";
    CaptchaCheckbox => "Non sono un robot", "I am not a robot";
    CaptchaVerifying => "Verifica in corso...", "Verifying...";
    CaptchaVerified => "Verifica completata", "Verified";
    CaptchaFailed => "Verifica non riuscita: riprova.", "Verification failed: try again.";
    CaptchaExpired => "Verifica scaduta: selezionala di nuovo.", "Verification expired: tick it again.";
    CaptchaNoScript => "Per questo passo serve JavaScript: attivalo nel browser e ricarica la pagina. Se non puoi, scrivi ad assistenza@pagoscuola.it.", "This step needs JavaScript: turn it on in your browser and reload the page. If you cannot, write to assistenza@pagoscuola.it.";
    Continue => "Continua", "Continue";
    SurnameLabel => "Cognome", "Surname";
    GivenNameLabel => "Nome", "Given name";
    NameHint => "Come sul documento d'identità; accenti e apostrofi vanno bene (D'Amico, Niccolò).", "As on your identity document; accents and apostrophes are fine (D'Amico, Niccolò).";
    BirthDateLabel => "Data di nascita", "Date of birth";
    BirthDateHint => "Nel formato gg/mm/aaaa, per esempio 01/01/1980.", "As dd/mm/yyyy, for example 01/01/1980.";
    SexLabel => "Sesso (come nel codice fiscale)", "Sex (as in the codice fiscale)";
    SexFemale => "Femmina", "Female";
    SexMale => "Maschio", "Male";
    BirthplaceLabel => "Luogo di nascita", "Place of birth";
    BirthplaceHint => "Il comune italiano (con la provincia se ce ne sono più con lo stesso nome) o lo Stato estero. Scrivi le prime lettere e scegli dall'elenco.", "The Italian town (with the province if several share the name) or the foreign country. Type the first letters and choose from the list.";
    Abroad => "estero", "abroad";
    Until => "fino al", "until";
    BirthplaceSuggestions => "Luoghi trovati", "Places found";
    EmailLabel => "Email", "Email";
    EmailHint => "Ti scriveremo qui per confermare la registrazione e per le ricevute.", "We will write here to confirm your registration and to send receipts.";
    EmailAgainLabel => "Ripeti l'email", "Repeat the email";
    ConsentTitle => "Condizioni e privacy", "Terms and privacy";
    AcceptTermsLabel => "Ho letto e accetto le condizioni di registrazione al servizio", "I have read and accept the terms of registration to the service";
    AcceptPrivacyLabel => "Ho letto l'informativa sul trattamento dei dati personali", "I have read the notice on the processing of personal data";
    ReadTerms => "Leggi le condizioni", "Read the terms";
    ReadPrivacy => "Leggi l'informativa privacy", "Read the privacy notice";
    ReviewIntro => "Controlla che i dati siano giusti: il codice fiscale deve corrispondere a cognome, nome, data e luogo di nascita e sesso.", "Check that your details are right: the codice fiscale must match surname, name, date and place of birth and sex.";
    ConfirmData => "Conferma i tuoi dati", "Confirm your details";
    GoBack => "Torna indietro", "Go back";
    Edit => "Modifica", "Change";
    Accepted => "Accettate", "Accepted";
    DoneText => "Ti abbiamo scritto all'indirizzo indicato. Apri l'email \"Conferma registrazione\" e segui il collegamento entro 24 ore: poi riceverai username e password provvisoria.", "We have written to the address you gave. Open the email \"Conferma registrazione\" and follow the link within 24 hours: you will then receive your username and a temporary password.";
    DoneCheckSpam => "Non la trovi? Guarda anche nella posta indesiderata.", "Cannot find it? Look in your spam folder too.";
    StartAgain => "Ricomincia la registrazione", "Start the registration again";
    ErrorSummaryTitle => "Ci sono dei problemi da correggere", "There are some problems to fix";

    // Problems at fields
    ProblemRequired => "Questo campo è obbligatorio.", "This field is required.";
    ProblemCfLength => "Il codice fiscale ha 16 caratteri.", "The codice fiscale has 16 characters.";
    ProblemCfPattern => "Il codice fiscale non ha la forma giusta: 6 lettere, 2 cifre, 1 lettera, 2 cifre, 1 lettera, 3 cifre, 1 lettera.", "The codice fiscale has the wrong shape: 6 letters, 2 digits, 1 letter, 2 digits, 1 letter, 3 digits, 1 letter.";
    ProblemCfCheck => "Il codice fiscale non è valido: l'ultimo carattere non corrisponde. Controlla di averlo scritto bene.", "The codice fiscale is not valid: the last character does not match. Check you typed it correctly.";
    ProblemCfTaken => "Esiste già un'utenza con questo codice fiscale.", "An account with this codice fiscale already exists.";
    ProblemCaptcha => "La verifica di sicurezza non è riuscita o è scaduta: selezionala di nuovo.", "The security check failed or expired: tick it again.";
    ProblemNameLatin => "Scrivi il nome con le lettere dell'alfabeto latino, come nel codice fiscale.", "Write the name in Latin letters, as in the codice fiscale.";
    ProblemNameLong => "Al massimo 60 caratteri.", "At most 60 characters.";
    ProblemDateFormat => "Scrivi la data come gg/mm/aaaa, per esempio 01/01/1980.", "Write the date as dd/mm/yyyy, for example 01/01/1980.";
    ProblemDateFuture => "La data di nascita non può essere nel futuro né prima del 1900.", "The date of birth cannot be in the future or before 1900.";
    ProblemBirthplaceUnknown => "Scegli il luogo di nascita dall'elenco dei comuni e degli Stati.", "Choose the place of birth from the list of towns and countries.";
    ProblemBirthplaceAmbiguous => "Ci sono più luoghi con questo nome: scegli dall'elenco o aggiungi la provincia, per esempio Castro (LE).", "There are several places with this name: choose from the list or add the province, for example Castro (LE).";
    ProblemEmail => "Scrivi un indirizzo email completo, per esempio nome@esempio.it.", "Write a complete email address, for example name@example.com.";
    ProblemEmailMismatch => "Le due email non sono uguali.", "The two emails are different.";
    ProblemConsent => "Per registrarti devi accettare le condizioni e leggere l'informativa.", "To register you must accept the terms and read the notice.";
    ProblemCfSurname => "Il cognome non corrisponde al codice fiscale.", "The surname does not match the codice fiscale.";
    ProblemCfName => "Il nome non corrisponde al codice fiscale.", "The given name does not match the codice fiscale.";
    ProblemCfBirthDate => "La data di nascita non corrisponde al codice fiscale.", "The date of birth does not match the codice fiscale.";
    ProblemCfSex => "Il sesso non corrisponde al codice fiscale.", "The sex does not match the codice fiscale.";
    ProblemCfBirthplace => "Il luogo di nascita non corrisponde al codice fiscale (o il comune non esisteva in quella data).", "The place of birth does not match the codice fiscale (or the town did not exist on that date).";
    ProblemPasswordShort => "La password deve avere almeno 10 caratteri.", "The password must have at least 10 characters.";
    ProblemPasswordLong => "La password può avere al massimo 128 caratteri.", "The password can have at most 128 characters.";
    ProblemPasswordWeak => "Password troppo facile da indovinare: usa più parole o aggiungi caratteri diversi.", "Password too easy to guess: use more words or add different characters.";
    ProblemPasswordPersonal => "La password non può contenere username, codice fiscale, nome o cognome.", "The password cannot contain your username, codice fiscale, name or surname.";
    ProblemPasswordMismatch => "Le due password non sono uguali.", "The two passwords are different.";
    ProblemPasswordSame => "La nuova password deve essere diversa da quella provvisoria.", "The new password must differ from the temporary one.";

    // Log in
    LoginTitle => "Accedi", "Log in";
    LoginIntro => "Accedi con lo username e la password ricevuti per email, oppure con il tuo codice fiscale.", "Log in with the username and password you received by email, or with your codice fiscale.";
    UsernameLabel => "Username o codice fiscale", "Username or codice fiscale";
    PasswordLabel => "Password", "Password";
    LoginButton => "Accedi", "Log in";
    LoginFailed => "Username o password non corretti.", "Wrong username or password.";
    LoginLocked => "Troppi tentativi non riusciti. Per sicurezza l'accesso è sospeso per 15 minuti: riprova più tardi o recupera le credenziali.", "Too many failed attempts. For your safety logging in is suspended for 15 minutes: try later or recover your credentials.";
    LoginTemporaryExpired => "La password provvisoria è scaduta o è già stata usata: chiedine una nuova con il recupero delle credenziali.", "The temporary password has expired or was already used: ask for a new one with credential recovery.";
    ForgotCredentials => "Ho dimenticato username o password", "I forgot my username or password";
    NoAccountYet => "Non hai ancora un'utenza?", "No account yet?";
    RegisterLink => "Registrati", "Register";
    LoggedOut => "Sei uscito dal servizio.", "You have logged out.";
    SessionExpired => "La sessione è scaduta: accedi di nuovo.", "Your session has expired: log in again.";
    LogOut => "Esci", "Log out";

    // Email verification
    VerifyTitle => "Conferma dell'email", "Email confirmation";
    VerifyDone => "Grazie, il tuo indirizzo email è confermato. Ti abbiamo inviato l'email \"Creazione utenza\" con username e password provvisoria: vale 72 ore e solo per il primo accesso.", "Thank you, your email address is confirmed. We have sent you the email \"Creazione utenza\" with your username and a temporary password: it is valid for 72 hours and only for the first log-in.";
    VerifyAlready => "Questo indirizzo è già stato confermato. Se non hai ricevuto le credenziali, usa il recupero delle credenziali.", "This address was already confirmed. If you did not receive your credentials, use credential recovery.";
    VerifyInvalid => "Il collegamento non è valido o è scaduto (vale 24 ore). Ripeti la registrazione oppure usa il recupero delle credenziali.", "The link is not valid or has expired (it lasts 24 hours). Register again or use credential recovery.";

    // Change password
    ChangePasswordTitle => "Scegli la tua password", "Choose your password";
    ChangePasswordIntro => "Prima di continuare scegli una password tua. Almeno 10 caratteri; meglio una frase facile da ricordare per te e difficile da indovinare per altri.", "Before going on choose your own password. At least 10 characters; a phrase easy for you to remember and hard for others to guess is best.";
    CurrentPasswordLabel => "Password attuale", "Current password";
    NewPasswordLabel => "Nuova password", "New password";
    NewPasswordAgainLabel => "Ripeti la nuova password", "Repeat the new password";
    SavePassword => "Salva la password", "Save the password";
    PasswordChanged => "Password cambiata.", "Password changed.";
    ProblemCurrentPassword => "La password attuale non è corretta.", "The current password is wrong.";

    // Credential recovery
    RecoveryTitle => "Recupera username e password", "Recover username and password";
    RecoveryIntro => "Scrivi il tuo codice fiscale e l'email data alla registrazione: se corrispondono a un'utenza ti mandiamo lo username e un collegamento per scegliere una nuova password, valido 1 ora.", "Type your codice fiscale and the email you registered with: if they match an account we send you the username and a link to choose a new password, valid for 1 hour.";
    RecoverySend => "Invia", "Send";
    RecoverySent => "Se i dati corrispondono a un'utenza, troverai presto un'email con le istruzioni. Controlla anche la posta indesiderata.", "If the details match an account, you will soon find an email with instructions. Check your spam folder too.";
    ResetTitle => "Nuova password", "New password";
    ResetInvalid => "Il collegamento non è valido, è già stato usato o è scaduto. Chiedi un nuovo collegamento.", "The link is not valid, was already used or has expired. Ask for a new link.";
    ResetDone => "Password salvata. Ora puoi accedere con la nuova password.", "Password saved. You can now log in with the new password.";

    // Conditions
    ConditionsTitle => "Condizioni del servizio", "Service conditions";
    ConditionsIntro => "Per pagare con PagoScuola leggi e accetta le condizioni del servizio e l'informativa sul trattamento dei dati personali. Le accetti una volta; te le chiederemo di nuovo solo se cambiano.", "To pay with PagoScuola read and accept the service conditions and the notice on personal data. You accept them once; we will ask again only if they change.";
    ConditionsVersion => "Versione del", "Version of";
    AcceptConditionsLabel => "Ho letto e accetto le condizioni del servizio", "I have read and accept the service conditions";
    AcceptPrivacyNoticeLabel => "Ho letto l'informativa sul trattamento dei dati personali", "I have read the notice on the processing of personal data";
    AcceptAndContinue => "Accetta e continua", "Accept and continue";
    ConditionsAccepted => "Hai accettato le condizioni del servizio il", "You accepted the service conditions on";

    // Family home
    FamilyTitle => "La tua area", "Your area";
    FamilyWelcome => "Benvenuta, benvenuto", "Welcome";
    FamilyNoNotices => "Qui vedrai gli avvisi di pagamento dei tuoi figli appena le scuole li emettono. Per ora non ce ne sono.", "Here you will see your children's payment notices as soon as the schools issue them. There are none yet.";
    FamilyProfile => "I tuoi dati", "Your details";
    FullNameLabel => "Nome e cognome", "Name";
    UsernameOnly => "Username", "Username";
    ChangePasswordLink => "Cambia la password", "Change the password";
    OpensNewTab => "si apre in una nuova scheda", "opens in a new tab";

    // Development mailbox
    MailboxTitle => "Posta di sviluppo", "Development mailbox";
    MailboxIntro => "Solo in modalità dimostrativa: i messaggi che il servizio ha preparato, dal più recente. Nessuno li riceve davvero.", "Demo mode only: the messages the service prepared, newest first. Nobody really receives them.";
    MailboxEmpty => "Nessun messaggio.", "No messages.";
    MailboxTo => "A", "To";
    MailboxSent => "Inviato", "Sent";
    MailboxQueued => "In coda", "Queued";
}}

impl From<domain::registration::RegProblem> for AccountMsg {
    fn from(problem: domain::registration::RegProblem) -> Self {
        use domain::registration::RegProblem as P;
        match problem {
            P::Required => AccountMsg::ProblemRequired,
            P::CfLength => AccountMsg::ProblemCfLength,
            P::CfPattern => AccountMsg::ProblemCfPattern,
            P::CfCheck => AccountMsg::ProblemCfCheck,
            P::CfTaken => AccountMsg::ProblemCfTaken,
            P::Captcha => AccountMsg::ProblemCaptcha,
            P::NameLatin => AccountMsg::ProblemNameLatin,
            P::NameLong => AccountMsg::ProblemNameLong,
            P::DateFormat => AccountMsg::ProblemDateFormat,
            P::DateFuture => AccountMsg::ProblemDateFuture,
            P::BirthplaceUnknown => AccountMsg::ProblemBirthplaceUnknown,
            P::BirthplaceAmbiguous => AccountMsg::ProblemBirthplaceAmbiguous,
            P::Email => AccountMsg::ProblemEmail,
            P::EmailMismatch => AccountMsg::ProblemEmailMismatch,
            P::Consent => AccountMsg::ProblemConsent,
            P::CfSurname => AccountMsg::ProblemCfSurname,
            P::CfName => AccountMsg::ProblemCfName,
            P::CfBirthDate => AccountMsg::ProblemCfBirthDate,
            P::CfSex => AccountMsg::ProblemCfSex,
            P::CfBirthplace => AccountMsg::ProblemCfBirthplace,
        }
    }
}

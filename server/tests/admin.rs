//! The platform's administration on a fresh SQLite file and a fresh Postgres database each: the
//! command line that makes the first administrator and office accounts (its function, run as
//! the binary runs it), and `/admin`, open to administrators only, whose forms add a school
//! (checked field by field) and give it its first office account.

mod common;

use common::browser::Browser;
use common::family::{line_value, mails};
use common::payers::{demo_family, logged_in};
use common::paying::path_of;
use common::TestApp;
use domain::codice_fiscale::{encode, Sex};
use server::admin::{execute, AdminCommand, PersonArgs};

on_both_engines!(
    the_command_line_makes_an_administrator_who_changes_the_temporary_password,
    the_command_line_gives_an_office_role_and_refuses_bad_input,
    only_administrators_reach_the_administration,
    the_administrator_adds_a_school_and_its_first_office_account,
);

const NEW_PASSWORD: &str = "lampada verde sul balcone 7";

fn anna() -> String {
    encode("Verdi", "Anna", 1979, 4, 2, Sex::Female, "F205").expect("a valid code").to_string()
}

fn person(cf: &str, email: &str) -> PersonArgs {
    PersonArgs { codice_fiscale: cf.into(), email: email.into(), surname: "Verdi".into(), name: "Anna".into() }
}

/// Logs in with a temporary password: the first page is the password change.
async fn first_log_in(app: &TestApp, username: &str, temporary: &str) -> Browser {
    let browser = Browser::new(app);
    let answer = browser.post("/api/account/login", &[("username", username), ("password", temporary)]).await;
    assert_eq!(answer.location.as_deref().map(path_of).as_deref(), Some("/cambio-password"), "{}", answer.body);
    let changed = browser
        .post("/api/account/password", &[("new_password", NEW_PASSWORD), ("new_password_again", NEW_PASSWORD)])
        .await;
    // Then the service conditions, like every family.
    assert_eq!(changed.location.as_deref().map(path_of).as_deref(), Some("/condizioni"), "{}", changed.body);
    browser
}

async fn the_command_line_makes_an_administrator_who_changes_the_temporary_password(app: &TestApp) {
    let lines =
        execute(&app.pool, &AdminCommand::Create(person(&anna(), "anna.verdi@example.it"))).await.expect("admin");
    let text = lines.join("\n");
    assert!(text.contains("Account created"), "{text}");
    let username = line_value(&text, "Username");
    let temporary = line_value(&text, "Temporary password (shown once, valid 72 hours)");
    assert_eq!(temporary.len(), 19, "{temporary}");
    let browser = first_log_in(app, &username, &temporary).await;
    let accepted =
        browser.post("/api/account/conditions", &[("accept_conditions", "si"), ("accept_privacy", "si")]).await;
    assert_eq!(
        accepted.location.as_deref().map(path_of).as_deref(),
        Some("/admin"),
        "an administrator lands on /admin"
    );
    assert_eq!(browser.get("/admin").await.status, 200);
    // The temporary password worked once.
    let again =
        Browser::new(app).post("/api/account/login", &[("username", &username), ("password", &temporary)]).await;
    assert_eq!(again.location.as_deref().map(path_of).as_deref(), Some("/accedi"));

    // An existing account (the demo mother) is made administrator and keeps its password.
    let maria: (String,) = sqlx::query_as("SELECT codice_fiscale FROM accounts WHERE username = 'demo'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let lines = execute(&app.pool, &AdminCommand::Create(person(&maria.0, "maria.rossi@example.it"))).await.unwrap();
    assert_eq!(lines, ["The existing account with this codice fiscale is now platform administrator."]);
    let family = demo_family(app).await;
    assert_eq!(family.get("/admin").await.status, 200);
}

async fn the_command_line_gives_an_office_role_and_refuses_bad_input(app: &TestApp) {
    let add = |school: &str, role: &str, cf: &str| AdminCommand::AddStaff {
        school: school.into(),
        role: role.into(),
        person: person(cf, "anna.verdi@example.it"),
    };
    for (command, wanted) in [
        (add("MI", "ds", &anna()), "--school"),
        (add("ZZIC00000Z", "ds", &anna()), "no school ZZIC00000Z"),
        (add("MIIC8CY00P", "preside", &anna()), "--role"),
        (add("MIIC8CY00P", "ds", "RSSMRA80A01H501X"), "--codice-fiscale"),
    ] {
        let error = execute(&app.pool, &command).await.expect_err("refused").to_string();
        assert!(error.contains(wanted), "{error}");
    }
    let (accounts,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM accounts WHERE email = 'anna.verdi@example.it'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(accounts, 0, "nothing made for a refused command");

    let text = execute(&app.pool, &add("MIIC8CY00P", "aa", &anna())).await.expect("staff").join("\n");
    let (username, temporary) =
        (line_value(&text, "Username"), line_value(&text, "Temporary password (shown once, valid 72 hours)"));
    let browser = first_log_in(app, &username, &temporary).await;
    let accepted =
        browser.post("/api/account/conditions", &[("accept_conditions", "si"), ("accept_privacy", "si")]).await;
    assert_eq!(accepted.location.as_deref().map(path_of).as_deref(), Some("/segreteria"));
    let office = browser.get("/segreteria").await;
    assert_eq!(
        office.location.as_deref().map(path_of).as_deref(),
        Some("/segreteria/MIIC8CY00P"),
        "one school: straight to it"
    );
    let home = browser.get("/segreteria/MIIC8CY00P").await;
    assert!(
        home.has("Istituto Comprensivo Scapponi") && home.has("alunni che nessun genitore vede ancora"),
        "{}",
        home.body
    );
    assert_eq!(browser.get("/segreteria/MIIS01200L").await.status, 404, "another school's office");
    // The header offers the console.
    assert!(browser.get("/profilo").await.has("href=\"/segreteria\""));
}

async fn only_administrators_reach_the_administration(app: &TestApp) {
    let family = demo_family(app).await;
    let office = logged_in(app, server::demo::office::HEADTEACHER_USERNAME, server::demo::DEMO_PASSWORD).await;
    for browser in [&family, &office] {
        assert_eq!(browser.get("/admin").await.status, 404);
        // Called as a script calls it (a form would be sent back to the page it came from).
        let anna = anna();
        let form = [
            ("school", "MIIC8CY00P"),
            ("role", "ds"),
            ("codice_fiscale", anna.as_str()),
            ("surname", "Verdi"),
            ("given_name", "Anna"),
            ("email", "anna.verdi@example.it"),
        ];
        let body = serde_urlencoded::to_string(form).expect("form").into_bytes();
        let headers = [("content-type", common::matrix::FORM)];
        let answer = browser.send(reqwest::Method::POST, "/api/admin/staff", &headers, body).await.expect("answer");
        assert_eq!(answer.status, 404);
    }
    assert_eq!(Browser::new(app).get("/admin").await.location.as_deref().map(path_of).as_deref(), Some("/accedi"));
    let (made,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM accounts WHERE codice_fiscale = $1")
        .bind(anna())
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(made, 0);
    let admin = logged_in(app, server::demo::office::ADMIN_USERNAME, server::demo::DEMO_PASSWORD).await;
    let page = admin.get("/admin").await;
    assert_eq!(page.status, 200);
    assert!(page.has("MIIC8CY00P") && page.has("Istituto Comprensivo Scapponi"), "{}", page.body);
}

async fn the_administrator_adds_a_school_and_its_first_office_account(app: &TestApp) {
    let admin = logged_in(app, server::demo::office::ADMIN_USERNAME, server::demo::DEMO_PASSWORD).await;
    let school = |code: &'static str, province: &'static str, fiscal: &'static str| {
        vec![
            ("code", code),
            ("name", "Istituto Comprensivo Alda Merini"),
            ("kind", "IC"),
            ("address", "Via dei Tulipani 1"),
            ("postcode", "20146"),
            ("town", "Milano"),
            ("province", province),
            ("fiscal_code", fiscal),
            ("email", "miic8aa00x@istruzione.it"),
        ]
    };
    let refused = admin.submit("/api/admin/school", &school("MI-1", "XX", "123")).await;
    for problem in
        ["Codice meccanografico non valido", "Provincia sconosciuta", "Codice fiscale della scuola non valido"]
    {
        assert!(refused.has(problem), "{problem}: {}", refused.body);
    }
    assert!(refused.has("value=\"Via dei Tulipani 1\""), "nothing typed is lost");
    assert_eq!(admin.get("/scuole/MIIC8AA00X").await.status, 404, "nothing stored");

    let added = admin.submit("/api/admin/school", &school("miic8aa00x", "mi", "97204180588")).await;
    assert!(added.has("Scuola aggiunta."), "{}", added.body);
    let public = admin.get("/scuole/MIIC8AA00X").await;
    assert!(public.has("Istituto Comprensivo Alda Merini") && public.has("Lombardia"), "{}", public.body);

    let staff = |cf: String, email: &'static str| {
        move || {
            vec![
                ("school", "MIIC8AA00X".to_string()),
                ("role", "dsga".to_string()),
                ("codice_fiscale", cf.clone()),
                ("surname", "Verdi".to_string()),
                ("given_name", "Anna".to_string()),
                ("email", email.to_string()),
            ]
        }
    };
    let fields = staff(anna(), "anna.verdi@example.it")();
    let form: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let created = admin.submit("/api/admin/staff", &form).await;
    assert!(created.has("Account creato"), "{}", created.body);
    assert!(created.has("MIIC8AA00X"), "the school now has an office");
    let (to, subject, body) = mails(app).await.pop().expect("the credentials");
    assert_eq!((to.as_str(), subject.as_str()), ("anna.verdi@example.it", "Creazione utenza"));
    let browser = first_log_in(app, &line_value(&body, "Username"), &line_value(&body, "Password provvisoria")).await;
    browser.post("/api/account/conditions", &[("accept_conditions", "si"), ("accept_privacy", "si")]).await;
    assert_eq!(browser.get("/segreteria/MIIC8AA00X").await.status, 200);

    // The demo mother, a parent at MIIC8CY00P, becomes staff of the new school too.
    let (maria,): (String,) = sqlx::query_as("SELECT codice_fiscale FROM accounts WHERE username = 'demo'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let fields = staff(maria, "maria.rossi@example.it")();
    let form: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let granted = admin.submit("/api/admin/staff", &form).await;
    assert!(granted.has("ha ricevuto il ruolo"), "{}", granted.body);
    let family = demo_family(app).await;
    assert_eq!(family.get("/segreteria/MIIC8AA00X").await.status, 200);
    assert_eq!(family.get("/famiglia").await.status, 200, "and still a parent");

    // A bad staff form: each problem at its field, nothing granted.
    let bad = admin
        .submit(
            "/api/admin/staff",
            &[
                ("school", "ZZIC00000Z"),
                ("role", "x"),
                ("codice_fiscale", "nope"),
                ("surname", ""),
                ("given_name", "Anna"),
                ("email", "no"),
            ],
        )
        .await;
    for problem in
        ["Nessuna scuola con questo codice", "Scegli il ruolo", "Codice fiscale non valido", "Email non valida"]
    {
        assert!(bad.has(problem), "{problem}: {}", bad.body);
    }
}

//! Families for the payment tests: the demo family, and more parents of the demo children made
//! straight in the database (registration has its own tests).

use super::browser::Browser;
use super::TestApp;
use app::i18n::documents::{CONDITIONS_VERSION, PRIVACY_VERSION};
use domain::codice_fiscale::Sex;

pub const DEMO_USERNAME: &str = server::demo::DEMO_USERNAME;
pub const DEMO_PASSWORD: &str = server::demo::DEMO_PASSWORD;

/// A browser logged in as `username`.
pub async fn logged_in(app: &TestApp, username: &str, password: &str) -> Browser {
    let browser = Browser::new(app);
    let answer = browser.post("/api/account/login", &[("username", username), ("password", password)]).await;
    assert_eq!(
        // Families land on their notices; office staff and administrators on their console.
        answer.location.as_deref().map(|l| ["/famiglia", "/segreteria", "/admin"].iter().any(|home| l.contains(home))),
        Some(true),
        "log-in as {username}: {:?}",
        answer.location
    );
    browser
}

pub async fn demo_family(app: &TestApp) -> Browser {
    logged_in(app, DEMO_USERNAME, DEMO_PASSWORD).await
}

/// `count` more parents (usernames `parent1`...), each linked to every pupil of the demo
/// family with their email recorded by the school, with `password_hash` (hash once, reuse: hashing is slow on purpose).
pub async fn other_parents(app: &TestApp, count: usize, password_hash: &str) -> Vec<String> {
    let now = app::auth::now();
    let mut names = Vec::new();
    for n in 1..=count {
        let username = format!("parent{n}");
        // A real code (sessions only carry valid ones): Luca Bianchi, born on a different day each.
        let (month, day) = (1 + (n / 28) % 12, 1 + n % 28);
        let cf = domain::codice_fiscale::encode("Bianchi", "Luca", 1980, month as u8, day as u8, Sex::Male, "F205")
            .expect("a valid code")
            .to_string();
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO accounts (codice_fiscale, username, surname, given_name, birth_date, sex, birthplace_code, email, lang, \
             email_verified_at, password_hash, created_at) VALUES ($1, $2, 'Bianchi', 'Luca', $6, 'M', 'F205', $3, 'it', $4, $5, $4) RETURNING id",
        )
        .bind(&cf)
        .bind(&username)
        .bind(format!("{username}@example.it"))
        .bind(now)
        .bind(password_hash)
        .bind(format!("1980-{month:02}-{day:02}"))
        .fetch_one(&app.pool)
        .await
        .expect("parent");
        for (document, version) in [("conditions", CONDITIONS_VERSION), ("privacy", PRIVACY_VERSION)] {
            sqlx::query("INSERT INTO consents (account_id, document, version, accepted_at, address) VALUES ($1, $2, $3, $4, 'test')")
                .bind(id)
                .bind(document)
                .bind(version)
                .bind(now)
                .execute(&app.pool)
                .await
                .expect("consent");
        }
        // The school recorded each parent's email: that vouches for their (verified) account.
        sqlx::query(
            "INSERT INTO payer_links (pupil_id, payer_codice_fiscale, payer_email) SELECT l.pupil_id, $1, $2 FROM payer_links l \
             JOIN accounts a ON a.codice_fiscale = l.payer_codice_fiscale WHERE a.username = 'demo'",
        )
        .bind(&cf)
        .bind(format!("{username}@example.it"))
        .execute(&app.pool)
        .await
        .expect("links");
        names.push(username);
    }
    names
}

/// The id of the demo notice whose reason starts with `reason` (for the child named `child`).
pub async fn notice_id(app: &TestApp, child: &str, reason: &str) -> i64 {
    let (id,): (i64,) = sqlx::query_as(
        "SELECT n.id FROM notices n JOIN payment_events e ON e.id = n.event_id JOIN pupils p ON p.id = n.pupil_id \
         WHERE p.given_name = $1 AND e.reason LIKE $2",
    )
    .bind(child)
    .bind(format!("{reason}%"))
    .fetch_one(&app.pool)
    .await
    .expect("demo notice");
    id
}

/// The school vouches for the demo parent of Giulia and Marco (their recorded email is the
/// account's), as the access rules will require.
pub async fn vouch_for_demo_family(app: &TestApp) -> String {
    let (email,): (String,) =
        sqlx::query_as("SELECT email FROM accounts WHERE username = 'demo'").fetch_one(&app.pool).await.unwrap();
    sqlx::query(
        "UPDATE payer_links SET payer_email = $1 WHERE payer_codice_fiscale = (SELECT codice_fiscale FROM accounts WHERE username = 'demo')",
    )
    .bind(email.to_lowercase())
    .execute(&app.pool)
    .await
    .unwrap();
    email.to_lowercase()
}

/// Demo2 (Andrea Rossi) made office staff (AA) of another school than the office's.
pub async fn other_school_staff(app: &TestApp) -> Browser {
    let (id,): (i64,) =
        sqlx::query_as("SELECT id FROM accounts WHERE username = 'demo2'").fetch_one(&app.pool).await.unwrap();
    app::store::staff::grant(
        &app.pool,
        id,
        &domain::SchoolCode::parse("MIIS01200L").unwrap(),
        domain::StaffRole::Staff,
        app::auth::now(),
    )
    .await
    .expect("grant");
    logged_in(app, "demo2", DEMO_PASSWORD).await
}

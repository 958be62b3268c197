//! The printable payment notice (`/avvisi/{id}/documento.pdf`) through HTTP, on a fresh SQLite
//! file and a fresh Postgres database each: its QR code and Poste Data Matrix read back by real
//! decoders to exactly the expected text, and nobody but a payer of the pupil, or whoever holds
//! the notice's key, gets it.

mod common;

use common::browser::Browser;
use common::codes;
use common::payers::{demo_family, logged_in, notice_id, other_parents};
use common::TestApp;

on_both_engines!(
    payable_notices_link_to_their_document,
    the_family_downloads_a_payable_notice_whose_codes_decode,
    strangers_get_404_and_a_key_opens_its_notice_only,
    paid_expired_and_revoked_notices_say_why_there_is_no_document,
);

fn document(id: i64) -> String {
    app::routes::notice_document(id, None)
}

/// The QR payload and the 256-character Data Matrix, written out here from the stored values
/// (independently of the code that builds them).
async fn expected_codes(app: &TestApp, id: i64) -> (String, Option<String>) {
    let (number, cents, creditor, account, pupil_cf, given, surname, reason): (
        String,
        i64,
        String,
        Option<String>,
        String,
        String,
        String,
        String,
    ) = sqlx::query_as(
        "SELECT n.notice_number, n.amount_cents, s.creditor_fiscal_code, s.postal_account, p.codice_fiscale, \
         p.given_name, p.surname, e.reason FROM notices n JOIN schools s ON s.code = n.school_code \
         JOIN pupils p ON p.id = n.pupil_id JOIN payment_events e ON e.id = n.event_id WHERE n.id = $1",
    )
    .bind(id)
    .fetch_one(&app.pool)
    .await
    .expect("notice");
    let qr = format!("PAGOPA|002|{number}|{creditor}|{cents}");
    let matrix = account.map(|account| {
        format!(
            "codfase=NBPA;18{number}12{account}10{cents:010}38961P1{creditor}{pupil_cf}{:<40}{reason:<110}{}A",
            format!("{given} {surname}"),
            " ".repeat(12)
        )
    });
    (qr, matrix)
}

async fn the_family_downloads_a_payable_notice_whose_codes_decode(app: &TestApp) {
    let family = demo_family(app).await;
    // Marco's trip: MIIC8CY00P has a postal account, so the Poste section is there too.
    let trip = notice_id(app, "Marco", "Viaggio").await;
    let (qr, matrix) = expected_codes(app, trip).await;
    let matrix = matrix.expect("the demo gives MIIC8CY00P a postal account");
    assert_eq!(matrix.len(), 256);
    let bytes = family.bytes(&document(trip)).await;
    let (_folder, pages) = codes::rasterise(&bytes);
    let read_qr = codes::qr_codes(&pages);
    let read_matrix = codes::data_matrix(pages.last().expect("a page"));
    println!("QR expected: {qr}\nQR decoded:  {}", read_qr.join(" | "));
    println!("Data Matrix expected: {matrix:?}\nData Matrix decoded:  {read_matrix:?}");
    assert_eq!(read_qr, vec![qr]);
    assert_eq!(read_matrix, matrix);

    // Luca's school has no postal account: the QR code only.
    let contribution = notice_id(app, "Luca", "Contributo").await;
    let (qr, matrix) = expected_codes(app, contribution).await;
    assert_eq!(matrix, None);
    let (_folder, pages) = codes::rasterise(&family.bytes(&document(contribution)).await);
    assert_eq!(codes::qr_codes(&pages), vec![qr]);
}

async fn payable_notices_link_to_their_document(app: &TestApp) {
    let family = demo_family(app).await;
    let trip = notice_id(app, "Marco", "Viaggio").await;
    let paid = notice_id(app, "Luca", "Uscita didattica a Torino").await;
    let link = |id: i64| format!("href=\"{}\"", document(id));
    let page = family.get("/famiglia").await;
    assert!(page.has(&link(trip)), "the family page links the payable notice's document:\n{}", page.body);
    assert!(page.has("avviso di pagamento (PDF)"));
    assert!(!page.has(&link(paid)), "a paid notice has no document to pay with");
    let notice = family.get(&app::routes::notice(trip)).await;
    assert!(notice.has(&link(trip)), "{}", notice.body);
    assert!(!family.get(&app::routes::notice(paid)).await.has(&link(paid)));
}

async fn strangers_get_404_and_a_key_opens_its_notice_only(app: &TestApp) {
    let trip = notice_id(app, "Marco", "Viaggio").await;
    let insurance = notice_id(app, "Marco", "Assicurazione").await;
    // Without a session or key: log in first (whatever the id, so it tells nothing).
    let anonymous = Browser::new(app);
    for id in [trip, 999_999] {
        let page = anonymous.get(&document(id)).await;
        assert_eq!(page.status, 303);
        assert!(page.location.as_deref().is_some_and(|l| l.ends_with("/accedi")), "{:?}", page.location);
    }
    // A signed-in stranger: 404, the same as for a notice that does not exist.
    let hash = app::auth::password::hash("una password lunga 1".into()).await.expect("hash");
    let names = other_parents(app, 1, &hash).await;
    sqlx::query("DELETE FROM payer_links WHERE payer_codice_fiscale = (SELECT codice_fiscale FROM accounts WHERE username = $1)")
        .bind(&names[0])
        .execute(&app.pool)
        .await
        .expect("unlink");
    let stranger = logged_in(app, &names[0], "una password lunga 1").await;
    let refused = stranger.get(&document(trip)).await;
    let missing = stranger.get(&document(999_999)).await;
    assert_eq!((refused.status, missing.status), (404, 404));
    assert_eq!(refused.body, missing.body, "a stranger cannot tell a notice from none");
    assert_eq!(stranger.get("/avvisi/abc/documento.pdf").await.status, 404);

    // A key opens its own notice, for anyone, and nothing else.
    let now = app::auth::now();
    let key = app::store::notice_documents::grant_key(&app.pool, trip, now).await.expect("key");
    let stored: (String,) = sqlx::query_as("SELECT key_hash FROM notice_document_keys WHERE notice_id = $1")
        .bind(trip)
        .fetch_one(&app.pool)
        .await
        .expect("stored");
    assert_ne!(stored.0, key, "only the key's hash is stored");
    assert!(anonymous.bytes(&app::routes::notice_document(trip, Some(&key))).await.starts_with(b"%PDF-"));
    assert!(stranger.bytes(&app::routes::notice_document(trip, Some(&key))).await.starts_with(b"%PDF-"));
    assert_eq!(anonymous.get(&app::routes::notice_document(insurance, Some(&key))).await.status, 404);
    assert_eq!(anonymous.get(&app::routes::notice_document(trip, Some(&"0".repeat(64)))).await.status, 404);
    assert_eq!(anonymous.get(&app::routes::notice_document(trip, Some("x"))).await.status, 404);
    // Keys last 60 days.
    let old = app::store::notice_documents::grant_key(&app.pool, trip, now - 61 * 24 * 3600).await.expect("key");
    assert_eq!(anonymous.get(&app::routes::notice_document(trip, Some(&old))).await.status, 404);
    assert_eq!(app::store::notice_documents::purge_expired_keys(&app.pool, now).await.expect("purge"), 1);
}

async fn paid_expired_and_revoked_notices_say_why_there_is_no_document(app: &TestApp) {
    let family = demo_family(app).await;
    for (child, reason, says) in [
        ("Luca", "Uscita didattica a Torino", "Questo avviso è stato già pagato."),
        ("Marco", "Corso di nuoto", "Questo avviso è scaduto"),
        ("Giulia", "Materiale per il laboratorio", "Questo avviso è stato annullato dalla scuola"),
    ] {
        let page = family.get(&document(notice_id(app, child, reason).await)).await;
        assert_eq!(page.status, 409, "{reason}");
        assert!(page.has(says), "{reason}: {}", page.body);
    }
}

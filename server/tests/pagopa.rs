//! Paying through pagoPA's checkout, against a local fake of its cart API: the cart we post
//! (amounts from the database), the redirect, what the family reads when pagoPA refuses or is
//! down, and the receipts the schools' station forwards. Each scenario on SQLite and Postgres.

mod common;

use app::payments::pagopa_receipts::{RECEIPTS_PATH, SIGNATURE_HEADER};
use app::payments::signature;
use common::browser::Browser;
use common::fake_pagopa::{configure_pagopa, Behaviour, FakePagoPa};
use common::family::{count, mails};
use common::payers::{demo_family, notice_id};
use common::paying::{add, checkout, notice_state, payment_state};
use common::TestApp;
use serde_json::{json, Value};
use server::db::Engine;

const KEY: &str = "fake-subscription-key";
const RECEIPT_SECRET: &str = "station-shared-secret";

macro_rules! with_fake_pagopa {
    ($($scenario:ident),* $(,)?) => {
        $(
            mod $scenario {
                use super::*;
                #[tokio::test]
                async fn sqlite() {
                    run(Engine::Sqlite, |app, fake| Box::pin(async move { super::$scenario(&app, &fake).await; app })).await;
                }
                #[tokio::test]
                async fn postgres() {
                    run(Engine::Postgres, |app, fake| Box::pin(async move { super::$scenario(&app, &fake).await; app })).await;
                }
            }
        )*
    };
}

type Scenario = fn(TestApp, FakePagoPa) -> std::pin::Pin<Box<dyn std::future::Future<Output = TestApp> + Send>>;

async fn run(engine: Engine, scenario: Scenario) {
    let fake = FakePagoPa::start(KEY).await;
    let api_url = fake.api_url();
    let configured =
        TestApp::spawn_with(engine, move |config| configure_pagopa(config, api_url, KEY, RECEIPT_SECRET)).await;
    if let Some(app) = configured {
        scenario(app, fake).await.finish().await;
    }
}

with_fake_pagopa!(
    the_cart_goes_to_pagopa_and_its_receipts_confirm_the_payment,
    when_pagopa_refuses_or_is_down_the_family_is_told_and_nothing_is_lost,
    forwarded_receipts_that_are_forged_wrong_or_repeated_change_nothing,
    a_ko_receipt_or_an_expired_checkout_frees_the_notices,
);

/// Checks out the two demo notices of two children at two schools; the payment's id.
async fn two_notices_at_two_schools(app: &TestApp, family: &Browser) -> (String, i64, i64) {
    let (trip, contribution) =
        (notice_id(app, "Giulia", "Uscita didattica").await, notice_id(app, "Luca", "Contributo").await);
    add(family, trip).await;
    add(family, contribution).await;
    (checkout(family).await.expect("checkout"), trip, contribution)
}

async fn continue_on_pagopa(family: &Browser, public_id: &str) -> common::browser::Page {
    family.post("/api/payments/pay", &[("public_id", public_id), ("method", ""), ("psp_id", "")]).await
}

/// A receipt as the station forwards it, for the notice `notice` of payment `public_id`.
async fn receipt(app: &TestApp, public_id: &str, notice: i64, receipt_id: &str, outcome: &str) -> Value {
    let (number, fiscal_code, amount): (String, String, i64) = sqlx::query_as(
        "SELECT n.notice_number, s.creditor_fiscal_code, n.amount_cents FROM notices n JOIN schools s ON s.code = n.school_code WHERE n.id = $1",
    )
    .bind(notice)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    json!({ "receiptId": receipt_id, "noticeNumber": number, "fiscalCode": fiscal_code, "outcome": outcome,
        "paymentAmount": amount, "idPSP": "BCITITMM", "pspCompanyName": "Intesa Sanpaolo", "paymentMethod": "CP",
        "fee": 150, "idCart": public_id })
}

async fn forward(app: &TestApp, body: &Value, secret: &str) -> (u16, String) {
    let body = body.to_string();
    let response = app
        .client
        .post(app.url(RECEIPTS_PATH))
        .header(SIGNATURE_HEADER, signature::sign(secret, app::auth::now(), body.as_bytes()))
        .body(body)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

async fn the_cart_goes_to_pagopa_and_its_receipts_confirm_the_payment(app: &TestApp, fake: &FakePagoPa) {
    let family = demo_family(app).await;
    let (public_id, trip, contribution) = two_notices_at_two_schools(app, &family).await;
    let page = family.get(&format!("/pagamento/{public_id}")).await;
    assert!(page.has("Continua su pagoPA") && page.has("Paga con pagoPA"), "{}", page.body);
    assert!(!page.has("Scegli il prestatore"), "the PSP is chosen on pagoPA's page");
    assert!(page.has("Annulla il pagamento"));

    let answer = continue_on_pagopa(&family, &public_id).await;
    let location = answer.location.expect("redirect to pagoPA's checkout");
    assert!(location.starts_with(&format!("{}/c/", fake.origin)), "{location}");
    let (state, provider, psp, reference): (String, String, Option<String>, Option<String>) =
        sqlx::query_as("SELECT state, provider, psp_id, provider_reference FROM payments WHERE public_id = $1")
            .bind(&public_id)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(
        (state.as_str(), provider.as_str(), psp, reference.as_deref()),
        ("sent_to_psp", "pagopa", None, Some(location.as_str()))
    );

    // The cart pagoPA received: numbers, creditors and amounts as the database holds them.
    let carts = fake.carts();
    assert_eq!(carts.len(), 1);
    let cart = &carts[0];
    let notices = cart["paymentNotices"].as_array().unwrap();
    assert_eq!(notices.len(), 2);
    for (notice, id) in notices.iter().zip([trip, contribution]) {
        let (number, fiscal_code, amount, school): (String, String, i64, String) = sqlx::query_as(
            "SELECT n.notice_number, s.creditor_fiscal_code, n.amount_cents, s.name FROM notices n JOIN schools s ON s.code = n.school_code WHERE n.id = $1",
        )
        .bind(id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
        assert_eq!(notice["noticeNumber"], json!(number));
        assert_eq!(notice["fiscalCode"], json!(fiscal_code));
        assert_eq!(notice["amount"], json!(amount));
        assert_eq!(notice["companyName"], json!(school));
    }
    assert_ne!(notices[0]["fiscalCode"], notices[1]["fiscalCode"], "two schools, two creditors");
    assert!(notices[0]["description"].as_str().unwrap().contains("Giulia Rossi"));
    let back = app.url(&format!("/pagamento/{public_id}"));
    assert_eq!(cart["returnUrls"]["returnOkUrl"], json!(back));
    assert_eq!(cart["returnUrls"]["returnCancelUrl"], json!(format!("{back}?esito=annullato")));
    assert_eq!(cart["returnUrls"]["returnErrorUrl"], json!(format!("{back}?esito=errore")));
    assert_eq!(cart["emailNotice"], json!("maria.rossi@example.it"));
    assert_eq!(cart["idCart"], json!(public_id));

    // Back from pagoPA, before any receipt: in progress, nothing paid.
    let waiting = family.get(&format!("/pagamento/{public_id}")).await;
    assert!(waiting.has("Pagamento in corso"));
    assert_eq!(notice_state(app, trip).await, "valid");
    // The first receipt of the cart is kept; the payment waits for the second.
    assert_eq!(forward(app, &receipt(app, &public_id, trip, "RT-0001", "OK").await, RECEIPT_SECRET).await.0, 202);
    assert_eq!(payment_state(app, &public_id).await, "sent_to_psp");
    assert_eq!(
        forward(app, &receipt(app, &public_id, contribution, "RT-0002", "OK").await, RECEIPT_SECRET).await,
        (200, "applied".into())
    );
    assert_eq!(payment_state(app, &public_id).await, "confirmed");
    assert_eq!((notice_state(app, trip).await, notice_state(app, contribution).await), ("paid".into(), "paid".into()));
    let receipts: Vec<(String, String, String, i64)> =
        sqlx::query_as("SELECT receipt_id, psp_name, method, fee_cents FROM receipts ORDER BY receipt_id")
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert_eq!(
        receipts,
        vec![
            ("RT-0001".into(), "Intesa Sanpaolo".into(), "card".into(), 150),
            ("RT-0002".into(), "Intesa Sanpaolo".into(), "card".into(), 150)
        ],
        "pagoPA's receipt ids and its PSP"
    );
    let mail = mails(app).await.into_iter().find(|(_, subject, _)| subject == "Pagamento eseguito").expect("the email");
    assert!(mail.2.contains("93,50 €") && mail.2.contains("Intesa Sanpaolo"), "{}", mail.2);
    let done = family.get(&format!("/pagamento/{public_id}")).await;
    assert!(done.has("Hai pagato 93,50 €") && done.has("Intesa Sanpaolo"), "{}", done.body);
    assert!(!done.has("Pagamento di prova") && !mail.2.contains("prova"), "real payments are not marked as tests");
    if app.engine == Engine::Sqlite {
        // The rebuilt payments table kept every reference to it.
        let broken: Vec<(String,)> =
            sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check").fetch_all(&app.pool).await.unwrap();
        assert!(broken.is_empty(), "{broken:?}");
    }
}

async fn when_pagopa_refuses_or_is_down_the_family_is_told_and_nothing_is_lost(app: &TestApp, fake: &FakePagoPa) {
    let family = demo_family(app).await;
    let (public_id, trip, _) = two_notices_at_two_schools(app, &family).await;
    let page = format!("/pagamento/{public_id}");
    for (behaviour, words) in [
        (Behaviour::Fail(503), "pagoPA non risponde in questo momento"),
        (Behaviour::Fail(500), "pagoPA non risponde in questo momento"),
        (Behaviour::Fail(422), "pagoPA non ha accettato questi avvisi"),
        (Behaviour::Fail(400), "pagoPA non ha accettato questi avvisi"),
        (
            Behaviour::RedirectTo("https://pagamenti.example.com/phishing".into()),
            "pagoPA non risponde in questo momento",
        ),
    ] {
        fake.behave(behaviour.clone());
        let answer = continue_on_pagopa(&family, &public_id).await;
        assert_eq!(
            answer.location.as_deref().map(common::paying::path_of),
            Some(page.clone()),
            "{behaviour:?}: back to the payment"
        );
        let shown = family.get(&page).await;
        assert!(shown.has(words), "{behaviour:?}: {}", shown.body);
        assert!(shown.has("Continua su pagoPA"), "{behaviour:?}: the family can try again");
        assert_eq!(payment_state(app, &public_id).await, "created", "{behaviour:?}");
    }
    assert_eq!(notice_state(app, trip).await, "valid");
    // With pagoPA back, the same payment goes through.
    fake.behave(Behaviour::OpenCheckout);
    let answer = continue_on_pagopa(&family, &public_id).await;
    assert!(answer.location.unwrap().starts_with(&fake.origin));
    assert_eq!(payment_state(app, &public_id).await, "sent_to_psp");
    // A second click (the back button) does not post a second cart.
    let again = continue_on_pagopa(&family, &public_id).await;
    assert_eq!(again.location.as_deref().map(common::paying::path_of), Some(page));
    assert_eq!(fake.carts().len(), 6, "five refused attempts, one checkout, no repeat");
}

async fn forwarded_receipts_that_are_forged_wrong_or_repeated_change_nothing(app: &TestApp, _fake: &FakePagoPa) {
    let family = demo_family(app).await;
    let exam = notice_id(app, "Luca", "Esame").await;
    add(&family, exam).await;
    let public_id = checkout(&family).await.expect("checkout");
    continue_on_pagopa(&family, &public_id).await;
    let good = receipt(app, &public_id, exam, "RT-EXAM", "OK").await;
    assert_eq!(forward(app, &good, "not the secret").await.0, 401, "forged");
    let mut wrong_amount = good.clone();
    wrong_amount["paymentAmount"] = json!(1);
    assert_eq!(forward(app, &wrong_amount, RECEIPT_SECRET).await.0, 422, "amount differs");
    let mut unknown = good.clone();
    unknown["noticeNumber"] = json!("302000000000000000");
    assert_eq!(forward(app, &unknown, RECEIPT_SECRET).await.0, 404, "not a notice of ours");
    let mut malformed = good.clone();
    malformed["outcome"] = json!("MAYBE");
    assert_eq!(forward(app, &malformed, RECEIPT_SECRET).await.0, 400);
    assert_eq!(payment_state(app, &public_id).await, "sent_to_psp");
    assert_eq!(count(app, "pagopa_receipts").await, 0);

    assert_eq!(forward(app, &good, RECEIPT_SECRET).await, (200, "applied".into()));
    assert_eq!(forward(app, &good, RECEIPT_SECRET).await, (200, "already applied".into()), "duplicate delivery");
    let mut second = good.clone();
    second["receiptId"] = json!("RT-OTHER");
    // A second OK receipt for the same notice is money that moved again: kept, owed back.
    assert_eq!(
        forward(app, &second, RECEIPT_SECRET).await,
        (200, "applied".into()),
        "a different receipt for the same notice"
    );
    assert_eq!(forward(app, &second, RECEIPT_SECRET).await, (200, "already applied".into()));
    assert_eq!(payment_state(app, &public_id).await, "confirmed");
    assert_eq!(count(app, "receipts").await, 1);
    assert_eq!(count(app, "refunds").await, 1);
    let mut second_ko = good.clone();
    second_ko["receiptId"] = json!("RT-OTHER-KO");
    second_ko["outcome"] = json!("KO");
    assert_eq!(forward(app, &second_ko, RECEIPT_SECRET).await.0, 409, "a KO never undoes a paid notice");
    assert_eq!(notice_state(app, exam).await, "paid");
    let emails = mails(app).await.into_iter().filter(|(_, subject, _)| subject == "Pagamento eseguito").count();
    assert_eq!(emails, 1, "one email, whatever the repeats");
}

async fn a_ko_receipt_or_an_expired_checkout_frees_the_notices(app: &TestApp, _fake: &FakePagoPa) {
    let family = demo_family(app).await;
    let exam = notice_id(app, "Luca", "Esame").await;
    add(&family, exam).await;
    let refused = checkout(&family).await.expect("checkout");
    continue_on_pagopa(&family, &refused).await;
    assert_eq!(
        forward(app, &receipt(app, &refused, exam, "RT-KO", "KO").await, RECEIPT_SECRET).await,
        (200, "applied".into())
    );
    assert_eq!(payment_state(app, &refused).await, "refused");
    assert_eq!(notice_state(app, exam).await, "valid");
    assert_eq!(count(app, "notice_holds").await, 0, "the notice is free again");

    // Paid for nothing, then left on pagoPA's page: unknown after 15 minutes, released after an hour.
    add(&family, exam).await;
    let left = checkout(&family).await.expect("checkout again");
    continue_on_pagopa(&family, &left).await;
    let cancelled = family.get(&format!("/pagamento/{left}?esito=annullato")).await;
    assert!(cancelled.has("Sei tornato da pagoPA senza completare il pagamento"), "{}", cancelled.body);
    let settings = app.settings().await;
    let run_at = |seconds: i64| app::payments::reconcile::run_once(&app.pool, &settings, app::auth::now() + seconds);
    run_at(app::payments::reconcile::UNKNOWN_AFTER_SECONDS + 1).await.unwrap();
    assert_eq!(payment_state(app, &left).await, "unknown");
    assert_eq!(count(app, "notice_holds").await, 1, "still held: a receipt may yet come");
    run_at(app::payments::reconcile::PAGOPA_RELEASE_AFTER_SECONDS + 1).await.unwrap();
    assert_eq!(payment_state(app, &left).await, "abandoned");
    assert_eq!(count(app, "notice_holds").await, 0);
    assert_eq!(notice_state(app, exam).await, "valid");
}

/// SQLite cannot change a CHECK in place: the pagoPA migration makes the payments table again.
/// A database that already holds payments keeps them, and every reference to them.
#[tokio::test]
async fn the_sqlite_rebuild_keeps_every_payment_and_reference() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let url = format!("sqlite://{}", folder.path().join("before.db").display());
    let (pool, _) = server::db::connect(&url, 2).await.expect("connect");
    let all = sqlx::migrate!("./migrations/sqlite");
    let mut before = sqlx::migrate!("./migrations/sqlite");
    before.migrations =
        std::borrow::Cow::Owned(all.migrations.iter().filter(|m| m.version < 20261127000001).cloned().collect());
    before.run(&pool).await.expect("the migrations before pagoPA");
    common::load_demo_on_an_older_sqlite_schema(&pool).await;
    let (payment,): (i64,) = sqlx::query_as(
        "INSERT INTO payments (public_id, account_id, provider, state, amount_cents, method, psp_id, psp_name, fee_cents, provider_reference, \
         created_at, updated_at) SELECT 'kept', a.id, 'sandbox', 'sent_to_psp', n.amount_cents, 'card', 'SANDBOX_TREPONTI', 'Banca dei Tre Ponti', 150, \
         'SBXKEPT', 1, 1 FROM accounts a, notices n WHERE a.username = 'demo' AND n.state = 'valid' ORDER BY n.id LIMIT 1 RETURNING id",
    )
    .fetch_one(&pool)
    .await
    .expect("a payment");
    sqlx::query("INSERT INTO payment_items (payment_id, notice_id, amount_cents) SELECT $1, n.id, n.amount_cents FROM notices n WHERE n.state = 'valid' ORDER BY n.id LIMIT 1")
        .bind(payment)
        .execute(&pool)
        .await
        .expect("its item");
    sqlx::query("INSERT INTO notice_holds (notice_id, payment_id) SELECT notice_id, payment_id FROM payment_items WHERE payment_id = $1")
        .bind(payment)
        .execute(&pool)
        .await
        .expect("its hold");

    all.run(&pool).await.expect("the pagoPA migration");
    let kept: (String, String, Option<String>) =
        sqlx::query_as("SELECT public_id, state, psp_id FROM payments WHERE id = $1")
            .bind(payment)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(kept, ("kept".into(), "sent_to_psp".into(), Some("SANDBOX_TREPONTI".into())));
    let references: (i64, i64) =
        sqlx::query_as("SELECT (SELECT COUNT(*) FROM payment_items), (SELECT COUNT(*) FROM notice_holds)")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(references, (1, 1));
    let broken: Vec<(String,)> =
        sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check").fetch_all(&pool).await.unwrap();
    assert!(broken.is_empty(), "{broken:?}");
    // The looser rule: a pagoPA payment may be sent without a PSP; a sandbox one still may not.
    let insert = |provider: &'static str| {
        sqlx::query(
            "INSERT INTO payments (public_id, account_id, provider, state, amount_cents, created_at, updated_at) \
             SELECT $1, id, $1, 'sent_to_psp', 100, 1, 1 FROM accounts WHERE username = 'demo'",
        )
        .bind(provider)
        .execute(&pool)
    };
    assert!(insert("pagopa").await.is_ok());
    assert!(insert("sandbox").await.is_err());
    // References are still enforced after the rebuild.
    assert!(sqlx::query("INSERT INTO payment_items (payment_id, notice_id, amount_cents) VALUES (999999, 1, 100)")
        .execute(&pool)
        .await
        .is_err());
}

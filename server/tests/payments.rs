//! Paying through the sandbox PSP: the redirect, the signed notification (and every way it can
//! go wrong), receipts and the email, reconciliation, a restart, and a hundred payers racing
//! for one notice. Each scenario on a fresh SQLite file and a fresh Postgres database.

mod common;

use app::payments::signature;
use common::browser::Browser;
use common::family::{count, mails};
use common::payers::{demo_family, logged_in, notice_id, other_parents};
use common::paying::{add, checkout, decide, notice_state, path_of, payment_state, wait_for};
use common::TestApp;
use std::time::Duration;

on_both_engines!(
    paying_in_the_sandbox_confirms_only_by_notification,
    refused_and_abandoned_payments_free_their_notices,
    notifications_that_are_forged_stale_unknown_or_repeated_change_nothing,
    a_lost_notification_is_settled_by_reconciliation,
    a_restarted_server_receives_what_the_psp_owed,
    a_hundred_payers_racing_for_one_notice_pay_it_once,
);

/// Chooses the PSP and follows the redirect to the sandbox; the sandbox page's path.
async fn pay(browser: &Browser, public_id: &str, psp: &str) -> String {
    let answer =
        browser.post("/api/payments/pay", &[("public_id", public_id), ("method", "card"), ("psp_id", psp)]).await;
    let location = path_of(&answer.location.expect("redirect to the PSP"));
    assert!(location.starts_with("/psp-sandbox/pagamento/SBX"), "{location}");
    location
}

async fn paying_in_the_sandbox_confirms_only_by_notification(app: &TestApp) {
    let family = demo_family(app).await;
    let (trip, contribution) =
        (notice_id(app, "Giulia", "Uscita didattica").await, notice_id(app, "Luca", "Contributo").await);
    add(&family, trip).await;
    add(&family, contribution).await;
    let public_id = checkout(&family).await.expect("checkout");
    // The first load has a method (card) and its cheapest PSP chosen: "Paga" works at once.
    let first = family.get(&format!("/pagamento/{public_id}")).await;
    assert!(first.has("Paga 93,10 €") && first.has("Verrai portato sul sito di PagaSubito."), "{}", first.body);
    assert!(first.has("id=\"psp-sandbox_pagasubito\" value=\"SANDBOX_PAGASUBITO\" checked"), "{}", first.body);
    let sandbox = pay(&family, &public_id, "SANDBOX_PAGASUBITO").await;
    assert_eq!(payment_state(app, &public_id).await, "sent_to_psp", "recorded before the browser leaves");
    let page = family.get(&sandbox).await;
    assert!(page.has("AMBIENTE DI PROVA") && page.has("93,10 €"), "{}", page.body);
    // The beneficiaries are the two schools, with their fiscal codes, not PagoScuola.
    let schools: Vec<(String, String)> = sqlx::query_as(
        "SELECT DISTINCT s.name, s.creditor_fiscal_code FROM notices n JOIN schools s ON s.code = n.school_code \
         WHERE n.id IN ($1, $2)",
    )
    .bind(trip)
    .bind(contribution)
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert_eq!(schools.len(), 2);
    for (name, code) in &schools {
        assert!(
            page.has(&format!("{} (codice fiscale {code})", name.replace('\'', "&#x27;"))),
            "{name} {code}: {}",
            page.body
        );
    }
    // The browser's return alone changes nothing: the page says the payment is in progress.
    let waiting = family.get(&format!("/pagamento/{public_id}")).await;
    assert!(waiting.has("Pagamento in corso"));
    assert_eq!(notice_state(app, trip).await, "valid");

    let back = decide(&Browser::new(app), &sandbox, "confirmed").await;
    assert_eq!(back, format!("/pagamento/{public_id}"));
    wait_for(app, &public_id, "confirmed").await;
    assert_eq!((notice_state(app, trip).await, notice_state(app, contribution).await), ("paid".into(), "paid".into()));
    assert_eq!(count(app, "receipts").await, 2);
    let (fee, amount): (i64, i64) = sqlx::query_as("SELECT fee_cents, amount_cents FROM payments WHERE public_id = $1")
        .bind(&public_id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!((amount, fee), (9_200, 110));
    // The sandbox moved no money: the email, the page, the history and the PDFs all say so.
    let mail = mails(app).await.into_iter().find(|(_, subject, _)| subject == TEST_PAID_SUBJECT).expect("the email");
    assert!(mail.2.contains("nessun denaro è stato trasferito"), "{}", mail.2);
    assert_eq!(mail.0, "maria.rossi@example.it");
    assert!(
        mail.2.contains("93,10 €") && mail.2.contains("Giulia Rossi") && mail.2.contains("PagaSubito"),
        "{}",
        mail.2
    );
    let done = family.get(&format!("/pagamento/{public_id}")).await;
    assert!(done.has("Hai pagato 93,10 €") && done.has("maria.rossi@example.it"), "{}", done.body);
    assert!(
        done.body.find("Hai pagato").unwrap() < done.body.find("Cosa stai pagando").unwrap(),
        "the outcome comes before the details"
    );
    assert!(done.has("Pagamento di prova: è passato dal PSP simulato di PagoScuola"), "{}", done.body);
    // The history: one receipt per notice, by school year and child.
    let history = family.get("/ricevute").await;
    let year = app::time::school_year(app::auth::now()).start();
    assert!(history.has(&format!("Anno scolastico {}/{:02}", year, (year + 1) % 100)), "{}", history.body);
    assert!(
        history.has("92,00 €") && history.has("Giulia Rossi") && history.has("Luca Rossi") && history.has("PagaSubito")
    );
    assert_eq!(history.body.matches("Identificativo ricevuta").count(), 2);
    // One payment of two notices: its fee once; the statement for the tax return only for the
    // deductible contribution, not for the trip.
    assert_eq!(history.body.matches("Commissione del PSP").count(), 1, "{}", history.body);
    assert_eq!(history.body.matches("href=\"/attestazioni/").count(), 1, "{}", history.body);
    assert!(history.has(">Attestazione 730 (PDF)<"), "its short label");
    assert_eq!(history.body.matches("Prova, senza valore").count(), 2, "each sandbox receipt is marked");
    // Filtered to one child: that child's receipt and what it adds up to for the tax return.
    let (giulia,): (String,) = sqlx::query_as("SELECT codice_fiscale FROM pupils WHERE given_name = 'Giulia'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let hers = family.get(&format!("/ricevute?figlio={giulia}&anno={year}")).await;
    assert_eq!(hers.body.matches("Identificativo ricevuta").count(), 1, "{}", hers.body);
    assert!(hers.has("Giulia Rossi") && hers.has("Pagato nell"), "{}", hers.body);
    assert_eq!(hers.body.matches("class=\"child__name\"").count(), 1, "one child shown");
    let nothing = family.get("/ricevute?anno=1999").await;
    assert_eq!(nothing.body.matches("Identificativo ricevuta").count(), 2, "an unknown year keeps them all");
    let stranger = Browser::new(app).get("/ricevute").await;
    assert_eq!(stranger.status / 100, 3, "only for the logged-in family");
    documents_read_right(app, &family, trip, contribution).await;
    assert_eq!(count(app, "cart_items").await, 0, "paid notices leave the cart");
    // Paying again is refused with its own words; a second decision changes nothing.
    add(&family, trip).await;
    let refused = family.get(&format!("/avvisi/{trip}")).await;
    assert!(refused.has("Questo avviso è stato già pagato"));
    decide(&Browser::new(app), &sandbox, "refused").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(payment_state(app, &public_id).await, "confirmed");
}

/// The receipt and the attestation of each paid notice, read back with `pdftotext`.
async fn documents_read_right(app: &TestApp, family: &Browser, trip: i64, contribution: i64) {
    let receipt_of = |notice: i64| async move {
        let (id, iuv): (String, String) = sqlx::query_as("SELECT receipt_id, iuv FROM receipts WHERE notice_id = $1")
            .bind(notice)
            .fetch_one(&app.pool)
            .await
            .unwrap();
        (id, iuv)
    };
    for (notice, reason, amount, deductible) in [
        (trip, "Museo di Storia Naturale", "12,00 €", "Detraibile No"),
        (contribution, "ampliamento", "80,00 €", "Detraibile Sì"),
    ] {
        let (id, iuv) = receipt_of(notice).await;
        let receipt = pdf_text(family, &format!("/ricevute/{id}.pdf")).await;
        for text in [
            "Ricevuta di pagamento",
            "Pagamento eseguito (OK)",
            reason,
            amount,
            iuv.as_str(),
            id.as_str(),
            "Maria Rossi",
            "PagaSubito",
            "1,10 €",
            "PROVA, NESSUN VALORE",
            "nessun avviso pagoPA è stato pagato",
        ] {
            assert!(receipt.contains(text), "receipt lacks {text:?}:\n{receipt}");
        }
        assert!(!receipt.contains("Ricevuta telematica del pagamento di un avviso pagoPA"), "{receipt}");
        let attestation = pdf_text(family, &format!("/attestazioni/{id}.pdf")).await;
        for text in
            ["Attestazione di pagamento", "Maria Rossi", reason, amount, iuv.as_str(), "PagaSubito", "SBX", deductible]
        {
            assert!(attestation.contains(text), "attestation lacks {text:?}:\n{attestation}");
        }
        assert!(attestation.contains("PROVA, NESSUN VALORE") && attestation.contains("non attesta alcun versamento"));
        assert!(
            !attestation.contains("tramite il circuito pagoPA"),
            "a test payment never claims pagoPA:\n{attestation}"
        );
        // Nobody else's, and not without a session.
        assert_eq!(Browser::new(app).get(&format!("/ricevute/{id}.pdf")).await.location.as_deref(), Some("/accedi"));
    }
    assert_eq!(family.get("/ricevute/00000000000000000000000000000000.pdf").await.status, 404);
}

/// The email of a payment through the sandbox PSP (a test: no money moved).
const TEST_PAID_SUBJECT: &str = "Pagamento di prova eseguito (nessun valore)";

/// Downloads a PDF and returns its text as `pdftotext` (poppler) reads it, white space collapsed.
async fn pdf_text(browser: &Browser, path: &str) -> String {
    let bytes = browser.bytes(path).await;
    assert!(bytes.starts_with(b"%PDF-"), "{path} is not a PDF");
    let mut child = std::process::Command::new("pdftotext")
        .args(["-layout", "-", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("pdftotext (poppler-utils; scripts/setup.sh --tests installs it)");
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), &bytes).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    // Words as they read, wherever the layout broke the lines.
    String::from_utf8(output.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
}

async fn refused_and_abandoned_payments_free_their_notices(app: &TestApp) {
    let family = demo_family(app).await;
    let trip = notice_id(app, "Marco", "Viaggio").await;
    add(&family, trip).await;
    for outcome in ["refused", "abandoned"] {
        let public_id = checkout(&family).await.expect("checkout");
        let sandbox = pay(&family, &public_id, "SANDBOX_TREPONTI").await;
        decide(&family, &sandbox, outcome).await;
        wait_for(app, &public_id, outcome).await;
        assert_eq!(notice_state(app, trip).await, "valid");
        assert_eq!(count(app, "notice_holds").await, 0, "the hold is released");
        let page = family.get(&format!("/pagamento/{public_id}")).await;
        assert!(page.has("non ti è stato addebitato nulla"), "{}", page.body);
        assert_eq!(count(app, "cart_items").await, 1, "the notice stays in the cart for another try");
    }
    assert_eq!(count(app, "receipts").await, 0);
}

/// A notification as the sandbox would send it, signed with `secret` at `at`.
async fn notify(app: &TestApp, body: &serde_json::Value, secret: &str, at: i64) -> (u16, String) {
    let body = body.to_string();
    let response = app
        .client
        .post(app.url(app::payments::sandbox::NOTIFY_PATH))
        .header(signature::SIGNATURE_HEADER, signature::sign(secret, at, body.as_bytes()))
        .body(body)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

async fn notifications_that_are_forged_stale_unknown_or_repeated_change_nothing(app: &TestApp) {
    let secret = app.settings().await.sandbox_secret;
    let family = demo_family(app).await;
    let exam = notice_id(app, "Luca", "Esame").await;
    add(&family, exam).await;
    let public_id = checkout(&family).await.expect("checkout");
    // Out of order: the outcome arrives before the redirect to the PSP was even recorded.
    let body = |outcome: &str, amount: i64, reference: &str| {
        serde_json::json!({ "transaction_id": "SBXTEST", "merchant_reference": reference, "outcome": outcome,
            "amount_cents": amount, "fee_cents": 150, "psp_id": "SANDBOX_TREPONTI", "method": "card", "decided_at": app::auth::now() })
    };
    let now = app::auth::now();
    assert_eq!(notify(app, &body("confirmed", 13_000, &public_id), "not the secret", now).await.0, 401, "forged");
    assert_eq!(
        notify(app, &body("confirmed", 13_000, &public_id), &secret, now - 3_600).await.0,
        401,
        "stale (a replay an hour later)"
    );
    assert_eq!(
        notify(app, &body("confirmed", 13_000, "no-such-payment"), &secret, now).await.0,
        404,
        "unknown payment"
    );
    assert_eq!(notify(app, &body("confirmed", 1, &public_id), &secret, now).await.0, 422, "amount differs");
    assert_eq!(payment_state(app, &public_id).await, "created");
    assert_eq!(notice_state(app, exam).await, "valid");

    assert_eq!(notify(app, &body("confirmed", 13_000, &public_id), &secret, now).await, (200, "applied".into()));
    assert_eq!(
        notify(app, &body("confirmed", 13_000, &public_id), &secret, now).await,
        (200, "already applied".into()),
        "duplicate delivery"
    );
    assert_eq!(
        notify(app, &body("refused", 13_000, &public_id), &secret, now).await.0,
        409,
        "contradicts a final outcome"
    );
    assert_eq!(payment_state(app, &public_id).await, "confirmed");
    assert_eq!(notice_state(app, exam).await, "paid");
    assert_eq!(count(app, "receipts").await, 1);
    let emails = mails(app).await.into_iter().filter(|(_, subject, _)| subject == TEST_PAID_SUBJECT).count();
    assert_eq!(emails, 1, "one email, whatever the repeats");
}

async fn a_lost_notification_is_settled_by_reconciliation(app: &TestApp) {
    let family = demo_family(app).await;
    let exam = notice_id(app, "Luca", "Esame").await;
    add(&family, exam).await;
    let public_id = checkout(&family).await.expect("checkout");
    let sandbox = pay(&family, &public_id, "SANDBOX_CARTAAZZURRA").await;
    // The merchant cannot be reached: the notification stays undelivered.
    sqlx::query("UPDATE sandbox_transactions SET notify_url = 'http://127.0.0.1:9/unreachable'")
        .execute(&app.pool)
        .await
        .unwrap();
    decide(&family, &sandbox, "confirmed").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(payment_state(app, &public_id).await, "sent_to_psp");
    let (attempts, delivered): (i64, Option<i64>) =
        sqlx::query_as("SELECT attempts, delivered_at FROM sandbox_notifications").fetch_one(&app.pool).await.unwrap();
    assert!(attempts >= 1 && delivered.is_none(), "tried and failed");

    let settings = app.settings().await;
    let soon = app::auth::now() + 60;
    let early = app::payments::reconcile::run_once(&app.pool, &settings, soon).await.unwrap();
    assert_eq!(early.settled, 0, "too early to ask the PSP");
    let later = app::auth::now() + app::payments::reconcile::ASK_AFTER_SECONDS + 1;
    let report = app::payments::reconcile::run_once(&app.pool, &settings, later).await.unwrap();
    assert_eq!(report.settled, 1);
    assert_eq!(payment_state(app, &public_id).await, "confirmed");
    assert_eq!(notice_state(app, exam).await, "paid");
    assert_eq!(count(app, "receipts").await, 1);

    // A checkout abandoned before choosing a PSP times out and frees its notice.
    let trip = notice_id(app, "Marco", "Viaggio").await;
    add(&family, trip).await;
    let unsent = checkout(&family).await.expect("checkout");
    let much_later = app::auth::now() + app::payments::reconcile::CHECKOUT_TIMEOUT_SECONDS + 1;
    let report = app::payments::reconcile::run_once(&app.pool, &settings, much_later).await.unwrap();
    assert_eq!(report.timed_out, 1);
    assert_eq!(payment_state(app, &unsent).await, "abandoned");
    assert_eq!(count(app, "notice_holds").await, 1, "only the paid notice keeps its hold");
}

async fn a_restarted_server_receives_what_the_psp_owed(app: &TestApp) {
    let family = demo_family(app).await;
    let trip = notice_id(app, "Giulia", "Uscita didattica").await;
    add(&family, trip).await;
    let public_id = checkout(&family).await.expect("checkout");
    let sandbox = pay(&family, &public_id, "SANDBOX_PAGASUBITO").await;
    // The merchant is down when the family pays.
    sqlx::query("UPDATE sandbox_transactions SET notify_url = 'http://127.0.0.1:9/down'")
        .execute(&app.pool)
        .await
        .unwrap();
    decide(&family, &sandbox, "confirmed").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(payment_state(app, &public_id).await, "sent_to_psp");
    // It comes back (a new process, on the same database, at its address): the retry arrives.
    let restarted = app.another_server().await;
    let url = format!("{restarted}{}", app::payments::sandbox::NOTIFY_PATH);
    sqlx::query("UPDATE sandbox_notifications SET notify_url = $1, next_attempt_at = 0")
        .bind(url)
        .execute(&app.pool)
        .await
        .unwrap();
    wait_for(app, &public_id, "confirmed").await;
    assert_eq!(notice_state(app, trip).await, "paid");
    // The sandbox records the delivery once the merchant's answer is back, just after the
    // merchant confirmed: give it a moment on a busy machine.
    let mut delivered: Option<i64> = None;
    for _ in 0..50 {
        (delivered,) =
            sqlx::query_as("SELECT delivered_at FROM sandbox_notifications").fetch_one(&app.pool).await.unwrap();
        if delivered.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(delivered.is_some());
}

async fn a_hundred_payers_racing_for_one_notice_pay_it_once(app: &TestApp) {
    let hash = app::auth::password::hash("una password lunga 1".into()).await.unwrap();
    let parents = other_parents(app, 100, &hash).await;
    let exam = notice_id(app, "Luca", "Esame").await;
    let mut browsers = Vec::new();
    for name in &parents {
        let browser = logged_in(app, name, "una password lunga 1").await;
        add(&browser, exam).await;
        browsers.push(browser);
    }
    // All at once: check out, and whoever gets the notice pays it straight away.
    let tasks: Vec<_> = browsers
        .iter()
        .cloned()
        .map(|browser| {
            tokio::spawn(async move {
                let public_id = checkout(&browser).await?;
                let sandbox = pay(&browser, &public_id, "SANDBOX_TREPONTI").await;
                decide(&browser, &sandbox, "confirmed").await;
                Some(public_id)
            })
        })
        .collect();
    let mut winners = Vec::new();
    for task in tasks {
        winners.extend(task.await.unwrap());
    }
    assert_eq!(winners.len(), 1, "exactly one payer gets the notice");
    wait_for(app, &winners[0], "confirmed").await;
    let (confirmed,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM payments WHERE state = 'confirmed'").fetch_one(&app.pool).await.unwrap();
    assert_eq!((confirmed, count(app, "payments").await, count(app, "receipts").await), (1, 1, 1));
    // The others are told, in words: in progress while it ran, already paid now.
    let again: Vec<_> =
        browsers.iter().cloned().map(|b| tokio::spawn(async move { b.get("/carrello").await })).collect();
    for page in again {
        let page = page.await.unwrap();
        assert!(page.has("Questo avviso è stato già pagato") || page.has("Il carrello è vuoto"), "{}", page.body);
    }
    assert_eq!(count(app, "payments").await, 1);
}

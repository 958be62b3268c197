//! The family's notices, cart and the start of a payment, through HTTP like a browser, on a
//! fresh SQLite file and a fresh Postgres database each.

mod common;

use common::browser::Browser;
use common::family::count;
use common::payers::{demo_family, logged_in, notice_id, other_parents};
use common::TestApp;

on_both_engines!(
    the_family_sees_every_child_across_schools,
    filters_have_their_own_urls,
    notices_of_other_families_stay_hidden,
    the_cart_keeps_five_payable_notices_on_the_server,
    a_notice_paid_meanwhile_leaves_the_cart_with_a_reason,
    checkout_lists_psps_by_fee_and_sums_the_total,
    a_notice_in_a_payment_cannot_enter_another,
    the_family_page_pays_the_ticked_notices,
    more_than_five_ticks_come_back_ticked_and_urgent_ones_fill_the_cart,
    the_cart_island_ticks_on_the_server_and_gets_the_bar_back,
    a_paid_notice_never_says_it_is_due,
);

async fn add(browser: &Browser, id: i64) -> common::browser::Page {
    browser.submit("/api/cart/add", &[("notice_id", &id.to_string()), ("back", "carrello")]).await
}

async fn the_family_sees_every_child_across_schools(app: &TestApp) {
    let family = demo_family(app).await;
    let page = family.get("/famiglia").await;
    assert_eq!(page.status, 200);
    for text in ["Giulia Rossi", "Marco Rossi", "Luca Rossi", "Istituto Comprensivo Scapponi", "Carlo Cattaneo"] {
        assert!(page.has(text), "{text}");
    }
    // 7 payable notices: 12 + 8,50 + 45 + 8,50 + 80 + 130 = 284,00 EUR
    assert!(page.has("6 avvisi da pagare, per 284,00 €"), "{}", page.body);
    for text in ["Pagato", "Scaduto", "Annullato, non devi pagare", "In ritardo, ancora pagabile", "45,00 €"] {
        assert!(page.has(text), "{text}");
    }
    // Within a child, payable notices come first.
    let exam = page.body.find("Cambridge B2").unwrap();
    let torino = page.body.find("Museo Egizio").unwrap();
    assert!(exam < torino, "payable before paid");
    assert!(page.cache_control.as_deref().unwrap_or_default().contains("no-store"));
}

async fn filters_have_their_own_urls(app: &TestApp) {
    let family = demo_family(app).await;
    let paid = family.get("/famiglia?stato=pagati").await;
    assert!(paid.has("Museo Egizio") && !paid.has("Verona"), "only paid notices");
    let cattaneo = family.get("/famiglia?scuola=MIIS01200L").await;
    assert!(cattaneo.has("Cambridge") && !cattaneo.has("Verona"));
    let none = family.get("/famiglia?stato=scaduti&scuola=MIIS01200L").await;
    assert!(none.has("Nessun avviso corrisponde ai filtri scelti"));
}

async fn notices_of_other_families_stay_hidden(app: &TestApp) {
    let verona = notice_id(app, "Marco", "Viaggio").await;
    let hash = app::auth::password::hash("una password lunga 1".into()).await.unwrap();
    other_parents(app, 1, &hash).await;
    // An account linked to no pupil: unlink the extra parent again.
    sqlx::query("DELETE FROM payer_links WHERE payer_codice_fiscale <> (SELECT codice_fiscale FROM accounts WHERE username = 'demo')")
        .execute(&app.pool)
        .await
        .unwrap();
    let stranger = logged_in(app, "parent1", "una password lunga 1").await;
    let page = stranger.get(&format!("/avvisi/{verona}")).await;
    assert_eq!(page.status, 404);
    assert!(!page.has("Verona"));
    assert!(stranger.get("/famiglia").await.has("Non ci sono ancora avvisi"));
    let refused = stranger.submit("/api/cart/add", &[("notice_id", &verona.to_string()), ("back", "carrello")]).await;
    assert!(refused.has("Avviso non trovato"));
    assert_eq!(count(app, "cart_items").await, 0);
    // Without a session: to the log-in page.
    let anonymous = Browser::new(app).get(&format!("/avvisi/{verona}")).await;
    assert!(anonymous.status == 302 || anonymous.has("/accedi"), "{}", anonymous.status);
}

async fn the_cart_keeps_five_payable_notices_on_the_server(app: &TestApp) {
    let family = demo_family(app).await;
    let ids = demo_payable_ids(app).await;
    for id in &ids[..5] {
        assert!(add(&family, *id).await.has("Aggiunto al carrello"));
    }
    let full = add(&family, ids[5]).await;
    assert!(full.has("Il carrello ha già 5 avvisi"), "{}", full.body);
    assert!(add(&family, ids[0]).await.has("È già nel carrello"));
    for (child, reason, words) in [
        ("Giulia", "Contributo", "Questo avviso è stato già pagato"),
        ("Marco", "Corso di nuoto", "Questo avviso è scaduto"),
        ("Giulia", "Materiale", "annullato dalla scuola"),
    ] {
        let id = notice_id(app, child, reason).await;
        assert!(add(&family, id).await.has(words), "{words}");
    }
    assert_eq!(count(app, "cart_items").await, 5);
    // Another device, same account: the same cart.
    let phone = demo_family(app).await;
    let cart = phone.get("/carrello").await;
    assert!(cart.has("Nel carrello: 5 avvisi su 5 possibili"), "{}", cart.body);
    assert!(cart.has("Totale avvisi") && cart.has("154,00 €"), "12 + 8,50 + 45 + 8,50 + 80: {}", cart.body);
    let removed = phone.submit("/api/cart/remove", &[("notice_id", &ids[0].to_string())]).await;
    assert!(removed.has("Tolto dal carrello") && removed.has("4 avvisi su 5"));
    assert!(add(&family, ids[5]).await.has("Aggiunto al carrello"), "the freed slot takes the sixth");
}

async fn a_notice_paid_meanwhile_leaves_the_cart_with_a_reason(app: &TestApp) {
    let family = demo_family(app).await;
    let trip = notice_id(app, "Giulia", "Uscita didattica").await;
    add(&family, trip).await;
    // The other parent paid it at the school's counter, say.
    sqlx::query("UPDATE notices SET state = 'paid' WHERE id = $1").bind(trip).execute(&app.pool).await.unwrap();
    let cart = family.get("/carrello").await;
    assert!(cart.has("Uscito dal carrello") && cart.has("Questo avviso è stato già pagato"), "{}", cart.body);
    assert!(cart.has("Il carrello è vuoto"));
    assert_eq!(count(app, "cart_items").await, 0);
}

async fn checkout(browser: &Browser) -> (String, common::browser::Page) {
    let answer = browser.post("/api/cart/checkout", &[]).await;
    assert_eq!(answer.status, 302);
    let location = answer.location.expect("Location");
    let path =
        location.split_once("://").map(|(_, rest)| rest[rest.find('/').unwrap()..].to_string()).unwrap_or(location);
    let page = browser.get(&path).await;
    (path, page)
}

async fn checkout_lists_psps_by_fee_and_sums_the_total(app: &TestApp) {
    let family = demo_family(app).await;
    add(&family, notice_id(app, "Marco", "Viaggio").await).await;
    let (path, page) = checkout(&family).await;
    assert!(path.starts_with("/pagamento/"), "{path}");
    assert!(page.has("Come vuoi pagare?") && page.has("Carta di credito"));
    let (_, amount): (i64, i64) =
        sqlx::query_as("SELECT id, amount_cents FROM payments").fetch_one(&app.pool).await.unwrap();
    assert_eq!(amount, 4_500, "the amount comes from the database");
    let cards = family.get(&format!("{path}?metodo=card")).await;
    // 45,00 EUR: PagaSubito 0,54 (suggested), Carta Azzurra 0,91, Banca dei Tre Ponti 1,50.
    let order: Vec<usize> =
        ["PagaSubito", "Carta Azzurra", "Banca dei Tre Ponti"].iter().map(|n| cards.body.find(n).unwrap()).collect();
    assert!(order[0] < order[1] && order[1] < order[2], "sorted by fee");
    assert!(cards.has("0,54 €") && cards.has("Consigliato: il più economico"));
    let by_name = family.get(&format!("{path}?metodo=card&ordine=name")).await;
    assert!(by_name.body.find("Banca dei Tre Ponti").unwrap() < by_name.body.find("PagaSubito").unwrap());
    let summary = family.get(&format!("{path}?metodo=card&psp=SANDBOX_CARTAAZZURRA")).await;
    assert!(summary.has("Totale da pagare") && summary.has("45,91 €"), "{}", summary.body);
    assert!(summary.has("Paga 45,91 €"));
    // A stranger cannot open it.
    assert_eq!(Browser::new(app).get(&path).await.status / 100, 3);
}

async fn a_notice_in_a_payment_cannot_enter_another(app: &TestApp) {
    let hash = app::auth::password::hash("una password lunga 1".into()).await.unwrap();
    other_parents(app, 1, &hash).await;
    let (mother, father) = (demo_family(app).await, logged_in(app, "parent1", "una password lunga 1").await);
    let trip = notice_id(app, "Marco", "Viaggio").await;
    add(&mother, trip).await;
    add(&father, trip).await;
    let (path, _) = checkout(&mother).await;
    let refused = father.submit("/api/cart/checkout", &[]).await;
    assert!(
        refused.has("C&#x27;è già un pagamento in corso") || refused.has("C'è già un pagamento in corso"),
        "{}",
        refused.body
    );
    assert_eq!(count(app, "payments").await, 1);
    // The mother gives up before choosing a PSP: the father can pay it now.
    let public_id = path.trim_start_matches("/pagamento/");
    let cancelled = mother.submit("/api/payments/cancel", &[("public_id", public_id)]).await;
    assert!(cancelled.has("Pagamento annullato"));
    let (again, page) = checkout(&father).await;
    assert!(again.starts_with("/pagamento/") && page.has("Come vuoi pagare?"));
    assert_eq!(count(app, "notice_holds").await, 1);
}

/// The family page's checkbox of a notice, as served (ticked or not).
fn pick(page: &common::browser::Page, id: i64) -> Option<bool> {
    let at = page.body.find(&format!(r#"id="scegli-{id}""#))?;
    let tag = &page.body[at..at + page.body[at..].find('>').unwrap_or(0)];
    Some(tag.contains("checked"))
}

async fn the_family_page_pays_the_ticked_notices(app: &TestApp) {
    let family = demo_family(app).await;
    let trip = notice_id(app, "Giulia", "Uscita didattica").await;
    let gift = notice_id(app, "Luca", "Contributo").await;
    let verona = notice_id(app, "Marco", "Viaggio").await;
    add(&family, verona).await;
    let page = family.get("/famiglia").await;
    assert!(page.has("Ciao, Maria") && !page.has("Benvenut") && !page.has("Vai al carrello (vuoto)"), "{}", page.body);
    assert_eq!((pick(&page, verona), pick(&page, trip)), (Some(true), Some(false)), "the cart's notices come ticked");
    assert!(page.has("Paga gli avvisi selezionati") && page.has("Paga quelli in scadenza"));
    // A browser sends one `notice_ids` per ticked box: the cart becomes exactly those two.
    let answer = family
        .post(
            "/api/cart/pay",
            &[("notice_ids[]", &trip.to_string()), ("notice_ids[]", &gift.to_string()), ("azione", "paga")],
        )
        .await;
    assert_eq!(answer.status, 302, "{}", answer.body);
    assert!(answer.location.as_deref().unwrap_or_default().contains("/pagamento/"), "{:?}", answer.location);
    let mut paid: Vec<(i64,)> =
        sqlx::query_as("SELECT notice_id FROM payment_items").fetch_all(&app.pool).await.unwrap();
    paid.sort();
    let mut wanted = vec![(trip,), (gift,)];
    wanted.sort();
    assert_eq!(paid, wanted);
    // Nothing ticked: said at the form, nothing started.
    let none = family.submit("/api/cart/pay", &[("azione", "paga")]).await;
    assert!(none.has("Seleziona almeno un avviso da pagare"), "{}", none.body);
    assert_eq!(count(app, "payments").await, 1);
}

async fn more_than_five_ticks_come_back_ticked_and_urgent_ones_fill_the_cart(app: &TestApp) {
    let family = demo_family(app).await;
    let ids = demo_payable_ids(app).await;
    let mut form: Vec<(&str, String)> = ids.iter().map(|id| ("notice_ids[]", id.to_string())).collect();
    form.push(("azione", "paga".into()));
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let page = family.submit("/api/cart/pay", &pairs).await;
    assert!(page.has("Puoi pagare al massimo 5 avvisi insieme"), "{}", page.body);
    assert_eq!(count(app, "cart_items").await, 0, "the cart is untouched");
    for id in &ids {
        assert_eq!(pick(&page, *id), Some(true), "{id} stays ticked: nothing lost");
    }
    assert_eq!(count(app, "payments").await, 0);
    let urgent = family.submit("/api/cart/pay", &[("azione", "urgenti")]).await;
    assert!(urgent.has("Abbiamo selezionato gli avvisi che scadono prima"), "{}", urgent.body);
    assert_eq!(count(app, "cart_items").await, 5, "pagoPA's limit");
    assert_eq!(ids.iter().filter(|id| pick(&urgent, **id) == Some(true)).count(), 5);
}

async fn the_cart_island_ticks_on_the_server_and_gets_the_bar_back(app: &TestApp) {
    let family = demo_family(app).await;
    let trip = notice_id(app, "Giulia", "Uscita didattica").await;
    let call = |body: String| {
        let family = family.clone();
        async move {
            let form = [("content-type", "application/x-www-form-urlencoded")];
            family.send(reqwest::Method::POST, "/api/cart/select", &form, body.into_bytes()).await.expect("answer")
        }
    };
    let ticked = call(format!("notice_id={trip}&selected=true")).await;
    assert_eq!(ticked.status, 200, "{}", ticked.body);
    let state: serde_json::Value = serde_json::from_str(&ticked.body).expect("JSON");
    assert_eq!(state["count"], 1);
    assert_eq!(state["ids"], serde_json::json!([trip]));
    assert_eq!(state["button"], "Paga 1 avviso · 12,00 €");
    assert_eq!(state["status"], "Selezionato 1 avviso, 12,00 €.");
    let unticked = call(format!("notice_id={trip}&selected=false")).await;
    let state: serde_json::Value = serde_json::from_str(&unticked.body).expect("JSON");
    assert_eq!((state["count"].clone(), state["button"].clone()), (0.into(), "Seleziona gli avvisi da pagare".into()));
    // A paid notice cannot be ticked: the answer says why and the cart stays empty.
    let paid = notice_id(app, "Giulia", "Contributo").await;
    let refused = call(format!("notice_id={paid}&selected=true")).await;
    assert!(refused.body.contains("Questo avviso è stato già pagato"), "{}", refused.body);
    assert_eq!(count(app, "cart_items").await, 0);
    let form = [("content-type", "application/x-www-form-urlencoded")];
    let urgent =
        family.send(reqwest::Method::POST, "/api/cart/urgent", &form, b"most=5".to_vec()).await.expect("answer");
    let state: serde_json::Value = serde_json::from_str(&urgent.body).expect("JSON");
    assert_eq!(state["count"], 5, "{}", urgent.body);
}

async fn a_paid_notice_never_says_it_is_due(app: &TestApp) {
    let family = demo_family(app).await;
    let paid = notice_id(app, "Giulia", "Contributo").await;
    let page = family.get(&format!("/avvisi/{paid}")).await;
    assert!(page.has("Pagato") && !page.has("Da pagare entro"), "{}", page.body);
    let list = family.get("/famiglia?stato=pagati").await;
    assert!(!list.has("Da pagare entro") && list.has("Pagati e annullati"), "{}", list.body);
}

/// The demo family's six payable notices, one id each (more than a cart's five).
async fn demo_payable_ids(app: &TestApp) -> Vec<i64> {
    let mut ids = Vec::new();
    for (child, reason) in [
        ("Giulia", "Uscita didattica"),
        ("Giulia", "Assicurazione"),
        ("Marco", "Viaggio"),
        ("Marco", "Assicurazione"),
        ("Luca", "Contributo"),
        ("Luca", "Esame"),
    ] {
        ids.push(notice_id(app, child, reason).await);
    }
    ids
}

/// Which notices a family sees is asked from its own pupils: SQLite looks up their notices by
/// pupil instead of testing every notice of every school (the family page, its cart, receipts
/// and refunds use the rule, so a scan would grow with the whole platform).
#[tokio::test]
async fn the_family_rule_reads_only_the_familys_notices() {
    let Some(app) = TestApp::spawn(server::db::Engine::Sqlite).await else { return };
    let rule = app::store::notices::VISIBLE_TO_ACCOUNT;
    let sql = format!("EXPLAIN QUERY PLAN SELECT n.id FROM notices n WHERE {rule} AND n.state = 'valid'");
    let plan: Vec<String> = sqlx::query(&sql)
        .bind(1_i64)
        .fetch_all(&app.pool)
        .await
        .expect("query plan")
        .iter()
        .map(|row| sqlx::Row::get::<String, _>(row, 3))
        .collect();
    assert!(plan.iter().any(|step| step.contains("notices_by_pupil")), "{plan:#?}");
    assert!(!plan.iter().any(|step| step.starts_with("SCAN n")), "{plan:#?}");
    app.finish().await;
}

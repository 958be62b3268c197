//! The migration that lets a payment have no account (20261201000002_guest_payments): the
//! payments, their items, holds and receipts made before it are all kept, on SQLite (which
//! rebuilds the tables) and on Postgres, and the new rules hold afterwards.

use server::db::Engine;

/// The database before this migration, with a confirmed family payment, its items, its hold
/// and its receipt; then this migration. Every row is kept, the references hold, and the new
/// rule is enforced: an account's payment, or a guest's with an email and a token.
async fn migrate_with_a_payment_made_before(
    pool: &sqlx::AnyPool,
    all: sqlx::migrate::Migrator,
    mut before: sqlx::migrate::Migrator,
) {
    before.migrations = std::borrow::Cow::Owned(all_before(&all.migrations));
    before.run(pool).await.expect("the migrations before this one");
    // Today's loader writes the notices' later columns (20261202000003): lent for the load.
    let lent = [("instalment", "BIGINT NOT NULL DEFAULT 0"), ("due_date", "TEXT"), ("expires_on", "TEXT")];
    for (column, kind) in lent {
        sqlx::query(&format!("ALTER TABLE notices ADD COLUMN {column} {kind}")).execute(pool).await.expect("lend");
    }
    server::demo::load_families(pool).await.expect("demo data");
    for (column, _) in lent {
        sqlx::query(&format!("ALTER TABLE notices DROP COLUMN {column}")).execute(pool).await.expect("take back");
    }
    let (payment,): (i64,) = sqlx::query_as(
        "INSERT INTO payments (public_id, account_id, provider, state, amount_cents, method, psp_id, psp_name, fee_cents, \
         provider_reference, created_at, updated_at, outcome_at) \
         SELECT 'kept', a.id, 'sandbox', 'confirmed', n.amount_cents, 'card', 'SANDBOX_PAGASUBITO', 'PagaSubito', 150, 'SBX-1', 1, 2, 2 \
         FROM accounts a, notices n WHERE a.username = 'demo' AND n.state = 'valid' ORDER BY n.id LIMIT 1 RETURNING id",
    )
    .fetch_one(pool)
    .await
    .expect("a payment");
    sqlx::query(
        "INSERT INTO payment_items (payment_id, notice_id, amount_cents) SELECT $1, n.id, n.amount_cents FROM notices n \
         WHERE n.state = 'valid' ORDER BY n.id LIMIT 1",
    )
    .bind(payment)
    .execute(pool)
    .await
    .expect("its item");
    sqlx::query("INSERT INTO notice_holds (notice_id, payment_id) SELECT notice_id, payment_id FROM payment_items WHERE payment_id = $1")
        .bind(payment)
        .execute(pool)
        .await
        .expect("its hold");
    sqlx::query(
        "INSERT INTO receipts (receipt_id, notice_id, payment_id, account_id, notice_number, iuv, creditor_fiscal_code, company_name, \
         office_name, description, amount_cents, debtor_codice_fiscale, debtor_name, payer_codice_fiscale, payer_name, psp_id, psp_name, \
         method, fee_cents, school_year, tax_deductible, outcome, paid_at) \
         SELECT 'RT-KEPT', n.id, $1, p.account_id, n.notice_number, substr(n.notice_number, 2), s.creditor_fiscal_code, s.name, s.town, \
         'Gita', n.amount_cents, u.codice_fiscale, 'Luca Rossi', u.codice_fiscale, 'Maria Rossi', 'SANDBOX_PAGASUBITO', 'PagaSubito', 'card', 150, \
         2026, 0, 'OK', 2 FROM payments p JOIN payment_items i ON i.payment_id = p.id JOIN notices n ON n.id = i.notice_id \
         JOIN schools s ON s.code = n.school_code JOIN pupils u ON u.id = n.pupil_id WHERE p.id = $1",
    )
    .bind(payment)
    .execute(pool)
    .await
    .expect("its receipt");

    all.run(pool).await.expect("this migration");
    #[derive(sqlx::FromRow, Debug, PartialEq)]
    struct Kept {
        id: i64,
        public_id: String,
        account_id: Option<i64>,
        state: String,
        fee_cents: Option<i64>,
        provider_reference: Option<String>,
        guest_email: Option<String>,
    }
    let kept: Kept = sqlx::query_as(
        "SELECT id, public_id, account_id, state, fee_cents, provider_reference, guest_email FROM payments",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    let (account,): (i64,) =
        sqlx::query_as("SELECT id FROM accounts WHERE username = 'demo'").fetch_one(pool).await.unwrap();
    let expected = Kept {
        id: payment,
        public_id: "kept".into(),
        account_id: Some(account),
        state: "confirmed".into(),
        fee_cents: Some(150),
        provider_reference: Some("SBX-1".into()),
        guest_email: None,
    };
    assert_eq!(kept, expected);
    let items: (i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM payment_items WHERE payment_id = $1), (SELECT COUNT(*) FROM notice_holds WHERE payment_id = $1)",
    )
    .bind(payment)
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(items, (1, 1));
    let receipt: (String, Option<i64>, Option<String>) =
        sqlx::query_as("SELECT receipt_id, payment_id, payer_name FROM receipts").fetch_one(pool).await.unwrap();
    assert_eq!(receipt, ("RT-KEPT".into(), Some(payment), Some("Maria Rossi".into())));
    // The rules after the migration: never both an account and a guest, never neither.
    let insert = |account: &str, email: &str, token: &str| {
        format!(
            "INSERT INTO payments (public_id, account_id, guest_email, guest_token_hash, provider, state, amount_cents, created_at, updated_at) \
             VALUES ('{}', {account}, {email}, {token}, 'sandbox', 'created', 100, 3, 3)",
            app::auth::tokens::new_token()
        )
    };
    let hash = format!("'{}'", "a".repeat(64));
    let account = "(SELECT id FROM accounts WHERE username = 'demo')".to_string();
    assert!(sqlx::query(&insert("NULL", "NULL", "NULL")).execute(pool).await.is_err(), "neither");
    assert!(sqlx::query(&insert(&account, "'n@example.it'", &hash)).execute(pool).await.is_err(), "both");
    assert!(
        sqlx::query(&insert("NULL", "'n@example.it'", "NULL")).execute(pool).await.is_err(),
        "a guest needs a token"
    );
    assert!(sqlx::query(&insert("NULL", "'n@example.it'", &hash)).execute(pool).await.is_ok(), "a guest's");
    assert!(sqlx::query(&insert(&account, "NULL", "NULL")).execute(pool).await.is_ok(), "an account's");
    // An account's receipt still needs its payment and its payer; a guest's has a payment only.
    assert!(sqlx::query("UPDATE receipts SET payment_id = NULL").execute(pool).await.is_err());
    assert!(sqlx::query("UPDATE receipts SET payer_name = NULL").execute(pool).await.is_err());
    assert!(sqlx::query("UPDATE receipts SET account_id = NULL, payer_name = NULL, payer_codice_fiscale = NULL")
        .execute(pool)
        .await
        .is_ok());
}

/// This migration's version.
const THIS_MIGRATION: i64 = 20261201000002;

fn all_before(migrations: &[sqlx::migrate::Migration]) -> Vec<sqlx::migrate::Migration> {
    migrations.iter().filter(|m| m.version < THIS_MIGRATION).cloned().collect()
}

/// SQLite makes `payments` and `receipts` again: the rows come back and every reference holds.
#[tokio::test]
async fn the_sqlite_rebuild_keeps_every_payment() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let url = format!("sqlite://{}", folder.path().join("before.db").display());
    let (pool, _) = server::db::connect(&url, 2).await.expect("connect");
    let (all, before) = (sqlx::migrate!("./migrations/sqlite"), sqlx::migrate!("./migrations/sqlite"));
    migrate_with_a_payment_made_before(&pool, all, before).await;
    let broken: Vec<(String,)> =
        sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check").fetch_all(&pool).await.unwrap();
    assert!(broken.is_empty(), "{broken:?}");
    assert!(
        sqlx::query("UPDATE payment_items SET payment_id = 999999").execute(&pool).await.is_err(),
        "references to payments are enforced after the rebuild"
    );
}

#[tokio::test]
async fn the_postgres_migration_keeps_every_payment() {
    use sqlx::{Connection, Executor};
    let admin_url =
        std::env::var("PAGOSCUOLA_TEST_POSTGRES").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
    let Ok(mut admin) = sqlx::PgConnection::connect(&admin_url).await else {
        assert_ne!(std::env::var("CI").as_deref(), Ok("true"), "Postgres is required in CI");
        eprintln!("\n*** SKIPPED: Postgres test — cannot reach {admin_url} ***\n");
        return;
    };
    let name = format!("pagoscuola_test_guest_migration_{}", std::process::id());
    admin.execute(format!(r#"DROP DATABASE IF EXISTS "{name}""#).as_str()).await.unwrap();
    admin.execute(format!(r#"CREATE DATABASE "{name}""#).as_str()).await.expect("create test database");
    let base = admin_url.rsplit_once('/').map(|(base, _)| base.to_string()).unwrap();
    let (pool, engine) = server::db::connect(&format!("{base}/{name}"), 2).await.expect("connect");
    assert_eq!(engine, Engine::Postgres);
    let (all, before) = (sqlx::migrate!("./migrations/postgres"), sqlx::migrate!("./migrations/postgres"));
    migrate_with_a_payment_made_before(&pool, all, before).await;
    pool.close().await;
    admin.execute(format!(r#"DROP DATABASE IF EXISTS "{name}" WITH (FORCE)"#).as_str()).await.unwrap();
}

//! The sandbox PSP's own page and its buttons, under `/psp-sandbox/`. It knows nothing of the
//! family's session, like a real PSP: the transaction id in the URL is the only key.

use crate::error::AppError;
use crate::model::SandboxView;
use leptos::prelude::*;

#[server(prefix = "/psp-sandbox/api", endpoint = "transaction")]
pub async fn sandbox_transaction(id: String) -> Result<SandboxView, AppError> {
    use crate::payments::sandbox;
    only_with_the_sandbox()?;
    let row = sandbox::find(&crate::store::db()?, id.trim()).await?.ok_or(AppError::NotFound)?;
    let psp = sandbox::psp(&row.psp_id);
    let beneficiaries = crate::store::sandbox::beneficiaries(&crate::store::db()?, &row.merchant_reference).await?;
    let (amount, fee) = (row.amount, row.fee);
    let expired =
        row.state == "expired" || (row.state == "pending" && !sandbox::still_open(row.created_at, crate::auth::now()));
    Ok(SandboxView {
        id: row.id,
        psp_name: psp.map(|p| p.name.to_string()).unwrap_or(row.psp_id),
        method: domain::PaymentMethod::parse(&row.method),
        description: row.description,
        amount,
        fee,
        total: amount.checked_add(fee).ok_or(AppError::Database)?,
        decided: row.state != "pending",
        expired,
        return_url: row.return_url,
        beneficiaries,
    })
}

/// `outcome`: "confirmed", "refused" or "abandoned". Queues the signed notification, tries to
/// deliver it at once, and sends the browser back to the merchant.
#[server(prefix = "/psp-sandbox/api", endpoint = "decide")]
pub async fn sandbox_decide(id: String, outcome: String) -> Result<(), AppError> {
    use crate::payments::sandbox;
    only_with_the_sandbox()?;
    let pool = crate::store::db()?;
    let outcome = sandbox::parse_outcome(outcome.trim()).ok_or_else(|| AppError::Request("unknown outcome".into()))?;
    let (row, decided) = sandbox::decide(&pool, id.trim(), outcome).await?.ok_or(AppError::NotFound)?;
    if decided == crate::store::sandbox::Decided::Expired {
        // Too late: the sandbox's own page says so (the merchant learns it when it asks).
        leptos_axum::redirect(&crate::routes::sandbox_payment(&row.id));
        return Ok(());
    }
    let secret = crate::auth::settings()?.sandbox_secret;
    // Like a PSP that notifies before sending the family back: the outcome page then shows the
    // settled payment on its first load, without a reload. Waited for in a task of its own and
    // only briefly: a slow or failed delivery is the notifier's to retry, and the family sees
    // "in corso" meanwhile.
    let delivery = tokio::spawn(async move {
        if let Err(error) = sandbox::deliver_due(&pool, &secret, &reqwest::Client::new()).await {
            tracing::warn!(?error, "immediate delivery failed; the notifier will retry");
        }
    });
    let _ = tokio::time::timeout(std::time::Duration::from_secs(5), delivery).await;
    leptos_axum::redirect(&row.return_url);
    Ok(())
}

/// With real payments configured the sandbox PSP does not exist: nothing can be "paid" there.
#[cfg(feature = "ssr")]
fn only_with_the_sandbox() -> Result<(), AppError> {
    match crate::auth::settings()?.provider.kind() {
        domain::ProviderKind::Sandbox => Ok(()),
        domain::ProviderKind::PagoPa => Err(AppError::NotFound),
    }
}

//! The office's side of voluntary items: every item of the school with what it collected, and
//! adding, changing and closing one. Notices already issued for an item are events of their own
//! (`store::voluntary`): changing the item never changes them.

use crate::error::AppError;
use crate::model::OfficeVoluntaryItem;
use domain::birthplace::Date;
use domain::voluntary::AmountRule;
use domain::voluntary_item::ItemDraft;
use sqlx::AnyPool;

/// Every item of the school (closed ones too), latest closing first, with its IBAN, the
/// notices issued and how many of them are paid.
pub async fn for_office(pool: &AnyPool, school: &str, today: Date) -> Result<Vec<OfficeVoluntaryItem>, AppError> {
    let all = super::voluntary::all_items(pool, school, today).await?;
    let mut items = Vec::with_capacity(all.len());
    for item in all {
        let (issued, paid): (i64, i64) = sqlx::query_as(
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN n.state = 'paid' THEN 1 ELSE 0 END), 0) FROM voluntary_notices v \
             JOIN notices n ON n.id = v.notice_id WHERE v.item_id = $1",
        )
        .bind(item.id)
        .fetch_one(pool)
        .await?;
        let iban = super::voluntary::item_iban(pool, item.id).await?;
        items.push(OfficeVoluntaryItem { item, iban, issued, paid });
    }
    Ok(items)
}

/// What saving did.
#[derive(Debug, PartialEq, Eq)]
pub enum SavedItem {
    Saved(i64),
    /// Another item of the school has this reason (families choose items by it).
    ReasonTaken,
}

fn amounts(rule: AmountRule) -> (i64, i64, Option<i64>, Option<i64>) {
    match rule {
        AmountRule::Fixed(amount) => (i64::from(amount), 0, None, None),
        AmountRule::Editable { suggested, min, max } => {
            (i64::from(suggested), 1, Some(i64::from(min)), Some(i64::from(max)))
        }
    }
}

/// Adds an item (`id` None) or changes one of the school's; `Err(NotFound)` for another's.
pub async fn save(
    pool: &AnyPool,
    school: &str,
    id: Option<i64>,
    draft: &ItemDraft,
    now: i64,
) -> Result<SavedItem, AppError> {
    let taken: Option<(i64,)> =
        sqlx::query_as("SELECT id FROM voluntary_items WHERE school_code = $1 AND reason = $2 AND id <> $3")
            .bind(school)
            .bind(&draft.reason)
            .bind(id.unwrap_or(0))
            .fetch_optional(pool)
            .await?;
    if taken.is_some() {
        return Ok(SavedItem::ReasonTaken);
    }
    let (amount, editable, min, max) = amounts(draft.amount);
    let query = match id {
        None => {
            "INSERT INTO voluntary_items (reason, category, amount_cents, amount_editable, min_cents, max_cents, \
             payable_from, payable_until, tax_deductible, beneficiary_iban, school_code, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id"
        }
        Some(_) => {
            "UPDATE voluntary_items SET reason = $1, category = $2, amount_cents = $3, amount_editable = $4, \
             min_cents = $5, max_cents = $6, payable_from = $7, payable_until = $8, tax_deductible = $9, \
             beneficiary_iban = $10 WHERE school_code = $11 AND id = $12 RETURNING id"
        }
    };
    let saved: Option<(i64,)> = sqlx::query_as(query)
        .bind(&draft.reason)
        .bind(draft.category.code())
        .bind(amount)
        .bind(editable)
        .bind(min)
        .bind(max)
        .bind(draft.payable_from.to_string())
        .bind(draft.payable_until.to_string())
        .bind(i64::from(draft.tax_deductible))
        .bind(&draft.iban)
        .bind(school)
        // $12: a new item's creation time, or the id of the item changed.
        .bind(id.unwrap_or(now))
        .fetch_optional(pool)
        .await?;
    saved.map(|(id,)| SavedItem::Saved(id)).ok_or(AppError::NotFound)
}

/// Closes an item today: it was payable until yesterday (and opened no later). False if it was
/// not the school's or already closed.
pub async fn close(pool: &AnyPool, school: &str, id: i64, today: Date) -> Result<bool, AppError> {
    let yesterday = today.plus_days(-1).to_string();
    let done = sqlx::query(
        "UPDATE voluntary_items SET payable_until = $1, \
         payable_from = CASE WHEN payable_from > $1 THEN $1 ELSE payable_from END \
         WHERE school_code = $2 AND id = $3 AND payable_until > $1",
    )
    .bind(&yesterday)
    .bind(school)
    .bind(id)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() > 0)
}

//! The demo's voluntary items for MIIC8CY00P (the code of the Ministry's own instructions): a
//! voluntary contribution whose amount the payer chooses, an insurance with a fixed amount, and a
//! school trip open for two weeks from the day the data is loaded.

use super::DemoError;
use app::store::voluntary::{self, NewItem};
use domain::voluntary::AmountRule;
use domain::Cents;
use sqlx::AnyPool;

const SCHOOL: &str = "MIIC8CY00P";
const IBAN: &str = "IT60X0542811101000000123456";

pub const CONTRIBUTION: &str = "Contributo volontario per l'ampliamento dell'offerta formativa";
pub const INSURANCE: &str = "Assicurazione integrativa alunni";
pub const TRIP: &str = "Gita di fine anno al Parco Nazionale dello Stelvio";

pub async fn load(pool: &AnyPool) -> Result<(), DemoError> {
    let now = app::auth::now();
    let today = app::time::today(now);
    let year_end = domain::birthplace::Date::new(today.school_year().start() + 1, 8, 31)
        .ok_or(DemoError::Invalid("the end of the school year"))?;
    let cents = Cents::from_const;
    let contribution = AmountRule::editable(cents(3_000), cents(500), cents(50_000))
        .map_err(|_| DemoError::Invalid("contribution limits"))?;
    let items = [
        (CONTRIBUTION, "contribution", contribution, today, year_end, true),
        (INSURANCE, "insurance", AmountRule::Fixed(cents(850)), today, year_end, false),
        (TRIP, "trip", AmountRule::Fixed(cents(3_500)), today, today.plus_days(14), false),
    ];
    for (reason, category, amount, payable_from, payable_until, tax_deductible) in items {
        let item = NewItem {
            school_code: SCHOOL,
            reason,
            category,
            amount,
            payable_from,
            payable_until,
            tax_deductible,
            beneficiary_iban: IBAN,
        };
        voluntary::upsert_item(pool, &item, now).await?;
    }
    Ok(())
}

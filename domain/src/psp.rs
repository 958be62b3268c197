//! Payment service providers (PSP) and their fees. pagoPA charges one fee per payment, on the
//! total of the cart; each PSP sets its own. The family chooses a method first, then a PSP among
//! those that accept it, seeing each one's fee for this very cart.

use super::money::Cents;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentMethod {
    /// Credit, debit or prepaid card.
    Card,
    /// A transfer from the family's bank account (home banking).
    BankAccount,
    /// A payment app (wallets, bank apps).
    App,
}

impl PaymentMethod {
    pub const ALL: [PaymentMethod; 3] = [Self::Card, Self::BankAccount, Self::App];

    /// Stable name for a TEXT column and for forms.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Card => "card",
            Self::BankAccount => "bank_account",
            Self::App => "app",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|method| method.as_str() == name.trim())
    }

    /// The method of a pagoPA payment type code, as its receipts give it: `CP` is a card; bank
    /// transfers, MyBank, postal slips and direct debits draw on an account; the rest (PayPal,
    /// Bancomat Pay, Satispay, Apple Pay, Google Pay, ...) are apps and wallets.
    pub fn from_pagopa_code(code: &str) -> Self {
        match code.trim().to_ascii_uppercase().as_str() {
            "CP" => Self::Card,
            "BBT" | "BP" | "AD" | "MYBK" | "OBEP" => Self::BankAccount,
            code if code.starts_with("RBP") => Self::BankAccount,
            _ => Self::App,
        }
    }
}

/// A PSP's fee for one payment: a fixed part plus a share of the total, rounded half up to the
/// cent, then kept between a minimum and an optional maximum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FeeRule {
    pub fixed: Cents,
    /// Hundredths of a percent of the total (120 = 1,20%).
    pub basis_points: u32,
    pub min: Cents,
    pub max: Option<Cents>,
}

impl FeeRule {
    pub const fn flat(cents: u64) -> FeeRule {
        FeeRule { fixed: Cents::from_const(cents), basis_points: 0, min: Cents::ZERO, max: None }
    }

    pub fn fee_for(&self, total: Cents) -> Cents {
        // u128: total (< 10^11) times basis points (< 2^32) cannot overflow.
        let share = (u128::from(total.get()) * u128::from(self.basis_points) + 5_000) / 10_000;
        let fee = u128::from(self.fixed.get()) + share;
        let fee = fee.max(u128::from(self.min.get()));
        let fee = self.max.map_or(fee, |max| fee.min(u128::from(max.get())));
        Cents::new(u64::try_from(fee).unwrap_or(u64::MAX)).unwrap_or(Cents::MAX)
    }
}

/// One PSP as configured: which methods it takes, its fee, and the largest total it accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Psp {
    /// Stable identifier (pagoPA's idPSP).
    pub id: &'static str,
    pub name: &'static str,
    pub methods: &'static [PaymentMethod],
    pub fee: FeeRule,
    pub max_total: Option<Cents>,
}

impl Psp {
    pub fn accepts(&self, method: PaymentMethod, total: Cents) -> bool {
        self.methods.contains(&method) && self.max_total.is_none_or(|max| total <= max)
    }
}

/// A PSP as the checkout lists it for one cart and method.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PspOffer {
    pub psp_id: String,
    pub name: String,
    pub fee: Cents,
    /// The cheapest offer (the first by name among equally cheap ones).
    pub suggested: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OfferOrder {
    #[default]
    Fee,
    Name,
}

impl OfferOrder {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Fee => "fee",
            Self::Name => "name",
        }
    }

    pub fn parse(name: &str) -> Self {
        if name.trim() == "name" {
            Self::Name
        } else {
            Self::Fee
        }
    }
}

fn by_name(a: &PspOffer, b: &PspOffer) -> Ordering {
    a.name.to_lowercase().cmp(&b.name.to_lowercase()).then_with(|| a.psp_id.cmp(&b.psp_id))
}

/// The PSPs of `catalogue` that take `method` for `total`, with their fee, in `order`; the
/// cheapest is marked as suggested.
pub fn offers(catalogue: &[Psp], method: PaymentMethod, total: Cents, order: OfferOrder) -> Vec<PspOffer> {
    let mut offers: Vec<PspOffer> = catalogue
        .iter()
        .filter(|psp| psp.accepts(method, total))
        .map(|psp| PspOffer {
            psp_id: psp.id.to_string(),
            name: psp.name.to_string(),
            fee: psp.fee.fee_for(total),
            suggested: false,
        })
        .collect();
    offers.sort_by(|a, b| a.fee.cmp(&b.fee).then_with(|| by_name(a, b)));
    if let Some(cheapest) = offers.first_mut() {
        cheapest.suggested = true;
    }
    if order == OfferOrder::Name {
        offers.sort_by(by_name);
    }
    offers
}

/// The methods at least one PSP of `catalogue` takes for `total`.
pub fn available_methods(catalogue: &[Psp], total: Cents) -> Vec<PaymentMethod> {
    PaymentMethod::ALL.into_iter().filter(|method| catalogue.iter().any(|psp| psp.accepts(*method, total))).collect()
}

use PaymentMethod::{App, BankAccount, Card};

/// The fictional PSPs of the sandbox provider (none is a real company). Their fee rules cover
/// the shapes real PSPs use: flat, percentage with a floor, capped, and free with a limit.
pub const SANDBOX_PSPS: &[Psp] = &[
    Psp {
        id: "SANDBOX_TREPONTI",
        name: "Banca dei Tre Ponti",
        methods: &[Card, BankAccount],
        fee: FeeRule::flat(150),
        max_total: None,
    },
    Psp {
        id: "SANDBOX_CARTAAZZURRA",
        name: "Carta Azzurra",
        methods: &[Card],
        fee: FeeRule {
            fixed: Cents::from_const(50),
            basis_points: 90,
            min: Cents::from_const(80),
            max: Some(Cents::from_const(350)),
        },
        max_total: None,
    },
    Psp {
        id: "SANDBOX_CASSARURALE",
        name: "Cassa Rurale della Valle",
        methods: &[BankAccount],
        fee: FeeRule::flat(100),
        max_total: None,
    },
    Psp {
        id: "SANDBOX_PAGASUBITO",
        name: "PagaSubito",
        methods: &[App, Card],
        fee: FeeRule {
            fixed: Cents::ZERO,
            basis_points: 120,
            min: Cents::from_const(49),
            max: Some(Cents::from_const(250)),
        },
        max_total: None,
    },
    Psp {
        id: "SANDBOX_BORSELLINO",
        name: "Borsellino",
        methods: &[App],
        fee: FeeRule::flat(0),
        max_total: Some(Cents::from_const(15_000)),
    },
];

#[cfg(test)]
mod tests;

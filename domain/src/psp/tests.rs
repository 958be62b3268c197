use super::*;
use proptest::prelude::*;

fn cents(value: u64) -> Cents {
    Cents::new(value).expect("in range")
}

#[test]
fn fees_follow_their_rule_with_rounding_floor_and_cap() {
    let carta = SANDBOX_PSPS.iter().find(|p| p.id == "SANDBOX_CARTAAZZURRA").unwrap().fee;
    // 0,50 + 0,90% of 12,34 = 0,50 + 0,111 -> 0,61, under the 0,80 floor.
    assert_eq!(carta.fee_for(cents(1_234)), cents(80));
    // 0,50 + 0,90% of 150,00 = 0,50 + 1,35 = 1,85.
    assert_eq!(carta.fee_for(cents(15_000)), cents(185));
    // Capped at 3,50.
    assert_eq!(carta.fee_for(cents(1_000_000)), cents(350));
    // Half a cent rounds up: 1,20% of 0,50 = 0,6 cent -> 1 cent; 1,20% of 1,25 = 1,5 -> 2.
    let share = FeeRule { fixed: Cents::ZERO, basis_points: 120, min: Cents::ZERO, max: None };
    assert_eq!(share.fee_for(cents(50)), cents(1));
    assert_eq!(share.fee_for(cents(125)), cents(2));
    assert_eq!(share.fee_for(cents(124)), cents(1));
    assert_eq!(FeeRule::flat(150).fee_for(Cents::MAX), cents(150));
}

#[test]
fn offers_list_only_psps_taking_the_method_and_total() {
    let total = cents(4_500);
    let names =
        |method| offers(SANDBOX_PSPS, method, total, OfferOrder::Name).into_iter().map(|o| o.name).collect::<Vec<_>>();
    assert_eq!(names(PaymentMethod::App), ["Borsellino", "PagaSubito"]);
    assert_eq!(names(PaymentMethod::BankAccount), ["Banca dei Tre Ponti", "Cassa Rurale della Valle"]);
    assert_eq!(names(PaymentMethod::Card), ["Banca dei Tre Ponti", "Carta Azzurra", "PagaSubito"]);
    // Borsellino takes at most 150,00 EUR: above it, the app method has one PSP left.
    let big = offers(SANDBOX_PSPS, PaymentMethod::App, cents(15_001), OfferOrder::Fee);
    assert_eq!(big.len(), 1);
    assert!(big[0].suggested, "a lone offer is the suggested one");
}

#[test]
fn the_cheapest_is_suggested_and_both_orders_hold_the_same_offers() {
    let total = cents(4_500);
    let by_fee = offers(SANDBOX_PSPS, PaymentMethod::Card, total, OfferOrder::Fee);
    let fees: Vec<u64> = by_fee.iter().map(|o| o.fee.get()).collect();
    assert_eq!(
        fees,
        [54, 91, 150],
        "PagaSubito 1,20% = 0,54; Carta Azzurra 0,50 + 0,405 (rounded up) = 0,91; Tre Ponti 1,50"
    );
    assert_eq!(by_fee.iter().filter(|o| o.suggested).count(), 1);
    assert!(by_fee[0].suggested);
    let mut by_name = offers(SANDBOX_PSPS, PaymentMethod::Card, total, OfferOrder::Name);
    by_name.sort_by(|a, b| a.fee.cmp(&b.fee).then(a.name.cmp(&b.name)));
    assert_eq!(by_name, by_fee);
}

#[test]
fn methods_and_orders_have_stable_names() {
    for method in PaymentMethod::ALL {
        assert_eq!(PaymentMethod::parse(method.as_str()), Some(method));
    }
    assert_eq!(PaymentMethod::parse("cash"), None);
    assert_eq!(OfferOrder::parse("name"), OfferOrder::Name);
    assert_eq!(OfferOrder::parse("anything else"), OfferOrder::Fee);
    assert_eq!(available_methods(SANDBOX_PSPS, cents(100)), PaymentMethod::ALL);
}

#[test]
fn pagopa_payment_types_map_to_our_three_methods() {
    for (code, method) in [
        ("CP", PaymentMethod::Card),
        ("cp", PaymentMethod::Card),
        ("BBT", PaymentMethod::BankAccount),
        ("MYBK", PaymentMethod::BankAccount),
        ("BP", PaymentMethod::BankAccount),
        ("RBPS", PaymentMethod::BankAccount),
        ("PPAL", PaymentMethod::App),
        ("BPAY", PaymentMethod::App),
        ("SATY", PaymentMethod::App),
        ("", PaymentMethod::App),
    ] {
        assert_eq!(PaymentMethod::from_pagopa_code(code), method, "{code}");
    }
}

fn any_rule() -> impl Strategy<Value = FeeRule> {
    (0u64..1_000, 0u32..500, 0u64..500, proptest::option::of(0u64..2_000)).prop_map(|(fixed, bp, min, max)| FeeRule {
        fixed: cents(fixed),
        basis_points: bp,
        min: cents(min),
        max: max.map(|m| cents(m.max(min))),
    })
}

proptest! {
    #[test]
    fn a_fee_never_decreases_as_the_total_grows(rule in any_rule(), a in 0u64..10_000_000, b in 0u64..10_000_000) {
        let (low, high) = (a.min(b), a.max(b));
        prop_assert!(rule.fee_for(cents(low)) <= rule.fee_for(cents(high)));
    }

    #[test]
    fn a_fee_stays_within_floor_and_cap(rule in any_rule(), total in 0u64..Cents::MAX.get()) {
        let fee = rule.fee_for(cents(total));
        prop_assert!(fee >= rule.min);
        if let Some(max) = rule.max { prop_assert!(fee <= max); }
    }

    #[test]
    fn the_suggested_offer_is_never_dearer_than_another(total in 1u64..100_000, by_name in any::<bool>()) {
        let order = if by_name { OfferOrder::Name } else { OfferOrder::Fee };
        for method in PaymentMethod::ALL {
            let list = offers(SANDBOX_PSPS, method, cents(total), order);
            let suggested: Vec<_> = list.iter().filter(|o| o.suggested).collect();
            prop_assert_eq!(suggested.len(), usize::from(!list.is_empty()));
            for offer in &list {
                prop_assert!(suggested[0].fee <= offer.fee);
            }
        }
    }
}

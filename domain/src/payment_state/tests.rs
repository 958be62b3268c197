use super::*;
use std::collections::HashMap;

const NOTICE_EVENTS: [NoticeEvent; 3] =
    [NoticeEvent::PaymentConfirmed, NoticeEvent::ExpiryReached, NoticeEvent::RevokedBySchool];

const PAYMENT_EVENTS: [PaymentEvent; 9] = [
    PaymentEvent::Redirected,
    PaymentEvent::PspConfirmed,
    PaymentEvent::PspRefused,
    PaymentEvent::UserAbandoned,
    PaymentEvent::TimedOut,
    PaymentEvent::Reconciled(Outcome::Confirmed),
    PaymentEvent::Reconciled(Outcome::Refused),
    PaymentEvent::Reconciled(Outcome::Abandoned),
    PaymentEvent::ReceiptProvesPaid,
];

#[test]
fn notice_transitions_exactly_as_listed() {
    use NoticeEvent::*;
    use NoticeState::*;
    let allowed: HashMap<(NoticeState, NoticeEvent), NoticeState> =
        [((Valid, PaymentConfirmed), Paid), ((Valid, ExpiryReached), Expired), ((Valid, RevokedBySchool), Revoked)]
            .into();
    for from in NoticeState::ALL {
        for event in NOTICE_EVENTS {
            let expected = allowed.get(&(from, event)).copied().ok_or(InvalidTransition { from, event });
            assert_eq!(from.transition(event), expected, "{from:?} + {event:?}");
        }
    }
}

#[test]
fn notice_final_states_and_words() {
    assert!(NoticeState::Valid.is_payable() && !NoticeState::Valid.is_final());
    for state in [NoticeState::Paid, NoticeState::Expired, NoticeState::Revoked] {
        assert!(state.is_final() && !state.is_payable(), "{state:?}");
    }
    // Paying a paid notice again is refused, not absorbed: it would be a second payment.
    assert!(NoticeState::Paid.transition(NoticeEvent::PaymentConfirmed).is_err());
    let error = NoticeState::Expired.transition(NoticeEvent::PaymentConfirmed).unwrap_err();
    assert_eq!(error.to_string(), "PaymentConfirmed is not allowed in state Expired");
}

#[test]
fn payment_transitions_exactly_as_listed() {
    use Outcome as O;
    use PaymentEvent::*;
    use PaymentState::*;
    let allowed: HashMap<(PaymentState, PaymentEvent), PaymentState> = [
        // The happy path and its alternatives.
        ((Created, Redirected), SentToPsp),
        ((SentToPsp, Redirected), SentToPsp),
        ((Created, TimedOut), Abandoned),
        ((SentToPsp, TimedOut), Unknown),
        ((Unknown, TimedOut), Unknown),
        // Outcomes settle any payment still in progress.
        ((Created, PspConfirmed), Confirmed),
        ((Created, PspRefused), Refused),
        ((Created, UserAbandoned), Abandoned),
        ((Created, Reconciled(O::Confirmed)), Confirmed),
        ((Created, Reconciled(O::Refused)), Refused),
        ((Created, Reconciled(O::Abandoned)), Abandoned),
        ((SentToPsp, PspConfirmed), Confirmed),
        ((SentToPsp, PspRefused), Refused),
        ((SentToPsp, UserAbandoned), Abandoned),
        ((SentToPsp, Reconciled(O::Confirmed)), Confirmed),
        ((SentToPsp, Reconciled(O::Refused)), Refused),
        ((SentToPsp, Reconciled(O::Abandoned)), Abandoned),
        ((Unknown, PspConfirmed), Confirmed),
        ((Unknown, PspRefused), Refused),
        ((Unknown, UserAbandoned), Abandoned),
        ((Unknown, Reconciled(O::Confirmed)), Confirmed),
        ((Unknown, Reconciled(O::Refused)), Refused),
        ((Unknown, Reconciled(O::Abandoned)), Abandoned),
        // Repeats of the same outcome are idempotent.
        ((Confirmed, PspConfirmed), Confirmed),
        ((Confirmed, Reconciled(O::Confirmed)), Confirmed),
        ((Refused, PspRefused), Refused),
        ((Refused, Reconciled(O::Refused)), Refused),
        ((Abandoned, UserAbandoned), Abandoned),
        ((Abandoned, Reconciled(O::Abandoned)), Abandoned),
        // pagoPA's OK receipt confirms from anywhere: money moved, even after we released it.
        ((Created, ReceiptProvesPaid), Confirmed),
        ((SentToPsp, ReceiptProvesPaid), Confirmed),
        ((Unknown, ReceiptProvesPaid), Confirmed),
        ((Confirmed, ReceiptProvesPaid), Confirmed),
        ((Refused, ReceiptProvesPaid), Confirmed),
        ((Abandoned, ReceiptProvesPaid), Confirmed),
    ]
    .into();
    for from in PaymentState::ALL {
        for event in PAYMENT_EVENTS {
            let expected = allowed.get(&(from, event)).copied().ok_or(InvalidTransition { from, event });
            assert_eq!(from.transition(event), expected, "{from:?} + {event:?}");
        }
    }
}

#[test]
fn contradicting_late_news_is_an_error() {
    use PaymentEvent::*;
    use PaymentState::*;
    for (from, event) in [
        (Confirmed, PspRefused),
        (Confirmed, UserAbandoned),
        (Refused, PspConfirmed),
        (Abandoned, PspConfirmed),
        (Abandoned, Reconciled(Outcome::Confirmed)),
        (Confirmed, TimedOut),
        (Confirmed, Redirected),
        (Unknown, Redirected),
    ] {
        assert_eq!(from.transition(event), Err(InvalidTransition { from, event }), "{from:?} + {event:?}");
    }
}

#[test]
fn a_receipt_after_the_release_confirms_late_and_nothing_else_does() {
    use PaymentEvent::*;
    use PaymentState::*;
    for from in [Refused, Abandoned] {
        assert_eq!(from.transition(ReceiptProvesPaid), Ok(Confirmed));
        assert!(from.is_late_confirmation(Confirmed), "{from:?}");
        // Only the receipt, proof of money, reopens a final state; the PSP's word does not.
        assert!(from.transition(PspConfirmed).is_err() && from.transition(Reconciled(Outcome::Confirmed)).is_err());
    }
    for from in [Created, SentToPsp, Unknown, Confirmed] {
        assert!(!from.is_late_confirmation(Confirmed), "{from:?}");
    }
    // A confirmed payment is never undone by a later refusal, whatever came before.
    let late = Abandoned.transition(ReceiptProvesPaid).unwrap();
    assert!(late.transition(PspRefused).is_err() && late.transition(TimedOut).is_err());
    assert_eq!(late.transition(ReceiptProvesPaid), Ok(Confirmed), "a repeat is idempotent");
}

#[test]
fn a_full_story_with_an_unknown_outcome() {
    let state = PaymentState::Created;
    let state = state.transition(PaymentEvent::Redirected).unwrap();
    let state = state.transition(PaymentEvent::TimedOut).unwrap();
    assert_eq!(state, PaymentState::Unknown);
    assert!(state.is_in_progress());
    let state = state.transition(PaymentEvent::Reconciled(Outcome::Confirmed)).unwrap();
    // The notification, retried until acknowledged, arrives after reconciliation.
    assert_eq!(state.transition(PaymentEvent::PspConfirmed), Ok(PaymentState::Confirmed));
    assert!(state.is_final());
}

#[test]
fn payment_final_states() {
    for state in PaymentState::ALL {
        let expected = matches!(state, PaymentState::Confirmed | PaymentState::Refused | PaymentState::Abandoned);
        assert_eq!(state.is_final(), expected, "{state:?}");
        assert_eq!(state.is_in_progress(), !expected, "{state:?}");
    }
}

#[test]
fn names_are_stable_and_parse_back() {
    let notice: Vec<&str> = NoticeState::ALL.iter().map(|s| s.as_str()).collect();
    assert_eq!(notice, ["valid", "paid", "expired", "revoked"]);
    let payment: Vec<&str> = PaymentState::ALL.iter().map(|s| s.as_str()).collect();
    assert_eq!(payment, ["created", "sent_to_psp", "confirmed", "refused", "abandoned", "unknown"]);
    for state in NoticeState::ALL {
        assert_eq!(NoticeState::parse(state.as_str()), Ok(state));
        assert_eq!(state.to_string(), state.as_str());
    }
    for state in PaymentState::ALL {
        assert_eq!(PaymentState::parse(state.as_str()), Ok(state));
        assert_eq!(state.to_string(), state.as_str());
    }
    assert_eq!(NoticeState::parse("Valid"), Err(UnknownState("Valid".to_string())));
    assert_eq!(PaymentState::parse(""), Err(UnknownState(String::new())));
    assert!(PaymentState::parse("pending").is_err());
}

#[test]
fn serde_names_match_the_column_names() {
    for state in PaymentState::ALL {
        assert_eq!(serde_json::to_string(&state).unwrap(), format!("\"{}\"", state.as_str()));
    }
    for state in NoticeState::ALL {
        assert_eq!(serde_json::to_string(&state).unwrap(), format!("\"{}\"", state.as_str()));
    }
}

#[test]
fn a_valid_notice_reads_expired_the_day_after_its_last_payable_day() {
    let day = |text: &str| Date::parse(text).unwrap();
    let last = day("2026-12-15");
    assert_eq!(NoticeState::Valid.as_of(last, day("2026-12-14")), NoticeState::Valid);
    assert_eq!(NoticeState::Valid.as_of(last, last), NoticeState::Valid);
    assert_eq!(NoticeState::Valid.as_of(last, day("2026-12-16")), NoticeState::Expired);
    // Paid and revoked notices stay what they are.
    for state in [NoticeState::Paid, NoticeState::Revoked, NoticeState::Expired] {
        assert_eq!(state.as_of(last, day("2027-01-01")), state);
    }
}

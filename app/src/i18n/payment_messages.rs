//! Texts of the notices, the cart and the payments, Italian then English.

use super::messages::messages;
use domain::cart::Refusal;
use serde::{Deserialize, Serialize};

messages! { PaymentMsg {
    // Family home
    SummaryTitle => "Riepilogo", "Summary";
    NothingToPay => "Non hai avvisi da pagare.", "You have no notices to pay.";
    NoticesTitle => "Avvisi di pagamento", "Payment notices";
    NoNoticesAtAll => "Non ci sono ancora avvisi per i tuoi figli. Quando una scuola ne emette uno, lo trovi qui e ricevi un'email. Se ti aspettavi un avviso, chiedi alla segreteria di associare il tuo codice fiscale a tuo figlio.", "There are no notices for your children yet. When a school issues one, you find it here and get an email. If you expected a notice, ask the school office to link your codice fiscale to your child.";
    NoNoticesForFilter => "Nessun avviso corrisponde ai filtri scelti.", "No notice matches the chosen filters.";
    FilterStateLabel => "Mostra", "Show";
    FilterAll => "Tutti gli avvisi", "All notices";
    FilterToPay => "Da pagare", "To pay";
    FilterPaid => "Pagati", "Paid";
    FilterClosed => "Scaduti o annullati", "Expired or withdrawn";
    FilterChildLabel => "Figlio o figlia", "Child";
    FilterAllChildren => "Tutti i figli", "All children";
    FilterSchoolLabel => "Scuola", "School";
    FilterAllSchools => "Tutte le scuole", "All schools";
    FilterApply => "Filtra", "Filter";
    FilterReset => "Togli i filtri", "Clear filters";
    NoticeDetails => "Dettagli", "Details";
    BackToNotices => "Torna ai tuoi avvisi", "Back to your notices";
    // States
    StateToPay => "Da pagare", "To pay";
    StateOverdue => "Scaduto il termine, ancora pagabile", "Past due, still payable";
    StateInProgress => "Pagamento in corso", "Payment in progress";
    StatePaid => "Pagato", "Paid";
    StateExpired => "Scaduto", "Expired";
    StateRevoked => "Annullato dalla scuola", "Withdrawn by the school";
    DueOn => "Da pagare entro il", "Due by";
    ExpiredOn => "Scaduto il", "Expired on";
    // Notice page
    AmountLabel => "Importo", "Amount";
    DueDateLabel => "Scadenza", "Due date";
    PupilLabel => "Alunno", "Pupil";
    SchoolLabel => "Scuola", "School";
    NoticeNumberLabel => "Codice avviso", "Notice number";
    CreditorLabel => "Codice fiscale dell'ente creditore", "Creditor's fiscal code";
    SchoolYearLabel => "Anno scolastico", "School year";
    TaxDeductibleLabel => "Detraibile nella dichiarazione dei redditi", "Tax deductible";
    Yes => "Sì", "Yes";
    No => "No", "No";
    NoticeNotFound => "Avviso non trovato.", "Notice not found.";
    // Cart
    CartTitle => "Carrello", "Cart";
    AddToCart => "Aggiungi al carrello", "Add to cart";
    InCartGoToCart => "Nel carrello: vai al carrello", "In the cart: go to the cart";
    AddedToCart => "Aggiunto al carrello:", "Added to the cart:";
    AlreadyInCart => "È già nel carrello:", "Already in the cart:";
    RemoveFromCart => "Togli", "Remove";
    RemovedFromCart => "Tolto dal carrello:", "Removed from the cart:";
    CartEmpty => "Il carrello è vuoto. Scegli gli avvisi da pagare dalla tua pagina.", "The cart is empty. Choose the notices to pay from your page.";
    ChooseNotices => "Scegli gli avvisi", "Choose notices";
    CartTotal => "Totale avvisi", "Notices total";
    FeeComesNext => "La commissione dipende dal PSP che sceglierai nel passo successivo: ce n'è una sola per tutto il carrello.", "The fee depends on the payment provider you choose next: there is one fee for the whole cart.";
    LeftTheCart => "Uscito dal carrello:", "Left the cart:";
    CartHasLivePayment => "C'è un tuo pagamento in corso per questi avvisi: aprilo per continuarlo o vederne l'esito. Se non l'hai ancora inviato al PSP puoi anche annullarlo.", "One of your payments for these notices is in progress: open it to continue or see its outcome. If you have not sent it to the provider yet, you can also cancel it.";
    ContinuePaymentLink => "Apri il pagamento in corso", "Open the payment in progress";
    ContinuePayment => "Hai già iniziato questo pagamento: continua da qui.", "You had already started this payment: continue from here.";
    ProceedToPayment => "Procedi al pagamento", "Proceed to payment";
    // Refusals
    RefusedPaid => "Questo avviso è stato già pagato.", "This notice has already been paid.";
    RefusedInProgress => "C'è già un pagamento in corso per questo avviso. Attendi l'esito prima di riprovare.", "A payment for this notice is already in progress. Wait for its outcome before trying again.";
    RefusedExpired => "Questo avviso è scaduto: chiedi alla scuola un nuovo avviso.", "This notice has expired: ask the school for a new one.";
    RefusedRevoked => "Questo avviso è stato annullato dalla scuola: non va pagato.", "This notice was withdrawn by the school: it need not be paid.";
    RefusedCartFull => "Il carrello ha già 5 avvisi, il massimo che si può pagare insieme. Paga questi, oppure togline uno.", "The cart already holds 5 notices, the most that can be paid together. Pay these, or remove one.";
    // Checkout
    PaymentTitle => "Pagamento", "Payment";
    WhatYouPay => "Cosa stai pagando", "What you are paying";
    ChooseMethod => "1. Come vuoi pagare?", "1. How do you want to pay?";
    MethodCard => "Carta di credito, debito o prepagata", "Credit, debit or prepaid card";
    MethodBankAccount => "Conto corrente (home banking)", "Bank account (home banking)";
    MethodApp => "App di pagamento", "Payment app";
    ChoosePsp => "2. Scegli il prestatore del servizio di pagamento (PSP)", "2. Choose the payment service provider (PSP)";
    PspExplained => "Ogni PSP applica la propria commissione, una sola per tutto il pagamento. La più bassa è indicata come consigliata.", "Each provider charges its own fee, one for the whole payment. The lowest is marked as suggested.";
    OnlyOnePsp => "Per questo metodo c'è un solo PSP: l'abbiamo scelto per te.", "Only one provider takes this method: we chose it for you.";
    SortBy => "Ordina per:", "Sort by:";
    SortByFee => "commissione", "fee";
    SortByName => "nome", "name";
    FeeLabel => "Commissione", "Fee";
    Cheapest => "Consigliato: il più economico", "Suggested: the cheapest";
    ShowTotal => "Continua con il PSP scelto", "Continue with this provider";
    PaySummaryTitle => "3. Riepilogo", "3. Summary";
    TotalLabel => "Totale da pagare", "Total to pay";
    TotalCharged => "Totale addebitato", "Total charged";
    TotalOfPayment => "Totale del pagamento", "Payment total";
    PayButton => "Paga", "Pay";
    CancelPayment => "Annulla il pagamento", "Cancel the payment";
    PaymentCancelled => "Pagamento annullato: gli avvisi sono di nuovo pagabili.", "Payment cancelled: the notices can be paid again.";
    PaymentNotCancellable => "Questo pagamento è già stato inviato al PSP e non si può più annullare da qui.", "This payment was already sent to the provider and can no longer be cancelled here.";
    PspLabel => "PSP", "Payment provider";
    // pagoPA's checkout
    PagoPaTitle => "Paga con pagoPA", "Pay with pagoPA";
    PagoPaExplained => "Sulla pagina di pagoPA scegli come pagare (carta, conto corrente o app) e il prestatore del servizio di pagamento (PSP). pagoPA ti mostra la commissione prima che tu paghi; è una sola per tutti gli avvisi.", "On pagoPA's page you choose how to pay (card, bank account or app) and the payment service provider (PSP). pagoPA shows you the fee before you pay; there is one fee for all the notices.";
    PagoPaContinue => "Continua su pagoPA", "Continue on pagoPA";
    PagoPaCameBackUnpaid => "Sei tornato da pagoPA senza completare il pagamento. Se non hai pagato, non ti è stato addebitato nulla e gli avvisi tornano pagabili entro un'ora.", "You came back from pagoPA without completing the payment. If you did not pay, nothing was charged and the notices can be paid again within an hour.";
    PagoPaUnavailable => "pagoPA non risponde in questo momento. Non ti è stato addebitato nulla: riprova tra qualche minuto.", "pagoPA is not answering right now. Nothing was charged: try again in a few minutes.";
    PagoPaRefused => "pagoPA non ha accettato questi avvisi e non ti è stato addebitato nulla. Annulla il pagamento e riprova dal carrello; se succede ancora, scrivi alla segreteria della scuola.", "pagoPA did not accept these notices and nothing was charged. Cancel the payment and try again from the cart; if it happens again, write to the school office.";
    // Outcome
    OutcomePaidTitle => "Pagamento eseguito", "Payment completed";
    OutcomePaidText => "Il pagamento è stato eseguito e gli avvisi risultano pagati. Ti abbiamo inviato un'email con il riepilogo; le ricevute sono nella pagina Ricevute.", "The payment is complete and the notices are paid. We sent you an email with the summary; the receipts are on the Receipts page.";
    SeeReceipts => "Vai alle ricevute", "Go to the receipts";
    ReceiptsTitle => "Ricevute", "Receipts";
    ReceiptsIntro => "I pagamenti eseguiti, per anno scolastico e per figlio. Ogni avviso pagato ha la sua ricevuta.", "Completed payments, by school year and by child. Every paid notice has its receipt.";
    NoReceipts => "Non hai ancora pagamenti eseguiti con PagoScuola.", "You have no completed payments with PagoScuola yet.";
    PaidOn => "Pagato il", "Paid on";
    ReceiptIdLabel => "Identificativo ricevuta", "Receipt id";
    FeeSharedNote => "Commissione del PSP (una per l'intero pagamento)", "Provider's fee (one for the whole payment)";
    SchoolYearHeading => "Anno scolastico", "School year";
    FilterAllYears => "Tutti gli anni", "All years";
    NoReceiptsForFilter => "Nessuna ricevuta per l'anno e il figlio scelti.", "No receipt for the chosen year and child.";
    ChildYearTotal => "Pagato nell'anno", "Paid in the year";
    DeductibleTotal => "di cui spese scolastiche detraibili", "of which tax-deductible school expenses";
    YearTotal => "Totale dell'anno", "Total for the year";
    ReceiptsLink => "Le tue ricevute", "Your receipts";
    DownloadReceipt => "Ricevuta (PDF)", "Receipt (PDF)";
    DownloadAttestation => "Attestazione per la dichiarazione dei redditi (PDF)", "Statement for the tax return (PDF)";
    OutcomeRefusedTitle => "Pagamento non riuscito", "Payment failed";
    OutcomeRefusedText => "Il PSP ha rifiutato il pagamento e non ti è stato addebitato nulla. Gli avvisi sono di nuovo pagabili: puoi riprovare, anche con un altro PSP.", "The provider refused the payment and nothing was charged. The notices can be paid again: you can retry, also with another provider.";
    OutcomeAbandonedTitle => "Pagamento annullato", "Payment cancelled";
    OutcomeAbandonedText => "Il pagamento è stato annullato e non ti è stato addebitato nulla. Gli avvisi sono di nuovo pagabili.", "The payment was cancelled and nothing was charged. The notices can be paid again.";
    OutcomePendingTitle => "Pagamento in corso", "Payment in progress";
    OutcomePendingText => "Stiamo aspettando l'esito dal PSP: di solito arriva in pochi secondi. Non ripetere il pagamento: questa pagina si aggiorna da sola, oppure usa Aggiorna.", "We are waiting for the provider's outcome: it usually arrives within seconds. Do not pay again: this page updates by itself, or use Refresh.";
    Refresh => "Aggiorna", "Refresh";
    BackToCart => "Torna al carrello", "Back to the cart";
    // The sandbox PSP's page
    SandboxTitle => "PSP di prova", "Test payment provider";
    SandboxBanner => "AMBIENTE DI PROVA: nessun addebito reale", "TEST ENVIRONMENT: no real charge";
    SandboxExplained => "Questa pagina simula il sito di un prestatore di servizi di pagamento. Nessuna carta o conto viene usato: scegli l'esito che vuoi provare.", "This page pretends to be a payment provider's site. No card or account is used: choose the outcome you want to try.";
    SandboxMerchant => "Beneficiario", "Payee";
    SandboxPay => "Paga", "Pay";
    SandboxRefuse => "Simula un pagamento rifiutato", "Pretend the payment is refused";
    SandboxAbandon => "Annulla e torna a PagoScuola", "Cancel and go back to PagoScuola";
    SandboxDecided => "Questa operazione è già conclusa.", "This transaction is already finished.";
    SandboxBack => "Torna a PagoScuola", "Back to PagoScuola";
    DescriptionLabel => "Causale", "Reason";
}}

impl PaymentMsg {
    /// The words for why a notice cannot be paid.
    pub fn for_refusal(refusal: Refusal) -> PaymentMsg {
        match refusal {
            Refusal::AlreadyPaid => PaymentMsg::RefusedPaid,
            Refusal::InProgress => PaymentMsg::RefusedInProgress,
            Refusal::Expired => PaymentMsg::RefusedExpired,
            Refusal::Revoked => PaymentMsg::RefusedRevoked,
            Refusal::CartFull => PaymentMsg::RefusedCartFull,
        }
    }

    /// Shown as a problem (red) rather than as information.
    pub fn is_problem(self) -> bool {
        matches!(
            self,
            PaymentMsg::RefusedPaid
                | PaymentMsg::RefusedInProgress
                | PaymentMsg::RefusedExpired
                | PaymentMsg::RefusedRevoked
                | PaymentMsg::RefusedCartFull
                | PaymentMsg::NoticeNotFound
                | PaymentMsg::PaymentNotCancellable
        )
    }
}

-- No receipt is refused once money has moved: an OK receipt from pagoPA is always kept, even
-- for a payment we had released, or for a notice paid outside PagoScuola (the paper notice at a
-- bank or a tobacconist: no PagoScuola payment, no account). Money that reached a school twice
-- for one notice is a refund the school owes.

-- A receipt without a PagoScuola payment has no account and no known payer.
ALTER TABLE receipts ALTER COLUMN payment_id DROP NOT NULL;
ALTER TABLE receipts ALTER COLUMN account_id DROP NOT NULL;
ALTER TABLE receipts ALTER COLUMN payer_codice_fiscale DROP NOT NULL;
ALTER TABLE receipts ALTER COLUMN payer_name DROP NOT NULL;
-- Paid through PagoScuola: a payment, its account and its payer; paid elsewhere: none.
ALTER TABLE receipts ADD CONSTRAINT receipts_payment_has_account CHECK ((payment_id IS NULL) = (account_id IS NULL));
ALTER TABLE receipts ADD CONSTRAINT receipts_payment_has_payer
    CHECK (payment_id IS NULL OR (payer_codice_fiscale IS NOT NULL AND payer_name IS NOT NULL));

-- A forwarded receipt is kept even when no PagoScuola payment took its notice.
ALTER TABLE pagopa_receipts ALTER COLUMN payment_id DROP NOT NULL;
CREATE INDEX pagopa_receipts_by_notice ON pagopa_receipts (notice_id);

-- A payment confirmed by a receipt that came after we had released it: the state it was
-- released in, so the late confirmation stays visible.
ALTER TABLE payments ADD COLUMN confirmed_late_from TEXT CHECK (confirmed_late_from IN ('refused', 'abandoned'));

-- Money a school received for a notice that was already paid (or no longer payable), to be
-- given back: listed for the school office (`pagoscuola refunds`) and shown to the family.
CREATE TABLE refunds (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    notice_id BIGINT NOT NULL REFERENCES notices (id),
    school_code TEXT NOT NULL REFERENCES schools (code),
    -- The PagoScuola payment that paid again, if the money came through one.
    payment_id BIGINT REFERENCES payments (id),
    -- pagoPA's receipt of the money that paid again, if one was forwarded.
    pagopa_receipt_id TEXT REFERENCES pagopa_receipts (receipt_id),
    amount_cents BIGINT NOT NULL CHECK (amount_cents BETWEEN 1 AND 99999999999),
    reason TEXT NOT NULL CHECK (reason IN ('paid_twice', 'not_payable')),
    state TEXT NOT NULL CHECK (state IN ('to_refund', 'refunded')),
    created_at BIGINT NOT NULL,
    refunded_at BIGINT,
    CHECK (payment_id IS NOT NULL OR pagopa_receipt_id IS NOT NULL),
    CHECK ((state = 'refunded') = (refunded_at IS NOT NULL)),
    -- One refund per payment and notice, one per receipt: repeats add nothing.
    UNIQUE (payment_id, notice_id),
    UNIQUE (pagopa_receipt_id)
);
CREATE INDEX refunds_by_school ON refunds (school_code, state);
CREATE INDEX refunds_by_notice ON refunds (notice_id);

-- pagoPA's checkout: the family chooses the PSP on pagoPA's page, so a payment sent there has
-- no PSP until its receipts arrive.
DO $$
DECLARE name TEXT;
BEGIN
    SELECT conname INTO name FROM pg_constraint
    WHERE conrelid = 'payments'::regclass AND contype = 'c'
      AND pg_get_constraintdef(oid) LIKE '%psp_id IS NOT NULL%' AND pg_get_constraintdef(oid) NOT LIKE '%fee_cents%';
    EXECUTE format('ALTER TABLE payments DROP CONSTRAINT %I', name);
END $$;
-- Chosen here before the family leaves for the sandbox; with pagoPA, learnt from its receipts.
ALTER TABLE payments ADD CONSTRAINT payments_psp_known_when_sent
    CHECK (state IN ('created', 'abandoned') OR psp_id IS NOT NULL OR provider = 'pagopa');

-- The receipts pagoPA sends the schools (paSendRT), as forwarded to PagoScuola, one per
-- notice of a payment. A payment is confirmed when every notice has its OK receipt.
CREATE TABLE pagopa_receipts (
    receipt_id TEXT PRIMARY KEY,
    payment_id BIGINT NOT NULL REFERENCES payments (id),
    notice_id BIGINT NOT NULL REFERENCES notices (id),
    outcome TEXT NOT NULL CHECK (outcome IN ('OK', 'KO')),
    amount_cents BIGINT NOT NULL CHECK (amount_cents >= 1),
    psp_id TEXT NOT NULL,
    psp_name TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('card', 'bank_account', 'app')),
    fee_cents BIGINT NOT NULL CHECK (fee_cents >= 0),
    body TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    UNIQUE (payment_id, notice_id)
);

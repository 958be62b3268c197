-- Receipts of paid notices, and the sandbox PSP's own records (what a real PSP keeps on its
-- side: its transactions, and the outcome notifications it owes the merchant).

-- One receipt per paid notice, with the fields of a pagoPA receipt (ctReceipt), copied at
-- payment time so that later changes to a school or a pupil never alter a receipt.
CREATE TABLE receipts (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    receipt_id TEXT NOT NULL UNIQUE,
    notice_id BIGINT NOT NULL UNIQUE REFERENCES notices (id),
    payment_id BIGINT NOT NULL REFERENCES payments (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    notice_number TEXT NOT NULL CHECK (char_length(notice_number) = 18),
    iuv TEXT NOT NULL CHECK (char_length(iuv) = 17),
    creditor_fiscal_code TEXT NOT NULL CHECK (char_length(creditor_fiscal_code) = 11),
    company_name TEXT NOT NULL,
    office_name TEXT NOT NULL,
    description TEXT NOT NULL,
    amount_cents BIGINT NOT NULL CHECK (amount_cents BETWEEN 1 AND 99999999999),
    debtor_codice_fiscale TEXT NOT NULL CHECK (char_length(debtor_codice_fiscale) = 16),
    debtor_name TEXT NOT NULL,
    payer_codice_fiscale TEXT NOT NULL CHECK (char_length(payer_codice_fiscale) = 16),
    payer_name TEXT NOT NULL,
    psp_id TEXT NOT NULL,
    psp_name TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('card', 'bank_account', 'app')),
    -- The fee is one for the whole payment; each receipt of the payment shows it.
    fee_cents BIGINT NOT NULL CHECK (fee_cents >= 0),
    school_year BIGINT NOT NULL,
    tax_deductible BIGINT NOT NULL CHECK (tax_deductible IN (0, 1)),
    outcome TEXT NOT NULL CHECK (outcome = 'OK'),
    paid_at BIGINT NOT NULL
);
CREATE INDEX receipts_by_account ON receipts (account_id, paid_at);

CREATE TABLE sandbox_transactions (
    id TEXT PRIMARY KEY,
    merchant_reference TEXT NOT NULL UNIQUE,
    psp_id TEXT NOT NULL,
    method TEXT NOT NULL,
    amount_cents BIGINT NOT NULL CHECK (amount_cents BETWEEN 1 AND 99999999999),
    fee_cents BIGINT NOT NULL CHECK (fee_cents >= 0),
    description TEXT NOT NULL,
    return_url TEXT NOT NULL,
    notify_url TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'confirmed', 'refused', 'abandoned')),
    created_at BIGINT NOT NULL,
    decided_at BIGINT
);

-- Signed outcome notifications, retried until the merchant answers 2xx.
CREATE TABLE sandbox_notifications (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transaction_id TEXT NOT NULL REFERENCES sandbox_transactions (id),
    notify_url TEXT NOT NULL,
    body TEXT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_until BIGINT,
    delivered_at BIGINT,
    last_status BIGINT,
    last_error TEXT
);
CREATE INDEX sandbox_notifications_pending ON sandbox_notifications (delivered_at, next_attempt_at);

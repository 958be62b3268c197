-- No receipt is refused once money has moved: an OK receipt from pagoPA is always kept, even
-- for a payment we had released, or for a notice paid outside PagoScuola (the paper notice at a
-- bank or a tobacconist: no PagoScuola payment, no account). Money that reached a school twice
-- for one notice is a refund the school owes.
--
-- SQLite cannot drop NOT NULL in place, and runs each migration in a transaction (where foreign
-- keys cannot be switched off): the rows are set aside, the tables are made again, and the rows
-- come back, as in 20261127000001_pagopa.sql. No table references either of them.
PRAGMA defer_foreign_keys = ON;

-- A receipt without a PagoScuola payment has no account and no known payer.
CREATE TEMP TABLE receipts_set_aside AS SELECT * FROM receipts;
DROP TABLE receipts;
CREATE TABLE receipts (
    id INTEGER PRIMARY KEY,
    receipt_id TEXT NOT NULL UNIQUE,
    notice_id INTEGER NOT NULL UNIQUE REFERENCES notices (id),
    payment_id INTEGER REFERENCES payments (id),
    account_id INTEGER REFERENCES accounts (id),
    notice_number TEXT NOT NULL CHECK (length(notice_number) = 18),
    iuv TEXT NOT NULL CHECK (length(iuv) = 17),
    creditor_fiscal_code TEXT NOT NULL CHECK (length(creditor_fiscal_code) = 11),
    company_name TEXT NOT NULL,
    office_name TEXT NOT NULL,
    description TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents BETWEEN 1 AND 99999999999),
    debtor_codice_fiscale TEXT NOT NULL CHECK (length(debtor_codice_fiscale) = 16),
    debtor_name TEXT NOT NULL,
    payer_codice_fiscale TEXT CHECK (length(payer_codice_fiscale) = 16),
    payer_name TEXT,
    psp_id TEXT NOT NULL,
    psp_name TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('card', 'bank_account', 'app')),
    -- The fee is one for the whole payment; each receipt of the payment shows it.
    fee_cents INTEGER NOT NULL CHECK (fee_cents >= 0),
    school_year INTEGER NOT NULL,
    tax_deductible INTEGER NOT NULL CHECK (tax_deductible IN (0, 1)),
    outcome TEXT NOT NULL CHECK (outcome = 'OK'),
    paid_at INTEGER NOT NULL,
    -- Paid through PagoScuola: a payment, its account and its payer; paid elsewhere: none.
    CHECK ((payment_id IS NULL) = (account_id IS NULL)),
    CHECK (payment_id IS NULL OR (payer_codice_fiscale IS NOT NULL AND payer_name IS NOT NULL))
);
INSERT INTO receipts (id, receipt_id, notice_id, payment_id, account_id, notice_number, iuv, creditor_fiscal_code,
    company_name, office_name, description, amount_cents, debtor_codice_fiscale, debtor_name, payer_codice_fiscale,
    payer_name, psp_id, psp_name, method, fee_cents, school_year, tax_deductible, outcome, paid_at)
    SELECT id, receipt_id, notice_id, payment_id, account_id, notice_number, iuv, creditor_fiscal_code,
    company_name, office_name, description, amount_cents, debtor_codice_fiscale, debtor_name, payer_codice_fiscale,
    payer_name, psp_id, psp_name, method, fee_cents, school_year, tax_deductible, outcome, paid_at FROM receipts_set_aside;
DROP TABLE receipts_set_aside;
CREATE INDEX receipts_by_account ON receipts (account_id, paid_at);

-- A forwarded receipt is kept even when no PagoScuola payment took its notice.
CREATE TEMP TABLE pagopa_receipts_set_aside AS SELECT * FROM pagopa_receipts;
DROP TABLE pagopa_receipts;
CREATE TABLE pagopa_receipts (
    receipt_id TEXT PRIMARY KEY,
    payment_id INTEGER REFERENCES payments (id),
    notice_id INTEGER NOT NULL REFERENCES notices (id),
    outcome TEXT NOT NULL CHECK (outcome IN ('OK', 'KO')),
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 1),
    psp_id TEXT NOT NULL,
    psp_name TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('card', 'bank_account', 'app')),
    fee_cents INTEGER NOT NULL CHECK (fee_cents >= 0),
    body TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    UNIQUE (payment_id, notice_id)
);
INSERT INTO pagopa_receipts (receipt_id, payment_id, notice_id, outcome, amount_cents, psp_id, psp_name, method,
    fee_cents, body, received_at)
    SELECT receipt_id, payment_id, notice_id, outcome, amount_cents, psp_id, psp_name, method, fee_cents, body,
    received_at FROM pagopa_receipts_set_aside;
DROP TABLE pagopa_receipts_set_aside;
CREATE INDEX pagopa_receipts_by_notice ON pagopa_receipts (notice_id);

-- A payment confirmed by a receipt that came after we had released it: the state it was
-- released in, so the late confirmation stays visible.
ALTER TABLE payments ADD COLUMN confirmed_late_from TEXT CHECK (confirmed_late_from IN ('refused', 'abandoned'));

-- Money a school received for a notice that was already paid (or no longer payable), to be
-- given back: listed for the school office (`pagoscuola refunds`) and shown to the family.
CREATE TABLE refunds (
    id INTEGER PRIMARY KEY,
    notice_id INTEGER NOT NULL REFERENCES notices (id),
    school_code TEXT NOT NULL REFERENCES schools (code),
    -- The PagoScuola payment that paid again, if the money came through one.
    payment_id INTEGER REFERENCES payments (id),
    -- pagoPA's receipt of the money that paid again, if one was forwarded.
    pagopa_receipt_id TEXT REFERENCES pagopa_receipts (receipt_id),
    amount_cents INTEGER NOT NULL CHECK (amount_cents BETWEEN 1 AND 99999999999),
    reason TEXT NOT NULL CHECK (reason IN ('paid_twice', 'not_payable')),
    state TEXT NOT NULL CHECK (state IN ('to_refund', 'refunded')),
    created_at INTEGER NOT NULL,
    refunded_at INTEGER,
    CHECK (payment_id IS NOT NULL OR pagopa_receipt_id IS NOT NULL),
    CHECK ((state = 'refunded') = (refunded_at IS NOT NULL)),
    -- One refund per payment and notice, one per receipt: repeats add nothing.
    UNIQUE (payment_id, notice_id),
    UNIQUE (pagopa_receipt_id)
);
CREATE INDEX refunds_by_school ON refunds (school_code, state);
CREATE INDEX refunds_by_notice ON refunds (notice_id);

-- Paying without an account: someone who types a notice's number (a grandparent, a relative)
-- pays it through the same checkout, giving an email for the receipt. Such a payment has no
-- account but the guest's email and the hash of the token in the guest's cookie (the cookie is
-- what opens its checkout and outcome pages). A guest's receipt has a payment but no account.
--
-- SQLite cannot drop NOT NULL or change a CHECK in place, and runs each migration in a
-- transaction (where foreign keys cannot be switched off): the rows are set aside, the tables
-- are made again with every constraint and index they had, and the rows come back, as in
-- 20261130000001_late_receipts.sql. The references to them are checked at the commit.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE payments_set_aside AS SELECT * FROM payments;
DROP TABLE payments;
CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    public_id TEXT NOT NULL UNIQUE,
    account_id INTEGER REFERENCES accounts (id),
    provider TEXT NOT NULL CHECK (provider IN ('sandbox', 'pagopa')),
    state TEXT NOT NULL CHECK (state IN ('created', 'sent_to_psp', 'confirmed', 'refused', 'abandoned', 'unknown')),
    amount_cents INTEGER NOT NULL CHECK (amount_cents BETWEEN 1 AND 99999999999),
    method TEXT CHECK (method IN ('card', 'bank_account', 'app')),
    psp_id TEXT,
    psp_name TEXT,
    fee_cents INTEGER CHECK (fee_cents >= 0),
    provider_reference TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    outcome_at INTEGER,
    confirmed_late_from TEXT CHECK (confirmed_late_from IN ('refused', 'abandoned')),
    -- A guest's payment: the email the receipt goes to, and the hash of the cookie's token.
    guest_email TEXT CHECK (length(guest_email) BETWEEN 3 AND 254),
    guest_token_hash TEXT CHECK (length(guest_token_hash) = 64),
    -- A PSP, its method and its fee are recorded together.
    CHECK ((psp_id IS NULL) = (fee_cents IS NULL) AND (psp_id IS NULL) = (method IS NULL)),
    -- Chosen here before the family leaves for the sandbox; with pagoPA, learnt from its receipts.
    CHECK (state IN ('created', 'abandoned') OR psp_id IS NOT NULL OR provider = 'pagopa'),
    -- An account's payment, or a guest's: never both, never neither.
    CHECK ((account_id IS NULL) = (guest_email IS NOT NULL) AND (guest_email IS NULL) = (guest_token_hash IS NULL))
);
INSERT INTO payments (id, public_id, account_id, provider, state, amount_cents, method, psp_id, psp_name, fee_cents,
    provider_reference, created_at, updated_at, outcome_at, confirmed_late_from)
    SELECT id, public_id, account_id, provider, state, amount_cents, method, psp_id, psp_name, fee_cents,
    provider_reference, created_at, updated_at, outcome_at, confirmed_late_from FROM payments_set_aside;
DROP TABLE payments_set_aside;
CREATE INDEX payments_by_account ON payments (account_id, created_at);
CREATE INDEX payments_by_state ON payments (state, updated_at);
CREATE INDEX payments_by_guest_token ON payments (guest_token_hash);

-- A receipt of a guest's payment has the payment and no account (nor a known payer's codice
-- fiscale: the guest gave only an email). An account's receipt still has its payer.
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
    -- Paid through an account: its payment and its payer; by a guest: a payment only; paid
    -- elsewhere: none.
    CHECK (account_id IS NULL OR payment_id IS NOT NULL),
    CHECK (account_id IS NULL OR (payer_codice_fiscale IS NOT NULL AND payer_name IS NOT NULL))
);
INSERT INTO receipts (id, receipt_id, notice_id, payment_id, account_id, notice_number, iuv, creditor_fiscal_code,
    company_name, office_name, description, amount_cents, debtor_codice_fiscale, debtor_name, payer_codice_fiscale,
    payer_name, psp_id, psp_name, method, fee_cents, school_year, tax_deductible, outcome, paid_at)
    SELECT id, receipt_id, notice_id, payment_id, account_id, notice_number, iuv, creditor_fiscal_code,
    company_name, office_name, description, amount_cents, debtor_codice_fiscale, debtor_name, payer_codice_fiscale,
    payer_name, psp_id, psp_name, method, fee_cents, school_year, tax_deductible, outcome, paid_at FROM receipts_set_aside;
DROP TABLE receipts_set_aside;
CREATE INDEX receipts_by_account ON receipts (account_id, paid_at);

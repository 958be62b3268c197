-- pagoPA's checkout: the family chooses the PSP on pagoPA's page, so a payment sent there has
-- no PSP until its receipts arrive. SQLite cannot change a CHECK in place, and runs each
-- migration in a transaction (where foreign keys cannot be switched off): the rows are set
-- aside, the table is made again, and the rows come back. Dropping the table breaks the
-- references to it only until the rows are back, so the checks wait for the commit.
PRAGMA defer_foreign_keys = ON;
CREATE TEMP TABLE payments_set_aside AS SELECT * FROM payments;
DROP TABLE payments;
CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    public_id TEXT NOT NULL UNIQUE,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
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
    -- A PSP, its method and its fee are recorded together.
    CHECK ((psp_id IS NULL) = (fee_cents IS NULL) AND (psp_id IS NULL) = (method IS NULL)),
    -- Chosen here before the family leaves for the sandbox; with pagoPA, learnt from its receipts.
    CHECK (state IN ('created', 'abandoned') OR psp_id IS NOT NULL OR provider = 'pagopa')
);
INSERT INTO payments SELECT id, public_id, account_id, provider, state, amount_cents, method, psp_id, psp_name,
    fee_cents, provider_reference, created_at, updated_at, outcome_at FROM payments_set_aside;
DROP TABLE payments_set_aside;
CREATE INDEX payments_by_account ON payments (account_id, created_at);
CREATE INDEX payments_by_state ON payments (state, updated_at);

-- The receipts pagoPA sends the schools (paSendRT), as forwarded to PagoScuola, one per
-- notice of a payment. A payment is confirmed when every notice has its OK receipt.
CREATE TABLE pagopa_receipts (
    receipt_id TEXT PRIMARY KEY,
    payment_id INTEGER NOT NULL REFERENCES payments (id),
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

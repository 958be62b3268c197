-- The sandbox PSP's page takes a decision for a limited time, as a real PSP's session does;
-- a transaction left undecided past it becomes `expired` and is reported to the merchant as
-- abandoned. SQLite cannot change a CHECK in place, and runs each migration in a transaction
-- (where foreign keys cannot be switched off): the rows are set aside, the table is made
-- again, and the rows come back; the notifications' references are checked at the commit.
PRAGMA defer_foreign_keys = ON;
CREATE TEMP TABLE sandbox_transactions_set_aside AS SELECT * FROM sandbox_transactions;
DROP TABLE sandbox_transactions;
CREATE TABLE sandbox_transactions (
    id TEXT PRIMARY KEY,
    merchant_reference TEXT NOT NULL UNIQUE,
    psp_id TEXT NOT NULL,
    method TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents BETWEEN 1 AND 99999999999),
    fee_cents INTEGER NOT NULL CHECK (fee_cents >= 0),
    description TEXT NOT NULL,
    return_url TEXT NOT NULL,
    notify_url TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'confirmed', 'refused', 'abandoned', 'expired')),
    created_at INTEGER NOT NULL,
    decided_at INTEGER
);
INSERT INTO sandbox_transactions SELECT id, merchant_reference, psp_id, method, amount_cents, fee_cents, description,
    return_url, notify_url, state, created_at, decided_at FROM sandbox_transactions_set_aside;
DROP TABLE sandbox_transactions_set_aside;

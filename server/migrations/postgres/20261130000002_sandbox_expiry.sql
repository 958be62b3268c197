-- The sandbox PSP's page takes a decision for a limited time, as a real PSP's session does;
-- a transaction left undecided past it becomes `expired` and is reported to the merchant as
-- abandoned.
ALTER TABLE sandbox_transactions DROP CONSTRAINT sandbox_transactions_state_check;
ALTER TABLE sandbox_transactions ADD CONSTRAINT sandbox_transactions_state_check
    CHECK (state IN ('pending', 'confirmed', 'refused', 'abandoned', 'expired'));

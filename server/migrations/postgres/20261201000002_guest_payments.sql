-- Paying without an account: someone who types a notice's number (a grandparent, a relative)
-- pays it through the same checkout, giving an email for the receipt. Such a payment has no
-- account but the guest's email and the hash of the token in the guest's cookie (the cookie is
-- what opens its checkout and outcome pages). A guest's receipt has a payment but no account.
ALTER TABLE payments ALTER COLUMN account_id DROP NOT NULL;
ALTER TABLE payments ADD COLUMN guest_email TEXT CHECK (char_length(guest_email) BETWEEN 3 AND 254);
ALTER TABLE payments ADD COLUMN guest_token_hash TEXT CHECK (char_length(guest_token_hash) = 64);
-- An account's payment, or a guest's: never both, never neither.
ALTER TABLE payments ADD CONSTRAINT payments_account_or_guest
    CHECK ((account_id IS NULL) = (guest_email IS NOT NULL) AND (guest_email IS NULL) = (guest_token_hash IS NULL));
CREATE INDEX payments_by_guest_token ON payments (guest_token_hash);

-- Paid through an account: its payment and its payer; by a guest: a payment only (the guest
-- gave only an email); paid elsewhere: none.
ALTER TABLE receipts DROP CONSTRAINT receipts_payment_has_account;
ALTER TABLE receipts DROP CONSTRAINT receipts_payment_has_payer;
ALTER TABLE receipts ADD CONSTRAINT receipts_account_has_payment CHECK (account_id IS NULL OR payment_id IS NOT NULL);
ALTER TABLE receipts ADD CONSTRAINT receipts_account_has_payer
    CHECK (account_id IS NULL OR (payer_codice_fiscale IS NOT NULL AND payer_name IS NOT NULL));

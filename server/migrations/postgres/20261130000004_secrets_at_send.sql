-- Demo accounts are marked, so they cannot log in outside demo mode.
ALTER TABLE accounts ADD COLUMN demo BIGINT NOT NULL DEFAULT 0 CHECK (demo IN (0, 1));
-- Registered usernames are always "name.surname": these two can only be the demo parents.
UPDATE accounts SET demo = 1 WHERE username IN ('demo', 'demo2');
-- Mails that carry a secret (a single-use link, a temporary password) are queued without it:
-- the sender makes the secret when it sends, so no copy of the database holds one.
ALTER TABLE outbox ADD COLUMN account_id BIGINT;
ALTER TABLE outbox ADD COLUMN secret_kind TEXT CHECK (secret_kind IN ('verify_link', 'reset_link', 'temporary_password'));

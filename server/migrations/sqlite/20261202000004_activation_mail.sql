-- An activation code sent by email is made when the mail is sent, like every other emailed
-- secret (app/src/auth/mail_secrets.rs): the queued message names the payer of the pupil it is
-- for, and holds a placeholder where the code goes.
--
-- SQLite cannot change a CHECK in place: the rows are set aside, the table is made again with
-- every constraint and index it had, and the rows come back (nothing references the outbox).
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE outbox_set_aside AS SELECT * FROM outbox;
DROP TABLE outbox;
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    -- A sender process claims a message until this time, so two processes never send it twice.
    claimed_until INTEGER,
    sent_at INTEGER,
    last_error TEXT,
    account_id INTEGER,
    secret_kind TEXT CHECK (secret_kind IN ('verify_link', 'reset_link', 'temporary_password', 'activation_code')),
    -- With 'activation_code': the payer (pupil and codice fiscale) the code is made for.
    activation_pupil_id INTEGER,
    activation_payer_cf TEXT CHECK (activation_payer_cf IS NULL OR length(activation_payer_cf) = 16),
    CHECK ((secret_kind = 'activation_code') = (activation_pupil_id IS NOT NULL AND activation_payer_cf IS NOT NULL))
);
INSERT INTO outbox (id, kind, recipient, subject, body_text, body_html, created_at, attempts, next_attempt_at,
    claimed_until, sent_at, last_error, account_id, secret_kind)
    SELECT id, kind, recipient, subject, body_text, body_html, created_at, attempts, next_attempt_at,
    claimed_until, sent_at, last_error, account_id, secret_kind FROM outbox_set_aside;
DROP TABLE outbox_set_aside;
CREATE INDEX outbox_pending ON outbox (sent_at, next_attempt_at);

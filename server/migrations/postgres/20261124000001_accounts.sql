-- Family accounts, their sessions, the single-use links sent by email, the mail outbox, the
-- acceptance of the service documents, login throttling and registration drafts.
-- Times are Unix seconds (BIGINT); "*_at" NULL means "not happened".
CREATE TABLE accounts (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    codice_fiscale TEXT NOT NULL UNIQUE CHECK (char_length(codice_fiscale) = 16),
    username TEXT NOT NULL UNIQUE,
    surname TEXT NOT NULL CHECK (char_length(surname) BETWEEN 1 AND 60),
    given_name TEXT NOT NULL CHECK (char_length(given_name) BETWEEN 1 AND 60),
    birth_date TEXT NOT NULL CHECK (char_length(birth_date) = 10),
    sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),
    birthplace_code TEXT NOT NULL CHECK (char_length(birthplace_code) = 4),
    email TEXT NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254),
    lang TEXT NOT NULL DEFAULT 'it',
    email_verified_at BIGINT,
    password_hash TEXT,
    -- Set while the password is the emailed temporary one: it expires and works once.
    temporary_password_expires_at BIGINT,
    temporary_password_used_at BIGINT,
    created_at BIGINT NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    address TEXT NOT NULL
);
CREATE INDEX sessions_by_account ON sessions (account_id);

CREATE TABLE email_tokens (
    token_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('verify', 'reset')),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

CREATE TABLE outbox (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    -- A sender process claims a message until this time, so two processes never send it twice.
    claimed_until BIGINT,
    sent_at BIGINT,
    last_error TEXT
);
CREATE INDEX outbox_pending ON outbox (sent_at, next_attempt_at);

CREATE TABLE consents (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    document TEXT NOT NULL CHECK (document IN ('terms', 'privacy', 'conditions')),
    version TEXT NOT NULL,
    accepted_at BIGINT NOT NULL,
    address TEXT NOT NULL,
    UNIQUE (account_id, document, version)
);

-- Failed logins by key ("user:<name>" or "address:<ip>"), whether or not the account exists.
CREATE TABLE login_failures (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login_key TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_failures_by_key ON login_failures (login_key, at);

CREATE TABLE registration_drafts (
    token_hash TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE TABLE used_captchas (
    signature TEXT PRIMARY KEY,
    expires_at BIGINT NOT NULL
);

-- Secrets every server process must share (the captcha signing key), made once by the first.
CREATE TABLE server_secrets (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

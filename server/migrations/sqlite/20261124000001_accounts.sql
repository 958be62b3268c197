-- Family accounts, their sessions, the single-use links sent by email, the mail outbox, the
-- acceptance of the service documents, login throttling and registration drafts.
-- Times are Unix seconds (INTEGER); "*_at" NULL means "not happened".
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    codice_fiscale TEXT NOT NULL UNIQUE CHECK (length(codice_fiscale) = 16),
    username TEXT NOT NULL UNIQUE,
    surname TEXT NOT NULL CHECK (length(surname) BETWEEN 1 AND 60),
    given_name TEXT NOT NULL CHECK (length(given_name) BETWEEN 1 AND 60),
    birth_date TEXT NOT NULL CHECK (length(birth_date) = 10),
    sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),
    birthplace_code TEXT NOT NULL CHECK (length(birthplace_code) = 4),
    email TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    lang TEXT NOT NULL DEFAULT 'it',
    email_verified_at INTEGER,
    password_hash TEXT,
    -- Set while the password is the emailed temporary one: it expires and works once.
    temporary_password_expires_at INTEGER,
    temporary_password_used_at INTEGER,
    created_at INTEGER NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    address TEXT NOT NULL
);
CREATE INDEX sessions_by_account ON sessions (account_id);

CREATE TABLE email_tokens (
    token_hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('verify', 'reset')),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);

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
    last_error TEXT
);
CREATE INDEX outbox_pending ON outbox (sent_at, next_attempt_at);

CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    document TEXT NOT NULL CHECK (document IN ('terms', 'privacy', 'conditions')),
    version TEXT NOT NULL,
    accepted_at INTEGER NOT NULL,
    address TEXT NOT NULL,
    UNIQUE (account_id, document, version)
);

-- Failed logins by key ("user:<name>" or "address:<ip>"), whether or not the account exists.
CREATE TABLE login_failures (
    id INTEGER PRIMARY KEY,
    login_key TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX login_failures_by_key ON login_failures (login_key, at);

CREATE TABLE registration_drafts (
    token_hash TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);

CREATE TABLE used_captchas (
    signature TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
);

-- Secrets every server process must share (the captcha signing key), made once by the first.
CREATE TABLE server_secrets (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The school office and the platform's administrators. Staff are ordinary accounts (same
-- password, lockout and session rules); a role belongs to one school, so the same person may
-- be staff at one school and a parent at another.
CREATE TABLE platform_admins (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL
);

CREATE TABLE school_staff (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    school_code TEXT NOT NULL REFERENCES schools (code),
    -- ds: headteacher (approves events); dsga: office manager; aa: office staff.
    role TEXT NOT NULL CHECK (role IN ('ds', 'dsga', 'aa')),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, school_code)
);
CREATE INDEX school_staff_by_school ON school_staff (school_code);

-- A parent sees a pupil only when the school vouches for it: the office records each payer's
-- name and email; a registered account whose verified email is that one sees the pupil, or one
-- that redeemed an activation code the office handed to the family (activated_account_id).
ALTER TABLE payer_links ADD COLUMN payer_surname TEXT CHECK (payer_surname IS NULL OR length(payer_surname) BETWEEN 1 AND 60);
ALTER TABLE payer_links ADD COLUMN payer_given_name TEXT CHECK (payer_given_name IS NULL OR length(payer_given_name) BETWEEN 1 AND 60);
-- Lower-cased when written, compared with the account's lower-cased email.
ALTER TABLE payer_links ADD COLUMN payer_email TEXT CHECK (payer_email IS NULL OR (length(payer_email) BETWEEN 3 AND 254 AND payer_email = lower(payer_email)));
ALTER TABLE payer_links ADD COLUMN activated_account_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL;
ALTER TABLE payer_links ADD COLUMN activated_at INTEGER;

-- One-time codes for one payer of one pupil; only the SHA-256 of the code is kept.
CREATE TABLE activation_codes (
    code_hash TEXT PRIMARY KEY CHECK (length(code_hash) = 64),
    pupil_id INTEGER NOT NULL,
    payer_codice_fiscale TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL CHECK (expires_at > created_at),
    redeemed_at INTEGER,
    redeemed_by INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    FOREIGN KEY (pupil_id, payer_codice_fiscale) REFERENCES payer_links (pupil_id, payer_codice_fiscale) ON DELETE CASCADE
);
CREATE INDEX activation_codes_by_payer ON activation_codes (pupil_id, payer_codice_fiscale);

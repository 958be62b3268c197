-- Pupils and who pays for them, what schools ask for (payment events and their notices), the
-- family's cart, and payments through a PSP. Money is integer cents; dates are yyyy-mm-dd text;
-- times are Unix seconds. The rules that keep money right are constraints here, not only code.

CREATE TABLE pupils (
    id INTEGER PRIMARY KEY,
    school_code TEXT NOT NULL REFERENCES schools (code),
    codice_fiscale TEXT NOT NULL CHECK (length(codice_fiscale) = 16),
    surname TEXT NOT NULL CHECK (length(surname) BETWEEN 1 AND 60),
    given_name TEXT NOT NULL CHECK (length(given_name) BETWEEN 1 AND 60),
    class_name TEXT NOT NULL CHECK (length(class_name) BETWEEN 1 AND 30),
    UNIQUE (school_code, codice_fiscale),
    UNIQUE (id, school_code)
);

-- A payer, by codice fiscale, pays for a pupil; the payer may register later and then sees all.
CREATE TABLE payer_links (
    pupil_id INTEGER NOT NULL REFERENCES pupils (id) ON DELETE CASCADE,
    payer_codice_fiscale TEXT NOT NULL CHECK (length(payer_codice_fiscale) = 16),
    PRIMARY KEY (pupil_id, payer_codice_fiscale)
);
CREATE INDEX payer_links_by_payer ON payer_links (payer_codice_fiscale);

CREATE TABLE payment_events (
    id INTEGER PRIMARY KEY,
    school_code TEXT NOT NULL REFERENCES schools (code),
    reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 140),
    category TEXT NOT NULL CHECK (category IN ('trip', 'insurance', 'contribution', 'material', 'tax', 'other')),
    amount_cents INTEGER NOT NULL CHECK (amount_cents BETWEEN 1 AND 99999999999),
    school_year INTEGER NOT NULL CHECK (school_year BETWEEN 2000 AND 2100),
    due_date TEXT NOT NULL CHECK (length(due_date) = 10),
    -- Payable until this day; then the notice expires and a new one is needed.
    expires_on TEXT NOT NULL CHECK (length(expires_on) = 10 AND expires_on >= due_date),
    beneficiary_iban TEXT NOT NULL CHECK (length(beneficiary_iban) = 27),
    tax_deductible INTEGER NOT NULL CHECK (tax_deductible IN (0, 1)),
    amount_editable INTEGER NOT NULL CHECK (amount_editable IN (0, 1)),
    created_at INTEGER NOT NULL,
    UNIQUE (id, school_code)
);

-- The next IUV base per school (each school is its own creditor).
CREATE TABLE notice_counters (
    school_code TEXT PRIMARY KEY REFERENCES schools (code),
    segregation_code INTEGER NOT NULL CHECK (segregation_code BETWEEN 0 AND 99),
    next_base INTEGER NOT NULL CHECK (next_base BETWEEN 0 AND 9999999999999)
);

-- One debt of one pupil for one event. The composite keys make the pupil, the event and the
-- notice belong to the same school.
CREATE TABLE notices (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL,
    pupil_id INTEGER NOT NULL,
    school_code TEXT NOT NULL,
    notice_number TEXT NOT NULL CHECK (length(notice_number) = 18),
    amount_cents INTEGER NOT NULL CHECK (amount_cents BETWEEN 1 AND 99999999999),
    state TEXT NOT NULL CHECK (state IN ('valid', 'paid', 'expired', 'revoked')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    FOREIGN KEY (event_id, school_code) REFERENCES payment_events (id, school_code),
    FOREIGN KEY (pupil_id, school_code) REFERENCES pupils (id, school_code),
    UNIQUE (school_code, notice_number),
    UNIQUE (event_id, pupil_id)
);
CREATE INDEX notices_by_pupil ON notices (pupil_id);

-- The family's cart, kept on the server. pagoPA takes at most 5 notices per payment: each item
-- takes one of 5 numbered slots, so a sixth cannot be stored whatever the code does.
CREATE TABLE cart_items (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    notice_id INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
    slot INTEGER NOT NULL CHECK (slot BETWEEN 1 AND 5),
    added_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, notice_id),
    UNIQUE (account_id, slot)
);

-- One attempt to pay 1-5 notices through one PSP. `public_id` is what URLs and the PSP see.
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
    -- A PSP, its method and its fee are chosen together, and before the family leaves for it.
    CHECK ((psp_id IS NULL) = (fee_cents IS NULL) AND (psp_id IS NULL) = (method IS NULL)),
    CHECK (state IN ('created', 'abandoned') OR psp_id IS NOT NULL)
);
CREATE INDEX payments_by_account ON payments (account_id, created_at);
CREATE INDEX payments_by_state ON payments (state, updated_at);

CREATE TABLE payment_items (
    payment_id INTEGER NOT NULL REFERENCES payments (id),
    notice_id INTEGER NOT NULL REFERENCES notices (id),
    amount_cents INTEGER NOT NULL CHECK (amount_cents BETWEEN 1 AND 99999999999),
    PRIMARY KEY (payment_id, notice_id)
);
CREATE INDEX payment_items_by_notice ON payment_items (notice_id);

-- The one payment holding a notice: in progress, or the one that paid it. A hold is released
-- only when its payment is refused or abandoned, so no notice is in two live payments and none
-- is paid twice, whatever races the code loses.
CREATE TABLE notice_holds (
    notice_id INTEGER PRIMARY KEY REFERENCES notices (id),
    payment_id INTEGER NOT NULL REFERENCES payments (id),
    FOREIGN KEY (payment_id, notice_id) REFERENCES payment_items (payment_id, notice_id)
);
CREATE INDEX notice_holds_by_payment ON notice_holds (payment_id);

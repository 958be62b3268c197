-- Payment events made by a school's office: drafted, approved by the headteacher, published
-- (one notice per target pupil per instalment), revoked. Events made before the office existed
-- (the demo's, the voluntary items') were published when made.
--
-- Each notice now carries its own due date and last payable day: an event paid in instalments
-- has one notice per instalment, each due on its own day (as a pagoPA debt position has one
-- payment option per instalment). An event's dates are its single notice's, or its last
-- instalment's.
--
-- SQLite cannot change a CHECK or a UNIQUE in place and runs each migration in a transaction
-- (where foreign keys cannot be switched off): the rows are set aside, the tables are made
-- again with every constraint and index, and the rows come back (as in
-- 20261201000002_guest_payments.sql); references are checked at the commit. Dropping `notices`
-- runs its children's ON DELETE CASCADE (cart_items, notice_document_keys): they are set aside
-- and put back too.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE payment_events_set_aside AS SELECT * FROM payment_events;
CREATE TEMP TABLE notices_set_aside AS SELECT * FROM notices;
CREATE TEMP TABLE cart_items_set_aside AS SELECT * FROM cart_items;
CREATE TEMP TABLE notice_document_keys_set_aside AS SELECT * FROM notice_document_keys;
DROP TABLE notices;
DROP TABLE payment_events;

CREATE TABLE payment_events (
    id INTEGER PRIMARY KEY,
    school_code TEXT NOT NULL REFERENCES schools (code),
    reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 140),
    category TEXT NOT NULL CHECK (category IN ('trip', 'insurance', 'contribution', 'material', 'tax', 'canteen', 'other')),
    amount_cents INTEGER NOT NULL CHECK (amount_cents BETWEEN 1 AND 99999999999),
    school_year INTEGER NOT NULL CHECK (school_year BETWEEN 2000 AND 2100),
    due_date TEXT NOT NULL CHECK (length(due_date) = 10),
    -- The last payable day: the due date, or later when the event is payable after it.
    expires_on TEXT NOT NULL CHECK (length(expires_on) = 10 AND expires_on >= due_date),
    beneficiary_iban TEXT NOT NULL CHECK (length(beneficiary_iban) = 27),
    tax_deductible INTEGER NOT NULL CHECK (tax_deductible IN (0, 1)),
    amount_editable INTEGER NOT NULL CHECK (amount_editable IN (0, 1)),
    created_at INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'published' CHECK (state IN ('draft', 'approved', 'published', 'revoked')),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 1000),
    -- The limits of a changeable amount (the voluntary items' events keep theirs on the item).
    min_cents INTEGER CHECK (min_cents BETWEEN 1 AND 99999999999),
    max_cents INTEGER CHECK (max_cents BETWEEN 1 AND 99999999999),
    -- Whole school, chosen classes, or chosen pupils (event_targets).
    target_kind TEXT NOT NULL DEFAULT 'pupils' CHECK (target_kind IN ('school', 'classes', 'pupils')),
    created_by INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    updated_at INTEGER,
    approved_by INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    approved_at INTEGER,
    published_at INTEGER,
    revoked_at INTEGER,
    -- Publishing's progress, read by the page from any server process: notices to make, made.
    publish_target INTEGER NOT NULL DEFAULT 0 CHECK (publish_target >= 0),
    publish_done INTEGER NOT NULL DEFAULT 0 CHECK (publish_done >= 0),
    CHECK ((min_cents IS NULL) = (max_cents IS NULL)),
    CHECK (min_cents IS NULL OR (amount_editable = 1 AND min_cents <= amount_cents AND amount_cents <= max_cents)),
    CHECK (state NOT IN ('approved', 'published') OR approved_at IS NOT NULL OR created_by IS NULL),
    UNIQUE (id, school_code)
);
INSERT INTO payment_events (id, school_code, reason, category, amount_cents, school_year, due_date, expires_on,
    beneficiary_iban, tax_deductible, amount_editable, created_at)
    SELECT id, school_code, reason, category, amount_cents, school_year, due_date, expires_on,
    beneficiary_iban, tax_deductible, amount_editable, created_at FROM payment_events_set_aside;
CREATE INDEX payment_events_by_school ON payment_events (school_code, state);

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
    -- 0: the event's one notice; 1..12: its instalments (event_instalments.seq).
    instalment INTEGER NOT NULL DEFAULT 0 CHECK (instalment BETWEEN 0 AND 12),
    due_date TEXT NOT NULL CHECK (length(due_date) = 10),
    expires_on TEXT NOT NULL CHECK (length(expires_on) = 10 AND expires_on >= due_date),
    FOREIGN KEY (event_id, school_code) REFERENCES payment_events (id, school_code),
    FOREIGN KEY (pupil_id, school_code) REFERENCES pupils (id, school_code),
    UNIQUE (school_code, notice_number),
    UNIQUE (event_id, pupil_id, instalment)
);
INSERT INTO notices (id, event_id, pupil_id, school_code, notice_number, amount_cents, state, created_at, updated_at,
    instalment, due_date, expires_on)
    SELECT n.id, n.event_id, n.pupil_id, n.school_code, n.notice_number, n.amount_cents, n.state, n.created_at, n.updated_at,
    0, e.due_date, e.expires_on FROM notices_set_aside n JOIN payment_events_set_aside e ON e.id = n.event_id;
CREATE INDEX notices_by_pupil ON notices (pupil_id);
CREATE INDEX notices_by_event ON notices (event_id, state);

INSERT INTO cart_items SELECT * FROM cart_items_set_aside WHERE notice_id IN (SELECT id FROM notices)
    AND NOT EXISTS (SELECT 1 FROM cart_items c WHERE c.account_id = cart_items_set_aside.account_id AND c.notice_id = cart_items_set_aside.notice_id);
INSERT INTO notice_document_keys SELECT * FROM notice_document_keys_set_aside
    WHERE key_hash NOT IN (SELECT key_hash FROM notice_document_keys);
DROP TABLE payment_events_set_aside;
DROP TABLE notices_set_aside;
DROP TABLE cart_items_set_aside;
DROP TABLE notice_document_keys_set_aside;

-- Who an event is for when not the whole school: classes (the pupils' class_name) or pupils.
CREATE TABLE event_targets (
    event_id INTEGER NOT NULL REFERENCES payment_events (id) ON DELETE CASCADE,
    class_name TEXT CHECK (length(class_name) BETWEEN 1 AND 30),
    pupil_id INTEGER REFERENCES pupils (id) ON DELETE CASCADE,
    CHECK ((class_name IS NULL) <> (pupil_id IS NULL)),
    UNIQUE (event_id, class_name),
    UNIQUE (event_id, pupil_id)
);

-- An event paid in instalments: each has its amount and due date, and its own notice per pupil.
CREATE TABLE event_instalments (
    event_id INTEGER NOT NULL REFERENCES payment_events (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL CHECK (seq BETWEEN 1 AND 12),
    amount_cents INTEGER NOT NULL CHECK (amount_cents BETWEEN 1 AND 99999999999),
    due_date TEXT NOT NULL CHECK (length(due_date) = 10),
    PRIMARY KEY (event_id, seq)
);

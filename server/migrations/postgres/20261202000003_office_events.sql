-- Payment events made by a school's office: drafted, approved by the headteacher, published
-- (one notice per target pupil per instalment), revoked. Events made before the office existed
-- (the demo's, the voluntary items') were published when made. Each notice now carries its own
-- due date and last payable day (an instalment's). See the SQLite twin for the reasons.
ALTER TABLE payment_events DROP CONSTRAINT payment_events_category_check;
ALTER TABLE payment_events ADD CONSTRAINT payment_events_category_check
    CHECK (category IN ('trip', 'insurance', 'contribution', 'material', 'tax', 'canteen', 'other'));
ALTER TABLE payment_events
    ADD COLUMN state TEXT NOT NULL DEFAULT 'published' CHECK (state IN ('draft', 'approved', 'published', 'revoked')),
    ADD COLUMN description TEXT NOT NULL DEFAULT '' CHECK (char_length(description) <= 1000),
    ADD COLUMN min_cents BIGINT CHECK (min_cents BETWEEN 1 AND 99999999999),
    ADD COLUMN max_cents BIGINT CHECK (max_cents BETWEEN 1 AND 99999999999),
    ADD COLUMN target_kind TEXT NOT NULL DEFAULT 'pupils' CHECK (target_kind IN ('school', 'classes', 'pupils')),
    ADD COLUMN created_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    ADD COLUMN updated_at BIGINT,
    ADD COLUMN approved_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    ADD COLUMN approved_at BIGINT,
    ADD COLUMN published_at BIGINT,
    ADD COLUMN revoked_at BIGINT,
    ADD COLUMN publish_target BIGINT NOT NULL DEFAULT 0 CHECK (publish_target >= 0),
    ADD COLUMN publish_done BIGINT NOT NULL DEFAULT 0 CHECK (publish_done >= 0),
    ADD CHECK ((min_cents IS NULL) = (max_cents IS NULL)),
    ADD CHECK (min_cents IS NULL OR (amount_editable = 1 AND min_cents <= amount_cents AND amount_cents <= max_cents)),
    ADD CHECK (state NOT IN ('approved', 'published') OR approved_at IS NOT NULL OR created_by IS NULL);
CREATE INDEX payment_events_by_school ON payment_events (school_code, state);

ALTER TABLE notices
    ADD COLUMN instalment BIGINT NOT NULL DEFAULT 0 CHECK (instalment BETWEEN 0 AND 12),
    ADD COLUMN due_date TEXT,
    ADD COLUMN expires_on TEXT;
UPDATE notices SET due_date = e.due_date, expires_on = e.expires_on FROM payment_events e WHERE e.id = notices.event_id;
ALTER TABLE notices
    ALTER COLUMN due_date SET NOT NULL,
    ALTER COLUMN expires_on SET NOT NULL,
    ADD CHECK (char_length(due_date) = 10),
    ADD CHECK (char_length(expires_on) = 10 AND expires_on >= due_date),
    DROP CONSTRAINT notices_event_id_pupil_id_key,
    ADD CONSTRAINT notices_event_id_pupil_id_instalment_key UNIQUE (event_id, pupil_id, instalment);
CREATE INDEX notices_by_event ON notices (event_id, state);

CREATE TABLE event_targets (
    event_id BIGINT NOT NULL REFERENCES payment_events (id) ON DELETE CASCADE,
    class_name TEXT CHECK (char_length(class_name) BETWEEN 1 AND 30),
    pupil_id BIGINT REFERENCES pupils (id) ON DELETE CASCADE,
    CHECK ((class_name IS NULL) <> (pupil_id IS NULL)),
    UNIQUE (event_id, class_name),
    UNIQUE (event_id, pupil_id)
);

CREATE TABLE event_instalments (
    event_id BIGINT NOT NULL REFERENCES payment_events (id) ON DELETE CASCADE,
    seq BIGINT NOT NULL CHECK (seq BETWEEN 1 AND 12),
    amount_cents BIGINT NOT NULL CHECK (amount_cents BETWEEN 1 AND 99999999999),
    due_date TEXT NOT NULL CHECK (char_length(due_date) = 10),
    PRIMARY KEY (event_id, seq)
);

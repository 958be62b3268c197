-- A class representative: a parent the office delegates to pay, for one payment event, the
-- notices of one class's pupils (in carts of at most five, pagoPA's limit; the README's
-- "Class representatives" says why not one notice for the whole class). One per class and event.
CREATE TABLE class_representatives (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    school_code TEXT NOT NULL REFERENCES schools (code),
    event_id BIGINT NOT NULL REFERENCES payment_events (id),
    class_id BIGINT NOT NULL REFERENCES classes (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    delegated_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    delegated_at BIGINT NOT NULL,
    UNIQUE (event_id, class_id)
);
CREATE INDEX class_representatives_by_account ON class_representatives (account_id);

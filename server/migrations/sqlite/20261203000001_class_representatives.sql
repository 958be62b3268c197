-- A class representative: a parent the office delegates to pay, for one payment event, the
-- notices of one class's pupils (in carts of at most five, pagoPA's limit; the README's
-- "Class representatives" says why not one notice for the whole class). One per class and event.
CREATE TABLE class_representatives (
    id INTEGER PRIMARY KEY,
    school_code TEXT NOT NULL REFERENCES schools (code),
    event_id INTEGER NOT NULL REFERENCES payment_events (id),
    class_id INTEGER NOT NULL REFERENCES classes (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    delegated_by INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    delegated_at INTEGER NOT NULL,
    UNIQUE (event_id, class_id)
);
CREATE INDEX class_representatives_by_account ON class_representatives (account_id);

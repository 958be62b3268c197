-- Voluntary payments (versamenti volontari): what each school lets anyone pay for (a voluntary
-- contribution, an insurance, a trip...), and which notice answered which item, for whom. Money
-- is integer cents; dates are yyyy-mm-dd text; times are Unix seconds.

-- An item a school offers. When the payer may change the amount, `amount_cents` is the one
-- suggested and `min_cents`..`max_cents` the limits; otherwise the amount is fixed.
CREATE TABLE voluntary_items (
    id INTEGER PRIMARY KEY,
    school_code TEXT NOT NULL REFERENCES schools (code),
    reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 140),
    category TEXT NOT NULL CHECK (category IN ('trip', 'insurance', 'contribution', 'material', 'tax', 'other')),
    amount_cents INTEGER NOT NULL CHECK (amount_cents BETWEEN 1 AND 99999999999),
    amount_editable INTEGER NOT NULL CHECK (amount_editable IN (0, 1)),
    min_cents INTEGER,
    max_cents INTEGER,
    payable_from TEXT NOT NULL CHECK (length(payable_from) = 10),
    payable_until TEXT NOT NULL CHECK (length(payable_until) = 10 AND payable_until >= payable_from),
    tax_deductible INTEGER NOT NULL CHECK (tax_deductible IN (0, 1)),
    beneficiary_iban TEXT NOT NULL CHECK (length(beneficiary_iban) = 27),
    created_at INTEGER NOT NULL,
    CHECK (
        (amount_editable = 0 AND min_cents IS NULL AND max_cents IS NULL)
        OR (amount_editable = 1 AND min_cents BETWEEN 1 AND amount_cents AND max_cents BETWEEN amount_cents AND 99999999999)
    ),
    UNIQUE (school_code, reason)
);
CREATE INDEX voluntary_items_by_school ON voluntary_items (school_code, payable_until);

-- The notice issued for an item, and who asked for it: an account, or a payer without one
-- (by email). The notice itself (pupil, amount, number) is an ordinary notice.
CREATE TABLE voluntary_notices (
    notice_id INTEGER PRIMARY KEY REFERENCES notices (id),
    item_id INTEGER NOT NULL REFERENCES voluntary_items (id),
    payer_account_id INTEGER REFERENCES accounts (id),
    payer_email TEXT CHECK (payer_email IS NULL OR length(payer_email) BETWEEN 3 AND 254),
    created_at INTEGER NOT NULL,
    CHECK (payer_account_id IS NOT NULL OR payer_email IS NOT NULL)
);
CREATE INDEX voluntary_notices_by_item ON voluntary_notices (item_id);
CREATE INDEX voluntary_notices_by_account ON voluntary_notices (payer_account_id);

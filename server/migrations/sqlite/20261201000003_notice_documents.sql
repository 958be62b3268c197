-- The printable payment notice (avviso di pagamento). A school may have a postal account: its
-- notices then carry the Poste section with the Data Matrix (12 digits, zero-padded; NULL = none).
ALTER TABLE schools ADD COLUMN postal_account TEXT
    CHECK (postal_account IS NULL OR (length(postal_account) = 12 AND postal_account NOT GLOB '*[^0-9]*'));

-- Keys that open one notice's PDF without an account (given to whoever created a voluntary
-- notice). Only the SHA-256 of the key is kept, as for session tokens; valid until expires_at.
CREATE TABLE notice_document_keys (
    key_hash TEXT PRIMARY KEY CHECK (length(key_hash) = 64),
    notice_id INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL CHECK (expires_at > created_at)
);
CREATE INDEX notice_document_keys_by_notice ON notice_document_keys (notice_id);
CREATE INDEX notice_document_keys_by_expiry ON notice_document_keys (expires_at);

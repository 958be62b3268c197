-- Registration drafts remember the address that started them (to cap drafts per address per
-- hour), and the purges of expired drafts and never-verified accounts find them by time.
ALTER TABLE registration_drafts ADD COLUMN address TEXT NOT NULL DEFAULT '';
CREATE INDEX registration_drafts_by_address ON registration_drafts (address, created_at);
CREATE INDEX registration_drafts_by_expiry ON registration_drafts (expires_at);
CREATE INDEX accounts_unverified_by_age ON accounts (created_at) WHERE email_verified_at IS NULL;

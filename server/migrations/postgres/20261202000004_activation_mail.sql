-- An activation code sent by email is made when the mail is sent, like every other emailed
-- secret (app/src/auth/mail_secrets.rs): the queued message names the payer of the pupil it is
-- for, and holds a placeholder where the code goes.
ALTER TABLE outbox DROP CONSTRAINT outbox_secret_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_secret_kind_check
    CHECK (secret_kind IN ('verify_link', 'reset_link', 'temporary_password', 'activation_code'));
-- With 'activation_code': the payer (pupil and codice fiscale) the code is made for.
ALTER TABLE outbox ADD COLUMN activation_pupil_id BIGINT;
ALTER TABLE outbox ADD COLUMN activation_payer_cf TEXT CHECK (activation_payer_cf IS NULL OR char_length(activation_payer_cf) = 16);
ALTER TABLE outbox ADD CONSTRAINT outbox_activation_payer
    CHECK ((secret_kind = 'activation_code') = (activation_pupil_id IS NOT NULL AND activation_payer_cf IS NOT NULL));

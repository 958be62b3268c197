-- The office's classes and pupil imports. A pupil keeps its class by name (class_name, as the
-- notices and receipts already show it); the office's store writes a pupil only into a class the
-- school has, and renaming is not offered, so the name is the key.
CREATE TABLE classes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    school_code TEXT NOT NULL REFERENCES schools (code),
    name TEXT NOT NULL CHECK (char_length(name) BETWEEN 1 AND 30),
    created_at BIGINT NOT NULL,
    UNIQUE (school_code, name)
);

-- The classes the pupils already have. '—' is the voluntary payments' placeholder for a pupil
-- the school never loaded (app::store::voluntary::UNKNOWN_CLASS): not a class.
INSERT INTO classes (school_code, name, created_at)
    SELECT DISTINCT school_code, class_name, 0 FROM pupils WHERE class_name <> '—';

-- The office lists a school's pupils by class and by surname.
CREATE INDEX pupils_by_class ON pupils (school_code, class_name, surname);
CREATE INDEX pupils_by_surname ON pupils (school_code, surname, given_name);
-- "Who sees this pupil": a payer recorded with an email is matched with the accounts' emails.
CREATE INDEX payer_links_by_email ON payer_links (payer_email);

-- One import of a CSV file of pupils and payers: all or nothing. Its outcome is kept so the page
-- the upload leads to can show it (and the report download it) without holding the file:
-- either the counts, or the problems (JSON, one per bad field: line, column, reason).
CREATE TABLE pupil_imports (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    school_code TEXT NOT NULL REFERENCES schools (code),
    account_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    file_name TEXT NOT NULL CHECK (char_length(file_name) <= 255),
    pupils_added BIGINT NOT NULL CHECK (pupils_added >= 0),
    pupils_updated BIGINT NOT NULL CHECK (pupils_updated >= 0),
    payers BIGINT NOT NULL CHECK (payers >= 0),
    problems TEXT,
    -- A file with problems imported nothing.
    CHECK (problems IS NULL OR (pupils_added = 0 AND pupils_updated = 0 AND payers = 0))
);
CREATE INDEX pupil_imports_by_school ON pupil_imports (school_code, created_at);

-- The public school directory. Codes are stored normalised (upper case); *_search columns hold
-- the folded text (lower case, no accents) that directory searches compare against.
CREATE TABLE schools (
    code TEXT PRIMARY KEY CHECK (length(code) = 10),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    name_search TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('IC', 'AA', 'EE', 'MM', 'IS', 'TD', 'RI')),
    address TEXT NOT NULL,
    postcode TEXT NOT NULL CHECK (length(postcode) = 5),
    town TEXT NOT NULL,
    town_search TEXT NOT NULL,
    province TEXT NOT NULL CHECK (length(province) = 2),
    region TEXT NOT NULL,
    creditor_fiscal_code TEXT NOT NULL CHECK (length(creditor_fiscal_code) = 11),
    email TEXT NOT NULL
);

CREATE INDEX schools_by_place ON schools (region, province, town_search);
CREATE INDEX schools_by_province ON schools (province);

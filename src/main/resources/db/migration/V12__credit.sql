-- 失信名单 (issue 6): units the province lists as untrustworthy, imported from Excel. One row per credit code; a
-- removal keeps the row with its reason (removed_at set), so the list's history stays readable.
CREATE TABLE credit_listing (
    credit_code  VARCHAR(18)              NOT NULL,
    unit_name    VARCHAR(200)             NOT NULL,
    reason       VARCHAR(500)             NOT NULL,
    listed_on    DATE,
    source       VARCHAR(200),
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by  VARCHAR(100)             NOT NULL,
    removed_at   TIMESTAMP WITH TIME ZONE,
    removed_by   VARCHAR(100),
    removal_note VARCHAR(500),
    CONSTRAINT credit_listing_pk PRIMARY KEY (credit_code)
);

-- 申报书 seals (issue 6): one row per sealed round of an application. Each submission (and resubmission after a
-- return) is a round; the highest is current. The sealed PDF itself is a stored_file (file_id; no foreign key: files
-- belong to the document module, applications to the application module). program_code and unit_name are kept as
-- the book printed them, so that a verification can say whose book it is without reading the application.
-- sha256 is the hash of the whole sealed file: verification finds the round by it.
CREATE TABLE sealed_book (
    application_id BIGINT                   NOT NULL,
    round          INTEGER                  NOT NULL,
    file_id        UUID                     NOT NULL,
    sha256         VARCHAR(64)              NOT NULL,
    signed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    program_code   VARCHAR(40)              NOT NULL,
    unit_id        BIGINT                   NOT NULL,
    unit_name      VARCHAR(200)             NOT NULL,
    CONSTRAINT sealed_book_pk PRIMARY KEY (application_id, round),
    CONSTRAINT sealed_book_sha256_uk UNIQUE (sha256),
    CONSTRAINT sealed_book_round_ck CHECK (round >= 1)
);

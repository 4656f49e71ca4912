-- Every certificate the platform has sealed 申报书 with. A deployment changes its seal key (expiry, compromise,
-- a new CA); books sealed with an earlier key must still verify, so each node registers the certificate it signs
-- with at startup and the check accepts any registered one. Rows are never removed: removing one would make every
-- book it sealed fail verification.
CREATE TABLE seal_certificate (
    sha256        VARCHAR(64)              NOT NULL,
    subject       VARCHAR(500)             NOT NULL,
    not_after     TIMESTAMP WITH TIME ZONE NOT NULL,
    der_base64    TEXT                     NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT seal_certificate_pk PRIMARY KEY (sha256)
);

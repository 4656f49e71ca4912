-- 推荐优先顺序 (seed 002: counties fill the 推荐汇总表 "按推荐优先顺序"; issue 8 point 3): the rank a county gives each
-- recommended application of a program whose chain ranks by county. Rewritten 1..n on every move, so ranks stay dense.
CREATE TABLE county_priority (
    program_code   VARCHAR(40) NOT NULL,
    county_code    VARCHAR(12) NOT NULL,
    application_id BIGINT      NOT NULL,
    priority       INTEGER     NOT NULL,
    CONSTRAINT county_priority_pk PRIMARY KEY (program_code, application_id),
    CONSTRAINT county_priority_rank_uq UNIQUE (program_code, county_code, priority),
    CONSTRAINT county_priority_rank_ck CHECK (priority > 0)
);

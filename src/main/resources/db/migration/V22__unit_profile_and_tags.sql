-- 企业管理 (SPEC §5, Guangdong manual §4.3.4): the unit list shows 所属行业 and 成立日期, which the unit gives in
-- its profile (optional: units registered before this change have neither).
ALTER TABLE unit ADD COLUMN industry VARCHAR(100);
ALTER TABLE unit ADD COLUMN established_on DATE;

-- 企业标签 (Guangdong manual §5.1, §3.1.1.4): labels a unit has earned (专精特新, 高新技术企业, …), given by the
-- province or the unit's city, shown to the unit on its workbench and used to recommend 政策文件 to it.
CREATE TABLE unit_tag (
    unit_id   BIGINT                   NOT NULL,
    tag       VARCHAR(20)              NOT NULL,
    added_by  VARCHAR(100)             NOT NULL,
    added_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT unit_tag_pk PRIMARY KEY (unit_id, tag)
);

-- The tags a 政策文件 is meant for, comma-separated, matched against the unit's tags.
ALTER TABLE portal_item ADD COLUMN tags VARCHAR(200);

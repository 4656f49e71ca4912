-- 生态合作伙伴供需汇总表 (seed 002 惠市工信〔2024〕118号 三、（一）, its 附件5; issue 8 point 3): each county files one
-- for a program, listing its units (selected in past batches or applying this year) with what they supply and what they
-- need. The seed gives only the sheet's name: these columns are our smallest faithful reading. A new filing replaces
-- the county's rows.
CREATE TABLE supply_demand_filing (
    program_code VARCHAR(40)              NOT NULL,
    county_code  VARCHAR(12)              NOT NULL,
    city_code    VARCHAR(12)              NOT NULL,
    filed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    filed_by     VARCHAR(100)             NOT NULL,
    CONSTRAINT supply_demand_filing_pk PRIMARY KEY (program_code, county_code)
);

CREATE TABLE supply_demand_row (
    program_code VARCHAR(40)  NOT NULL,
    county_code  VARCHAR(12)  NOT NULL,
    line         INTEGER      NOT NULL,
    unit_name    VARCHAR(200) NOT NULL,
    credit_code  VARCHAR(18),
    kind         VARCHAR(20)  NOT NULL,
    domain       VARCHAR(200),
    supply       VARCHAR(2000),
    demand       VARCHAR(2000),
    contact      VARCHAR(50),
    phone        VARCHAR(50),
    CONSTRAINT supply_demand_row_pk PRIMARY KEY (program_code, county_code, line),
    CONSTRAINT supply_demand_row_filing_fk FOREIGN KEY (program_code, county_code)
        REFERENCES supply_demand_filing (program_code, county_code) ON DELETE CASCADE
);

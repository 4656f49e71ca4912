-- 汇总表 exports running in the background (export module). The job runs on the node that started it, but its state,
-- progress and finished file are here and in file storage, so the page polling it may hit any node behind the load
-- balancer. A running job whose node stops beating (heartbeat_at) is shown as failed. Rows are forgotten some time
-- after they end; the workbook stays in storage as a stored file (its download is audited).
CREATE TABLE export_job (
    id            UUID                     NOT NULL,
    account_id    BIGINT                   NOT NULL,
    program_code  VARCHAR(40)              NOT NULL,
    program_name  VARCHAR(200)             NOT NULL,
    region_code   VARCHAR(6),
    region_name   VARCHAR(200)             NOT NULL,
    expected_rows BIGINT                   NOT NULL,
    filename      VARCHAR(255)             NOT NULL,
    state         VARCHAR(10)              NOT NULL,
    written       BIGINT                   NOT NULL DEFAULT 0,
    file_id       UUID,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT export_job_pk PRIMARY KEY (id),
    CONSTRAINT export_job_state_ck CHECK (state IN ('RUNNING', 'DONE', 'FAILED'))
);
CREATE INDEX export_job_account_ix ON export_job (account_id, state);

-- ShedLock: a scheduled job takes this row's lock, so with several app nodes only one runs it at a time.
CREATE TABLE shedlock (
    name       VARCHAR(64)              NOT NULL,
    lock_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by  VARCHAR(255)             NOT NULL,
    CONSTRAINT shedlock_pk PRIMARY KEY (name)
);

-- Which deadline reminder each application has had, so a reminder is sent once whatever the job's schedule.
CREATE TABLE application_reminder (
    application_id BIGINT                   NOT NULL,
    reminder       VARCHAR(30)              NOT NULL,
    sent_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT application_reminder_pk PRIMARY KEY (application_id, reminder),
    CONSTRAINT application_reminder_fk FOREIGN KEY (application_id) REFERENCES application (id)
);

-- Several instances of the application may start at the same moment on one database. The start-up work that follows
-- the migrations (the first admin, the demo practice, resealing two-factor secrets, the needs-attention markers) runs
-- in one instance at a time: each holds this row's lock while it does it (DatabaseMigrator).
CREATE TABLE start_up_lock (
    name VARCHAR(40) NOT NULL PRIMARY KEY
);
INSERT INTO start_up_lock (name) VALUES ('start-up');

-- Work due once a day however many instances run: the instance that records the day first does it (DailyJobs).
CREATE TABLE daily_job_run (
    job        VARCHAR(60)  NOT NULL,
    run_date   DATE         NOT NULL,
    claimed_at TIMESTAMP    NOT NULL,
    claimed_by VARCHAR(200) NOT NULL,
    CONSTRAINT pk_daily_job_run PRIMARY KEY (job, run_date)
);

-- Issue 17: every period's completion figures and their traffic lights, what the next periods compare with
-- (PRG_REGRESSION) and count red months by (PRG_SUPERVISED). A run's figures are kept under its execution, with
-- the period, output folder and county they were reconciled for; only a run recorded in RECON_RUN (completed) is
-- read back as history.
CREATE TABLE IF NOT EXISTS RECON_PROGRESS (
    JOB_EXECUTION_ID BIGINT        NOT NULL,
    SEQ              INT           NOT NULL,
    PERIOD           VARCHAR(7)    NOT NULL,
    OUTPUT_ROOT      VARCHAR(2000) NOT NULL,
    COUNTY           VARCHAR(500)  NOT NULL,
    DEPARTMENT       VARCHAR(500)  NOT NULL,
    INDICATOR_NO     VARCHAR(64)   NOT NULL,
    TOWNSHIP         VARCHAR(500)  NOT NULL,
    COMPLETION       DECFLOAT      NOT NULL,
    LIGHT            VARCHAR(8),
    FILE_NAME        VARCHAR(1000),
    SHEET_NAME       VARCHAR(500),
    CELL             VARCHAR(32),
    PRIMARY KEY (JOB_EXECUTION_ID, SEQ)
);

CREATE INDEX IF NOT EXISTS RECON_PROGRESS_PLACE ON RECON_PROGRESS (OUTPUT_ROOT, COUNTY, PERIOD);

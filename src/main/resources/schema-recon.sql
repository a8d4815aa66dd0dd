-- Findings of every run, one row per finding, in the order they were raised.
CREATE TABLE IF NOT EXISTS RECON_FINDING (
    JOB_EXECUTION_ID BIGINT        NOT NULL,
    STAGE            VARCHAR(32)   NOT NULL,
    SEQ              INT           NOT NULL,
    RULE             VARCHAR(64)   NOT NULL,
    SEVERITY         VARCHAR(16)   NOT NULL,
    DEPARTMENT       VARCHAR(500),
    INDICATOR_NO     VARCHAR(64),
    INDICATOR        VARCHAR(2000),
    TOWNSHIP         VARCHAR(500),
    OFFICIAL_VALUE   DECFLOAT,
    SUBMITTED_VALUE  DECFLOAT,
    DIFFERENCE       DECFLOAT,
    UNIT             VARCHAR(100),
    FILE_NAME        VARCHAR(1000),
    SHEET_NAME       VARCHAR(500),
    CELL             VARCHAR(32),
    MESSAGE          VARCHAR(4000),
    LEAD_LEADER      VARCHAR(500),
    LEAD_UNIT        VARCHAR(500),
    PRIMARY KEY (JOB_EXECUTION_ID, STAGE, SEQ)
);

-- Our tables as release 0.1 left them (its schema-recon.sql, which ran at every start). Idempotent on purpose: a
-- database made by release 0.1, or by the release before it, has no flyway_schema_history; Flyway baselines it
-- below this version (application.yml) and runs this script over what is there, so every statement must hold on a
-- database that already has some or all of these tables. Never edit it once released: add a V2.

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

-- Every file of the period's submissions folder as ingested (one row per file and execution).
CREATE TABLE IF NOT EXISTS RECON_SUBMISSION_FILE (
    JOB_EXECUTION_ID    BIGINT         NOT NULL,
    FILE_NAME           VARCHAR(1000)  NOT NULL,
    SIZE_BYTES          BIGINT         NOT NULL,
    MODIFIED            TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    SHA256              VARCHAR(64),
    IGNORED             BOOLEAN        NOT NULL,
    UNREADABLE          VARCHAR(2000),
    DECLARED_DEPARTMENT VARCHAR(500),
    DECLARED_DATE       DATE,
    PRIMARY KEY (JOB_EXECUTION_ID, FILE_NAME)
);

-- SHEETS: every sheet that holds data with every value it read and its source cell, as one block
-- (SubmissionCodec); null for a file that was not read. It replaced a row per sheet and a row per value
-- (RECON_SUBMISSION_SHEET, RECON_SUBMITTED_VALUE), which a database file made by the release before 0.1 loses here.
ALTER TABLE RECON_SUBMISSION_FILE ADD COLUMN IF NOT EXISTS SHEETS BLOB;
-- A file an earlier version read and staged, in a run that stopped before it finished: its values are gone with the
-- old tables, and a restart would not read it again (its partition is complete). Say so where its values would be,
-- as the file's FILE_UNREADABLE finding, rather than let it pass as a file without data.
UPDATE RECON_SUBMISSION_FILE SET UNREADABLE = '升级前暂存的读取结果已不能使用，请用 --force 重新对账'
    WHERE SHEETS IS NULL AND IGNORED = FALSE AND UNREADABLE = '';
DROP TABLE IF EXISTS RECON_SUBMITTED_VALUE;
DROP TABLE IF EXISTS RECON_SUBMISSION_SHEET;

-- The submission ledger of a run (报送情况).
CREATE TABLE IF NOT EXISTS RECON_LEDGER (
    JOB_EXECUTION_ID     BIGINT        NOT NULL,
    SEQ                  INT           NOT NULL,
    FILE_NAME            VARCHAR(1000),
    DEPARTMENT           VARCHAR(500),
    STATUS               VARCHAR(16)   NOT NULL,
    VALUES_READ          INT           NOT NULL,
    VALUES_RECONCILED    INT           NOT NULL,
    VALUES_UNDER_FINDING INT           NOT NULL,
    FINDINGS             INT           NOT NULL,
    PRIMARY KEY (JOB_EXECUTION_ID, SEQ)
);

-- The submitted numbers that stand after reconciliation, per file, indicator and township (分解对账).
CREATE TABLE IF NOT EXISTS RECON_FIGURE (
    JOB_EXECUTION_ID BIGINT        NOT NULL,
    SEQ              INT           NOT NULL,
    INDICATOR_NO     VARCHAR(64)   NOT NULL,
    TOWNSHIP         VARCHAR(500)  NOT NULL,
    FIGURE           DECFLOAT      NOT NULL,
    DEPARTMENT       VARCHAR(500),
    FILE_NAME        VARCHAR(1000) NOT NULL,
    SHEET_NAME       VARCHAR(500),
    CELL             VARCHAR(32),
    PRIMARY KEY (JOB_EXECUTION_ID, SEQ)
);

-- The history of runs (--history): one row per completed run, with its counts.
CREATE TABLE IF NOT EXISTS RECON_RUN (
    JOB_EXECUTION_ID BIGINT        NOT NULL PRIMARY KEY,
    PERIOD           VARCHAR(7)    NOT NULL,
    RUN_TIME         TIMESTAMP     NOT NULL,
    OUTPUT_FOLDER    VARCHAR(2000) NOT NULL,
    FILES            INT           NOT NULL,
    ERRORS           INT           NOT NULL,
    WARNINGS         INT           NOT NULL,
    INFOS            INT           NOT NULL,
    ADDED            INT           NOT NULL,
    RESOLVED         INT           NOT NULL
);

-- The inputs of each recorded run, with their hashes.
CREATE TABLE IF NOT EXISTS RECON_RUN_INPUT (
    JOB_EXECUTION_ID BIGINT        NOT NULL,
    SEQ              INT           NOT NULL,
    KIND             VARCHAR(16)   NOT NULL,
    NAME             VARCHAR(1000) NOT NULL,
    SHA256           VARCHAR(64),
    SIZE_BYTES       BIGINT        NOT NULL,
    PRIMARY KEY (JOB_EXECUTION_ID, SEQ)
);

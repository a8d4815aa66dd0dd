-- Issue 17: what the reports show of each completion figure (督办清单, 总览, 一镇一表): the official figure it is held
-- to, its rate, the share of the target due by the schedule and the points behind it (empty for a rate or standard),
-- the calendar months in a row it has been red and the words written beside it. Figures recorded before this migration have none of these.
ALTER TABLE RECON_PROGRESS ADD COLUMN IF NOT EXISTS TARGET DECFLOAT;
ALTER TABLE RECON_PROGRESS ADD COLUMN IF NOT EXISTS RATE DECFLOAT;
ALTER TABLE RECON_PROGRESS ADD COLUMN IF NOT EXISTS SCHEDULED DECFLOAT;
ALTER TABLE RECON_PROGRESS ADD COLUMN IF NOT EXISTS POINTS_BEHIND DECFLOAT;
ALTER TABLE RECON_PROGRESS ADD COLUMN IF NOT EXISTS RED_MONTHS INT DEFAULT 0 NOT NULL;
-- The progress in words (进展情况) a file wrote beside the figure.
ALTER TABLE RECON_PROGRESS ADD COLUMN IF NOT EXISTS NOTE VARCHAR(4000);

-- A finding's official and submitted values hold only an official and a submitted figure; a figure of another kind
-- that it weighs (a township sum, a sheet's own 合计, the responsibility table's number) is its compared value, and
-- COMPARED_WITH says what that figure is. Never edit it once released: add a V3.
ALTER TABLE RECON_FINDING ADD COLUMN IF NOT EXISTS COMPARED_VALUE DECFLOAT;
ALTER TABLE RECON_FINDING ADD COLUMN IF NOT EXISTS COMPARED_WITH VARCHAR(500);

-- Rows stored before held that figure in a value column, with a difference that meant nothing. Move it over, so a run
-- restarted across the upgrade reports them as a new run would. What the figure was is read from the message the
-- earlier version wrote (OFF_SUM_MISMATCH weighs one of several figures of the breakdown table against its target).
UPDATE RECON_FINDING SET COMPARED_VALUE = SUBMITTED_VALUE, SUBMITTED_VALUE = NULL, DIFFERENCE = NULL,
    COMPARED_WITH = CASE
        WHEN RULE = 'OFF_CROSS_TABLE_MISMATCH' THEN '责任分解表'
        WHEN TOWNSHIP <> '' THEN '乡镇目标'
        WHEN MESSAGE LIKE '%各乡镇目标合计%' THEN '各乡镇目标合计'
        WHEN MESSAGE LIKE '%跨乡镇合并填写的数%' THEN '跨乡镇合并填写的数'
        WHEN MESSAGE LIKE '%目标栏文字%' THEN '目标栏文字'
        WHEN MESSAGE LIKE '%合计栏为%' THEN '合计栏'
        ELSE '' END
    WHERE RULE IN ('OFF_SUM_MISMATCH', 'OFF_CROSS_TABLE_MISMATCH') AND SUBMITTED_VALUE IS NOT NULL
        AND COMPARED_VALUE IS NULL;
UPDATE RECON_FINDING SET COMPARED_VALUE = OFFICIAL_VALUE, OFFICIAL_VALUE = NULL, DIFFERENCE = NULL,
    COMPARED_WITH = '各部分之和'
    WHERE RULE = 'SUB_TOTAL_ROW_MISMATCH' AND OFFICIAL_VALUE IS NOT NULL AND COMPARED_VALUE IS NULL;

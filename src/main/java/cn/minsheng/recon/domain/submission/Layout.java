package cn.minsheng.recon.domain.submission;

/** How a submission sheet arranges indicators and townships (SPEC §3.2). */
public enum Layout {
    /** Indicators as rows, townships as columns, like the official table. */
    WIDE,
    /** Townships as rows, indicators as columns. */
    TRANSPOSED,
    /** One row per township × indicator ({@code 乡镇 | 指标 | 单位 | 目标任务数}), maybe with a village column. */
    LONG,
    /** A sheet the workbook hides (last year's data, say): listed in the ledger, never read; it holds no values. */
    HIDDEN
}

package cn.minsheng.recon.sample;

/** How a sample department submission arranges its values (SPEC §3.2). */
public enum SubmissionLayout {

    /** Indicators as rows ({@code 序号 | 指标 | 单位 | <townships…> | 合计}), like the official table. */
    WIDE,

    /** Townships as rows, indicators as columns, optionally a {@code 合计} row. */
    TRANSPOSED,

    /** One row per township × indicator ({@code 乡镇 | 指标 | 单位 | 目标任务数}), optionally per village. */
    LONG
}

package cn.minsheng.recon.domain.submission;

/**
 * What a submitted number measures: the township's target (目标任务), reconciled with the official breakdown, or its
 * cumulative completion to date (累计完成), judged against the target and the schedule (SPEC §7).
 */
public enum Measure {
    TARGET,
    COMPLETION
}

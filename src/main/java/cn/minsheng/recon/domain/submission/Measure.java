package cn.minsheng.recon.domain.submission;

/**
 * What a submitted cell states: the township's target (目标任务), reconciled with the official breakdown; its
 * cumulative completion to date (累计完成), judged against the target and the schedule (SPEC §7); the completion
 * rate the file works out (完成率), checked against the rate worked out here, never trusted; or the progress in
 * words (进展情况), kept and shown beside the completion.
 */
public enum Measure {
    TARGET,
    COMPLETION,
    RATE,
    NOTE
}

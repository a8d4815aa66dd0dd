package cn.minsheng.recon.progress;

/** What a column of figures holds: the target a unit was given, or its cumulative completion (累计完成). */
enum Measure {
    TARGET, DONE
}

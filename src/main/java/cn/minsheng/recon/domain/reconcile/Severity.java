package cn.minsheng.recon.domain.reconcile;

/** How serious a finding is; ordered from the most to the least serious. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** Whether this severity is {@code threshold} or worse. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}

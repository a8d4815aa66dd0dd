package cn.minsheng.recon.domain.reconcile;

/** How serious a finding is; ordered from the most to the least serious. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告"),
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word users read: 错误, 警告, 提示. */
    public String label() {
        return label;
    }

    /** Whether this severity is {@code threshold} or worse. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}

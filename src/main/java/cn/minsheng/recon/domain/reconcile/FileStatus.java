package cn.minsheng.recon.domain.reconcile;

/** A file's line in the submission ledger (报送情况). */
public enum FileStatus {
    SUBMITTED("已报送"),
    UNREADABLE("无法读取"),
    SUPERSEDED("已被替代"),
    IGNORED("已忽略"),
    HIDDEN_SHEET("已忽略（隐藏工作表）"),
    NOT_SUBMITTED("未报送");

    private final String label;

    FileStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A line of something passed over unread: a lock or hidden file, a hidden sheet. */
    public boolean ignored() {
        return this == IGNORED || this == HIDDEN_SHEET;
    }
}

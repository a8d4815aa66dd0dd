package cn.minsheng.recon.domain.progress;

/** The traffic light of a completion against its schedule or standard (SPEC §7), from the best to the worst. */
public enum Light {
    GREEN("绿灯"),
    YELLOW("黄灯"),
    RED("红灯");

    private final String label;

    Light(String label) {
        this.label = label;
    }

    /** The word people read: 绿灯, 黄灯, 红灯. */
    public String label() {
        return label;
    }
}

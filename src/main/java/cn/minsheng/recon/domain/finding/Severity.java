package cn.minsheng.recon.domain.finding;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

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

    /** How many of the findings there are of each severity; a severity none has is absent. */
    public static Map<Severity, Long> counts(Collection<Finding> findings) {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        findings.forEach(f -> counts.merge(f.severity(), 1L, Long::sum));
        return counts;
    }

    /** Whether this severity is {@code threshold} or worse. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}

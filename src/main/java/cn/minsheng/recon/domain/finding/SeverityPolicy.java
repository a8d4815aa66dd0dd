package cn.minsheng.recon.domain.finding;

import java.util.Map;

/**
 * The severities an office configured per rule code, overriding the defaults of SPEC §4.
 *
 * @param overrides rule code → severity
 */
public record SeverityPolicy(Map<RuleCode, Severity> overrides) {

    public SeverityPolicy {
        overrides = Map.copyOf(overrides);
    }

    /** The defaults of SPEC §4, nothing overridden. */
    public static SeverityPolicy defaults() {
        return new SeverityPolicy(Map.of());
    }

    /**
     * The finding at the severity the office configured for its rule; a rule left at its default keeps the
     * finding's own severity (a related unit's SUB_NOT_LEAD_UNIT is INFO, not the rule's WARNING), and so does
     * a rule whose severity is not configurable (PRG_LAGGING: its severity is the traffic light).
     */
    public Finding apply(Finding finding) {
        Severity configured = finding.rule().severityConfigurable() ? overrides.get(finding.rule()) : null;
        return configured == null || configured == finding.rule().defaultSeverity()
                ? finding : finding.withSeverity(configured);
    }
}

package cn.minsheng.recon.domain.finding;

import cn.minsheng.recon.domain.model.SourceRef;
import java.math.BigDecimal;

/**
 * One thing the reconciliation flags (SPEC §4). Numbers are in the official unit; a null number is "none".
 *
 * @param difference submitted − official, when both exist
 */
public record Finding(
        RuleCode rule,
        Severity severity,
        String department,
        String indicatorNo,
        String indicator,
        String township,
        BigDecimal officialValue,
        BigDecimal submittedValue,
        BigDecimal difference,
        String unit,
        SourceRef source,
        String message,
        String leadLeader,
        String leadUnit) {

    public Finding {
        department = nullToEmpty(department);
        indicatorNo = nullToEmpty(indicatorNo);
        indicator = nullToEmpty(indicator);
        township = nullToEmpty(township);
        unit = nullToEmpty(unit);
        source = source == null ? SourceRef.none() : source;
        message = nullToEmpty(message);
        leadLeader = nullToEmpty(leadLeader);
        leadUnit = nullToEmpty(leadUnit);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Starts a finding of {@code rule} at its default severity; severities from config are applied later. */
    public static FindingBuilder of(RuleCode rule) {
        return new FindingBuilder(rule);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, department, indicatorNo, indicator, township, officialValue,
                submittedValue, difference, unit, source, message, leadLeader, leadUnit);
    }

    /** The same finding routed to the leader and unit responsible for it. */
    public Finding withRouting(String leader, String unitName) {
        return new Finding(rule, severity, department, indicatorNo, indicator, township, officialValue,
                submittedValue, difference, unit, source, message, leader, unitName);
    }
}

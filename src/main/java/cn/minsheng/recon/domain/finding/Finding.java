package cn.minsheng.recon.domain.finding;

import cn.minsheng.recon.domain.model.SourceRef;
import java.math.BigDecimal;

/**
 * One thing the reconciliation flags (SPEC §4). Numbers are in the official unit; a null number is "none". The
 * official and submitted values hold only an official and a submitted figure; a finding that weighs a figure of
 * another kind (a township sum, a sheet's own 合计, the responsibility table's number) holds it as the compared
 * value and says what it is.
 *
 * @param officialValue  a figure of the official tables
 * @param submittedValue a figure a department submitted (a township's, or the sum of a split it reports)
 * @param difference     submitted − official, when both exist; none otherwise, since it means nothing else
 * @param comparedValue  the other figure the finding weighs, when it is neither official nor submitted
 * @param comparedWith   what that figure is, in Chinese ({@code 各乡镇目标合计}); empty when there is none
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
        BigDecimal comparedValue,
        String comparedWith,
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
        comparedWith = nullToEmpty(comparedWith);
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
                submittedValue, difference, comparedValue, comparedWith, unit, source, message, leadLeader, leadUnit);
    }

    /** The same finding with words added to its message. */
    public Finding withMessageAdded(String words) {
        return new Finding(rule, severity, department, indicatorNo, indicator, township, officialValue,
                submittedValue, difference, comparedValue, comparedWith, unit, source, message + words, leadLeader,
                leadUnit);
    }

    /** The same finding routed to the leader and unit responsible for it. */
    public Finding withRouting(String leader, String unitName) {
        return new Finding(rule, severity, department, indicatorNo, indicator, township, officialValue,
                submittedValue, difference, comparedValue, comparedWith, unit, source, message, leader, unitName);
    }
}

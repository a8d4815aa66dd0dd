package cn.minsheng.recon.domain.finding;

import cn.minsheng.recon.domain.model.SourceRef;
import java.math.BigDecimal;

/** Assembles a {@link Finding}; the difference is derived from the two values when both are set. */
public final class FindingBuilder {

    private final RuleCode rule;
    private Severity severity;
    private String department;
    private String indicatorNo;
    private String indicator;
    private String township;
    private BigDecimal officialValue;
    private BigDecimal submittedValue;
    private BigDecimal comparedValue;
    private String comparedWith;
    private String unit;
    private SourceRef source;
    private String message;
    private String leadLeader;
    private String leadUnit;

    FindingBuilder(RuleCode rule) {
        this.rule = rule;
        this.severity = rule.defaultSeverity();
    }

    /** A severity other than the rule's default, for a rule whose findings differ in it (PRG_LAGGING's light). */
    public FindingBuilder severity(Severity value) {
        severity = value;
        return this;
    }

    public FindingBuilder department(String value) {
        department = value;
        return this;
    }

    public FindingBuilder indicator(String no, String name) {
        indicatorNo = no;
        indicator = name;
        return this;
    }

    public FindingBuilder township(String value) {
        township = value;
        return this;
    }

    public FindingBuilder values(BigDecimal official, BigDecimal submitted) {
        officialValue = official;
        submittedValue = submitted;
        return this;
    }

    /** A figure that is neither official nor submitted, weighed by the finding, and what it is ({@code 责任分解表}). */
    public FindingBuilder compared(BigDecimal value, String what) {
        comparedValue = value;
        comparedWith = what;
        return this;
    }

    public FindingBuilder unit(String value) {
        unit = value;
        return this;
    }

    public FindingBuilder source(SourceRef value) {
        source = value;
        return this;
    }

    public FindingBuilder message(String value) {
        message = value;
        return this;
    }

    public FindingBuilder routing(String leader, String unitName) {
        leadLeader = leader;
        leadUnit = unitName;
        return this;
    }

    public Finding build() {
        BigDecimal difference = officialValue != null && submittedValue != null
                ? submittedValue.subtract(officialValue) : null;
        return new Finding(rule, severity, department, indicatorNo, indicator, township,
                officialValue, submittedValue, difference, comparedValue, comparedWith, unit, source, message,
                leadLeader, leadUnit);
    }
}

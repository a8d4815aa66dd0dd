package cn.minsheng.recon.domain.reconcile;

/** The stable rule codes of SPEC §4 with their default severities. Add freely, never rename. */
public enum RuleCode {
    OFF_MISSING_TOWNSHIP(Severity.WARNING),
    OFF_SUM_MISMATCH(Severity.ERROR),
    OFF_CROSS_TABLE_MISMATCH(Severity.ERROR),
    OFF_NO_LEAD_UNIT(Severity.WARNING),
    OFF_UNMATCHED_RESPONSIBILITY(Severity.WARNING),
    SUB_VALUE_MISMATCH(Severity.ERROR),
    SUB_MISSING_TOWNSHIP(Severity.ERROR),
    SUB_EXTRA_TOWNSHIP(Severity.ERROR),
    SUB_UNKNOWN_TOWNSHIP(Severity.ERROR),
    SUB_UNKNOWN_INDICATOR(Severity.ERROR),
    SUB_SUM_MISMATCH(Severity.ERROR),
    SUB_TOTAL_ROW_MISMATCH(Severity.WARNING),
    SUB_UNIT_MISMATCH(Severity.ERROR),
    SUB_UNIT_CONVERTED(Severity.INFO),
    SUB_INVALID_VALUE(Severity.ERROR),
    SUB_FORMULA_NO_VALUE(Severity.ERROR),
    SUB_DUPLICATE(Severity.ERROR),
    SUB_BELOW_STANDARD(Severity.ERROR),
    SUB_NOT_LEAD_UNIT(Severity.WARNING),
    SUB_UPPER_LEVEL_REPORTED(Severity.INFO),
    SUB_MISSING_SUBMISSION(Severity.WARNING),
    FILE_UNKNOWN_DEPARTMENT(Severity.ERROR),
    SUB_TEMPLATE_MISMATCH(Severity.ERROR),
    FILE_UNREADABLE(Severity.ERROR),
    FILE_SUPERSEDED(Severity.INFO),
    PRG_LAGGING(Severity.WARNING),
    PRG_REGRESSION(Severity.ERROR),
    PRG_OVER_TARGET(Severity.INFO);

    private final Severity defaultSeverity;

    RuleCode(Severity defaultSeverity) {
        this.defaultSeverity = defaultSeverity;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }
}

package cn.minsheng.recon.domain.finding;

/** The stable rule codes of SPEC §4 with their default severities and Chinese titles. Add freely, never rename. */
public enum RuleCode {
    OFF_MISSING_TOWNSHIP(Severity.WARNING, "官方表乡镇缺值"),
    OFF_SUM_MISMATCH(Severity.ERROR, "官方表合计不符"),
    OFF_CROSS_TABLE_MISMATCH(Severity.ERROR, "两张官方表不一致"),
    OFF_NO_LEAD_UNIT(Severity.WARNING, "官方表缺牵头单位"),
    OFF_UNMATCHED_RESPONSIBILITY(Severity.WARNING, "责任分解行无对应指标"),
    SUB_VALUE_MISMATCH(Severity.ERROR, "数值与分解不符"),
    SUB_MISSING_TOWNSHIP(Severity.ERROR, "乡镇漏报"),
    SUB_EXTRA_TOWNSHIP(Severity.ERROR, "乡镇多报"),
    SUB_UNKNOWN_TOWNSHIP(Severity.ERROR, "乡镇名称无法识别"),
    SUB_UNKNOWN_INDICATOR(Severity.ERROR, "指标无法识别"),
    SUB_SUM_MISMATCH(Severity.ERROR, "合计与目标不符"),
    SUB_TOTAL_ROW_MISMATCH(Severity.WARNING, "表内合计与明细不符"),
    SUB_UNIT_MISMATCH(Severity.ERROR, "单位不符"),
    SUB_UNIT_CONVERTED(Severity.INFO, "单位已换算"),
    SUB_INVALID_VALUE(Severity.ERROR, "数值无效"),
    SUB_FORMULA_NO_VALUE(Severity.ERROR, "公式无结果"),
    SUB_DUPLICATE(Severity.ERROR, "重复报送"),
    SUB_BELOW_STANDARD(Severity.ERROR, "低于标准"),
    SUB_NOT_LEAD_UNIT(Severity.WARNING, "非牵头单位报送"),
    SUB_UPPER_LEVEL_REPORTED(Severity.INFO, "上级统筹指标"),
    SUB_MISSING_SUBMISSION(Severity.WARNING, "未报送"),
    FILE_UNKNOWN_DEPARTMENT(Severity.ERROR, "报送单位无法识别"),
    SUB_TEMPLATE_MISMATCH(Severity.ERROR, "表格无法识别"),
    LAYOUT_AMBIGUOUS_COLUMN(Severity.WARNING, "表格列含义不明"),
    FILE_UNREADABLE(Severity.ERROR, "文件无法读取"),
    FILE_SUPERSEDED(Severity.INFO, "文件已被替代"),
    PRG_LAGGING(Severity.WARNING, "进度滞后"),
    PRG_REGRESSION(Severity.ERROR, "进度倒退"),
    PRG_OVER_TARGET(Severity.INFO, "超额完成"),
    PRG_MISSING_PROGRESS(Severity.WARNING, "进度漏报"),
    PRG_INVALID_PROGRESS(Severity.ERROR, "进度数值无效"),
    PRG_SUPERVISED(Severity.ERROR, "建议挂牌督办");

    private final Severity defaultSeverity;
    private final String title;

    RuleCode(Severity defaultSeverity, String title) {
        this.defaultSeverity = defaultSeverity;
        this.title = title;
    }

    /** A rule about the official tables themselves (OFF_), not about a department's submission. */
    public boolean official() {
        return name().startsWith("OFF_");
    }

    /** A rule about a cumulative completion figure (PRG_, SPEC §7), not about a target. */
    public boolean progress() {
        return name().startsWith("PRG_");
    }

    /** What the rule is about, in a few Chinese words for people ({@code 乡镇漏报}). */
    public String title() {
        return title;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /**
     * Whether an office may configure the severity of this rule's findings. PRG_LAGGING's severity is its traffic
     * light (yellow WARNING, red ERROR, SPEC §7): a configured severity would change what the finding says.
     */
    public boolean severityConfigurable() {
        return this != PRG_LAGGING;
    }
}

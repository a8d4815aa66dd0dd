package cn.minsheng.recon.domain.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.finding.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An expected finding: the fields a test pins; a null field is not checked. Numbers compare by value
 * ({@code 2} = {@code 2.00}); {@link #NONE} pins a number as absent.
 */
record RulesExpect(RuleCode rule, Severity severity, String department, String indicatorNo, String township,
                   BigDecimal official, BigDecimal submitted, BigDecimal compared, String comparedWith, String file,
                   String sheet, String cell) {

    /** Pins a number as absent. */
    static final BigDecimal NONE = new BigDecimal("-999999.123456");

    static RulesExpect finding(RuleCode rule, Severity severity, String department, String indicatorNo,
                               String township) {
        return new RulesExpect(rule, severity, department, indicatorNo, township, null, null, null, null, null, null,
                null);
    }

    RulesExpect values(String official, String submitted) {
        return new RulesExpect(rule, severity, department, indicatorNo, township, number(official), number(submitted),
                compared, comparedWith, file, sheet, cell);
    }

    /** The figure weighed that is neither official nor submitted, and what it is. */
    RulesExpect compared(String value, String with) {
        return new RulesExpect(rule, severity, department, indicatorNo, township, official, submitted, number(value),
                with, file, sheet, cell);
    }

    RulesExpect at(String file, String sheet, String cell) {
        return new RulesExpect(rule, severity, department, indicatorNo, township, official, submitted, compared,
                comparedWith, file, sheet, cell);
    }

    private static BigDecimal number(String text) {
        return text == null ? null : "none".equals(text) ? NONE : new BigDecimal(text);
    }

    boolean matches(Finding f) {
        return f.rule() == rule
                && (severity == null || f.severity() == severity)
                && (department == null || department.equals(f.department()))
                && (indicatorNo == null || indicatorNo.equals(f.indicatorNo()))
                && (township == null || township.equals(f.township()))
                && sameNumber(official, f.officialValue())
                && sameNumber(submitted, f.submittedValue())
                && sameNumber(compared, f.comparedValue())
                && (comparedWith == null || comparedWith.equals(f.comparedWith()))
                && (file == null || file.equals(f.source().file()))
                && (sheet == null || sheet.equals(f.source().sheet()))
                && (cell == null || cell.equals(f.source().cell()));
    }

    private static boolean sameNumber(BigDecimal expected, BigDecimal actual) {
        if (expected == null) {
            return true;
        }
        if (expected == NONE) {
            return actual == null;
        }
        return actual != null && expected.compareTo(actual) == 0;
    }

    static boolean serious(Finding f) {
        return f.severity() == Severity.ERROR || f.severity() == Severity.WARNING;
    }

    static String show(Finding f) {
        return f.rule() + "/" + f.severity() + " dept=" + f.department() + " no=" + f.indicatorNo() + " tw="
                + f.township() + " off=" + plain(f.officialValue()) + " sub=" + plain(f.submittedValue()) + " cmp=" + plain(f.comparedValue())
                + (f.comparedWith().isEmpty() ? "" : "(" + f.comparedWith() + ")") + " @"
                + f.source().file() + "!" + f.source().sheet() + "!" + f.source().cell() + " — " + f.message();
    }

    static String show(List<Finding> findings) {
        return findings.stream().map(RulesExpect::show).collect(Collectors.joining("\n  ", "\n  ", "\n"));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "∅" : value.stripTrailingZeros().toPlainString();
    }

    /**
     * Each expected finding is raised exactly once, and nothing else of ERROR or WARNING severity is raised (apart
     * from SUB_MISSING_SUBMISSION of departments the test does not send, unless {@code withMissing}).
     */
    static void assertExactly(Reconciliation result, boolean withMissing, RulesExpect... expected) {
        List<Finding> all = result.findings();
        List<Finding> matched = new ArrayList<>();
        for (RulesExpect each : expected) {
            List<Finding> hits = all.stream().filter(each::matches).toList();
            assertThat(hits).as("expected once: %s%nfindings:%s", each, show(all)).hasSize(1);
            matched.add(hits.get(0));
        }
        List<Finding> others = all.stream()
                .filter(f -> matched.stream().noneMatch(m -> m == f))
                .filter(RulesExpect::serious)
                .filter(f -> withMissing || f.rule() != RuleCode.SUB_MISSING_SUBMISSION)
                .toList();
        assertThat(others).as("no other ERROR/WARNING; all findings:%s", show(all)).isEmpty();
    }

    static void assertExactly(Reconciliation result, RulesExpect... expected) {
        assertExactly(result, false, expected);
    }

    /** No finding of {@code rule} at all. */
    static void assertNone(Reconciliation result, RuleCode rule) {
        assertThat(result.findings().stream().filter(f -> f.rule() == rule).toList())
                .as("no %s; findings:%s", rule, show(result.findings())).isEmpty();
    }

    /**
     * The file's ledger line counts {@code read} values, {@code reconciled} of them compared and
     * {@code underFinding} the subject of a finding — which add up.
     */
    static void assertLedger(Reconciliation result, String file, int read, int reconciled, int underFinding) {
        assertThat(reconciled + underFinding).as("a test's own counts must add up").isEqualTo(read);
        FileOutcome line = outcome(result, file);
        assertThat(List.of(line.valuesRead(), line.valuesReconciled(), line.valuesUnderFinding()))
                .as("read, reconciled, under a finding: %s%nfindings:%s", line, show(result.findings()))
                .containsExactly(read, reconciled, underFinding);
    }

    /** The one finding of {@code rule}. */
    static Finding only(Reconciliation result, RuleCode rule) {
        List<Finding> found = result.findings().stream().filter(f -> f.rule() == rule).toList();
        assertThat(found).as("one %s; findings:%s", rule, show(result.findings())).hasSize(1);
        return found.get(0);
    }

    static FileOutcome outcome(Reconciliation result, String file) {
        return result.files().stream().filter(o -> Objects.equals(o.file(), file)).findFirst()
                .orElseThrow(() -> new AssertionError("no ledger line for " + file + ": " + result.files()));
    }
}

package cn.minsheng.recon.domain.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Severities are ordered from ERROR to INFO, read 错误/警告/提示, and counted per severity. */
class SeverityTests {

    @Test
    void aSeverityIsAtLeastItselfAndAnythingLessSerious() {
        assertThat(Severity.ERROR.atLeast(Severity.ERROR)).isTrue();
        assertThat(Severity.ERROR.atLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.WARNING.atLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.WARNING.atLeast(Severity.ERROR)).isFalse();
        assertThat(Severity.INFO.atLeast(Severity.WARNING)).isFalse();
        assertThat(Severity.INFO.atLeast(Severity.INFO)).isTrue();
    }

    @Test
    void usersReadChineseWords() {
        assertThat(List.of(Severity.values())).extracting(Severity::label).containsExactly("错误", "警告", "提示");
    }

    @Test
    void countsFindingsPerSeverityLeavingOutSeveritiesNoneHas() {
        List<Finding> findings = List.of(Finding.of(RuleCode.SUB_VALUE_MISMATCH).build(),
                Finding.of(RuleCode.SUB_DUPLICATE).build(), Finding.of(RuleCode.SUB_UNIT_CONVERTED).build());

        assertThat(Severity.counts(findings)).containsOnly(entry(Severity.ERROR, 2L), entry(Severity.INFO, 1L));
        assertThat(Severity.counts(List.of())).isEmpty();
    }
}

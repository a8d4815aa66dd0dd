package cn.minsheng.recon.domain.finding;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.model.SourceRef;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What changed since the previous run: a finding is the same when it is about the same thing — rule, department,
 * indicator, township, and for a rule about a file the file — whatever its values or the file that carries it.
 */
class FindingChangesTests {

    private static final LocalDateTime PREVIOUS = LocalDateTime.of(2026, 4, 2, 9, 30);

    private static Finding mismatch(String township, String submitted, String file) {
        return Finding.of(RuleCode.SUB_VALUE_MISMATCH).department("县卫健局").indicator("8", "培训乡村医生")
                .township(township).values(new BigDecimal("2"), new BigDecimal(submitted))
                .source(new SourceRef(file, "Sheet1", "F4")).build();
    }

    private static Finding unreadable(String file) {
        return Finding.of(RuleCode.FILE_UNREADABLE).department("县卫健局").source(new SourceRef(file, "", "")).build();
    }

    @Test
    void aPeriodsFirstRunHasNoPreviousRunAndNoChanges() {
        FindingChanges changes = FindingChanges.firstRun();

        assertThat(changes.previousRun()).isEmpty();
        assertThat(changes.added()).isEmpty();
        assertThat(changes.resolved()).isEmpty();
    }

    @Test
    void findingsAboutNewThingsAreAddedAndFindingsAboutThingsNoLongerFlaggedResolved() {
        Finding stays = mismatch("河西街道", "3", "3月.xlsx");
        Finding gone = mismatch("青石镇", "1", "3月.xlsx");
        Finding comes = mismatch("城关镇", "5", "3月.xlsx");

        FindingChanges changes = FindingChanges.between(PREVIOUS, List.of(stays, gone), List.of(stays, comes));

        assertThat(changes.previousRun()).contains(PREVIOUS);
        assertThat(changes.added()).containsExactly(comes);
        assertThat(changes.resolved()).containsExactly(gone);
    }

    @Test
    void aFindingWithOtherValuesInAnotherFileIsTheSameFinding() {
        FindingChanges changes = FindingChanges.between(PREVIOUS, List.of(mismatch("河西街道", "3", "3月.xlsx")),
                List.of(mismatch("河西街道", "4", "3月-更正.xlsx")));

        assertThat(changes.added()).isEmpty();
        assertThat(changes.resolved()).isEmpty();
    }

    @Test
    void aFindingAboutAFileIsAboutThatFile() {
        FindingChanges changes = FindingChanges.between(PREVIOUS, List.of(unreadable("3月.xlsx")),
                List.of(unreadable("3月-更正.xlsx")));

        assertThat(changes.added()).containsExactly(unreadable("3月-更正.xlsx"));
        assertThat(changes.resolved()).containsExactly(unreadable("3月.xlsx"));
    }

    @Test
    void theRuleDepartmentIndicatorAndTownshipEachMakeAFindingAnother() {
        Finding before = mismatch("河西街道", "3", "3月.xlsx");
        List<Finding> others = List.of(
                Finding.of(RuleCode.SUB_MISSING_TOWNSHIP).department("县卫健局").indicator("8", "培训乡村医生")
                        .township("河西街道").build(),
                Finding.of(RuleCode.SUB_VALUE_MISMATCH).department("县人社局").indicator("8", "培训乡村医生")
                        .township("河西街道").build(),
                Finding.of(RuleCode.SUB_VALUE_MISMATCH).department("县卫健局").indicator("7", "培训乡村医生")
                        .township("河西街道").build(),
                mismatch("青石镇", "3", "3月.xlsx"));

        for (Finding other : others) {
            assertThat(FindingChanges.between(PREVIOUS, List.of(before), List.of(other)).added())
                    .containsExactly(other);
        }
    }
}

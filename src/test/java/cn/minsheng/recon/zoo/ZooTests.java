package cn.minsheng.recon.zoo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zoo of counties nobody on the team had seen, written blind from SPEC §3 (see {@link ZooWriter}), reconciled
 * by the real application: every planted finding found, no ERROR or WARNING the expectations do not list, and every
 * value of a visible sheet read and compared or put under a finding — files in departments' sub-folders included.
 */
class ZooTests {

    @TempDir
    static Path work;

    static List<ZooVerdict> verdicts;

    @BeforeAll
    static void reconcileTheZoo() throws IOException {
        verdicts = ZooReport.run(work);
    }

    @Test
    void everyCountyOfTheZooIsReconciled() {
        assertThat(verdicts).extracting(ZooVerdict::county).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void everyPlantedFindingIsFound() {
        assertThat(verdicts).allSatisfy(verdict -> assertThat(verdict.missed()).as(verdict.county()).isEmpty());
    }

    @Test
    void noErrorOrWarningIsRaisedThatTheExpectationsDoNotList() {
        assertThat(verdicts).allSatisfy(verdict -> assertThat(verdict.falseOnes()).as(verdict.county()).isEmpty());
    }

    @Test
    void everyValueOfAVisibleSheetIsReadAndComparedOrUnderAFinding() {
        assertThat(verdicts).flatExtracting(ZooVerdict::files)
                .allSatisfy(file -> assertThat(file.fullyRead()).as(file.file() + " " + file).isTrue());
    }

    @Test
    void filesInADepartmentsSubFolderAreReadUnderTheirPath() {
        assertThat(verdicts).flatExtracting(ZooVerdict::files).extracting(ZooVerdict.FileCount::file)
                .filteredOn(file -> file.contains("/")).hasSizeGreaterThanOrEqualTo(3);
    }
}

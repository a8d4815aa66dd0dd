package cn.minsheng.recon.run;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.ReconApplication;
import cn.minsheng.recon.cli.CommandLineApplication;
import cn.minsheng.recon.testing.ReconOutputs;
import cn.minsheng.recon.testing.SampleCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Submissions that arrive in sub-folders, one per department (SPEC §3, how files arrive): each is read and listed
 * under its path relative to the submissions folder; a file named after no unit takes its folder's department; a
 * hidden folder is never read.
 */
class SubFoldersFunctionalTests {

    @TempDir
    Path work;

    @Test
    void filesInDepartmentFoldersAreReadUnderTheirPathsAndTakeTheFoldersDepartment() throws Exception {
        Path official = SampleCopy.official(work);
        Path submissions = SampleCopy.submissions(work);
        // the disability federation's file, renamed to a name of no unit, in a folder named after the unit
        Files.createDirectories(submissions.resolve("市残联"));
        Files.move(submissions.resolve("市残联民生实事报送.xlsx"), submissions.resolve("市残联/3月报送.xlsx"));
        // the labour bureau's file one level deeper, as an unpacked archive leaves it
        Files.createDirectories(submissions.resolve("人社局/附件"));
        Files.move(submissions.resolve("人社局3月报表.xls"), submissions.resolve("人社局/附件/人社局3月报表.xls"));
        // a hidden folder (a sync tool's) is never read
        Files.createDirectories(submissions.resolve(".sync"));
        Files.copy(submissions.resolve("医保局3月报送.xlsx"), submissions.resolve(".sync/医保局3月报送.xlsx"));
        Path output = work.resolve("output");

        int exit = CommandLineApplication.run(new String[] {"--period=" + SampleCopy.PERIOD, "--official=" + official,
                "--submissions=" + submissions, "--output=" + output, "--logging.level.minsheng-recon=WARN"},
                ReconApplication.class);

        assertThat(exit).isIn(0, 1);
        ReconOutputs outputs = new ReconOutputs(output, null);
        Map<String, String> ledger = outputs.ledger(SampleCopy.PERIOD);
        assertThat(ledger).containsEntry("市残联/3月报送.xlsx", "已报送")
                .containsEntry("人社局/附件/人社局3月报表.xls", "已报送")
                .doesNotContainKeys("市残联民生实事报送.xlsx", "人社局3月报表.xls", ".sync/医保局3月报送.xlsx");
        assertThat(ledger.keySet()).filteredOn(file -> file.contains("医保局")).containsExactly("医保局3月报送.xlsx");
        assertThat(outputs.findings(SampleCopy.PERIOD))
                .filteredOn(f -> f.get("rule").equals("SUB_MISSING_SUBMISSION"))
                .extracting(f -> f.get("department")).doesNotContain("市残联", "市人社局");
        assertThat(outputs.findings(SampleCopy.PERIOD)).extracting(f -> f.get("file"))
                .filteredOn(file -> file.contains("人社局")).isNotEmpty()
                .allMatch(file -> file.equals("人社局/附件/人社局3月报表.xls"));
    }

    @Test
    void aFileInAFolderIsCitedByItsPathInEveryFinding() throws Exception {
        Path official = SampleCopy.official(work);
        Path submissions = SampleCopy.submissions(work);
        Files.createDirectories(submissions.resolve("市卫健局"));
        for (String name : new String[] {"2026年3月民生实事报送-市卫健局.xlsx", "卫健局民生实事报送（3月20日）.xlsx"}) {
            Files.move(submissions.resolve(name), submissions.resolve("市卫健局/" + name));
        }
        Path output = work.resolve("output");

        CommandLineApplication.run(new String[] {"--period=" + SampleCopy.PERIOD, "--official=" + official,
                "--submissions=" + submissions, "--output=" + output, "--logging.level.minsheng-recon=WARN"},
                ReconApplication.class);

        ReconOutputs outputs = new ReconOutputs(output, null);
        assertThat(outputs.findings(SampleCopy.PERIOD)).filteredOn(f -> f.get("department").equals("市卫健局"))
                .extracting(CSVRecord::toMap).extracting(f -> f.get("file"))
                .filteredOn(file -> !file.isEmpty()).isNotEmpty().allMatch(file -> file.startsWith("市卫健局/"));
        assertThat(outputs.ledger(SampleCopy.PERIOD)).containsEntry("市卫健局/卫健局民生实事报送（3月20日）.xlsx", "已被替代");
    }
}

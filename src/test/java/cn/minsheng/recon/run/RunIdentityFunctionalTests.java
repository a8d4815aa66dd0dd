package cn.minsheng.recon.run;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.ReconApplication;
import cn.minsheng.recon.cli.CommandLineApplication;
import cn.minsheng.recon.testing.SampleCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The identity of a run from the command line: the same inputs are reconciled once, new or changed inputs again,
 * {@code --force} always; each launch with its own H2 file under the test's output folder.
 */
@ExtendWith(OutputCaptureExtension.class)
class RunIdentityFunctionalTests {

    private static final String PERIOD = SampleCopy.PERIOD;

    @TempDir
    Path work;

    private Path official;
    private Path submissions;
    private Path output;

    @BeforeEach
    void aReconciledPeriod() {
        official = SampleCopy.official(work);
        submissions = SampleCopy.submissions(work);
        output = work.resolve("out");
        assertThat(run()).isZero();
    }

    @Test
    void anUnchangedRerunSaysSoAndJudgesTheStoredFindings(CapturedOutput console) throws Exception {
        // given the period reconciled once (32 findings, 20 of them errors)
        int before = console.getOut().length();

        // when
        int exit = run("--fail-on=ERROR");

        // then
        String rerun = console.getOut().substring(before);
        assertThat(exit).isEqualTo(3);
        assertThat(rerun).contains("期间 2026-03 已对账", "--force",
                output.resolve(PERIOD).resolve("findings.csv").toString(),
                "已有对账结果：问题共 32 条（ERROR 20 条，WARNING 7 条，INFO 5 条）")
                .doesNotContain("开始对账", "读取报送");
        assertThat(SampleCopy.jobInstances(output, PERIOD)).isOne();
    }

    @Test
    void anEditorLockFileLeavesTheInputsUnchanged(CapturedOutput console) throws Exception {
        Files.writeString(submissions.resolve("~$市残联民生实事报送.xlsx"), "owner");
        int before = console.getOut().length();

        int exit = run();

        assertThat(exit).isZero();
        assertThat(console.getOut().substring(before)).contains("已对账").doesNotContain("开始对账");
        assertThat(SampleCopy.jobInstances(output, PERIOD)).isOne();
    }

    @Test
    void forceReconcilesUnchangedInputsAgain(CapturedOutput console) throws Exception {
        int before = console.getOut().length();

        int exit = run("--force");

        assertThat(exit).isZero();
        assertThat(console.getOut().substring(before)).contains("开始对账", "读取报送", "对账完成：问题共 32 条")
                .doesNotContain("已对账");
        assertThat(SampleCopy.jobInstances(output, PERIOD)).isEqualTo(2);
    }

    @Test
    void aChangedSubmissionIsReconciledWithItsNewFindings(CapturedOutput console) throws Exception {
        // given 公安局 replaces its workbook with something that is not one
        assertThat(findingsCsv()).doesNotContain("FILE_UNREADABLE,ERROR,市公安局,,,,,,,,公安局智慧安防建设任务.xlsx");
        Files.writeString(submissions.resolve("公安局智慧安防建设任务.xlsx"), "<html>导出失败</html>");
        int before = console.getOut().length();

        // when
        int exit = run();

        // then
        assertThat(exit).isZero();
        assertThat(console.getOut().substring(before)).contains("开始对账", "无法读取：公安局智慧安防建设任务.xlsx")
                .doesNotContain("已对账");
        assertThat(findingsCsv()).contains("FILE_UNREADABLE,ERROR,市公安局,,,,,,,,公安局智慧安防建设任务.xlsx");
        assertThat(SampleCopy.jobInstances(output, PERIOD)).isEqualTo(2);
    }

    @Test
    void aNewSubmissionIsANewRun(CapturedOutput console) throws Exception {
        Files.copy(submissions.resolve("医保局3月报送.xlsx"), submissions.resolve("医保局3月报送（补报）.xlsx"));
        int before = console.getOut().length();

        int exit = run();

        assertThat(exit).isZero();
        assertThat(console.getOut().substring(before)).contains("读取报送：医保局3月报送（补报）.xlsx");
        // the copy is the newer file of 市医保局: it replaces the original
        assertThat(findingsCsv()).containsPattern("FILE_SUPERSEDED,INFO,[^\\n]*,医保局3月报送\\.xlsx,");
        assertThat(SampleCopy.jobInstances(output, PERIOD)).isEqualTo(2);
    }

    @Test
    void aChangedSeverityIsANewRun(CapturedOutput console) throws Exception {
        int before = console.getOut().length();

        int exit = run("--recon.severities.SUB_MISSING_SUBMISSION=ERROR", "--fail-on=ERROR");

        assertThat(exit).isEqualTo(3);
        assertThat(console.getOut().substring(before)).contains("开始对账", "对账完成：问题共 32 条（ERROR 22 条，WARNING 5 条");
        assertThat(SampleCopy.jobInstances(output, PERIOD)).isEqualTo(2);
    }

    @Test
    void removedOutputsAreWrittenAgain(CapturedOutput console) throws Exception {
        Files.delete(output.resolve(PERIOD).resolve("findings.csv"));
        int before = console.getOut().length();

        int exit = run();

        assertThat(exit).isZero();
        assertThat(console.getOut().substring(before)).contains("上次的输出文件已不在", "开始对账");
        assertThat(output.resolve(PERIOD).resolve("findings.csv")).isRegularFile();
    }

    private int run(String... more) {
        String[] base = {"--period=" + PERIOD, "--official=" + official, "--submissions=" + submissions,
            "--output=" + output};
        String[] args = Stream.concat(Arrays.stream(base), Arrays.stream(more)).toArray(String[]::new);
        return CommandLineApplication.run(args, ReconApplication.class);
    }

    private String findingsCsv() throws IOException {
        return Files.readString(output.resolve(PERIOD).resolve("findings.csv"), StandardCharsets.UTF_8);
    }
}

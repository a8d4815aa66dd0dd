package cn.minsheng.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.ReconApplication;
import cn.minsheng.recon.sample.OfficialLayout;
import cn.minsheng.recon.sample.OfficialWorkbooks;
import cn.minsheng.recon.sample.PlanFixture;
import cn.minsheng.recon.testing.SheetText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The command line as an office uses it: exit codes of SPEC §6 and one-line Chinese errors. */
@ExtendWith(OutputCaptureExtension.class)
class ReconCommandLineTests {

    @TempDir
    Path work;

    @Test
    void runsTheSampleAndExitsZero(CapturedOutput console) throws IOException {
        Files.createDirectories(work.resolve("nothing-yet"));
        Path official = OfficialWorkbooks.writeSeparate(work.resolve("official"), PlanFixture.miluo(),
                OfficialLayout.PRINTED, false);

        int exit = run("--period=2026-03", "--official=" + official, "--output=" + work.resolve("out"),
                "--submissions=" + work.resolve("nothing-yet"));

        assertThat(exit).isZero();
        assertThat(work.resolve("out/2026-03/findings.csv")).isRegularFile();
        assertThat(work.resolve("out/2026-03/reconciliation-2026-03.xlsx")).isRegularFile();
        // the three defects of the official tables, and every expected department that has not sent anything yet
        assertThat(console.getOut()).contains("指标 47 个", "乡镇（街道）15 个", "ERROR 2 条", "WARNING 14 条",
                "未报送单位 13 个");
    }

    @Test
    void aPeriodWhoseDefaultFolderDoesNotExistCountsEveryUnitUnsubmittedAndSaysSo(CapturedOutput console)
            throws IOException {
        Path official = OfficialWorkbooks.writeSeparate(work.resolve("official"), PlanFixture.miluo(),
                OfficialLayout.PRINTED, false);

        int exit = run("--period=2026-04", "--official=" + official, "--output=" + work.resolve("out"),
                "--recon.submissions=" + work.resolve("submissions"));

        assertThat(exit).isZero();
        assertThat(console.getErr()).contains("本期报送目录不存在，视为全部未报送：" + work.resolve("submissions/2026-04"));
        assertThat(console.getOut()).contains("未报送单位 13 个");
        try (InputStream in = Files.newInputStream(work.resolve("out/2026-04/reconciliation-2026-04.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(SheetText.all(workbook.getSheet("首页"))).contains("本期报送目录不存在，视为全部未报送");
        }
    }

    @Test
    void anOutputThatIsAFileIsOneChineseLineAndExitTwoWithTheTraceInATempFile(CapturedOutput console)
            throws IOException {
        Path file = Files.writeString(work.resolve("output"), "not a folder");

        int exit = run("--period=2026-03", "--output=" + file.resolve("sub"));

        assertThat(exit).isEqualTo(2);
        List<String> lines = console.getErr().lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).singleElement().satisfies(line -> assertThat(line)
                .contains("输出目录无法写入", "“" + file + "”是文件，不是目录", "详细信息见"));
        assertThat(console.toString()).doesNotContain("\tat ", "Exception");
        Path log = Path.of(lines.get(0).replaceAll(".*详细信息见 (.*)）$", "$1"));
        assertThat(Files.readString(log)).contains("UnwritableOutputException", "\tat ");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void failOnTurnsFindingsIntoExitThree() {
        Path official = OfficialWorkbooks.writeSeparate(work.resolve("official"), PlanFixture.miluo(),
                OfficialLayout.PRINTED, false);

        int exit = run("--period=2026-03", "--official=" + official, "--output=" + work.resolve("out"),
                "--fail-on=WARNING");

        assertThat(exit).isEqualTo(3);
    }

    @Test
    void aBadPeriodIsOneChineseLineAndExitTwo(CapturedOutput console) {
        int exit = run("--period=2026-3", "--output=" + work.resolve("out"));

        assertThat(exit).isEqualTo(2);
        assertThat(console.getErr()).contains("期间“2026-3”格式不对");
        assertThat(console.getOut()).doesNotContain("期间“2026-3”格式不对");
        assertThat(console.toString()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aMissingOfficialPathIsExitTwo(CapturedOutput console) {
        int exit = run("--period=2026-03", "--official=" + work.resolve("nowhere"), "--output=" + work.resolve("out"));

        assertThat(exit).isEqualTo(2);
        assertThat(console.getErr()).contains("官方表路径不存在");
    }

    @Test
    void aSubmissionsFolderNamedButMissingIsExitTwoNamingIt(CapturedOutput console) {
        int exit = run("--period=2026-03", "--submissions=" + work.resolve("submisions"), "--output=" + work.resolve("out"));

        assertThat(exit).isEqualTo(2);
        assertThat(console.toString()).contains("报送目录不存在").contains("submisions");
        assertThat(work.resolve("out/2026-03")).as("no department reported 未报送").doesNotExist();
    }

    @Test
    void aScheduleThatCannotBeReadIsOneChineseLineAndExitTwoBeforeAnyWork(CapturedOutput console) throws IOException {
        Path schedule = Files.writeString(work.resolve("schedule.csv"), "indicator_no,month,share\n12,6,八成\n");

        int exit = run("--period=2026-03", "--output=" + work.resolve("out"), "--recon.schedule-file=" + schedule);

        assertThat(exit).isEqualTo(2);
        assertThat(console.getErr()).contains("第2行", "八成", "80%");
        assertThat(console.toString()).doesNotContain("\tat ");
        assertThat(work.resolve("out/2026-03/findings.csv")).doesNotExist();
    }

    @Test
    void anUnreadableOfficialTableIsExitTwoWithoutAStackTrace(CapturedOutput console) throws IOException {
        Path fake = Files.writeString(work.resolve("分解表.xlsx"), "<html>not a workbook</html>");

        int exit = run("--period=2026-03", "--official=" + fake, "--output=" + work.resolve("out"));

        assertThat(exit).isEqualTo(2);
        assertThat(console.getErr()).contains("分解表.xlsx 无法读取");
        assertThat(console.toString()).doesNotContain("\tat ");
        assertThat(work.resolve("out/2026-03/findings.csv")).doesNotExist();
    }

    @Test
    void officialTablesWithoutABreakdownTableAreExitTwo(CapturedOutput console) {
        Path official = work.resolve("official");
        OfficialWorkbooks.writeSeparate(official, PlanFixture.miluo(), OfficialLayout.PRINTED, false);
        Path onlyResponsibility = official.resolve(OfficialWorkbooks.responsibilityFileName(PlanFixture.miluo(), false));

        int exit = run("--period=2026-03", "--official=" + onlyResponsibility, "--output=" + work.resolve("out"));

        assertThat(exit).isEqualTo(2);
        assertThat(console.getErr()).contains("未找到指标任务分解表");
    }

    @Test
    void anUnknownOptionIsExitTwo(CapturedOutput console) {
        int exit = run("--period=2026-03", "--offical=x", "--output=" + work.resolve("out"));

        assertThat(exit).isEqualTo(2);
        assertThat(console.getErr()).contains("不支持的选项 --offical");
    }

    @Test
    void everyRunLeavesItsAccountInRunLogAndTheHistoryListsIt(CapturedOutput console) throws IOException {
        // given two runs of one period (the second with a submission), and one of another period
        Files.createDirectories(work.resolve("nothing-yet"));
        Path official = OfficialWorkbooks.writeSeparate(work.resolve("official"), PlanFixture.miluo(),
                OfficialLayout.PRINTED, false);
        Path output = work.resolve("out");
        run("--period=2026-03", "--official=" + official, "--output=" + output,
                "--submissions=" + work.resolve("nothing-yet"));
        run("--period=2026-03", "--official=" + official, "--output=" + output,
                "--submissions=input/submissions/2026-03");
        run("--period=2026-04", "--official=" + official, "--output=" + output,
                "--submissions=" + work.resolve("nothing-yet"));

        // then each period's run.log holds what the console said, run after run
        String log = Files.readString(output.resolve("2026-03/run.log"));
        assertThat(log).contains("开始对账：期间 2026-03", "读取报送：人社局3月报表.xls", "对账完成：问题共");
        assertThat(log.split("开始对账：", -1)).hasSize(3);
        assertThat(log.lines().filter(line -> line.contains("对账完成"))).allMatch(line -> line.matches(
                "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} INFO .*"));
        assertThat(Files.readString(output.resolve("2026-04/run.log"))).contains("开始对账：期间 2026-04")
                .doesNotContain("2026-03");

        // and --history lists the runs, of one period or all
        int exit = run("--history", "--period=2026-03", "--output=" + output);
        assertThat(exit).isZero();
        String history = console.getOut().substring(console.getOut().lastIndexOf("对账记录"));
        assertThat(history).startsWith("对账记录（期间 2026-03，共 2 次）");
        assertThat(history.lines().filter(line -> line.contains("\t2026-03\t"))).hasSize(2);
        run("--history", "--output=" + output);
        assertThat(console.getOut().substring(console.getOut().lastIndexOf("对账记录"))).startsWith("对账记录（共 3 次）");
        assertThat(run("--history", "--official=x", "--output=" + output)).isEqualTo(2);
    }

    private static int run(String... args) {
        return CommandLineApplication.run(args, ReconApplication.class);
    }
}

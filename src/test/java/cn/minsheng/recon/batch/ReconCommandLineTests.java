package cn.minsheng.recon.batch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.ReconApplication;
import cn.minsheng.recon.sample.OfficialLayout;
import cn.minsheng.recon.sample.OfficialWorkbooks;
import cn.minsheng.recon.sample.PlanFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void runsTheSampleAndExitsZero(CapturedOutput console) {
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
        assertThat(console.getOut()).contains("期间“2026-3”格式不对");
        assertThat(console.toString()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aMissingOfficialPathIsExitTwo(CapturedOutput console) {
        int exit = run("--period=2026-03", "--official=" + work.resolve("nowhere"), "--output=" + work.resolve("out"));

        assertThat(exit).isEqualTo(2);
        assertThat(console.getOut()).contains("官方表路径不存在");
    }

    @Test
    void anUnreadableOfficialTableIsExitTwoWithoutAStackTrace(CapturedOutput console) throws IOException {
        Path fake = Files.writeString(work.resolve("分解表.xlsx"), "<html>not a workbook</html>");

        int exit = run("--period=2026-03", "--official=" + fake, "--output=" + work.resolve("out"));

        assertThat(exit).isEqualTo(2);
        assertThat(console.getOut()).contains("分解表.xlsx 无法读取");
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
        assertThat(console.getOut()).contains("未找到指标任务分解表");
    }

    @Test
    void anUnknownOptionIsExitTwo(CapturedOutput console) {
        int exit = run("--period=2026-03", "--offical=x", "--output=" + work.resolve("out"));

        assertThat(exit).isEqualTo(2);
        assertThat(console.getOut()).contains("不支持的选项 --offical");
    }

    private static int run(String... args) {
        return ReconLauncher.run(args, ReconApplication.class);
    }
}

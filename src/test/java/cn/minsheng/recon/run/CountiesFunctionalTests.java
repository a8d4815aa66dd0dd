package cn.minsheng.recon.run;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.ReconApplication;
import cn.minsheng.recon.cli.CommandLineApplication;
import cn.minsheng.recon.configuration.StateFolder;
import cn.minsheng.recon.console.RunLog;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.sample.OfficialLayout;
import cn.minsheng.recon.sample.OfficialWorkbooks;
import cn.minsheng.recon.sample.PlanFixture;
import cn.minsheng.recon.sample.SubmissionLayout;
import cn.minsheng.recon.sample.SubmissionWorkbooks;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Item;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Options;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Report;
import cn.minsheng.recon.testing.PrintedText;
import cn.minsheng.recon.testing.SampleCopy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code --input=DIR}: a folder of counties, each with its own official tables and submissions, reconciled side by
 * side by the real application into {@code output/<period>/<county>/}, with a summary workbook.
 */
@ExtendWith(OutputCaptureExtension.class)
class CountiesFunctionalTests {

    private static final String PERIOD = "2026-03";
    private static final String MILUO = "汨罗市";
    private static final String SAMPLE = "样例县";
    private static final String BROKEN = "损坏县";

    @TempDir
    Path work;

    Path counties;

    @BeforeEach
    void threeCounties() throws IOException {
        // given the shipped sample as one county, an invented county with two submissions, and a county whose
        // breakdown table is a web page saved as .xlsx
        counties = work.resolve("counties");
        copy(Path.of("input/official"), counties.resolve(MILUO).resolve("official"));
        copy(Path.of("input/submissions").resolve(PERIOD), counties.resolve(MILUO).resolve("submissions").resolve(PERIOD));
        PlanFixture plan = PlanFixture.sampleCounty();
        OfficialWorkbooks.writeSeparate(counties.resolve(SAMPLE).resolve("official"), plan, OfficialLayout.PRINTED,
                false);
        Path submissions = counties.resolve(SAMPLE).resolve("submissions").resolve(PERIOD);
        String town = plan.townships().get(0);
        SubmissionWorkbooks.write(submissions.resolve("县卫健局3月报送.xlsx"),
                new Report("2026年3月民生实事报送表", "县卫健局", "2026年3月25日", plan.townships(),
                        List.of(Item.of("8", "8.培训乡村医生", "人").withNumbers(plan.indicator(8).townships())
                                .with(town, "5"))),
                Options.of(SubmissionLayout.WIDE));
        SubmissionWorkbooks.write(submissions.resolve("县妇联报送.xls"),
                new Report("2026年3月民生实事报送表", "县妇联", "2026年3月26日", plan.townships(),
                        List.of(Item.of("2", "2.家庭教育指导活动", "场(次)").withNumbers(plan.indicator(2).townships()))),
                Options.of(SubmissionLayout.TRANSPOSED).withXls());
        Files.createDirectories(counties.resolve(BROKEN).resolve("official"));
        Files.writeString(counties.resolve(BROKEN).resolve("official").resolve("分解表.xlsx"),
                "<html>not a workbook</html>");
    }

    @Test
    void everyCountyIsReconciledIntoItsOwnFolderAsASingleRunWould(CapturedOutput console) throws IOException {
        // when
        Path output = work.resolve("out");
        int exit = run("--input=" + counties, "--period=" + PERIOD, "--output=" + output,
                "--recon.counties.threads=2");

        // then the broken county is reported by name and the others complete, each into its folder
        assertThat(exit).isEqualTo(2);
        assertThat(console.getErr()).contains(BROKEN + "：官方表无法读取", "分解表.xlsx 无法读取");
        for (String county : List.of(MILUO, SAMPLE)) {
            Path folder = output.resolve(PERIOD).resolve(county);
            assertThat(folder.resolve("findings.csv")).isRegularFile();
            assertThat(folder.resolve("reconciliation-" + PERIOD + ".xlsx")).isRegularFile();
            assertThat(folder.resolve("feedback")).isDirectory();
            assertThat(Files.readString(folder.resolve(RunLog.FILE_NAME))).contains("开始对账：期间 " + PERIOD + "（"
                    + county + "）").doesNotContain("（" + otherThan(county) + "）");
        }
        assertThat(output.resolve(PERIOD).resolve(BROKEN).resolve("findings.csv")).doesNotExist();

        // and the findings are, county by county, those of a single-county run of the same inputs
        for (String county : List.of(MILUO, SAMPLE)) {
            Path single = work.resolve("single-" + county);
            Path from = counties.resolve(county);
            assertThat(run("--period=" + PERIOD, "--official=" + from.resolve("official"),
                    "--submissions=" + from.resolve("submissions").resolve(PERIOD), "--output=" + single)).isZero();
            assertThat(findings(output.resolve(PERIOD).resolve(county)))
                    .isEqualTo(findings(single.resolve(PERIOD)));
        }
        assertThat(findings(output.resolve(PERIOD).resolve(SAMPLE))).contains("SUB_VALUE_MISMATCH,ERROR,县卫健局,8,");
    }

    @Test
    void theSummaryWorkbookHasALinePerCountyWithItsCountsAndAChart() throws IOException {
        // when
        Path output = work.resolve("out");
        run("--input=" + counties, "--period=" + PERIOD, "--output=" + output);

        // then
        Path summary = output.resolve(PERIOD).resolve("summary-" + PERIOD + ".xlsx");
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("汇总");
            assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("6:6"));
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("县（市、区）");
            assertThat(PrintedText.smallest(sheet)).isGreaterThanOrEqualTo(9);
            assertThat(line(sheet, BROKEN).subList(0, 2)).containsExactly(BROKEN, "官方表无法读取");
            assertThat(line(sheet, BROKEN).get(2)).isEmpty();
            for (String county : List.of(MILUO, SAMPLE)) {
                List<String> line = line(sheet, county);
                List<String> findings = List.of(findings(output.resolve(PERIOD).resolve(county)).split("\r\n"));
                assertThat(line.get(1)).isEqualTo("已完成");
                assertThat(line.subList(2, 5)).as(county).containsExactly(
                        count(findings, ",ERROR,"), count(findings, ",WARNING,"), count(findings, ",INFO,"));
                assertThat(line.get(5)).as(county).isEqualTo(count(findings, "SUB_MISSING_SUBMISSION,"));
            }
            assertThat(line(sheet, SAMPLE).get(6)).isEqualTo("2");
            assertThat(line(sheet, MILUO).get(6)).isEqualTo("15");
        }
    }

    @Test
    void inputCannotBeCombinedWithOfficialTablesOrModesThatStayUp(CapturedOutput console) {
        assertThat(run("--input=" + counties, "--period=" + PERIOD, "--official=" + counties,
                "--output=" + work.resolve("out"))).isEqualTo(2);
        assertThat(console.getErr()).contains("--input（多县对账）不能与 --official 同用");
        assertThat(run("--input=" + counties, "--watch", "--output=" + work.resolve("out")))
                .isEqualTo(2);
        assertThat(work.resolve("out").resolve(PERIOD)).doesNotExist();
    }

    @Test
    void aCountyInProgressIsRefusedWhileTheOtherCountiesOfThePeriodRun() throws IOException {
        // given a launch of the sample county in progress, and a single-county run of the same period
        Path output = work.resolve("out");
        deleteBroken();
        StateFolder state = StateFolder.of(output);
        try (PeriodLock county = PeriodLock.tryAcquire(state.periodLock(Period.parse(PERIOD), SAMPLE)).orElseThrow();
                PeriodLock single = PeriodLock.tryAcquire(state.periodLock(Period.parse(PERIOD))).orElseThrow()) {
            // when
            int exit = run("--input=" + counties, "--period=" + PERIOD, "--output=" + output);

            // then only that county is refused
            assertThat(exit).isEqualTo(4);
            assertThat(output.resolve(PERIOD).resolve(MILUO).resolve("findings.csv")).isRegularFile();
            assertThat(output.resolve(PERIOD).resolve(SAMPLE).resolve("findings.csv")).doesNotExist();
        }
    }

    @Test
    void countiesWithTheSameFilesAreTwoRunsAndAnUnchangedCountyIsNotReconciledAgain(CapturedOutput console)
            throws Exception {
        // given a second county whose files are those of the sample, file for file
        Path output = work.resolve("out");
        deleteBroken();
        String twin = MILUO + "副本";
        copy(counties.resolve(MILUO).resolve("official"), counties.resolve(twin).resolve("official"));
        copy(counties.resolve(MILUO).resolve("submissions").resolve(PERIOD),
                counties.resolve(twin).resolve("submissions").resolve(PERIOD));

        // when the folder is reconciled, then again with nothing changed
        int first = run("--input=" + counties, "--period=" + PERIOD, "--output=" + output);
        long instances = SampleCopy.jobInstances(output, PERIOD);
        int second = run("--input=" + counties, "--period=" + PERIOD, "--output=" + output);

        // then each county was one run, and the second launch only pointed at their outputs
        assertThat(first).isZero();
        assertThat(second).isZero();
        assertThat(instances).isEqualTo(3);
        assertThat(SampleCopy.jobInstances(output, PERIOD)).isEqualTo(3);
        assertThat(console.getOut()).contains("期间 " + PERIOD + "（" + twin + "） 已对账",
                "期间 " + PERIOD + "（" + SAMPLE + "） 已对账");
        assertThat(findings(output.resolve(PERIOD).resolve(twin)))
                .isEqualTo(findings(output.resolve(PERIOD).resolve(MILUO)));
    }

    private void deleteBroken() throws IOException {
        Path broken = counties.resolve(BROKEN);
        Files.delete(broken.resolve("official").resolve("分解表.xlsx"));
        Files.delete(broken.resolve("official"));
        Files.delete(broken);
    }

    private static String otherThan(String county) {
        return county.equals(MILUO) ? SAMPLE : MILUO;
    }

    /** The cells of the county's line in 汇总, as text ("" for a blank, whole numbers without ".0"). */
    private static List<String> line(Sheet sheet, String county) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).toString().equals(county) && row.getRowNum() > 4) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 8; c++) {
                    String text = row.getCell(c) == null ? "" : row.getCell(c).toString();
                    cells.add(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
                }
                return cells;
            }
        }
        throw new AssertionError("no line for " + county);
    }

    private static String count(List<String> lines, String part) {
        return String.valueOf(lines.stream().filter(line -> line.contains(part)).count());
    }

    private static String findings(Path folder) throws IOException {
        return Files.readString(folder.resolve("findings.csv"), StandardCharsets.UTF_8);
    }

    private static int run(String... args) {
        return CommandLineApplication.run(args, ReconApplication.class);
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

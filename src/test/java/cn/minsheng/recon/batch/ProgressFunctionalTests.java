package cn.minsheng.recon.batch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.progress.ProgressCounty;
import cn.minsheng.recon.staging.JdbcLedgerRepository;
import cn.minsheng.recon.staging.JdbcProgressRepository;
import cn.minsheng.recon.testing.ReconOutputs;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 17 on the blind progress county (枫川县, {@link ProgressCounty}): two months of files that carry each
 * township's completion beside its target in every layout a clerk uses — a township merged over 目标任务 | 累计完成,
 * long sheets with a completion column in words no list holds, transposed sheets with 任务数 | 已完成 pairs or a
 * 完成情况 block, a 完成情况 sheet, a file of its own — reconciled by the real job. The findings are the fixture's
 * answer key, worked out by its generator from the figures it wrote, for the rules judged within one period.
 */
@SpringBatchTest
@SpringBootTest(properties = {"recon.command-line.enabled=false", "spring.batch.job.enabled=false"})
class ProgressFunctionalTests {

    /** The schedule file the job reads at each run: absent (m/12) unless a test puts the county's there. */
    private static final Path SCHEDULE = scheduleFile();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:progress-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        registry.add("recon.schedule-file", SCHEDULE::toString);
    }

    private static Path scheduleFile() {
        try {
            Path folder = Files.createTempDirectory("progress-schedule");
            folder.toFile().deleteOnExit();
            return folder.resolve("schedule.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    private JdbcProgressRepository progress;

    @Autowired
    private JdbcLedgerRepository ledger;

    @TempDir
    Path work;

    @BeforeEach
    void writeTheCounty() throws IOException {
        Files.deleteIfExists(SCHEDULE);
        ProgressCounty.write(work.resolve("county"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-05", "2026-06"})
    void everyFindingOfThePeriodIsFoundAndNoOtherAndEveryCellReadIsAccountedFor(String period) throws Exception {
        long execution = run(period);

        assertThat(found(period)).containsExactlyInAnyOrderElementsOf(expected(period));
        // targets, completions, rates and notes alike: each cell read is reconciled or under a finding
        assertThat(ledger.findAll(execution)).isNotEmpty().allSatisfy(line -> assertThat(line.valuesReconciled()
                + line.valuesUnderFinding()).as(line.file()).isEqualTo(line.valuesRead()));
    }

    @Test
    void juneAfterMayFindsTheFallFromMayAndTheItemsRedTwoMonthsInARow() throws Exception {
        // given May reconciled, then June by a separate launch into the same output
        run("2026-05");
        run("2026-06");

        // then June's findings are the answer key's, those across the two months included
        List<String> june = found("2026-06");
        assertThat(june).containsExactlyInAnyOrderElementsOf(expected("2026-06"));
        assertThat(june).filteredOn(f -> f.startsWith("PRG_REGRESSION|")).hasSize(1);
        assertThat(june).filteredOn(f -> f.startsWith("PRG_SUPERVISED|")).isNotEmpty();
    }

    @Test
    void theSchedulesMilestonesTurnRedWhatTheShareOfTheYearKeepsGreen() throws Exception {
        // given the county's schedule.csv, whose milestones for indicator 12 (70 % by May, 90 % by June) are far
        // ahead of the share of the year (5/12, 6/12) its townships keep up with
        Files.copy(work.resolve("county/schedule.csv"), SCHEDULE);

        run("2026-05");
        run("2026-06");

        // then each month's findings are those of the key worked out with the schedule: indicator 12 red in both
        // months, and so proposed for supervision in June — while without the file it is green (the tests above)
        List<String> june = found("2026-06");
        assertThat(found("2026-05")).containsExactlyInAnyOrderElementsOf(expected("2026-05",
                "expected-findings-with-schedule.csv"));
        assertThat(june).containsExactlyInAnyOrderElementsOf(expected("2026-06",
                "expected-findings-with-schedule.csv"));
        assertThat(june).filteredOn(f -> f.startsWith("PRG_LAGGING|ERROR|12|")).isNotEmpty();
        assertThat(june).filteredOn(f -> f.startsWith("PRG_SUPERVISED|ERROR|12|")).isNotEmpty();
        assertThat(expected("2026-06")).noneMatch(f -> f.contains("|12|"));
    }

    @Test
    void everyFindingAboutAUnitsFileIsInThatUnitsFeedbackTheirCompletionFilesIncluded() throws Exception {
        run("2026-05");
        run("2026-06");

        // every 问题说明 of June's feedback files, its findings' messages
        List<String> told = new ArrayList<>();
        try (var files = Files.list(work.resolve("out/2026-06/feedback"))) {
            for (Path file : files.toList()) {
                try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
                    Sheet explanation = workbook.getSheet("问题说明");
                    if (explanation != null) {
                        explanation.forEach(row -> told.add(new DataFormatter().formatCellValue(row.getCell(2))));
                    }
                }
            }
        }
        List<String> aboutFiles = new ReconOutputs(work.resolve("out"), null).findings("2026-06").stream()
                .filter(r -> !r.get("file").isEmpty() && !r.get("rule").equals("FILE_SUPERSEDED"))
                .map(r -> r.get("message")).toList();
        assertThat(aboutFiles).anyMatch(m -> m.contains("建议挂牌督办"));
        assertThat(told).allSatisfy(m -> assertThat(m).doesNotContain("。。"));
        assertThat(aboutFiles).allSatisfy(message -> assertThat(told).anyMatch(m -> m.startsWith(message)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-05", "2026-06"})
    void everyProgressNoteIsKeptBesideTheFigureOfItsTownshipOrRowOrInTheFindingOfAFigureThatCouldNotBeJudged(
            String period) throws Exception {
        long execution = run(period);

        List<String> kept = new ArrayList<>(progress.findAll(execution).stream().filter(f -> !f.note().isEmpty())
                .map(f -> f.indicatorNo() + "|" + f.township() + "|" + f.note()).toList());
        new ReconOutputs(work.resolve("out"), null).findings(period).stream()
                .filter(r -> r.get("message").contains("（进展情况："))
                .forEach(r -> kept.add(r.get("indicator_no") + "|" + r.get("township") + "|"
                        + r.get("message").replaceAll(".*（进展情况：(.*)）$", "$1")));
        assertThat(kept).containsAll(cells(period).stream().filter(r -> r.get("kind").equals("note"))
                .map(r -> r.get("indicator_no") + "|" + r.get("township") + "|" + r.get("value")).toList());
    }

    private long run(String period) throws Exception {
        return PeriodRuns.run(jobOperatorTestUtils, work, work.resolve("county/official"),
                work.resolve("county/submissions"), work.resolve("out"), period);
    }

    private List<String> found(String period) throws IOException {
        return new ReconOutputs(work.resolve("out"), null).findings(period).stream()
                .filter(r -> !r.get("rule").equals("FILE_SUPERSEDED"))
                .map(ProgressFunctionalTests::key).toList();
    }

    /**
     * The answer key's findings of the period, and a PRG_INVALID_PROGRESS for each 完成率 cell the key's cell list
     * ({@code answers.csv}) calls wrong: a stated rate is checked, never trusted. A June run alone (no May on
     * record) has no fall from May and no red months in a row to find.
     */
    private List<String> expected(String period) throws IOException {
        return expected(period, "expected-findings.csv");
    }

    /** The findings of the period by the answer key {@code key}. */
    private List<String> expected(String period, String key) throws IOException {
        boolean alone = !Files.exists(work.resolve("out/2026-05/findings.csv"));
        List<String> expected = new ArrayList<>(answerKey(period, key).stream()
                .filter(r -> !alone || !Set.of("PRG_REGRESSION", "PRG_SUPERVISED").contains(r.get("rule")))
                .map(ProgressFunctionalTests::key).toList());
        cells(period).stream().filter(r -> r.get("kind").equals("rate") && r.get("status").equals("wrong"))
                .forEach(r -> expected.add("PRG_INVALID_PROGRESS|ERROR|" + r.get("indicator_no") + "|"
                        + r.get("township") + "|" + (r.get("township").isEmpty() ? "" : r.get("cell"))));
        return expected;
    }

    /** The key's list of the period's cells, each with what it holds and how the SPEC judges it. */
    private List<CSVRecord> cells(String period) throws IOException {
        return csv("answers.csv").stream().filter(r -> r.get("month").equals(period)).toList();
    }

    /** The answer key's findings of the period. */
    private List<CSVRecord> answerKey(String period, String key) throws IOException {
        return csv(key).stream().filter(r -> r.get("month").equals(period)).toList();
    }

    private List<CSVRecord> csv(String name) throws IOException {
        String content = Files.readString(work.resolve("county").resolve(name), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(content.replace("\uFEFF", ""))).getRecords();
    }

    /** A finding as the key names it: a finding about an indicator's total gives no cell there. */
    private static String key(CSVRecord r) {
        return r.get("rule") + "|" + r.get("severity") + "|" + r.get("indicator_no") + "|" + r.get("township") + "|"
                + (r.get("township").isEmpty() ? "" : r.get("cell"));
    }
}

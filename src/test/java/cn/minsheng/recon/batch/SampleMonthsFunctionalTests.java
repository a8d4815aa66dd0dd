package cn.minsheng.recon.batch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.testing.ReconOutputs;
import cn.minsheng.recon.testing.SampleCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The shipped sample's two months (issue 17): February, then March by a separate launch into the same output, on a
 * copy of the sample with the shipped {@code config/schedule.csv} (indicator 43 due by the end of June). Each month's
 * findings are its answer file's — March's those found after February: the fall of 弼时镇's bridges from 5 to 4
 * (PRG_REGRESSION) and 三江镇's, red both months (PRG_SUPERVISED).
 */
@SpringBatchTest
@SpringBootTest(properties = {"recon.command-line.enabled=false", "spring.batch.job.enabled=false",
    "recon.schedule-file=config/schedule.csv"})
class SampleMonthsFunctionalTests {

    private static final Path ANSWERS = Path.of("src/test/resources/sample");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:sample-months-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;

    @TempDir
    Path work;

    @BeforeEach
    void copyTheSample() {
        SampleCopy.official(work);
        SampleCopy.submissions(work, "2026-02");
        SampleCopy.submissions(work, "2026-03");
    }

    @Test
    void marchAfterFebruaryFindsEveryPlantedFindingTheFallAndTheSupervisionAndNoOther() throws Exception {
        // given February reconciled
        run("2026-02");
        assertThat(found("2026-02")).containsExactlyInAnyOrderElementsOf(expected("expected-findings-2026-02.csv"));

        // when March is, by a separate launch into the same output
        run("2026-03");

        // then March's findings are those of its answer file for a run after February
        List<String> march = found("2026-03");
        assertThat(march).containsExactlyInAnyOrderElementsOf(expected("expected-findings-2026-03-after-02.csv"));
        assertThat(march).filteredOn(f -> f.startsWith("PRG_REGRESSION|"))
                .containsExactly("PRG_REGRESSION|市农业农村局|43|弼时镇|农业农村局2026年3月民生实事任务分解.xlsx|AE6");
        assertThat(march).filteredOn(f -> f.startsWith("PRG_SUPERVISED|"))
                .containsExactly("PRG_SUPERVISED|市农业农村局|43|三江镇|农业农村局2026年3月民生实事任务分解.xlsx|K6");
    }

    @Test
    void marchOnItsOwnFindsNeitherTheFallNorTheSupervision() throws Exception {
        run("2026-03");

        assertThat(found("2026-03")).containsExactlyInAnyOrderElementsOf(expected("expected-findings-2026-03.csv"))
                .noneMatch(f -> f.startsWith("PRG_REGRESSION|") || f.startsWith("PRG_SUPERVISED|"));
    }

    private void run(String period) throws Exception {
        PeriodRuns.run(jobOperatorTestUtils, work, work.resolve("official"), work.resolve("submissions"),
                work.resolve("out"), period);
    }

    /** The period's findings but those of the official tables (OFF_, not planted), by the answer files' fields. */
    private List<String> found(String period) throws IOException {
        return new ReconOutputs(work.resolve("out"), null).findings(period).stream()
                .filter(r -> !r.get("rule").startsWith("OFF_")).map(SampleMonthsFunctionalTests::key).toList();
    }

    private static List<String> expected(String answerFile) throws IOException {
        try (var reader = Files.newBufferedReader(ANSWERS.resolve(answerFile), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords()
                    .stream().map(SampleMonthsFunctionalTests::key).toList();
        }
    }

    private static String key(CSVRecord r) {
        return String.join("|", r.get("rule"), r.get("department"), r.get("indicator_no"), r.get("township"),
                r.get("file"), r.get("cell"));
    }
}

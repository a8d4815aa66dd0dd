package cn.minsheng.recon.run;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.batch.ReconcileRequest;
import cn.minsheng.recon.configuration.ReconProperties;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.sample.OfficialLayout;
import cn.minsheng.recon.sample.OfficialWorkbooks;
import cn.minsheng.recon.sample.PlanFixture;
import cn.minsheng.recon.testing.Eventually;
import cn.minsheng.recon.testing.InBackground;
import cn.minsheng.recon.testing.ManualClock;
import cn.minsheng.recon.testing.ReconOutputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code --watch} on the shipped official tables and sample submissions, with the real reconcileJob and an H2 file
 * database of its own per test. The clock stands still unless the test moves it, so the folder settles exactly
 * when the test says the quiet period has passed, however slow the machine.
 */
@SpringBootTest(properties = {"recon.command-line.enabled=false", "spring.batch.job.enabled=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class SubmissionsWatcherFunctionalTests {

    private static final Path SAMPLE = Path.of("input/submissions/2026-03");
    private static final String HEALTH = "2026年3月民生实事报送-市卫健局.xlsx";
    private static final String SUPPLY = "供销联社报送3月.xlsx";
    private static final Duration QUIET = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(20);

    @TempDir
    static Path databases;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + databases.resolve(UUID.randomUUID().toString())
                + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    @Autowired
    private RunLauncher launcher;

    @Autowired
    private JdbcTemplate jdbc;

    @TempDir
    Path work;

    private final ManualClock clock = new ManualClock(ZonedDateTime.of(2026, 3, 25, 9, 0, 0, 0,
            ZoneId.of("Asia/Shanghai")));
    private final StopSignal stop = new StopSignal();
    private Path submissions;
    private ReconOutputs outputs;

    @BeforeEach
    void aPeriodNobodyHasSubmittedToYet() {
        submissions = work.resolve("submissions").resolve("2026-03");
        outputs = new ReconOutputs(work.resolve("output"), jdbc);
    }

    @Test
    void reconcilesAtStartThenAgainWhenANewFileHasSettled() throws Exception {
        // given a watch on a folder that does not exist yet
        try (InBackground watching = InBackground.start(stop, watcher()::run)) {
            Eventually.until("the run at start", () -> outputs.withStatus("COMPLETED") == 1,
                    () -> clock.advance(QUIET));
            assertThat(outputs.ledger("2026-03")).isEmpty();

            // when a department's file arrives
            Files.createDirectories(submissions);
            Files.copy(SAMPLE.resolve(HEALTH), submissions.resolve(HEALTH));

            // then the period is reconciled again once the folder has been quiet
            Eventually.until("a run with the new file", () -> outputs.withStatus("COMPLETED") == 2,
                    () -> clock.advance(QUIET));
        }
        assertThat(outputs.started()).isEqualTo(2);
        assertThat(outputs.ledger("2026-03")).containsEntry(HEALTH, "已报送");
        assertThat(outputs.findings("2026-03")).filteredOn(r -> r.get("file").equals(HEALTH))
                .extracting(r -> r.get("rule"))
                .contains("SUB_VALUE_MISMATCH", "SUB_MISSING_TOWNSHIP", "SUB_NOT_LEAD_UNIT");
    }

    @Test
    void aFileStillBeingWrittenIsNotReadUntilItHasStoppedChanging() throws Exception {
        // given a watch that has reconciled one department's file
        Files.createDirectories(submissions);
        Files.copy(SAMPLE.resolve(HEALTH), submissions.resolve(HEALTH));
        try (InBackground watching = InBackground.start(stop, watcher()::run)) {
            Eventually.until("the run at start", () -> outputs.withStatus("COMPLETED") == 1,
                    () -> clock.advance(QUIET));

            // when another file is copied in slowly, block by block, the clock moving on by less than the quiet
            // period between blocks but by far more than it in all
            byte[] workbook = Files.readAllBytes(SAMPLE.resolve(SUPPLY));
            Path arriving = submissions.resolve(SUPPLY);
            for (int from = 0; from < workbook.length; from += 400) {
                Files.write(arriving, Arrays.copyOfRange(workbook, from, Math.min(from + 400, workbook.length)),
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                clock.advance(QUIET.dividedBy(2));
                // the watcher has seen the file at this size: the second time it reads the clock from now on ends a
                // look at the folder that began after this block was written
                long reads = clock.reads();
                Eventually.until("the watcher to look again", () -> clock.reads() >= reads + 2);
            }

            // then nothing ran while it grew, and the run after it stopped read it whole
            assertThat(outputs.started()).as("runs while the file was growing").isEqualTo(1);
            Eventually.until("a run with the finished file", () -> outputs.withStatus("COMPLETED") == 2,
                    () -> clock.advance(QUIET));
        }
        assertThat(outputs.ledger("2026-03")).containsEntry(SUPPLY, "已报送").containsEntry(HEALTH, "已报送");
        assertThat(outputs.findings("2026-03")).filteredOn(r -> r.get("file").equals(SUPPLY))
                .extracting(CSVRecord::toMap).extracting(r -> r.get("rule"))
                .containsExactlyInAnyOrder("SUB_UNKNOWN_TOWNSHIP", "SUB_INVALID_VALUE", "SUB_EXTRA_TOWNSHIP");
    }

    @Test
    void aRunThatDidNotCompleteIsTriedAgainAfterTheQuietPeriod() throws Exception {
        // given official tables that cannot be read
        Path official = Files.createDirectories(work.resolve("official"));
        Path fake = Files.writeString(official.resolve("分解表.xlsx"), "<html>not a workbook</html>");
        Files.createDirectories(submissions);
        Files.copy(SAMPLE.resolve(HEALTH), submissions.resolve(HEALTH));
        try (InBackground watching = InBackground.start(stop, watcher(official)::run)) {
            Eventually.until("a failed run", () -> outputs.withStatus("FAILED") >= 1, () -> clock.advance(QUIET));

            // when the office puts the right tables in place, the submissions unchanged
            Files.delete(fake);
            OfficialWorkbooks.writeSeparate(official, PlanFixture.miluo(), OfficialLayout.PRINTED, false);

            // then the watch reconciles again on its own
            Eventually.until("a completed run", () -> outputs.withStatus("COMPLETED") == 1,
                    () -> clock.advance(QUIET));
        }
        assertThat(outputs.ledger("2026-03")).containsEntry(HEALTH, "已报送");
    }

    private SubmissionsWatcher watcher() {
        return watcher(Path.of("input/official"));
    }

    private SubmissionsWatcher watcher(Path official) {
        ReconcileRequest request = new ReconcileRequest(Period.parse("2026-03"), official, submissions, work.resolve("output"));
        return new SubmissionsWatcher(launcher, request, new ReconProperties.Watch(QUIET, POLL), clock, stop);
    }
}

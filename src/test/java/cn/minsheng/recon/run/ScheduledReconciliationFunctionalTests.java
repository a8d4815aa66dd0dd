package cn.minsheng.recon.run;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.batch.ReconcileRequest;
import cn.minsheng.recon.configuration.ReconProperties;
import cn.minsheng.recon.sample.OfficialLayout;
import cn.minsheng.recon.sample.OfficialWorkbooks;
import cn.minsheng.recon.sample.PlanFixture;
import cn.minsheng.recon.testing.Eventually;
import cn.minsheng.recon.testing.InBackground;
import cn.minsheng.recon.testing.ManualClock;
import cn.minsheng.recon.testing.ReconOutputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code --schedule} with the real reconcileJob and an H2 file database of its own per test. The clock stands still
 * unless the test moves it: a firing happens when the test sets the clock past it.
 */
@SpringBootTest(properties = {"recon.command-line.enabled=false", "spring.batch.job.enabled=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@ExtendWith(OutputCaptureExtension.class)
class ScheduledReconciliationFunctionalTests {

    private static final Path SAMPLE = Path.of("input/submissions/2026-03");
    private static final String HEALTH = "2026年3月民生实事报送-市卫健局.xlsx";
    private static final String SUPPLY = "供销联社报送3月.xlsx";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

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
    private ReconProperties properties;

    @Autowired
    private JdbcTemplate jdbc;

    @TempDir
    Path work;

    private final StopSignal stop = new StopSignal();
    private Path submissions;
    private ReconOutputs outputs;

    @BeforeEach
    void aMarchAndAnAprilSubmission() throws Exception {
        submissions = work.resolve("submissions");
        Files.createDirectories(submissions.resolve("2026-03"));
        Files.createDirectories(submissions.resolve("2026-04"));
        Files.copy(SAMPLE.resolve(HEALTH), submissions.resolve("2026-03").resolve(HEALTH));
        Files.copy(SAMPLE.resolve(SUPPLY), submissions.resolve("2026-04").resolve(SUPPLY));
        outputs = new ReconOutputs(work.resolve("output"), jdbc);
    }

    @Test
    void theConfiguredFiringOnTheFifthReconcilesTheMonthBefore(CapturedOutput console) throws Exception {
        // given the cron of config/application.yml, a second before 08:00 on 5 April
        ManualClock clock = new ManualClock(ZonedDateTime.of(2026, 4, 5, 7, 59, 59, 0, CHINA));
        ScheduledReconciliation schedule = schedule(properties.schedule().cron(), Path.of("input/official"), clock);
        try (InBackground running = InBackground.start(stop, schedule::run)) {
            Eventually.until("the schedule to start", () -> console.getOut().contains("定时对账已启动"));
            assertThat(console.getOut()).contains("下次对账：2026-04-05 08:00:00，期间 2026-03");

            // when the clock strikes eight
            clock.advance(Duration.ofSeconds(1));

            // then March is reconciled, and the schedule waits for 5 May
            Eventually.until("the next firing to be announced",
                    () -> console.getOut().contains("下次对账：2026-05-05 08:00:00，期间 2026-04"));
        }
        assertThat(console.getOut()).contains("定时对账（2026-04-05 08:00:00）：期间 2026-03");
        assertThat(outputs.started()).isEqualTo(1);
        assertThat(outputs.withStatus("COMPLETED")).isEqualTo(1);
        assertThat(outputs.ledger("2026-03")).containsOnlyKeys(HEALTH);
        assertThat(outputs.findings("2026-03")).extracting(r -> r.get("file")).contains(HEALTH).doesNotContain(SUPPLY);
        assertThat(work.resolve("output").resolve("2026-04")).doesNotExist();
    }

    @Test
    void aFiringThatFailsIsLoggedAndTheScheduleGoesOn(CapturedOutput console) throws Exception {
        // given official tables that cannot be read, and a test cron that fires every second
        Path official = Files.createDirectories(work.resolve("official"));
        Path fake = Files.writeString(official.resolve("分解表.xlsx"), "<html>not a workbook</html>");
        ManualClock clock = new ManualClock(ZonedDateTime.of(2026, 4, 5, 7, 59, 59, 0, CHINA));
        try (InBackground running = InBackground.start(stop, schedule("* * * * * *", official, clock)::run)) {
            Eventually.until("the schedule to start", () -> console.getOut().contains("定时对账已启动"));
            Eventually.until("a failed firing", () -> outputs.withStatus("FAILED") >= 1,
                    () -> clock.advance(Duration.ofMillis(100)));

            // when the office puts the right tables in place
            Files.delete(fake);
            OfficialWorkbooks.writeSeparate(official, PlanFixture.miluo(), OfficialLayout.PRINTED, false);

            // then a later firing reconciles
            Eventually.until("a completed firing", () -> outputs.withStatus("COMPLETED") >= 1,
                    () -> clock.advance(Duration.ofMillis(100)));
        }
        // the failure on stderr, the schedule's own lines on stdout
        assertThat(console.getErr()).contains("分解表.xlsx 无法读取");
        assertThat(console.getOut()).contains("定时对账（2026-04-05 08:00:00）：期间 2026-03");
        assertThat(outputs.ledger("2026-03")).containsOnlyKeys(HEALTH);
    }

    private ScheduledReconciliation schedule(String cron, Path official, ManualClock clock) {
        Path output = work.resolve("output");
        return new ScheduledReconciliation(launcher, CronExpression.parse(cron),
                period -> new ReconcileRequest(period, official, submissions.resolve(period.toString()), output), clock,
                stop);
    }
}

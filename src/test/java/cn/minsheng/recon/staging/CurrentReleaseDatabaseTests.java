package cn.minsheng.recon.staging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.ReconApplication;
import cn.minsheng.recon.configuration.StateDatabase;
import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.reconcile.ReceivedFile;
import cn.minsheng.recon.domain.submission.Layout;
import cn.minsheng.recon.domain.submission.Submission;
import cn.minsheng.recon.domain.submission.SubmissionSheet;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A database file made by release 0.1 — Batch's tables and ours, made by its schema script, no
 * flyway_schema_history — opened by the application: Flyway baselines it below V1 and runs V1 over it, the rows it
 * held stay readable, and a second start changes nothing. A fresh database gets V1 applied.
 */
class CurrentReleaseDatabaseTests {

    private static final long EXECUTION = 41;
    private static final RunRecord RUN = new RunRecord(EXECUTION, Period.parse("2026-03"),
            LocalDateTime.of(2026, 4, 5, 8, 0, 12), "/srv/recon/output", 2, 1, 1, 0, 2, 0);
    private static final List<RunRecord.Input> INPUTS = List.of(
            new RunRecord.Input("官方表", "分解表.xlsx", "aa11", 1200),
            new RunRecord.Input("报送", "卫健局.xlsx", "bb22", 3400));
    private static final List<Finding> FINDINGS = List.of(
            new Finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, "县卫健局", "3", "家庭医生签约", "城关镇",
                    new BigDecimal("120"), new BigDecimal("118.5"), new BigDecimal("-1.5"), "人",
                    new SourceRef("卫健局.xlsx", "Sheet1", "C4"), "数值与分解不符", "张三", "县卫健局"),
            new Finding(RuleCode.SUB_MISSING_SUBMISSION, Severity.WARNING, "县教育局", "", "", "", null, null, null,
                    "", null, "未报送", "", ""));
    private static final StagedFile STAGED = new StagedFile("卫健局.xlsx", 3400, Instant.parse("2026-04-01T02:03:04Z"),
            "bb22", false, "", Optional.of(new Submission("卫健局.xlsx", Optional.of("县卫健局"), Optional.empty(),
                    List.of(new SubmissionSheet("Sheet1", Layout.WIDE, new SourceRef("卫健局.xlsx", "Sheet1", "A3"),
                            List.of(), List.of())))));

    @TempDir
    Path folder;

    @Test
    void aDatabaseOfRelease01IsMigratedInPlaceKeepingItsRows() {
        Path database = folder.resolve("recon-db");
        JdbcTemplate release = new JdbcTemplate(new DriverManagerDataSource(url(database), "sa", ""));
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-h2.sql"),
                new ClassPathResource("release-0.1/schema-recon.sql")).execute(release.getDataSource());
        new JdbcRunHistoryRepository(release).record(RUN, INPUTS);
        new JdbcFindingRepository(release).replace(EXECUTION, "2-submissions", FINDINGS);
        new JdbcSubmissionRepository(release).replace(EXECUTION, STAGED);

        List<Map<String, Object>> history;
        try (ConfigurableApplicationContext application = start(database)) {
            JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
            assertThat(migrations(jdbc)).containsExactly("0 BASELINE true", "1 SQL true");
            assertRowsKept(application);
            history = jdbc.queryForList("SELECT * FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"");
        }

        try (ConfigurableApplicationContext application = start(database)) {
            JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("SELECT * FROM \"flyway_schema_history\" ORDER BY \"installed_rank\""))
                    .isEqualTo(history);
            assertRowsKept(application);
        }
    }

    @Test
    void aFreshDatabaseGetsV1Applied() {
        try (ConfigurableApplicationContext application = start(folder.resolve("recon-db"))) {
            JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
            // Boot runs Flyway before Batch's schema script: the schema is still empty, so nothing is baselined
            assertThat(migrations(jdbc)).containsExactly("1 SQL true");
            assertThat(application.getBean(JdbcRunHistoryRepository.class).findAll(Optional.empty())).isEmpty();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_NAME LIKE 'RECON\\_%'", Integer.class)).isEqualTo(6);
        }
    }

    private static void assertRowsKept(ConfigurableApplicationContext application) {
        JdbcRunHistoryRepository runs = application.getBean(JdbcRunHistoryRepository.class);
        assertThat(runs.findAll(Optional.empty())).containsExactly(RUN);
        assertThat(runs.inputs(EXECUTION)).isEqualTo(INPUTS);
        assertThat(application.getBean(JdbcFindingRepository.class).findAll(EXECUTION)).isEqualTo(FINDINGS);
        // V1's UPDATE marks a file without staged values as unreadable; one staged by release 0.1 has them
        List<ReceivedFile> received = application.getBean(JdbcSubmissionRepository.class).findReceived(EXECUTION);
        assertThat(received).extracting(ReceivedFile::name).containsExactly("卫健局.xlsx");
        assertThat(received.get(0).unreadable()).isEmpty();
        assertThat(received.get(0).submission().orElseThrow().sheets()).extracting(SubmissionSheet::sheet)
                .containsExactly("Sheet1");
    }

    /** Version, type and success of each versioned row of Flyway's history (not the row of its own creation). */
    private static List<String> migrations(JdbcTemplate jdbc) {
        return jdbc.query("SELECT \"version\", \"type\", \"success\" FROM \"flyway_schema_history\" "
                + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"", (rs, n) -> rs.getString(1) + " "
                + rs.getString(2) + " " + rs.getBoolean(3));
    }

    /** The application as a command line starts it, on {@code database}, without running anything. */
    private static ConfigurableApplicationContext start(Path database) {
        return new SpringApplicationBuilder(ReconApplication.class).run("--spring.datasource.url=" + url(database),
                "--recon.command-line.enabled=false", "--spring.batch.job.enabled=false");
    }

    private static String url(Path database) {
        return "jdbc:h2:file:" + database + StateDatabase.OPTIONS;
    }
}

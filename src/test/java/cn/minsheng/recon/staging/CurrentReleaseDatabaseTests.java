package cn.minsheng.recon.staging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.ReconApplication;
import cn.minsheng.recon.configuration.StateDatabase;
import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.FindingChanges;
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
 * flyway_schema_history — opened by the application: Flyway baselines it below V1 and runs V1 and V2 over it, the
 * rows it held stay readable (V2 moves a figure that is neither official nor submitted to its own column), and a
 * second start changes nothing. A fresh database gets V1 and V2 applied.
 */
class CurrentReleaseDatabaseTests {

    private static final long EXECUTION = 41;
    private static final RunRecord RUN = new RunRecord(EXECUTION, Period.parse("2026-03"),
            LocalDateTime.of(2026, 4, 5, 8, 0, 12), "/srv/recon/output", 2, 1, 1, 0, 2, 0);
    private static final List<RunRecord.Input> INPUTS = List.of(
            new RunRecord.Input("官方表", "分解表.xlsx", "aa11", 1200),
            new RunRecord.Input("报送", "卫健局.xlsx", "bb22", 3400));
    /** Findings as release 0.1 stored them, with their values and difference; a figure of the third kind among them. */
    private static final List<Finding> FINDINGS = List.of(
            new Finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, "县卫健局", "3", "家庭医生签约", "城关镇",
                    new BigDecimal("120"), new BigDecimal("118.5"), new BigDecimal("-1.5"), null, "", "人",
                    new SourceRef("卫健局.xlsx", "Sheet1", "C4"), "数值与分解不符", "张三", "县卫健局"),
            new Finding(RuleCode.SUB_MISSING_SUBMISSION, Severity.WARNING, "县教育局", "", "", "", null, null, null,
                    null, "", "", null, "未报送", "", ""),
            new Finding(RuleCode.OFF_SUM_MISMATCH, Severity.ERROR, "", "12", "职业技能培训1650万人次", "",
                    new BigDecimal("16500000"), new BigDecimal("968"), new BigDecimal("-16499032"), null, "", "人次",
                    new SourceRef("分解表.xlsx", "Sheet1", "D16"), "指标“12.职业技能培训1650万人次”各乡镇目标合计为968人次，"
                            + "与指标名称中的目标“1650万人次”（16500000人次）不符", "李四", "县人社局"),
            new Finding(RuleCode.SUB_TOTAL_ROW_MISMATCH, Severity.WARNING, "县人社局", "10", "创业担保贷款", "",
                    new BigDecimal("9500"), new BigDecimal("9050"), new BigDecimal("-450"), null, "", "万元",
                    new SourceRef("人社局.xls", "Sheet1", "D19"), "表内合计9050与各部分之和9500不符", "李四", "县人社局"));
    /** The same findings once V2 has moved each figure that is neither official nor submitted to its own column. */
    private static final List<Finding> MIGRATED = List.of(FINDINGS.get(0), FINDINGS.get(1),
            new Finding(RuleCode.OFF_SUM_MISMATCH, Severity.ERROR, "", "12", "职业技能培训1650万人次", "",
                    new BigDecimal("16500000"), null, null, new BigDecimal("968"), "各乡镇目标合计", "人次",
                    FINDINGS.get(2).source(), FINDINGS.get(2).message(), "李四", "县人社局"),
            new Finding(RuleCode.SUB_TOTAL_ROW_MISMATCH, Severity.WARNING, "县人社局", "10", "创业担保贷款", "",
                    null, new BigDecimal("9050"), null, new BigDecimal("9500"), "各部分之和", "万元",
                    FINDINGS.get(3).source(), FINDINGS.get(3).message(), "李四", "县人社局"));
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
        storeAsRelease01(release, FINDINGS);
        new JdbcSubmissionRepository(release).replace(EXECUTION, STAGED);

        List<Map<String, Object>> history;
        try (ConfigurableApplicationContext application = start(database)) {
            JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
            assertThat(migrations(jdbc)).containsExactly("0 BASELINE true", "1 SQL true", "2 SQL true", "3 SQL true", "4 SQL true");
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
    void aFreshDatabaseGetsEveryMigrationApplied() {
        try (ConfigurableApplicationContext application = start(folder.resolve("recon-db"))) {
            JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
            // Boot runs Flyway before Batch's schema script: the schema is still empty, so nothing is baselined
            assertThat(migrations(jdbc)).containsExactly("1 SQL true", "2 SQL true", "3 SQL true", "4 SQL true");
            assertThat(application.getBean(JdbcRunHistoryRepository.class).findAll(Optional.empty())).isEmpty();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_NAME LIKE 'RECON\\_%'", Integer.class)).isEqualTo(7);
        }
    }

    private static void assertRowsKept(ConfigurableApplicationContext application) {
        JdbcRunHistoryRepository runs = application.getBean(JdbcRunHistoryRepository.class);
        assertThat(runs.findAll(Optional.empty())).containsExactly(RUN);
        assertThat(runs.inputs(EXECUTION)).isEqualTo(INPUTS);
        assertThat(application.getBean(JdbcFindingRepository.class).findAll(EXECUTION)).isEqualTo(MIGRATED);
        // and what changed since such a run is judged by what the findings are about, as before
        FindingChanges changes = FindingChanges.between(RUN.runTime(), MIGRATED, FINDINGS);
        assertThat(changes.added()).isEmpty();
        assertThat(changes.resolved()).isEmpty();
        // V1's UPDATE marks a file without staged values as unreadable; one staged by release 0.1 has them
        List<ReceivedFile> received = application.getBean(JdbcSubmissionRepository.class).findReceived(EXECUTION);
        assertThat(received).extracting(ReceivedFile::name).containsExactly("卫健局.xlsx");
        assertThat(received.get(0).unreadable()).isEmpty();
        assertThat(received.get(0).submission().orElseThrow().sheets()).extracting(SubmissionSheet::sheet)
                .containsExactly("Sheet1");
    }

    /** Inserts the findings into RECON_FINDING as release 0.1 did: the columns it had, no compared value. */
    private static void storeAsRelease01(JdbcTemplate jdbc, List<Finding> findings) {
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            jdbc.update("INSERT INTO RECON_FINDING (JOB_EXECUTION_ID, STAGE, SEQ, RULE, SEVERITY, DEPARTMENT, "
                    + "INDICATOR_NO, INDICATOR, TOWNSHIP, OFFICIAL_VALUE, SUBMITTED_VALUE, DIFFERENCE, UNIT, FILE_NAME, "
                    + "SHEET_NAME, CELL, MESSAGE, LEAD_LEADER, LEAD_UNIT) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", EXECUTION, "2-submissions", i,
                    f.rule().name(), f.severity().name(), f.department(), f.indicatorNo(), f.indicator(), f.township(),
                    f.officialValue(), f.submittedValue(), f.difference(), f.unit(), f.source().file(),
                    f.source().sheet(), f.source().cell(), f.message(), f.leadLeader(), f.leadUnit());
        }
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

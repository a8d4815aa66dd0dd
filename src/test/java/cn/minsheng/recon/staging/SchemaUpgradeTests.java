package cn.minsheng.recon.staging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.reconcile.ReceivedFile;
import cn.minsheng.recon.domain.submission.Layout;
import cn.minsheng.recon.domain.submission.Submission;
import cn.minsheng.recon.domain.submission.SubmissionSheet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database file made by the release that staged a row per value (before 0.1), opened by this one: Flyway, with the
 * application's settings, baselines it and runs V1 over it, which must bring it over without passing off a file
 * whose values it lost as a file without data.
 */
class SchemaUpgradeTests {

    private final DriverManagerDataSource database = new DriverManagerDataSource(
            "jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcTemplate jdbc = new JdbcTemplate(database);

    @Test
    void aFileStagedByTheEarlierVersionIsReportedUnreadableNotEmpty() {
        // the earlier version's tables, with one run that stopped after staging a read file and an ignored one
        jdbc.execute("CREATE TABLE RECON_SUBMISSION_FILE (JOB_EXECUTION_ID BIGINT NOT NULL, FILE_NAME VARCHAR(1000) "
                + "NOT NULL, SIZE_BYTES BIGINT NOT NULL, MODIFIED TIMESTAMP(9) WITH TIME ZONE NOT NULL, SHA256 "
                + "VARCHAR(64), IGNORED BOOLEAN NOT NULL, UNREADABLE VARCHAR(2000), DECLARED_DEPARTMENT VARCHAR(500), "
                + "DECLARED_DATE DATE, PRIMARY KEY (JOB_EXECUTION_ID, FILE_NAME))");
        jdbc.execute("CREATE TABLE RECON_SUBMITTED_VALUE (JOB_EXECUTION_ID BIGINT NOT NULL, FILE_NAME VARCHAR(1000))");
        jdbc.update("INSERT INTO RECON_SUBMISSION_FILE VALUES (7, '卫健局.xlsx', 10, CURRENT_TIMESTAMP, 'ab', FALSE, '', "
                + "'县卫健局', NULL)");
        jdbc.update("INSERT INTO RECON_SUBMISSION_FILE VALUES (7, '~$卫健局.xlsx', 1, CURRENT_TIMESTAMP, 'cd', TRUE, '', "
                + "NULL, NULL)");

        schema();
        JdbcSubmissionRepository staging = new JdbcSubmissionRepository(jdbc);
        staging.replace(7, new StagedFile("教育局.xlsx", 20, Instant.parse("2026-03-31T08:00:00Z"), "ef", false, "",
                Optional.of(new Submission("教育局.xlsx", Optional.empty(), Optional.empty(),
                        List.of(new SubmissionSheet("Sheet1", Layout.WIDE, new SourceRef("教育局.xlsx", "Sheet1", "A3"),
                                List.of(), List.of()))))));
        schema(); // a second start: nothing left to migrate

        List<StagedFile> files = staging.findFiles(7);
        assertThat(files).extracting(StagedFile::name).containsExactly("~$卫健局.xlsx", "卫健局.xlsx", "教育局.xlsx");
        assertThat(files.get(0).ignored()).isTrue();
        assertThat(files.get(0).unreadable()).isEmpty();
        assertThat(files.get(1).unreadable()).contains("升级前暂存").contains("--force");
        assertThat(files.get(2).unreadable()).isEmpty();
        List<ReceivedFile> received = staging.findReceived(7);
        assertThat(received).extracting(ReceivedFile::name).containsExactly("卫健局.xlsx", "教育局.xlsx");
        assertThat(received.get(0).submission()).isEmpty();
        assertThat(received.get(0).declaredDepartment()).isEmpty();
        assertThat(received.get(1).submission().orElseThrow().sheets()).extracting(SubmissionSheet::sheet)
                .containsExactly("Sheet1");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = "
                + "'RECON_SUBMITTED_VALUE'", Integer.class)).isZero();
        assertThat(jdbc.queryForList("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL "
                + "ORDER BY \"installed_rank\"", String.class)).containsExactly("0", "1", "2", "3", "4");
    }

    /** Migrates as the application starting on H2 does, with the spring.flyway settings of its application.yml. */
    private void schema() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties settings = yaml.getObject();
        Flyway.configure().dataSource(database)
                .locations(settings.getProperty("spring.flyway.locations").replace("{vendor}", "h2"))
                .baselineOnMigrate(Boolean.parseBoolean(settings.getProperty("spring.flyway.baseline-on-migrate")))
                .baselineVersion(settings.getProperty("spring.flyway.baseline-version"))
                .load().migrate();
    }
}

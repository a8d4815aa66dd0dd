package cn.minsheng.recon.batch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.matching.TownshipDirectory;
import cn.minsheng.recon.staging.JdbcSubmissionRepository;
import cn.minsheng.recon.staging.StagedFile;
import cn.minsheng.recon.workbook.SheetGrid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A partition's files are read one per chunk, and a file already staged under the job execution — by an earlier
 * execution of the same run that was interrupted, handed over on restart — is not read again.
 */
class IngestSubmissionTaskletTests {

    private final DriverManagerDataSource database = new DriverManagerDataSource(
            "jdbc:h2:mem:ingest-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcSubmissionRepository staging = new JdbcSubmissionRepository(new JdbcTemplate(database));
    private final List<String> read = new ArrayList<>();
    private final StepExecution step = MetaDataInstanceFactory.createStepExecution();

    @TempDir
    Path dir;

    @Test
    void readsOneFilePerChunkAndSkipsTheFilesAlreadyStaged() throws Exception {
        Flyway.configure().dataSource(database).locations("classpath:db/migration/h2").load().migrate();
        List<Path> files = new ArrayList<>();
        for (String name : List.of("a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx")) {
            files.add(Files.writeString(dir.resolve(name), name));
        }
        long execution = step.getJobExecution().getId();
        staging.replace(execution, new StagedFile("b.xlsx", 6, Instant.parse("2026-03-31T08:00:00Z"), "ab", false, "", Optional.empty()));
        IngestSubmissionTasklet tasklet = new IngestSubmissionTasklet(dir, files, this::read,
                new TownshipDirectory(List.of("城关镇"), Map.of()), staging,
                new IngestSubmissionTasklet.Progress(new IngestProgress(), files.size()));

        List<RepeatStatus> chunks = new ArrayList<>();
        do {
            chunks.add(tasklet.execute(new StepContribution(step), null));
        } while (chunks.get(chunks.size() - 1) == RepeatStatus.CONTINUABLE && chunks.size() < 10);

        assertThat(read).containsExactly("a.xlsx", "c.xlsx", "d.xlsx");
        assertThat(chunks).containsExactly(RepeatStatus.CONTINUABLE, RepeatStatus.CONTINUABLE, RepeatStatus.FINISHED);
        assertThat(staging.findFiles(execution)).extracting(StagedFile::name)
                .containsExactly("a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx");
        assertThat(staging.findFiles(execution)).filteredOn(file -> !file.name().equals("b.xlsx"))
                .allSatisfy(file -> assertThat(file.unreadable()).isEmpty());
    }

    private List<SheetGrid> read(Path file) {
        read.add(file.getFileName().toString());
        return List.of();
    }
}

package cn.minsheng.recon.batch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.configuration.ReconProperties;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.run.InputFingerprint;
import cn.minsheng.recon.run.RunLauncher;
import cn.minsheng.recon.run.RunStatus;
import cn.minsheng.recon.testing.PeriodOutputs;
import cn.minsheng.recon.testing.SampleCopy;
import cn.minsheng.recon.workbook.SheetGrid;
import cn.minsheng.recon.workbook.UnreadableWorkbookException;
import cn.minsheng.recon.workbook.WorkbookReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A run that fails in the middle of ingest, or dies there, is restarted where it stopped: completed steps and files
 * are not done again, and the outputs equal an uninterrupted run's cell for cell. The shipped sample, against a
 * real H2 file database.
 */
@SpringBootTest(properties = {"recon.command-line.enabled=false", "spring.batch.job.enabled=false"})
@ExtendWith(OutputCaptureExtension.class)
class RestartFunctionalTests {

    /** The file whose first reading fails; it is read in the middle of the ingest partitions. */
    private static final String FAILING = "医保局3月报送.xlsx";

    @TempDir
    static Path database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + database.resolve("recon-db"));
    }

    /** Reads submissions through the safe reader, counting reads per file, failing the first read of one file. */
    static final class FailingOnceReader implements SubmissionReader {

        private final WorkbookReader reader;
        private final Map<String, Integer> reads = new ConcurrentHashMap<>();
        private volatile String failing = "";

        FailingOnceReader(WorkbookReader reader) {
            this.reader = reader;
        }

        /** Before each test: no file read yet, none failing (the context, and with it this reader, is shared). */
        void reset() {
            reads.clear();
            failing = "";
        }

        @Override
        public List<SheetGrid> read(Path file) throws UnreadableWorkbookException {
            String name = file.getFileName().toString();
            if (reads.merge(name, 1, Integer::sum) == 1 && name.equals(failing)) {
                throw new IllegalStateException("injected failure while reading " + name);
            }
            return reader.read(file);
        }
    }

    @TestConfiguration
    static class InjectedFailure {

        @Bean
        @Primary
        FailingOnceReader failingOnceReader(WorkbookReader reader) {
            return new FailingOnceReader(reader);
        }
    }

    @Autowired
    private JobOperator jobOperator;
    @Autowired
    private JobRepository jobRepository;
    @Autowired
    private Job reconcileJob;
    @Autowired
    private RunLauncher launcher;
    @Autowired
    private ReconProperties properties;
    @Autowired
    private FailingOnceReader reader;
    @Autowired
    private JdbcTemplate jdbc;

    @TempDir
    Path work;

    private Path official;
    private Path submissions;

    @BeforeEach
    void sample() {
        reader.reset();
        official = SampleCopy.official(work);
        submissions = SampleCopy.submissions(work);
    }

    @Test
    void aFailureInTheMiddleOfIngestIsRestartedWithoutRedoingFinishedFiles() throws Exception {
        // given an uninterrupted run, then a run whose reading of one file fails
        Path clean = uninterruptedRun();
        reader.failing = FAILING;
        JobParameters parameters = request(work.resolve("restarted")).toJobParameters(RunIdentity.of(work.toString()));
        JobExecution failed = jobOperator.start(reconcileJob, parameters);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);

        // when
        JobExecution restarted = jobOperator.start(reconcileJob, parameters);

        // then the same job instance completes, reading again only the file that failed
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(reader.reads).containsEntry(FAILING, 2)
                .allSatisfy((file, reads) -> assertThat(reads).as(file).isEqualTo(file.equals(FAILING) ? 2 : 1));
        assertThat(restarted.getStepExecutions()).extracting(StepExecution::getStepName)
                .doesNotContain("loadOfficialTablesStep")
                .filteredOn(name -> name.startsWith("ingestSubmissionFileStep:")).hasSize(1);
        assertThat(PeriodOutputs.differences(clean, work.resolve("restarted").resolve(SampleCopy.PERIOD))).isEmpty();
    }

    @Test
    void aRunThatDiedIsRecoveredAndRestartedByTheNextLaunch(CapturedOutput console) throws Exception {
        // given an uninterrupted run, and a run that died while ingesting: its process gone, the repository still
        // says STARTED and a temporary output file is left over (what kill -9 leaves)
        Path clean = uninterruptedRun();
        Path output = work.resolve("killed");
        ReconcileRequest request = request(output);
        reader.failing = FAILING;
        JobExecution died = jobOperator.start(reconcileJob,
                request.toJobParameters(RunIdentity.of(InputFingerprint.of(request, properties))));
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE JOB_EXECUTION_ID = ?",
                died.getId());
        jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL "
                + "WHERE JOB_EXECUTION_ID = ? AND STATUS = 'FAILED'", died.getId());
        Path leftover = Files.createDirectories(output.resolve(SampleCopy.PERIOD).resolve("feedback"))
                .resolve(".市医保局.xlsx5207713.tmp");
        Files.write(leftover, new byte[] {'P', 'K'});

        // when the office launches the period again
        RunStatus exit = launcher.launch(request, Optional.empty(), false);

        // then the dead execution is marked failed and its instance completed where it stopped
        assertThat(exit).isEqualTo(RunStatus.COMPLETED);
        assertThat(console.getOut()).contains("执行 #" + died.getId() + "）未正常结束", "继续期间 2026-03 上次未完成的对账");
        assertThat(jobRepository.getJobExecution(died.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(jobRepository.getLastJobExecution(died.getJobInstance()).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(reader.reads).allSatisfy((file, reads) -> assertThat(reads).as(file)
                .isEqualTo(file.equals(FAILING) ? 2 : 1));
        assertThat(PeriodOutputs.differences(clean, output.resolve(SampleCopy.PERIOD))).isEmpty();
        assertThat(leftover).doesNotExist();
    }

    /** A run of the same inputs that nothing interrupts; its outputs are the reference. */
    private Path uninterruptedRun() throws Exception {
        Path output = work.resolve("clean");
        JobExecution clean = jobOperator.start(reconcileJob, request(output).toJobParameters(RunIdentity.of(output.toString())));
        assertThat(clean.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        reader.reads.clear();
        return output.resolve(SampleCopy.PERIOD);
    }

    private ReconcileRequest request(Path output) {
        return new ReconcileRequest(Period.parse(SampleCopy.PERIOD), official, submissions, output);
    }
}

package cn.minsheng.recon.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code recon.ingest.threads=1}: the sample's files are read one after the other, with the same findings. */
@SpringBatchTest
@SpringBootTest(properties = {"recon.command-line.enabled=false", "spring.batch.job.enabled=false",
        "recon.ingest.threads=1"})
class IngestThreadsFunctionalTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:ingest-threads-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    @Qualifier("ingestTaskExecutor")
    private TaskExecutor ingestTaskExecutor;

    @TempDir
    Path output;

    @Test
    void oneIngestThreadReadsTheFilesOneAfterTheOtherAndFindsTheSame() throws Exception {
        // given recon.ingest.threads=1
        assertThat(((ThreadPoolTaskExecutor) ingestTaskExecutor).getCorePoolSize()).isOne();

        // when
        JobExecution execution = jobOperatorTestUtils.startJob(SubmissionsFunctionalTests.sample(output)
                .toJobParameters(RunIdentity.of(output.toString())));

        // then one partition read every file, one after the other, one per chunk; and the findings are the sample's
        long files = sampleFiles();
        assertThat(execution.getStepExecutions()).filteredOn(step -> step.getStepName().startsWith(
                "ingestSubmissionFileStep:")).singleElement().satisfies(step -> assertThat(step.getCommitCount())
                .isEqualTo(files));
        SubmissionsFunctionalTests.assertFoundEveryPlantedDefectAndNothingElse(execution, output);
    }

    private static long sampleFiles() throws IOException {
        try (var listing = Files.list(Path.of("input/submissions/2026-03"))) {
            return listing.count();
        }
    }
}

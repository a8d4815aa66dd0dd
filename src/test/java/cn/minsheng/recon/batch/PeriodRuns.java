package cn.minsheng.recon.batch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.model.Period;
import java.nio.file.Path;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.test.JobOperatorTestUtils;

/** Runs of the real job, one period a launch, as the months of a county are reconciled one after the other. */
final class PeriodRuns {

    private PeriodRuns() {
    }

    /**
     * Reconciles {@code period} of the submissions under {@code submissions/<period>} into {@code output}, as a
     * launch of its own (its identity under {@code work}); asserts it completed and returns its execution.
     */
    static long run(JobOperatorTestUtils job, Path work, Path official, Path submissions, Path output, String period)
            throws Exception {
        var execution = job.startJob(new ReconcileRequest(Period.parse(period), official,
                submissions.resolve(period), output).toJobParameters(RunIdentity.of(work + "/" + period)));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return execution.getId();
    }
}

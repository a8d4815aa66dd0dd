package cn.minsheng.recon.batch;

import java.nio.file.Path;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The reconcileJob's parameters for one county folder, for tests and the benchmark outside this package, which launch
 * the job themselves (until {@code --input} reconciles every county folder in one run).
 */
public final class ReconcileJobParameters {

    private ReconcileJobParameters() {
    }

    /** {@code county/official} against {@code county/submissions/<period>}, outputs to {@code output/<period>/}. */
    public static JobParameters forCounty(Path county, String period, Path output, long launchedAtMillis) {
        return new ReconcileRequest(period, county.resolve("official"), county.resolve("submissions").resolve(period),
                output).toJobParameters(launchedAtMillis);
    }
}

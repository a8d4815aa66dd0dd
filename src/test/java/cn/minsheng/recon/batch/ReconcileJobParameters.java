package cn.minsheng.recon.batch;

import cn.minsheng.recon.domain.model.Period;
import java.nio.file.Path;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The reconcileJob's parameters for one county folder, for tests and the benchmark outside this package, which launch
 * the job themselves on one county alone (the benchmark's yardstick for the run of every county, {@link CountiesRun}).
 * Every launch is a new job instance, as a forced run is: no input fingerprint is taken, the county's folder stands
 * for it.
 */
public final class ReconcileJobParameters {

    private ReconcileJobParameters() {
    }

    /** {@code county/official} against {@code county/submissions/<period>}, outputs to {@code output/<period>/}. */
    public static JobParameters forCounty(Path county, String period, Path output, long launchedAtMillis) {
        return new ReconcileRequest(Period.parse(period), county.resolve("official"),
                county.resolve("submissions").resolve(period),
                output).toJobParameters(RunIdentity.forced(county.toAbsolutePath().normalize().toString(),
                launchedAtMillis));
    }
}

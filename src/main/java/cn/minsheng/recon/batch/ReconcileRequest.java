package cn.minsheng.recon.batch;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * One reconciliation asked for on the command line, as job parameters.
 *
 * @param period      {@code 2026-03}
 * @param official    the official tables
 * @param submissions this period's submissions folder
 * @param output      the output root; the period's outputs go to {@code output/<period>/}
 */
public record ReconcileRequest(String period, Path official, Path submissions, Path output) {

    static final String PERIOD = "period";
    static final String OFFICIAL = "official";
    static final String SUBMISSIONS = "submissions";
    static final String OUTPUT = "output";
    static final String LAUNCHED = "launched";

    public Path periodOutput() {
        return output.resolve(period);
    }

    JobParameters toJobParameters(long launchedAtMillis) {
        return new JobParametersBuilder()
                .addString(PERIOD, period)
                .addString(OFFICIAL, official.toAbsolutePath().normalize().toString())
                .addString(SUBMISSIONS, submissions.toAbsolutePath().normalize().toString())
                .addString(OUTPUT, output.toAbsolutePath().normalize().toString())
                .addLong(LAUNCHED, launchedAtMillis)
                .toJobParameters();
    }

    static Optional<ReconcileRequest> of(JobParameters parameters) {
        String period = parameters.getString(PERIOD);
        if (period == null) {
            return Optional.empty();
        }
        return Optional.of(new ReconcileRequest(period, Path.of(parameters.getString(OFFICIAL)),
                Path.of(parameters.getString(SUBMISSIONS)), Path.of(parameters.getString(OUTPUT))));
    }
}

package cn.minsheng.recon.batch;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * One reconciliation asked for on the command line, as job parameters: the period and the {@link RunIdentity}
 * identify the job instance; the paths only say where to read and write.
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
    static final String FINGERPRINT = "fingerprint";
    static final String FORCED = "forced";

    public Path periodOutput() {
        return output.resolve(period);
    }

    JobParameters toJobParameters(RunIdentity identity) {
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString(PERIOD, period)
                .addString(FINGERPRINT, identity.fingerprint())
                .addString(OFFICIAL, absolute(official), false)
                .addString(SUBMISSIONS, absolute(submissions), false)
                .addString(OUTPUT, absolute(output), false);
        identity.forcedAt().ifPresent(at -> parameters.addLong(FORCED, at));
        return parameters.toJobParameters();
    }

    /** Whether the parameters are those of a run of this period into this output folder. */
    boolean samePeriodAndOutput(JobParameters parameters) {
        return period.equals(parameters.getString(PERIOD)) && absolute(output).equals(parameters.getString(OUTPUT));
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
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

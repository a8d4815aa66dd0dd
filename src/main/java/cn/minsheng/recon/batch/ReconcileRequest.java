package cn.minsheng.recon.batch;

import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.report.FeedbackWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * One reconciliation asked for on the command line, as job parameters: the period, the county (in a run of
 * several) and the {@link RunIdentity} identify the job instance; the paths only say where to read and write.
 *
 * @param period      {@code 2026-03}
 * @param official    the official tables
 * @param submissions this period's submissions folder
 * @param output      the output root; the period's outputs go to {@code output/<period>/}
 * @param county      the county's folder name in a run of several ({@code --input}), its outputs going to
 *                    {@code output/<period>/<county>/}; empty for the single county of a plain run
 */
public record ReconcileRequest(Period period, Path official, Path submissions, Path output, String county) {

    static final String PERIOD = "period";
    static final String OFFICIAL = "official";
    static final String SUBMISSIONS = "submissions";
    static final String OUTPUT = "output";
    static final String FINGERPRINT = "fingerprint";
    static final String FORCED = "forced";
    static final String COUNTY = "county";

    /** The reconciliation of the one county a plain run is about. */
    public ReconcileRequest(Period period, Path official, Path submissions, Path output) {
        this(period, official, submissions, output, "");
    }

    /** Where this run's outputs go: {@code output/<period>/}, or {@code output/<period>/<county>/}. */
    public Path periodOutput() {
        return county.isEmpty() ? output.resolve(period.toString()) : output.resolve(period.toString()).resolve(county);
    }

    /** The run's findings list, {@code findings.csv}, among its outputs. */
    public Path findingsCsv() {
        return periodOutput().resolve("findings.csv");
    }

    /** The run's workbook for leaders, {@code reconciliation-<period>.xlsx}, among its outputs. */
    public Path workbook() {
        return periodOutput().resolve("reconciliation-" + period + ".xlsx");
    }

    /** The folder of the departments' feedback files among the run's outputs. */
    public Path feedbackFolder() {
        return periodOutput().resolve(FeedbackWriter.FOLDER);
    }

    /** How the operator reads which run this is: {@code 2026-03}, or {@code 2026-03（岳阳县）}. */
    public String label() {
        return county.isEmpty() ? period.toString() : period + "（" + county + "）";
    }

    public JobParameters toJobParameters(RunIdentity identity) {
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString(PERIOD, period.toString())
                .addString(FINGERPRINT, identity.fingerprint())
                .addString(OFFICIAL, absolute(official), false)
                .addString(SUBMISSIONS, absolute(submissions), false)
                .addString(OUTPUT, absolute(output), false);
        identity.forcedAt().ifPresent(at -> parameters.addLong(FORCED, at));
        if (!county.isEmpty()) {
            // two counties with the same files are still two runs; a plain run keeps the parameters it always had
            parameters.addString(COUNTY, county);
        }
        return parameters.toJobParameters();
    }

    /** Whether the parameters are those of a run of this period (and county) into this output folder. */
    public boolean samePeriodAndOutput(JobParameters parameters) {
        return period.toString().equals(parameters.getString(PERIOD)) && absolute(output).equals(parameters.getString(OUTPUT))
                && county.equals(Optional.ofNullable(parameters.getString(COUNTY)).orElse(""));
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    static Optional<ReconcileRequest> of(JobParameters parameters) {
        String period = parameters.getString(PERIOD);
        if (period == null) {
            return Optional.empty();
        }
        return Optional.of(new ReconcileRequest(Period.parse(period), Path.of(parameters.getString(OFFICIAL)),
                Path.of(parameters.getString(SUBMISSIONS)), Path.of(parameters.getString(OUTPUT)),
                Optional.ofNullable(parameters.getString(COUNTY)).orElse("")));
    }
}

package cn.minsheng.recon.bench;

import cn.minsheng.recon.ReconApplication;
import cn.minsheng.recon.configuration.DefaultDatabase;
import cn.minsheng.recon.batch.CountiesRun;
import cn.minsheng.recon.batch.ReconcileJobParameters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application in one Spring context, with its outputs switched as the benchmark needs: none (J_read), the
 * consolidated workbook and findings.csv (J), or those and the feedback files. A {@link #run} is one run of every
 * county folder of the corpus through the code path of {@code --input=DIR --force}: counties side by side
 * ({@code recon.counties.threads}), each county's files on the shared ingest pool ({@code recon.ingest.threads}),
 * then the summary workbook. The job repository is an H2 file, as in production.
 */
final class JobVariant implements AutoCloseable {

    enum Outputs {
        NONE("recon.reports.enabled=false"),
        WORKBOOK_AND_CSV("recon.reports.feedback=false"),
        WITH_FEEDBACK("recon.reports.feedback=true");

        final String property;

        Outputs(String property) {
            this.property = property;
        }
    }

    private static final String JOB = "reconcileJob";

    private final ConfigurableApplicationContext context;
    private final JobRepository repository;
    private final AtomicLong launches = new AtomicLong(System.currentTimeMillis());
    private final Map<String, Duration> stepTimes = new TreeMap<>();
    /** The counties of the last {@link #run}, whose step times {@link #stepTimes} reads: outside the run's time. */
    private int lastCounties;

    /** {@code properties} ({@code name=value}) are set beside the outputs', e.g. the thread pools' sizes. */
    JobVariant(Outputs outputs, Path database, String... properties) {
        List<String> arguments = new ArrayList<>(List.of("--recon.command-line.enabled=false",
                "--spring.batch.job.enabled=false", "--" + outputs.property,
                "--spring.datasource.url=jdbc:h2:file:" + database.toAbsolutePath() + DefaultDatabase.OPTIONS,
                // the per-file console lines would bury the figures; the work is the same without them
                "--logging.level.minsheng-recon=WARN"));
        Stream.of(properties).map(property -> "--" + property).forEach(arguments::add);
        // as command-line arguments: they outrank application.yml, which default properties would not
        context = new SpringApplicationBuilder(ReconApplication.class).run(arguments.toArray(String[]::new));
        repository = context.getBean(JobRepository.class);
    }

    /**
     * Reconciles every county folder under {@code corpus} in one run into {@code output/<period>/<county>/}, as
     * {@code --input} does; returns its exit status (0 when every county completed).
     */
    int run(Path corpus, int counties, String period, Path output) {
        try {
            int exitCode = CountiesRun.forced(context, corpus, period, output);
            lastCounties = counties;
            return exitCode;
        } catch (Exception e) {
            throw new IllegalStateException(corpus + ": " + e, e);
        }
    }

    /**
     * Reconciles each county folder alone, one job launch after the other, into {@code output/<county>/<period>/}:
     * the yardstick for the findings of {@link #run}. Returns the number of jobs that did not complete.
     */
    int runEachAlone(List<Path> counties, String period, Path output) {
        JobOperator operator = context.getBean(JobOperator.class);
        Job job = context.getBean(JOB, Job.class);
        int failed = 0;
        for (Path county : counties) {
            try {
                JobExecution execution = operator.start(job, ReconcileJobParameters.forCounty(county, period,
                        output.resolve(county.getFileName().toString()), launches.incrementAndGet()));
                failed += execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
            } catch (Exception e) {
                throw new IllegalStateException(county + ": " + e, e);
            }
        }
        return failed;
    }

    /**
     * The step times of the run just ended, from the job repository: a forced run makes a new job instance per
     * county, so they are the newest {@code counties} instances.
     */
    private void collectStepTimes(int counties) {
        stepTimes.clear();
        for (JobInstance instance : repository.getJobInstances(JOB, 0, counties)) {
            for (JobExecution listed : repository.getJobExecutions(instance)) {
                // read again by id, which brings its step executions
                for (StepExecution step : repository.getJobExecution(listed.getId()).getStepExecutions()) {
                    if (step.getStartTime() != null && step.getEndTime() != null) {
                        // the partitions of the ingest step are summed under one name
                        String name = step.getStepName().replaceFirst(":.*", " (sum over partitions)");
                        stepTimes.merge(name, Duration.between(step.getStartTime(), step.getEndTime()),
                                Duration::plus);
                    }
                }
            }
        }
    }

    /** Step name → its time summed over the counties of the last {@link #run}. */
    Map<String, Duration> stepTimes() {
        collectStepTimes(lastCounties);
        return Map.copyOf(stepTimes);
    }

    @Override
    public void close() {
        context.close();
    }
}

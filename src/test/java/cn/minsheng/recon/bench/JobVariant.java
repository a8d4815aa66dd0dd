package cn.minsheng.recon.bench;

import cn.minsheng.recon.ReconApplication;
import cn.minsheng.recon.batch.ReconcileJobParameters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real reconcileJob in one Spring context, with its outputs switched as the benchmark needs: none (J_read), the
 * consolidated workbook and findings.csv (J), or those and the feedback files. Until {@code --input} reconciles
 * every county folder in one run, a county is one job launch, one after the other on this context. The job
 * repository is an H2 file, as in production.
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

    private final ConfigurableApplicationContext context;
    private final JobOperator operator;
    private final Job job;
    private final AtomicLong launches = new AtomicLong(System.currentTimeMillis());
    private final Map<String, Duration> stepTimes = new TreeMap<>();

    JobVariant(Outputs outputs, Path database) {
        // as command-line arguments: they outrank application.yml, which default properties would not
        context = new SpringApplicationBuilder(ReconApplication.class).run("--recon.command-line.enabled=false",
                "--spring.batch.job.enabled=false", "--" + outputs.property,
                "--spring.datasource.url=jdbc:h2:file:" + database.toAbsolutePath() + ";TRACE_LEVEL_FILE=0",
                // the per-file console lines would bury the figures; the work is the same without them
                "--logging.level.minsheng-recon=WARN");
        operator = context.getBean(JobOperator.class);
        job = context.getBean("reconcileJob", Job.class);
    }

    /** Reconciles every county folder, one job each; returns the number of jobs that did not complete. */
    int run(List<Path> counties, String period, Path output) {
        stepTimes.clear();
        int failed = 0;
        for (Path county : counties) {
            try {
                JobExecution execution = operator.start(job, ReconcileJobParameters.forCounty(county, period,
                        output.resolve(county.getFileName().toString()), launches.incrementAndGet()));
                if (execution.getStatus() != BatchStatus.COMPLETED) {
                    failed++;
                }
                for (StepExecution step : execution.getStepExecutions()) {
                    if (step.getStartTime() != null && step.getEndTime() != null) {
                        // the partitions of the ingest step, one per file, are summed under one name
                        String name = step.getStepName().replaceFirst(":.*", " (sum over files)");
                        stepTimes.merge(name, Duration.between(step.getStartTime(), step.getEndTime()),
                                Duration::plus);
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(county + ": " + e, e);
            }
        }
        return failed;
    }

    /** Step name → its time summed over the counties of the last {@link #run}. */
    Map<String, Duration> stepTimes() {
        return Map.copyOf(stepTimes);
    }

    @Override
    public void close() {
        context.close();
    }
}

package cn.minsheng.recon.bench;

import cn.minsheng.recon.ReconApplication;
import cn.minsheng.recon.batch.ReconcileJobParameters;
import cn.minsheng.recon.configuration.ReconProperties;
import cn.minsheng.recon.configuration.StateDatabase;
import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.reconcile.ProgressFigure;
import cn.minsheng.recon.domain.reconcile.SubmittedFigure;
import cn.minsheng.recon.report.FeedbackWriter;
import cn.minsheng.recon.report.PeriodReports;
import cn.minsheng.recon.report.ReplyTerms;
import cn.minsheng.recon.report.RunSummary;
import cn.minsheng.recon.run.CountiesRun;
import cn.minsheng.recon.run.RunStatus;
import cn.minsheng.recon.workbook.ReadLimits;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * The application in one Spring context, with its outputs switched as the benchmark needs: none (J_read), the
 * consolidated workbook and findings.csv (J), or those and the feedback files. A {@link #run} is one run of every
 * county folder of the corpus through the code path of {@code --input=DIR --force}: counties side by side
 * ({@code recon.counties.threads}), each county's files on the shared ingest pool ({@code recon.ingest.threads}),
 * then the summary workbook. The job repository is an H2 file, as in production.
 */
final class JobVariant implements AutoCloseable {

    /** Which outputs the run writes: none (J_read), findings.csv and the workbook (J), and the feedback files too. */
    enum Outputs {
        NONE, WORKBOOK_AND_CSV, WITH_FEEDBACK
    }

    /**
     * The run's outputs as the variant writes them: the application's own writers, each left out where the variant
     * does not time it. Primary over the application's bean of the same type.
     */
    @Configuration(proxyBeanMethods = false)
    static class VariantReports {

        @Bean
        @Primary
        PeriodReports variantReports(ReadLimits limits, ReconProperties properties, Environment environment) {
            Outputs outputs = Outputs.valueOf(environment.getRequiredProperty(OUTPUTS));
            return new PeriodReports(limits, properties.feedback().dueDays(), properties.office().name(),
                    properties.office().contact()) {
                @Override
                public Path findingsCsv(Path target, List<Finding> findings) throws IOException {
                    return outputs == Outputs.NONE ? target : super.findingsCsv(target, findings);
                }

                @Override
                public Path workbook(Path target, RunSummary run, OfficialTables tables, List<Finding> findings,
                        List<SubmittedFigure> figures, List<ProgressFigure> progress) throws IOException {
                    return outputs == Outputs.NONE ? target
                            : super.workbook(target, run, tables, findings, figures, progress);
                }

                @Override
                public Path feedback(Path outputFolder, Period period, OfficialTables tables, String department,
                        Optional<Path> submission, List<Finding> findings, ReplyTerms reply) throws IOException {
                    return outputs == Outputs.WITH_FEEDBACK
                            ? super.feedback(outputFolder, period, tables, department, submission, findings, reply)
                            : FeedbackWriter.target(outputFolder, department, submission);
                }
            };
        }
    }

    /** The property naming the variant's {@link Outputs}. */
    private static final String OUTPUTS = "bench.outputs";

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
                "--spring.batch.job.enabled=false", "--" + OUTPUTS + "=" + outputs,
                "--spring.datasource.url=jdbc:h2:file:" + database.toAbsolutePath() + StateDatabase.OPTIONS,
                // the per-file console lines would bury the figures; the work is the same without them
                "--logging.level.minsheng-recon=WARN"));
        Stream.of(properties).map(property -> "--" + property).forEach(arguments::add);
        // as command-line arguments: they outrank application.yml, which default properties would not
        context = new SpringApplicationBuilder(ReconApplication.class, VariantReports.class)
                .run(arguments.toArray(String[]::new));
        repository = context.getBean(JobRepository.class);
    }

    /**
     * Reconciles every county folder under {@code corpus} in one run into {@code output/<period>/<county>/}, as
     * {@code --input} does; returns 0 when every county completed, else 1.
     */
    int run(Path corpus, int counties, String period, Path output) {
        try {
            RunStatus status = CountiesRun.forced(context, corpus, period, output);
            lastCounties = counties;
            return status == RunStatus.COMPLETED ? 0 : 1;
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

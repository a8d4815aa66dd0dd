package cn.minsheng.recon.batch;

import cn.minsheng.recon.configuration.CountyAliases;
import cn.minsheng.recon.configuration.ReconProperties;
import cn.minsheng.recon.configuration.ScheduleFile;
import cn.minsheng.recon.domain.finding.SeverityPolicy;
import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.official.OfficialConsistencyChecks;
import cn.minsheng.recon.domain.progress.ProgressThresholds;
import cn.minsheng.recon.layout.OfficialTablesLoader;
import cn.minsheng.recon.report.PeriodReports;
import cn.minsheng.recon.staging.JdbcFigureRepository;
import cn.minsheng.recon.staging.JdbcFindingRepository;
import cn.minsheng.recon.staging.JdbcLedgerRepository;
import cn.minsheng.recon.staging.JdbcProgressRepository;
import cn.minsheng.recon.staging.JdbcRunHistoryRepository;
import cn.minsheng.recon.staging.JdbcStagingHandOver;
import cn.minsheng.recon.staging.JdbcSubmissionRepository;
import cn.minsheng.recon.workbook.ReadLimits;
import cn.minsheng.recon.workbook.WorkbookReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The reconcileJob: load and check the official tables, ingest the period's submissions file by file in
 * parallel, reconcile them, then write the reports.
 */
@Configuration(proxyBeanMethods = false)
class ReconcileJobConfiguration {

    @Bean
    Job reconcileJob(JobRepository jobRepository, Step loadOfficialTablesStep, Step ingestSubmissionsStep,
            Step reconcileStep, Step writeReportsStep, JdbcStagingHandOver stagingHandOver, IngestProgress progress) {
        return new JobBuilder("reconcileJob", jobRepository)
                .listener(new RestartStagingListener(jobRepository, stagingHandOver))
                .listener(progress)
                .start(loadOfficialTablesStep)
                .next(ingestSubmissionsStep)
                .next(reconcileStep)
                .next(writeReportsStep)
                .build();
    }

    @Bean
    Step loadOfficialTablesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            LoadOfficialTablesTasklet loadOfficialTablesTasklet) {
        return taskletStep("loadOfficialTablesStep", jobRepository, transactionManager, loadOfficialTablesTasklet);
    }

    /**
     * As many partitions as files are read side by side ({@code recon.ingest.threads}), each reading its share of
     * the files one per chunk.
     */
    @Bean
    Step ingestSubmissionsStep(JobRepository jobRepository, Step ingestSubmissionFileStep,
            SubmissionFilesPartitioner submissionFilesPartitioner, TaskExecutor ingestTaskExecutor,
            ReconProperties properties) {
        return new StepBuilder("ingestSubmissionsStep", jobRepository)
                .partitioner("ingestSubmissionFileStep", submissionFilesPartitioner)
                .step(ingestSubmissionFileStep)
                .taskExecutor(ingestTaskExecutor)
                .gridSize(properties.ingest().poolSize())
                .build();
    }

    @Bean
    Step ingestSubmissionFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            IngestSubmissionTasklet ingestSubmissionTasklet) {
        return taskletStep("ingestSubmissionFileStep", jobRepository, transactionManager, ingestSubmissionTasklet);
    }

    @Bean
    Step reconcileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ReconcileTasklet reconcileTasklet) {
        return taskletStep("reconcileStep", jobRepository, transactionManager, reconcileTasklet);
    }

    @Bean
    Step writeReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            WriteReportsTasklet writeReportsTasklet) {
        return taskletStep("writeReportsStep", jobRepository, transactionManager, writeReportsTasklet);
    }

    private static Step taskletStep(String name, JobRepository jobRepository,
            PlatformTransactionManager transactionManager, Tasklet tasklet) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager).build();
    }

    @Bean
    TaskExecutor ingestTaskExecutor(ReconProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.ingest().poolSize());
        executor.setThreadNamePrefix("ingest-");
        // a file's lines name the county whose job reads it, as the launching thread's lines do (Console.COUNTY)
        executor.setTaskDecorator(task -> {
            Map<String, String> context = MDC.getCopyOfContextMap();
            return () -> {
                Map<String, String> before = MDC.getCopyOfContextMap();
                MDC.setContextMap(context == null ? Map.of() : context);
                try {
                    task.run();
                } finally {
                    MDC.setContextMap(before == null ? Map.of() : before);
                }
            };
        });
        executor.initialize();
        return executor;
    }

    @Bean
    PeriodReports periodReports(ReadLimits limits, ReconProperties properties) {
        return new PeriodReports(limits, properties.feedback().dueDays(), properties.office().name(),
                properties.office().contact());
    }

    @Bean
    SubmissionReader submissionReader(WorkbookReader reader) {
        return reader::read;
    }

    @Bean
    OfficialTablesCache officialTablesCache(OfficialTablesLoader loader) {
        return new OfficialTablesCache(loader);
    }

    @Bean
    ReconcilerFactory reconcilerFactory(UnitDirectory units, CountyAliases aliases, ScheduleFile schedule,
            ProgressThresholds thresholds) {
        return new ReconcilerFactory(units, aliases, schedule, thresholds);
    }

    @Bean
    @StepScope
    SubmissionFilesPartitioner submissionFilesPartitioner(
            @Value("#{jobParameters['" + ReconcileRequest.SUBMISSIONS + "']}") String submissions) {
        return new SubmissionFilesPartitioner(Path.of(submissions));
    }

    @Bean
    @StepScope
    IngestSubmissionTasklet ingestSubmissionTasklet(
            @Value("#{stepExecutionContext['" + SubmissionFilesPartitioner.PATHS + "']}") List<String> paths,
            @Value("#{stepExecutionContext['" + SubmissionFilesPartitioner.FILES + "']}") Integer files,
            @Value("#{jobParameters['" + ReconcileRequest.OFFICIAL + "']}") String official,
            @Value("#{jobParameters['" + ReconcileRequest.SUBMISSIONS + "']}") String submissions,
            SubmissionReader reader, OfficialTablesCache officialTables, ReconcilerFactory reconcilerFactory,
            JdbcSubmissionRepository staging, IngestProgress progress) throws Exception {
        return new IngestSubmissionTasklet(Path.of(submissions), paths.stream().map(Path::of).toList(), reader,
                reconcilerFactory.townships(officialTables.get(Path.of(official)).tables()), staging,
                new IngestSubmissionTasklet.Progress(progress, files == null ? 0 : files));
    }

    @Bean
    @StepScope
    LoadOfficialTablesTasklet loadOfficialTablesTasklet(OfficialTablesCache officialTables,
            @Value("#{jobParameters['" + ReconcileRequest.OFFICIAL + "']}") String official,
            OfficialConsistencyChecks checks, JdbcFindingRepository findings, SeverityPolicy severities) {
        return new LoadOfficialTablesTasklet(() -> officialTables.get(Path.of(official)), checks, findings,
                severities);
    }

    @Bean
    @StepScope
    ReconcileTasklet reconcileTasklet(ReconcilerFactory reconcilerFactory, OfficialTablesCache officialTables,
            @Value("#{stepExecution.jobExecution.jobParameters}") JobParameters parameters,
            JdbcSubmissionRepository submissions, JdbcFindingRepository findings, JdbcLedgerRepository ledger,
            JdbcFigureRepository figures, JdbcProgressRepository progress, SeverityPolicy severities) {
        ReconcileRequest request = ReconcileRequest.of(parameters).orElseThrow();
        JdbcProgressRepository.Place place = new JdbcProgressRepository.Place(request.period(),
                request.output().toAbsolutePath().normalize().toString(), request.county());
        return new ReconcileTasklet(() -> reconcilerFactory.create(officialTables.get(request.official()).tables(),
                request.period(), progress.before(place)), submissions, findings, ledger, figures,
                (execution, figured) -> progress.replace(execution, place, figured), severities);
    }

    @Bean
    @StepScope
    WriteReportsTasklet writeReportsTasklet(OfficialTablesCache officialTables,
            JdbcFindingRepository findings, JdbcLedgerRepository ledger, JdbcSubmissionRepository submissions,
            JdbcFigureRepository figures, JdbcProgressRepository progress, JdbcRunHistoryRepository history,
            PeriodReports reports, @Value("#{stepExecution.jobExecution.jobParameters}") JobParameters parameters) {
        ReconcileRequest request = ReconcileRequest.of(parameters).orElseThrow();
        return new WriteReportsTasklet(() -> officialTables.get(request.official()), findings, ledger, submissions,
                figures, progress, history, reports, request);
    }
}

package cn.minsheng.recon.batch;

import cn.minsheng.recon.configuration.ReconProperties;
import cn.minsheng.recon.domain.official.OfficialConsistencyChecks;
import cn.minsheng.recon.sheet.OfficialTablesLoader;
import cn.minsheng.recon.staging.JdbcFindingRepository;
import cn.minsheng.recon.staging.JdbcLedgerRepository;
import cn.minsheng.recon.staging.JdbcSubmissionRepository;
import java.nio.file.Path;
import org.springframework.batch.core.configuration.annotation.JobScope;
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
import org.springframework.transaction.PlatformTransactionManager;

/** The reconcileJob: load and check the official tables, then write the reports. */
@Configuration(proxyBeanMethods = false)
class ReconcileJobConfiguration {

    @Bean
    Job reconcileJob(JobRepository jobRepository, Step loadOfficialTablesStep, Step writeReportsStep) {
        return new JobBuilder("reconcileJob", jobRepository)
                .start(loadOfficialTablesStep)
                .next(writeReportsStep)
                .build();
    }

    @Bean
    Step loadOfficialTablesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            LoadOfficialTablesTasklet loadOfficialTablesTasklet) {
        return taskletStep("loadOfficialTablesStep", jobRepository, transactionManager, loadOfficialTablesTasklet);
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
    @JobScope
    OfficialTablesHolder officialTablesHolder(OfficialTablesLoader loader,
            @Value("#{jobParameters['" + ReconcileRequest.OFFICIAL + "']}") String official) {
        return new OfficialTablesHolder(loader, Path.of(official));
    }

    @Bean
    @StepScope
    LoadOfficialTablesTasklet loadOfficialTablesTasklet(OfficialTablesHolder officialTablesHolder,
            OfficialConsistencyChecks checks, JdbcFindingRepository findings, ReconProperties properties) {
        return new LoadOfficialTablesTasklet(officialTablesHolder, checks, findings, properties);
    }

    @Bean
    @StepScope
    WriteReportsTasklet writeReportsTasklet(OfficialTablesHolder officialTablesHolder,
            JdbcFindingRepository findings, JdbcLedgerRepository ledger, JdbcSubmissionRepository submissions,
            @Value("#{stepExecution.jobExecution.jobParameters}") JobParameters parameters) {
        return new WriteReportsTasklet(officialTablesHolder, findings, ledger, submissions,
                ReconcileRequest.of(parameters).orElseThrow());
    }
}

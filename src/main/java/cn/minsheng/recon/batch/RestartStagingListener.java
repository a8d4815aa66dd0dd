package cn.minsheng.recon.batch;

import cn.minsheng.recon.staging.JdbcStagingHandOver;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Before a restarted run goes on, takes over what its earlier, interrupted executions staged: the steps and
 * partitions they completed are skipped by Spring Batch, and their staged rows must be where the remaining steps
 * look, under the current execution.
 */
class RestartStagingListener implements JobExecutionListener {

    private final JobRepository jobRepository;
    private final JdbcStagingHandOver staging;

    RestartStagingListener(JobRepository jobRepository, JdbcStagingHandOver staging) {
        this.jobRepository = jobRepository;
        this.staging = staging;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        List<Long> earlier = jobRepository.getJobExecutions(execution.getJobInstance()).stream()
                .map(JobExecution::getId)
                .filter(id -> id != execution.getId())
                .toList();
        if (!earlier.isEmpty()) {
            staging.handOver(earlier, execution.getId());
        }
    }
}

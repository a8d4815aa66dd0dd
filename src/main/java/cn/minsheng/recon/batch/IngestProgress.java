package cn.minsheng.recon.batch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * How many files of a run's submissions folder have been read, across the partitions that read them in
 * parallel, for the operator's {@code （3/17）} progress; an execution is forgotten when it ends.
 */
@Component
class IngestProgress implements JobExecutionListener {

    private final Map<Long, AtomicInteger> done = new ConcurrentHashMap<>();

    /** Counts one more file of the job execution as read; returns how many are now. */
    int fileDone(long jobExecution) {
        return done.computeIfAbsent(jobExecution, id -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    public void afterJob(JobExecution execution) {
        done.remove(execution.getId());
    }
}

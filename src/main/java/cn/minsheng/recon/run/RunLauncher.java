package cn.minsheng.recon.run;

import cn.minsheng.recon.batch.ReconcileRequest;
import cn.minsheng.recon.batch.RunIdentity;
import cn.minsheng.recon.configuration.ReconProperties;
import cn.minsheng.recon.configuration.ScheduleFile;
import cn.minsheng.recon.configuration.StateFolder;
import cn.minsheng.recon.console.Console;
import cn.minsheng.recon.console.RunLog;
import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.layout.OfficialTablesException;
import cn.minsheng.recon.report.RunSummary;
import cn.minsheng.recon.staging.JdbcFindingRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Launches the reconciliation of a {@link ReconcileRequest} as a run identified by its inputs
 * ({@link InputFingerprint}) and tells how it ended ({@link RunStatus}): one run per period (per county of
 * the period, in a run of several) at a time (its {@link PeriodLock}), unchanged inputs are not reconciled again,
 * an unfinished run of the same inputs is recovered and restarted where it stopped. The single command-line run,
 * each scheduled firing, each watched change and each county of {@code --input} go through here; what the console
 * says is copied to the run's {@link RunLog}.
 */
@Component
public class RunLauncher {

    private static final Logger CONSOLE = LoggerFactory.getLogger(Console.NAME);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job reconcileJob;
    private final JdbcFindingRepository findings;
    private final ReconProperties properties;
    private final Clock clock;

    RunLauncher(JobOperator jobOperator, JobRepository jobRepository, Job reconcileJob,
            JdbcFindingRepository findings, ReconProperties properties, Clock clock) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.reconcileJob = reconcileJob;
        this.findings = findings;
        this.properties = properties;
        this.clock = clock;
    }

    /** A run that is not forced: what a scheduled firing or a watched change launches. */
    public RunStatus launch(ReconcileRequest request, Optional<Severity> failOn) throws Exception {
        return launch(request, failOn, false);
    }

    /**
     * Reconciles the period unless a completed run had the same inputs ({@code force} aside); restarts an unfinished
     * run of the same inputs where it stopped. An unchanged re-run is {@link RunStatus#COMPLETED} (or
     * {@link RunStatus#FINDINGS_AT_THRESHOLD}, judged on its stored findings).
     */
    public RunStatus launch(ReconcileRequest request, Optional<Severity> failOn, boolean force) throws Exception {
        return reconcileLocked(request, failOn, force).status();
    }

    /**
     * As {@link #launch(ReconcileRequest, Optional, boolean)}, telling also why a run did not complete and which
     * execution holds the findings: what a run of several counties sums up. The console lines of a county's run
     * carry its name ({@link Console#COUNTY}) and only they go to its run.log.
     */
    LaunchOutcome reconcileLocked(ReconcileRequest request, Optional<Severity> failOn, boolean force)
            throws Exception {
        try (Console.CountyScope county = Console.county(request.county())) {
            Path lockFile = StateFolder.of(request.output()).periodLock(request.period(), request.county());
            Optional<PeriodLock> lock = PeriodLock.tryAcquire(lockFile);
            if (lock.isEmpty()) {
                CONSOLE.error("期间 {} 的对账正在进行中（另一个程序正在运行），本次不再启动；请等它结束后再运行。锁文件：{}",
                        request.label(), lockFile);
                return LaunchOutcome.notCompleted(RunStatus.ANOTHER_RUN, "另一个程序正在对账");
            }
            try (PeriodLock held = lock.get(); RunLog log = RunLog.open(request.periodOutput(), request.county())) {
                long started = clock.millis();
                LaunchOutcome outcome = reconcile(request, failOn, force);
                CONSOLE.info("用时 {} 秒；本次运行记录：{}", Duration.ofMillis(clock.millis() - started).toMillis() / 1000.0,
                        request.periodOutput().resolve(RunLog.FILE_NAME));
                return outcome;
            }
        }
    }

    /**
     * The period lock is held, so a run of the period that the repository still shows as running is one whose
     * process died.
     */
    private LaunchOutcome reconcile(ReconcileRequest request, Optional<Severity> failOn, boolean force)
            throws Exception {
        String fingerprint;
        try {
            fingerprint = InputFingerprint.of(request, properties);
        } catch (IOException e) {
            CONSOLE.error("错误：无法读取输入文件：{}", e.getMessage());
            return LaunchOutcome.notCompleted(RunStatus.FAILED, "无法读取输入文件：" + e.getMessage());
        }
        try {
            // a schedule the job could not read is bad input, said before any work is done
            new ScheduleFile(properties.scheduleFile()).read();
        } catch (IOException | IllegalArgumentException e) {
            CONSOLE.error("错误：{}", e.getMessage());
            return LaunchOutcome.notCompleted(RunStatus.BAD_INPUT, e.getMessage());
        }
        recoverStaleRuns(request);
        JobParameters parameters = request.toJobParameters(RunIdentity.of(fingerprint));
        JobExecution last = jobRepository.getLastJobExecution(reconcileJob.getName(), parameters);
        boolean completed = last != null && last.getStatus() == BatchStatus.COMPLETED;
        if (completed && !force && outputsExist(request)) {
            return alreadyReconciled(request, last, failOn);
        }
        if (force || completed) {
            if (!force) {
                CONSOLE.info("期间 {} 的输入与上次相同，但上次的输出文件已不在 {}，重新对账", request.label(),
                        request.periodOutput());
            }
            parameters = request.toJobParameters(RunIdentity.forced(fingerprint, clock.millis()));
        } else if (last != null) {
            CONSOLE.info("继续期间 {} 上次未完成的对账（执行 #{}，{}）：已完成的步骤和文件不再重做", request.label(),
                    last.getId(), last.getStatus());
        }
        CONSOLE.info("开始对账：期间 {}，官方表 {}，报送目录 {}", request.label(), request.official(),
                request.submissions());
        if (!Files.isDirectory(request.submissions())) {
            CONSOLE.warn("{}：{}", RunSummary.NO_SUBMISSIONS_FOLDER, request.submissions().toAbsolutePath().normalize());
        }
        JobExecution execution;
        try {
            execution = jobOperator.start(reconcileJob, parameters);
        } catch (JobExecutionAlreadyRunningException e) {
            CONSOLE.error("期间 {} 的对账正在进行中（另一个程序正在运行），本次不再启动", request.label());
            return LaunchOutcome.notCompleted(RunStatus.ANOTHER_RUN, "另一个程序正在对账");
        }
        return outcome(execution, failOn);
    }

    /**
     * Marks every execution of the period (into the same output folder) that the repository still shows as running
     * as FAILED: holding the period lock, no live process runs it, so it was killed (kill -9, a power cut) and is
     * restarted from where it stopped. Removes the temporary files such a run left among the outputs.
     */
    private void recoverStaleRuns(ReconcileRequest request) throws IOException {
        for (JobExecution running : jobRepository.findRunningJobExecutions(reconcileJob.getName())) {
            if (request.samePeriodAndOutput(running.getJobParameters())) {
                // read again with its step executions, which recover() marks as well
                jobOperator.recover(jobRepository.getJobExecution(running.getId()));
                CONSOLE.info("上次对账（执行 #{}）未正常结束，已标记为失败", running.getId());
            }
        }
        LeftoverTempFiles.delete(request.periodOutput());
    }

    private static boolean outputsExist(ReconcileRequest request) {
        return Files.isRegularFile(request.findingsCsv()) && Files.isRegularFile(request.workbook());
    }

    /** An unchanged re-run: points at the outputs of the completed run, and judges its stored findings. */
    private LaunchOutcome alreadyReconciled(ReconcileRequest request, JobExecution completed,
            Optional<Severity> failOn) {
        CONSOLE.info("期间 {} 已对账：输入与 {} 完成的那次对账相同，不再重复对账（如需重新对账，请加 --force）",
                request.label(), completed.getEndTime() == null ? "上次" : completed.getEndTime().format(Console.TIME));
        CONSOLE.info("问题清单：{}", request.findingsCsv());
        CONSOLE.info("对账工作簿：{}", request.workbook());
        CONSOLE.info("反馈文件：目录 {}", request.feedbackFolder());
        return LaunchOutcome.completed(verdict("已有对账结果", findings.findAll(completed.getId()), failOn),
                completed.getId());
    }

    private LaunchOutcome outcome(JobExecution execution, Optional<Severity> failOn) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            List<Throwable> failures = execution.getAllFailureExceptions();
            Optional<Throwable> official = failures.stream()
                    .filter(OfficialTablesException.class::isInstance).findFirst();
            if (official.isPresent()) {
                CONSOLE.error("错误：{}", official.get().getMessage());
                return LaunchOutcome.notCompleted(RunStatus.BAD_INPUT, official.get().getMessage());
            }
            CONSOLE.error("对账作业失败（{}）：{}", execution.getStatus(),
                    failures.isEmpty() ? "原因未知" : failures.get(0).toString(), failures.isEmpty() ? null
                            : failures.get(0));
            return LaunchOutcome.notCompleted(RunStatus.FAILED,
                    failures.isEmpty() ? "原因未知" : failures.get(0).toString());
        }
        return LaunchOutcome.completed(verdict("对账完成", findings.findAll(execution.getId()), failOn),
                execution.getId());
    }

    /** Counts the findings by severity; findings at {@code --fail-on} or worse when it is given and reached. */
    private static RunStatus verdict(String heading, List<Finding> all, Optional<Severity> failOn) {
        Map<Severity, Long> counts = Severity.counts(all);
        CONSOLE.info("{}：问题共 {} 条（ERROR {} 条，WARNING {} 条，INFO {} 条）", heading, all.size(),
                counts.getOrDefault(Severity.ERROR, 0L), counts.getOrDefault(Severity.WARNING, 0L),
                counts.getOrDefault(Severity.INFO, 0L));
        boolean atThreshold = failOn.isPresent() && all.stream().anyMatch(f -> f.severity().atLeast(failOn.get()));
        return atThreshold ? RunStatus.FINDINGS_AT_THRESHOLD : RunStatus.COMPLETED;
    }
}

package cn.minsheng.recon.batch;

import cn.minsheng.recon.domain.reconcile.Finding;
import cn.minsheng.recon.domain.reconcile.Severity;
import cn.minsheng.recon.sheet.OfficialTablesException;
import cn.minsheng.recon.staging.JdbcFindingRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * Launches one reconciliation of a {@link ReconcileRequest} and tells its outcome as an exit status of SPEC §6; the
 * single command-line run, each scheduled firing and each watched change all go through here.
 */
@Component
class ReconcileLauncher {

    private static final Logger CONSOLE = LoggerFactory.getLogger(Console.NAME);

    private final JobOperator jobOperator;
    private final Job reconcileJob;
    private final JdbcFindingRepository findings;
    private final IngestProgress progress;
    private final Clock clock;

    ReconcileLauncher(JobOperator jobOperator, Job reconcileJob, JdbcFindingRepository findings,
            IngestProgress progress) {
        this.jobOperator = jobOperator;
        this.reconcileJob = reconcileJob;
        this.findings = findings;
        this.progress = progress;
        this.clock = Clock.systemDefaultZone();
    }

    /** Runs the job to its end and returns 0 completed, 1 failed, 2 unreadable official tables or 3 (failOn). */
    int launch(ReconcileRequest request, Optional<Severity> failOn) throws Exception {
        try (RunLog log = RunLog.open(request.periodOutput())) {
            long started = clock.millis();
            CONSOLE.info("开始对账：期间 {}，官方表 {}，报送目录 {}", request.period(), request.official(),
                    request.submissions());
            JobExecution execution = jobOperator.start(reconcileJob, request.toJobParameters(started));
            progress.finished(execution.getId());
            int exitCode = outcome(execution, failOn);
            CONSOLE.info("用时 {} 秒；本次运行记录：{}", Duration.ofMillis(clock.millis() - started).toMillis() / 1000.0,
                    request.periodOutput().resolve(RunLog.FILE_NAME));
            return exitCode;
        }
    }

    private int outcome(JobExecution execution, Optional<Severity> failOn) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            List<Throwable> failures = execution.getAllFailureExceptions();
            Optional<Throwable> official = failures.stream()
                    .filter(OfficialTablesException.class::isInstance).findFirst();
            if (official.isPresent()) {
                CONSOLE.error("错误：{}", official.get().getMessage());
                return ReconCommandLineRunner.BAD_INPUT;
            }
            CONSOLE.error("对账作业失败（{}）：{}", execution.getStatus(),
                    failures.isEmpty() ? "原因未知" : failures.get(0).toString(), failures.isEmpty() ? null
                            : failures.get(0));
            return ReconCommandLineRunner.FAILED;
        }
        List<Finding> all = findings.findAll(execution.getId());
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        all.forEach(f -> counts.merge(f.severity(), 1L, Long::sum));
        CONSOLE.info("对账完成：问题共 {} 条（ERROR {} 条，WARNING {} 条，INFO {} 条）", all.size(),
                counts.getOrDefault(Severity.ERROR, 0L), counts.getOrDefault(Severity.WARNING, 0L),
                counts.getOrDefault(Severity.INFO, 0L));
        boolean atThreshold = failOn.isPresent() && all.stream().anyMatch(f -> f.severity().atLeast(failOn.get()));
        return atThreshold ? ReconCommandLineRunner.FINDINGS_AT_THRESHOLD : ReconCommandLineRunner.COMPLETED;
    }
}

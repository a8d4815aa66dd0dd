package cn.minsheng.recon.batch;

import cn.minsheng.recon.configuration.ReconProperties;
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
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs one reconciliation from the command line and turns its outcome into the exit status of SPEC §6:
 * 0 completed, 1 failed, 2 bad arguments or unreadable official tables, 3 findings at {@code --fail-on} or worse.
 */
@Component
@ConditionalOnProperty(name = "recon.command-line.enabled", havingValue = "true", matchIfMissing = true)
class ReconCommandLineRunner implements ApplicationRunner, ExitCodeGenerator {

    static final int COMPLETED = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;
    static final int FINDINGS_AT_THRESHOLD = 3;
    static final int ANOTHER_RUN = 4;

    private static final Logger CONSOLE = LoggerFactory.getLogger(Console.NAME);

    private final JobOperator jobOperator;
    private final Job reconcileJob;
    private final JdbcFindingRepository findings;
    private final ReconProperties properties;
    private final Clock clock;
    private int exitCode = COMPLETED;

    ReconCommandLineRunner(JobOperator jobOperator, Job reconcileJob, JdbcFindingRepository findings,
            ReconProperties properties) {
        this.jobOperator = jobOperator;
        this.reconcileJob = reconcileJob;
        this.findings = findings;
        this.properties = properties;
        this.clock = Clock.systemDefaultZone();
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        CommandLineOptions options;
        try {
            options = CommandLineOptions.parse(args.getSourceArgs(), properties);
        } catch (CommandLineOptions.InvalidException e) {
            CONSOLE.error(e.getMessage());
            exitCode = BAD_INPUT;
            return;
        }
        long started = clock.millis();
        CONSOLE.info("开始对账：期间 {}，官方表 {}", options.request().period(), options.request().official());
        JobExecution execution = jobOperator.start(reconcileJob, options.request().toJobParameters(started));
        exitCode = outcome(execution, options.failOn());
        CONSOLE.info("用时 {} 秒", Duration.ofMillis(clock.millis() - started).toMillis() / 1000.0);
    }

    private int outcome(JobExecution execution, Optional<Severity> failOn) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            List<Throwable> failures = execution.getAllFailureExceptions();
            Optional<Throwable> official = failures.stream()
                    .filter(OfficialTablesException.class::isInstance).findFirst();
            if (official.isPresent()) {
                CONSOLE.error("错误：{}", official.get().getMessage());
                return BAD_INPUT;
            }
            CONSOLE.error("对账作业失败（{}）：{}", execution.getStatus(),
                    failures.isEmpty() ? "原因未知" : failures.get(0).toString(), failures.isEmpty() ? null
                            : failures.get(0));
            return FAILED;
        }
        List<Finding> all = findings.findAll(execution.getId());
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        all.forEach(f -> counts.merge(f.severity(), 1L, Long::sum));
        CONSOLE.info("对账完成：问题共 {} 条（ERROR {} 条，WARNING {} 条，INFO {} 条）", all.size(),
                counts.getOrDefault(Severity.ERROR, 0L), counts.getOrDefault(Severity.WARNING, 0L),
                counts.getOrDefault(Severity.INFO, 0L));
        boolean atThreshold = failOn.isPresent() && all.stream().anyMatch(f -> f.severity().atLeast(failOn.get()));
        return atThreshold ? FINDINGS_AT_THRESHOLD : COMPLETED;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}

package cn.minsheng.recon.run;

import cn.minsheng.recon.batch.ReconcileRequest;
import cn.minsheng.recon.configuration.ReconProperties;
import cn.minsheng.recon.console.Console;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.reconcile.FileOutcome;
import cn.minsheng.recon.domain.reconcile.FileStatus;
import cn.minsheng.recon.report.CountyStatus;
import cn.minsheng.recon.report.CountySummary;
import cn.minsheng.recon.report.SummaryWorkbookWriter;
import cn.minsheng.recon.staging.JdbcFindingRepository;
import cn.minsheng.recon.staging.JdbcLedgerRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code --input=DIR}: reconciles every county folder under DIR — its own {@code official/} tables and its
 * {@code submissions/<period>/} — each as one launch of {@link RunLauncher} into
 * {@code output/<period>/<county>/}, several counties at once ({@code recon.counties.threads}), then writes
 * {@code output/<period>/summary-<period>.xlsx}. A county that cannot be reconciled is reported and the others go on.
 */
@Component
public class CountiesReconciliation {

    private static final Logger CONSOLE = LoggerFactory.getLogger(Console.NAME);

    private final RunLauncher launcher;
    private final JdbcFindingRepository findings;
    private final JdbcLedgerRepository ledger;
    private final ReconProperties properties;

    CountiesReconciliation(RunLauncher launcher, JdbcFindingRepository findings, JdbcLedgerRepository ledger,
            ReconProperties properties) {
        this.launcher = launcher;
        this.findings = findings;
        this.ledger = ledger;
        this.properties = properties;
    }

    /**
     * Reconciles the period of every county under {@code input}; returns the worst of the counties' statuses
     * ({@link RunStatus}), or {@link RunStatus#BAD_INPUT} when {@code input} holds no county folder.
     */
    public RunStatus run(Path input, Period period, Path output, Optional<Severity> failOn, boolean force)
            throws IOException, InterruptedException {
        List<Path> counties = countyFolders(input);
        if (counties.isEmpty()) {
            CONSOLE.error("错误：{} 下没有县（市、区）文件夹（每个县一个文件夹，内含 official 和 submissions/{}）",
                    input.toAbsolutePath().normalize(), period);
            return RunStatus.BAD_INPUT;
        }
        int threads = Math.min(properties.counties().poolSize(), counties.size());
        CONSOLE.info("多县对账：期间 {}，{} 个县（市、区），同时对账 {} 个", period, counties.size(), threads);
        List<Future<CountyResult>> running = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Path county : counties) {
                running.add(pool.submit(() -> reconcile(county, period, output, failOn, force)));
            }
            List<CountyResult> results = new ArrayList<>();
            for (int i = 0; i < counties.size(); i++) {
                results.add(result(counties.get(i), running.get(i)));
            }
            return summarise(period, output, results);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One county's summary line with how its launch ended. */
    private record CountyResult(CountySummary summary, RunStatus status) {
    }

    private CountyResult reconcile(Path county, Period period, Path output, Optional<Severity> failOn,
            boolean force) throws Exception {
        String name = county.getFileName().toString();
        Path official = county.resolve("official");
        if (!Files.exists(official)) {
            return new CountyResult(CountySummary.notCompleted(name, CountyStatus.OFFICIAL_UNREADABLE,
                    "缺少官方表文件夹 official"), RunStatus.BAD_INPUT);
        }
        ReconcileRequest request = new ReconcileRequest(period, official,
                county.resolve("submissions").resolve(period.toString()), output, name);
        LaunchOutcome outcome = launcher.reconcileLocked(request, failOn, force);
        if (outcome.execution().isEmpty()) {
            return new CountyResult(CountySummary.notCompleted(name, status(outcome.status()), outcome.problem()),
                    outcome.status());
        }
        return new CountyResult(completed(name, outcome.execution().getAsLong()), outcome.status());
    }

    /** The counts of a county's completed run, from its stored findings and ledger. */
    private CountySummary completed(String county, long execution) {
        Map<Severity, Long> counts = Severity.counts(findings.findAll(execution));
        List<FileOutcome> lines = ledger.findAll(execution);
        int missing = (int) lines.stream().filter(line -> line.status() == FileStatus.NOT_SUBMITTED).count();
        int read = (int) lines.stream().filter(line -> !line.file().isEmpty() && !line.status().ignored()
                && line.status() != FileStatus.NOT_SUBMITTED).count();
        return new CountySummary(county, CountyStatus.COMPLETED, "", counts, missing, read);
    }

    private static CountyStatus status(RunStatus status) {
        return switch (status) {
            case BAD_INPUT -> CountyStatus.OFFICIAL_UNREADABLE;
            case ANOTHER_RUN -> CountyStatus.IN_PROGRESS;
            default -> CountyStatus.FAILED;
        };
    }

    /** Waits for a county; a launch that broke down is a failed county, not a failed run of all. */
    private static CountyResult result(Path county, Future<CountyResult> running) throws InterruptedException {
        try {
            return running.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String problem = cause.getMessage() == null ? cause.toString() : cause.getMessage();
            return new CountyResult(CountySummary.notCompleted(county.getFileName().toString(), CountyStatus.FAILED,
                    problem), RunStatus.FAILED);
        }
    }

    private static RunStatus summarise(Period period, Path output, List<CountyResult> results) throws IOException {
        for (CountyResult result : results) {
            CountySummary county = result.summary();
            if (county.completed()) {
                CONSOLE.info("{}：{}，问题 错误 {} 条、警告 {} 条、提示 {} 条，未报送单位 {} 个，报送文件 {} 个", county.county(),
                        county.status().label(), county.findings(Severity.ERROR), county.findings(Severity.WARNING),
                        county.findings(Severity.INFO), county.missingSubmissions(), county.filesRead());
            } else {
                CONSOLE.error("{}：{}，未完成对账：{}", county.county(), county.status().label(), county.problem());
            }
        }
        Path summary = new SummaryWorkbookWriter().write(
                output.resolve(period.toString()).resolve("summary-" + period + ".xlsx"), period, LocalDateTime.now(),
                results.stream().map(CountyResult::summary).toList());
        CONSOLE.info("汇总工作簿：{}", summary);
        return results.stream().map(CountyResult::status).reduce(RunStatus.COMPLETED, RunStatus::worse);
    }

    /** The county folders under {@code input}, by name; hidden folders and files aside. */
    private static List<Path> countyFolders(Path input) throws IOException {
        try (Stream<Path> children = Files.list(input)) {
            return children.filter(Files::isDirectory)
                    .filter(folder -> !folder.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }
}

package cn.minsheng.recon.batch;

import cn.minsheng.recon.configuration.ReconProperties;
import cn.minsheng.recon.staging.JdbcRunHistoryRepository;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs one reconciliation from the command line and turns its outcome into the exit status of SPEC §6:
 * 0 completed (or already reconciled with the same inputs), 1 failed, 2 bad arguments or unreadable official tables,
 * 3 findings at {@code --fail-on} or worse, 4 another run of the period in progress.
 * With {@code --schedule} or {@code --watch} it stays up until the application is closed, then exits 0.
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

    private final ReconcileLauncher launcher;
    private final ReconProperties properties;
    private final StopSignal stop;
    private final JdbcRunHistoryRepository history;
    private int exitCode = COMPLETED;

    ReconCommandLineRunner(ReconcileLauncher launcher, ReconProperties properties, StopSignal stop,
            JdbcRunHistoryRepository history) {
        this.launcher = launcher;
        this.properties = properties;
        this.stop = stop;
        this.history = history;
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
        switch (options.mode()) {
            case ONCE -> exitCode = launcher.launch(options.request(), options.failOn(), options.force());
            case SCHEDULE -> schedule(options.request());
            case WATCH -> new SubmissionsWatcher(launcher, options.request(), properties.watch(),
                    Clock.systemDefaultZone(), stop).run();
            case HISTORY -> new HistoryPrinter(history).print(options.historyPeriod());
        }
    }

    /** Each firing reconciles its period with the given official tables and output, from the period's folder. */
    private void schedule(ReconcileRequest given) throws Exception {
        new ScheduledReconciliation(launcher, KeepRunningOptions.cron(properties.schedule().cron()),
                period -> new ReconcileRequest(period, given.official(), properties.submissions().resolve(period),
                        given.output()), Clock.systemDefaultZone(), stop).run();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}

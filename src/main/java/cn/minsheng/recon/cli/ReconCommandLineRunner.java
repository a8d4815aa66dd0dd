package cn.minsheng.recon.cli;

import cn.minsheng.recon.batch.ReconcileRequest;
import cn.minsheng.recon.configuration.ReconProperties;
import cn.minsheng.recon.console.Console;
import cn.minsheng.recon.run.CountiesReconciliation;
import cn.minsheng.recon.run.RunLauncher;
import cn.minsheng.recon.run.ScheduledReconciliation;
import cn.minsheng.recon.run.StopSignal;
import cn.minsheng.recon.run.SubmissionsWatcher;
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
 * Runs the {@link Command} of the command line and turns its outcome into the exit status of SPEC §6
 * ({@link ExitCode}). With {@code --schedule} or {@code --watch} it stays up until the application is closed, then
 * exits 0.
 */
@Component
@ConditionalOnProperty(name = "recon.command-line.enabled", havingValue = "true", matchIfMissing = true)
public class ReconCommandLineRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger CONSOLE = LoggerFactory.getLogger(Console.NAME);

    private final RunLauncher launcher;
    private final ReconProperties properties;
    private final StopSignal stop;
    private final JdbcRunHistoryRepository history;
    private final CountiesReconciliation counties;
    private final Clock clock;
    private int exitCode = ExitCode.COMPLETED;

    ReconCommandLineRunner(RunLauncher launcher, ReconProperties properties, StopSignal stop,
            JdbcRunHistoryRepository history, CountiesReconciliation counties, Clock clock) {
        this.launcher = launcher;
        this.properties = properties;
        this.stop = stop;
        this.history = history;
        this.counties = counties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Command command;
        try {
            command = CommandLine.parse(args.getSourceArgs(), properties, clock);
        } catch (CommandLine.InvalidException e) {
            CONSOLE.error(e.getMessage());
            exitCode = ExitCode.BAD_INPUT;
            return;
        }
        if (command instanceof Command.Once once) {
            exitCode = ExitCode.of(launcher.launch(once.request(), once.failOn(), once.force()));
        } else if (command instanceof Command.Schedule schedule) {
            schedule(schedule);
        } else if (command instanceof Command.Watch watch) {
            new SubmissionsWatcher(launcher, watch.request(), properties.watch(), clock, stop)
                    .run();
        } else if (command instanceof Command.History asked) {
            new HistoryPrinter(history).print(asked.period());
        } else if (command instanceof Command.Counties all) {
            exitCode = ExitCode.of(counties.run(all.input(), all.period(), all.output(), all.failOn(), all.force()));
        }
    }

    /** Each firing reconciles its period with the given official tables and output, from the period's folder. */
    private void schedule(Command.Schedule given) throws Exception {
        new ScheduledReconciliation(launcher, KeepRunningOptions.cron(properties.schedule().cron()),
                period -> new ReconcileRequest(period, given.official(),
                        properties.submissions().resolve(period.toString()), given.output()),
                clock, stop).run();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}

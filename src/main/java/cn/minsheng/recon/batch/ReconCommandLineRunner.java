package cn.minsheng.recon.batch;

import cn.minsheng.recon.configuration.ReconProperties;
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
    private int exitCode = COMPLETED;

    ReconCommandLineRunner(ReconcileLauncher launcher, ReconProperties properties) {
        this.launcher = launcher;
        this.properties = properties;
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
        exitCode = launcher.launch(options.request(), options.failOn(), options.force());
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}

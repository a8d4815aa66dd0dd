package cn.minsheng.recon.cli;

import cn.minsheng.recon.configuration.StateDatabase;
import cn.minsheng.recon.report.PoiTempFolder;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.SpringApplication;

/**
 * Starts the application for one command line and returns its exit status: the application built from the given
 * sources, its database in the output folder unless config names another ({@link StateDatabase}).
 */
public final class CommandLineApplication {

    private static final String H2_BIND_ADDRESS = "h2.bindAddress";
    /** How many times a launch tries to open a database another launch is creating or opening at that moment. */
    private static final int OPEN_ATTEMPTS = 8;

    private CommandLineApplication() {
    }

    /** Runs the application built from {@code sources} on {@code args}; the exit status of SPEC §6. */
    public static int run(String[] args, Class<?>... sources) {
        Optional<String> asked = Usage.asked(args);
        if (asked.isPresent()) {
            readable(System.out, FileDescriptor.out).println(asked.get().stripTrailing());
            return ExitCode.COMPLETED;
        }
        Optional<String> encoding = FileNameEncoding.problem();
        if (encoding.isPresent()) {
            readable(System.err, FileDescriptor.err).println(encoding.get());
            return ExitCode.BAD_INPUT;
        }
        PoiTempFolder.install(Path.of(System.getProperty("java.io.tmpdir")));
        loopbackDatabaseServer();
        for (int attempt = 1; ; attempt++) {
            try {
                return SpringApplication.exit(application(sources).run(args));
            } catch (RuntimeException e) {
                if (attempt < OPEN_ATTEMPTS && StartupFailure.databaseBusy(e)) {
                    // launches started together race to create or open the database file: the one that lost
                    // starts again, and then finds the period's lock (exit 4) or the run done
                    pause(attempt);
                    continue;
                }
                // before the job started (Spring's own report of it is off: application.yml)
                System.err.println(StartupFailure.report(e, Path.of(System.getProperty("java.io.tmpdir"))));
                return ExitCode.BAD_INPUT;
            }
        }
    }

    /**
     * The embedded database's server (H2's AUTO_SERVER, started when a second local process opens the file) listens
     * on the loopback interface only: no firewall prompt, nothing reachable from the network. H2 reads the setting
     * when it first opens a socket; a value set by the user stands.
     */
    static void loopbackDatabaseServer() {
        if (System.getProperty(H2_BIND_ADDRESS) == null) {
            System.setProperty(H2_BIND_ADDRESS, InetAddress.getLoopbackAddress().getHostAddress());
        }
    }

    /**
     * {@code stream}, or, when the locale's charset cannot write Chinese (cron's {@code LANG=C}), the same descriptor
     * written in UTF-8: a terminal or log shows UTF-8 better than the question marks the locale would print.
     */
    static PrintStream readable(PrintStream stream, FileDescriptor descriptor) {
        String encoding = System.getProperty("native.encoding", Charset.defaultCharset().name());
        return FileNameEncoding.writesChinese(encoding) ? stream : new PrintStream(new FileOutputStream(descriptor), true, StandardCharsets.UTF_8);
    }

    /** A growing, jittered pause, so that launches started together do not meet again at the same moment. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt + ThreadLocalRandom.current().nextLong(300));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The application built from {@code sources} as a command line starts it, not yet run. */
    public static SpringApplication application(Class<?>... sources) {
        SpringApplication application = new SpringApplication(sources);
        application.addListeners(new StateDatabase(Path.of("")));
        return application;
    }
}

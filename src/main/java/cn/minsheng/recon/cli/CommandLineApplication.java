package cn.minsheng.recon.cli;

import cn.minsheng.recon.configuration.StateDatabase;
import cn.minsheng.recon.report.PoiTempFolder;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.SpringApplication;

/**
 * Starts the application for one command line and returns its exit status: the application built from the given
 * sources, its database in the output folder unless config names another ({@link StateDatabase}).
 */
public final class CommandLineApplication {

    private CommandLineApplication() {
    }

    /** Runs the application built from {@code sources} on {@code args}; the exit status of SPEC §6. */
    public static int run(String[] args, Class<?>... sources) {
        Optional<String> encoding = FileNameEncoding.problem();
        if (encoding.isPresent()) {
            System.err.println(encoding.get());
            return ExitCode.BAD_INPUT;
        }
        PoiTempFolder.install(Path.of(System.getProperty("java.io.tmpdir")));
        return SpringApplication.exit(application(sources).run(args));
    }

    /** The application built from {@code sources} as a command line starts it, not yet run. */
    public static SpringApplication application(Class<?>... sources) {
        SpringApplication application = new SpringApplication(sources);
        application.addListeners(new StateDatabase(Path.of("")));
        return application;
    }
}

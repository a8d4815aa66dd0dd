package cn.minsheng.recon.batch;

import cn.minsheng.recon.configuration.DefaultDatabase;
import cn.minsheng.recon.report.PoiTempFolder;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;

/**
 * Starts one command-line run and returns its exit status: the application built from the given sources, its
 * database under {@code --output} unless config names another ({@link DefaultDatabase}).
 */
public final class ReconLauncher {

    private ReconLauncher() {
    }

    /** Runs the application built from {@code sources} on {@code args}; the exit status of SPEC §6. */
    public static int run(String[] args, Class<?>... sources) {
        PoiTempFolder.install(Path.of(System.getProperty("java.io.tmpdir")));
        SpringApplication application = new SpringApplication(sources);
        application.setDefaultProperties(DefaultDatabase.properties(args));
        return SpringApplication.exit(application.run(args));
    }
}

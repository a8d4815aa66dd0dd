package cn.minsheng.recon.configuration;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the embedded H2 file database lives when config names none: {@code <output>/.recon/recon-db}, following
 * {@code --output} so that every run against one output folder shares one job repository and history.
 */
public final class DefaultDatabase {

    private DefaultDatabase() {
    }

    /** Default properties for SpringApplication: the lowest precedence, so any configured URL wins. */
    public static Map<String, Object> properties(String[] args) {
        String output = "output";
        for (String arg : args) {
            if (arg.startsWith("--output=") && arg.length() > "--output=".length()) {
                output = arg.substring("--output=".length());
            }
        }
        Path file = Path.of(output).toAbsolutePath().normalize().resolve(".recon").resolve("recon-db");
        // the batch schema script re-runs on every start and its "already exists" errors would fill a trace file;
        // H2 must not close the database in its own shutdown hook: on Ctrl-C --schedule and --watch let the run in
        // progress finish before the application closes the data source
        return Map.of("spring.datasource.url", "jdbc:h2:file:" + file + ";TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE");
    }
}

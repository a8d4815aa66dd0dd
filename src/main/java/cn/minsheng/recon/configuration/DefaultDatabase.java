package cn.minsheng.recon.configuration;

import java.util.Map;

/**
 * Where the embedded H2 file database lives when config names none: one per period,
 * {@code <output>/.recon/<period>/recon-db} (see {@link StateFolder}), following {@code --output}. An embedded H2
 * file is locked by the one JVM that opens it, so a database per period lets runs of different periods go side by
 * side in separate processes; runs of one period are kept apart by the period lock, taken before this database is
 * opened.
 */
public final class DefaultDatabase {

    private DefaultDatabase() {
    }

    /** Default properties for SpringApplication: the lowest precedence, so any configured URL wins. */
    public static Map<String, Object> properties(String[] args) {
        // the batch schema script re-runs on every start and its "already exists" errors would fill a trace file
        return Map.of("spring.datasource.url",
                "jdbc:h2:file:" + StateFolder.of(args).database() + ";TRACE_LEVEL_FILE=0");
    }
}

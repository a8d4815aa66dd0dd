package cn.minsheng.recon.configuration;

import java.util.Map;

/**
 * Where the embedded H2 file database lives when config names none: {@code <output>/.recon/recon-db}, following
 * {@code --output} so that every run against one output folder shares one job repository and history.
 *
 * <p>{@code AUTO_SERVER}: the first process to open the file serves it to the others over loopback TCP, so runs of
 * different periods, an on-demand run beside {@code --schedule} and {@code --history} can use it at the same time;
 * one run per period at a time is the period lock's work ({@code PeriodLock}). When the serving process ends while
 * another is inside a transaction, that transaction is rolled back and its run fails; the next launch restarts it
 * where it stopped.
 */
public final class DefaultDatabase {

    private DefaultDatabase() {
    }

    /** Default properties for SpringApplication: the lowest precedence, so any configured URL wins. */
    public static Map<String, Object> properties(String[] args) {
        // the batch schema script re-runs on every start and its "already exists" errors would fill a trace file
        return Map.of("spring.datasource.url",
                "jdbc:h2:file:" + StateFolder.of(args).database() + ";AUTO_SERVER=TRUE;TRACE_LEVEL_FILE=0");
    }
}

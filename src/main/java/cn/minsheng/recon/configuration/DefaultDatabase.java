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
 *
 * <p>{@code CACHE_SIZE} (KB): H2 otherwise keeps pages up to a share of the heap, so that a run over a hundred
 * counties held more of the database on the heap than a run over nine. What a run stages is written once and read
 * back once; a small cache costs it nothing measurable.
 */
public final class DefaultDatabase {

    private DefaultDatabase() {
    }

    /** The options every database file of the job is opened with. */
    public static final String OPTIONS = ";AUTO_SERVER=TRUE;TRACE_LEVEL_FILE=0;CACHE_SIZE=2048";

    /** Default properties for SpringApplication: the lowest precedence, so any configured URL wins. */
    public static Map<String, Object> properties(String[] args) {
        // the batch schema script re-runs on every start and its "already exists" errors would fill a trace file
        return Map.of("spring.datasource.url",
                "jdbc:h2:file:" + StateFolder.of(args).database() + OPTIONS);
    }
}

package cn.minsheng.recon.console;

import java.time.format.DateTimeFormatter;
import org.slf4j.MDC;

/**
 * The logger the operator reads: plain Chinese lines, configured in application.yml. In a run of several counties
 * each line carries its county ({@link #COUNTY}, shown as {@code 【岳阳县】}), so that lines of counties reconciled side
 * by side can be told apart and each county's run.log keeps only its own.
 */
public final class Console {

    public static final String NAME = "minsheng-recon";
    /** How a moment is shown to the operator: {@code 2026-03-05 08:00:00}. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** The diagnostic context key naming the county a line is about; absent in a plain run. */
    static final String COUNTY = "county";

    /** The county named on this thread's lines while it lasts. */
    public interface CountyScope extends AutoCloseable {
        @Override
        void close();
    }

    private Console() {
    }

    /** Names {@code county} on the lines of this thread until closed; an empty county names none. */
    public static CountyScope county(String county) {
        if (county.isEmpty()) {
            return () -> { };
        }
        MDC.put(COUNTY, county);
        return () -> MDC.remove(COUNTY);
    }
}

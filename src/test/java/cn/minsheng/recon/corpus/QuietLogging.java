package cn.minsheng.recon.corpus;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Keeps POI's INFO lines (one per .xls property set written) off the console of the command-line tools. */
public final class QuietLogging {

    private QuietLogging() {
    }

    public static void apply() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    }
}

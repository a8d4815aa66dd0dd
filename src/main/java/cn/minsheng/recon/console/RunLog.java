package cn.minsheng.recon.console;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * {@code output/<period>/run.log}: while a run lasts, every line the operator sees on the console is appended
 * there too, with its time, so that a scheduled run leaves its account behind.
 */
public final class RunLog implements AutoCloseable {

    public static final String FILE_NAME = "run.log";

    private final Logger console;
    private final FileAppender<ILoggingEvent> appender;

    private RunLog(Logger console, FileAppender<ILoggingEvent> appender) {
        this.console = console;
        this.appender = appender;
    }

    /** Starts copying the console to {@code periodOutput/run.log}, appending to what earlier runs wrote. */
    static RunLog open(Path periodOutput) throws IOException {
        return open(periodOutput, "");
    }

    /**
     * As {@link #open(Path)}, copying only the lines about {@code county} ({@link Console#COUNTY}); an empty county
     * takes the lines that name none, those of a plain run.
     */
    public static RunLog open(Path periodOutput, String county) throws IOException {
        Files.createDirectories(periodOutput);
        Logger console = (Logger) LoggerFactory.getLogger(Console.NAME);
        LoggerContext context = console.getLoggerContext();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss} %-5level %msg%n");
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("run-log-" + periodOutput);
        appender.setFile(periodOutput.resolve(FILE_NAME).toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        appender.addFilter(new Filter<>() {
            @Override
            public FilterReply decide(ILoggingEvent event) {
                String about = event.getMDCPropertyMap().getOrDefault(Console.COUNTY, "");
                return about.equals(county) ? FilterReply.NEUTRAL : FilterReply.DENY;
            }
        });
        appender.start();
        console.addAppender(appender);
        return new RunLog(console, appender);
    }

    @Override
    public void close() {
        console.detachAppender(appender);
        appender.stop();
    }
}

package cn.minsheng.recon.configuration;

import cn.minsheng.recon.console.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Where the job repository and the history live when config names no database: the embedded H2 file
 * {@code <output>/.recon/recon-db}, the output folder being the one every run of the process writes to and locks
 * ({@link StateFolder#output}: {@code --output}, else {@code recon.output}, read once config has been loaded). A
 * history database that a release which ignored {@code recon.output} left under the working folder's
 * {@code output/.recon/} is moved there, with one console line; while a process still has it open it is used where
 * it is.
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
public final class StateDatabase implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** The options every database file of the job is opened with. */
    public static final String OPTIONS = ";AUTO_SERVER=TRUE;TRACE_LEVEL_FILE=0;CACHE_SIZE=2048";

    private static final Logger CONSOLE = LoggerFactory.getLogger(Console.NAME);
    private static final String URL = "spring.datasource.url";
    /** The files of an H2 database named {@code recon-db}: its data, its trace, and the lock of a process using it. */
    private static final List<String> SUFFIXES = List.of(".mv.db", ".trace.db");
    private static final String LOCK = ".lock.db";

    private final Path workingFolder;

    /** @param workingFolder the folder relative paths are taken from, where an earlier release put its database */
    public StateDatabase(Path workingFolder) {
        this.workingFolder = workingFolder;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (environment.containsProperty(URL)) {
            return;
        }
        PropertySource<?> commandLine = environment.getPropertySources().get("commandLineArgs");
        Optional<String> given = Optional.ofNullable(commandLine).map(source -> source.getProperty("output"))
                .map(Object::toString);
        Path output = workingFolder.resolve(StateFolder.output(given,
                Path.of(environment.getProperty("recon.output", StateFolder.DEFAULT_OUTPUT))));
        writable(StateFolder.of(output).database().getParent());
        Path database = database(StateFolder.of(output).database());
        // the lowest precedence: a configured URL, however given, wins
        environment.getPropertySources().addLast(new MapPropertySource("minsheng-recon-database",
                Map.of(URL, "jdbc:h2:file:" + database + OPTIONS)));
    }

    /**
     * Checks that the state folder can be made and written before anything is read: a file in the way, a read-only
     * or full disk is one clear error, not a database's stack trace after every submission was read.
     *
     * @throws UnwritableOutputException naming the folder and the reason
     */
    private static void writable(Path stateFolder) {
        try {
            Files.createDirectories(stateFolder);
            Files.delete(Files.createTempFile(stateFolder, ".write-check-", ".tmp"));
        } catch (IOException | RuntimeException e) {
            throw new UnwritableOutputException("输出目录无法写入：" + stateFolder.getParent().toAbsolutePath().normalize()
                    + "（" + reason(stateFolder, e) + "；请用 --output= 指定一个可写的目录）", e);
        }
    }

    /** Why a folder could not be made or written: a file in its place, no permission, else what the system said. */
    private static String reason(Path folder, Exception e) {
        for (Path at = folder.toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.exists(at)) {
                return Files.isDirectory(at) ? e instanceof AccessDeniedException ? "没有写入权限"
                        : String.valueOf(e.getMessage()) : "“" + at + "”是文件，不是目录";
            }
        }
        return String.valueOf(e.getMessage());
    }

    /** The database to open: the one in the state folder, after moving an earlier release's there. */
    private Path database(Path wanted) {
        Path earlier = StateFolder.of(workingFolder.resolve(StateFolder.DEFAULT_OUTPUT)).database();
        if (earlier.equals(wanted) || exists(wanted) || !exists(earlier)) {
            return wanted;
        }
        if (Files.exists(file(earlier, LOCK))) {
            CONSOLE.warn("对账记录数据库仍在旧位置 {}，且正被另一个程序使用，本次继续使用旧位置；该程序结束后再运行一次即会移到 {}",
                    earlier.getParent(), wanted.getParent());
            return earlier;
        }
        try {
            Files.createDirectories(wanted.getParent());
            for (String suffix : SUFFIXES) {
                if (Files.exists(file(earlier, suffix))) {
                    Files.move(file(earlier, suffix), file(wanted, suffix));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("对账记录数据库无法从 " + earlier.getParent() + " 移到 " + wanted.getParent(), e);
        }
        CONSOLE.info("对账记录数据库已从 {} 移到输出目录 {}", earlier.getParent(), wanted.getParent());
        return wanted;
    }

    private static boolean exists(Path database) {
        return Files.exists(file(database, ".mv.db"));
    }

    private static Path file(Path database, String suffix) {
        return database.resolveSibling(database.getFileName() + suffix);
    }

    /** After config has been loaded: {@code recon.output} is read from it. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

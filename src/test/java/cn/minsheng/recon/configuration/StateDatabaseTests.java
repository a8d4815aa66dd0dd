package cn.minsheng.recon.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.minsheng.recon.ReconApplication;
import cn.minsheng.recon.cli.CommandLineApplication;
import cn.minsheng.recon.console.Console;
import cn.minsheng.recon.testing.SampleCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * One output folder per process: the database, the period locks and the outputs all go where {@code --output}, else
 * {@code recon.output}, says; a database an earlier release left under the working folder's {@code output/} is moved
 * there.
 */
@ExtendWith(OutputCaptureExtension.class)
class StateDatabaseTests {

    @TempDir
    Path work;

    @Nested
    class WhereTheDatabaseIs {

        @Test
        void inTheConfiguredOutputFolder() {
            StandardEnvironment environment = prepared(Map.of("recon.output", work.resolve("elsewhere").toString()));

            assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:file:"
                    + work.resolve("elsewhere/.recon/recon-db").toAbsolutePath() + StateDatabase.OPTIONS);
        }

        @Test
        void inTheOutputFolderOfTheCommandLineBeforeTheConfiguredOne() {
            StandardEnvironment environment = prepared(Map.of("recon.output", work.resolve("elsewhere").toString()),
                    "--output=" + work.resolve("given"));

            assertThat(environment.getProperty("spring.datasource.url"))
                    .startsWith("jdbc:h2:file:" + work.resolve("given/.recon/recon-db").toAbsolutePath() + ";");
        }

        @Test
        void relativeToTheWorkingFolder() {
            StandardEnvironment environment = prepared(Map.of());

            assertThat(environment.getProperty("spring.datasource.url"))
                    .startsWith("jdbc:h2:file:" + work.resolve("output/.recon/recon-db").toAbsolutePath() + ";");
        }

        @Test
        void whereConfigNamesADatabase() {
            StandardEnvironment environment = prepared(Map.of("recon.output", "elsewhere",
                    "spring.datasource.url", "jdbc:h2:mem:mine"));

            assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:mem:mine");
        }
    }

    @Nested
    class AnEarlierReleasesDatabase {

        @Test
        void isMovedToTheOutputFolderWithItsRecords() throws SQLException {
            Path earlier = work.resolve("output/.recon/recon-db");
            record(earlier, "2026-02");

            List<String> console = new ArrayList<>();
            StandardEnvironment environment = consoleLines(console,
                    () -> prepared(Map.of("recon.output", work.resolve("elsewhere").toString())));

            Path moved = work.resolve("elsewhere/.recon/recon-db");
            assertThat(environment.getProperty("spring.datasource.url")).contains(moved.toAbsolutePath().toString());
            assertThat(Path.of(earlier + ".mv.db")).doesNotExist();
            assertThat(recorded(moved)).isEqualTo("2026-02");
            assertThat(console).containsExactly("对账记录数据库已从 " + earlier.getParent().toAbsolutePath()
                    + " 移到输出目录 " + moved.getParent().toAbsolutePath());
        }

        @Test
        void isUsedWhereItIsWhileAnotherProcessHasItOpen(CapturedOutput console) throws Exception {
            Path earlier = work.resolve("output/.recon/recon-db");
            record(earlier, "2026-02");
            Files.writeString(Path.of(earlier + ".lock.db"), "held by a running process");

            StandardEnvironment environment = prepared(Map.of("recon.output", work.resolve("elsewhere").toString()));

            assertThat(environment.getProperty("spring.datasource.url"))
                    .contains(earlier.toAbsolutePath().toString());
            assertThat(Path.of(earlier + ".mv.db")).exists();
            assertThat(console.getErr()).contains("正被另一个程序使用，本次继续使用旧位置");
        }

        @Test
        void staysWhenTheOutputFolderHasOneAlready() throws SQLException {
            Path earlier = work.resolve("output/.recon/recon-db");
            record(earlier, "2026-02");
            Path current = work.resolve("elsewhere/.recon/recon-db");
            record(current, "2026-03");

            StandardEnvironment environment = prepared(Map.of("recon.output", work.resolve("elsewhere").toString()));

            assertThat(environment.getProperty("spring.datasource.url")).contains(current.toAbsolutePath().toString());
            assertThat(recorded(current)).isEqualTo("2026-03");
            assertThat(recorded(earlier)).isEqualTo("2026-02");
        }
    }

    /**
     * The fault this guards against: with {@code recon.output} set in config, the database went to
     * {@code ./output/.recon} while the locks and outputs went to the configured folder.
     */
    @Test
    void aRunWithTheOutputFolderFromConfigKeepsEverythingThere() throws Exception {
        Path official = SampleCopy.official(work);
        Path submissions = SampleCopy.submissions(work);
        Path output = work.resolve("configured");

        int exit = CommandLineApplication.run(new String[] {"--period=" + SampleCopy.PERIOD, "--official=" + official,
                "--submissions=" + submissions, "--recon.output=" + output, "--logging.level.minsheng-recon=WARN"},
                ReconApplication.class);

        assertThat(exit).isZero();
        assertThat(output.resolve(".recon/recon-db.mv.db")).isRegularFile();
        assertThat(output.resolve(SampleCopy.PERIOD).resolve("findings.csv")).isRegularFile();
        assertThat(output.resolve(".recon").resolve(SampleCopy.PERIOD + ".lock")).exists();
    }

    /** The environment as Spring has prepared it when the listener sees it, the working folder being {@link #work}. */
    private StandardEnvironment prepared(Map<String, Object> config, String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("config", config));
        if (args.length > 0) {
            environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        }
        new StateDatabase(work).onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), new SpringApplication(), args, environment));
        return environment;
    }

    /** What {@code task} says on the console, one entry a line; the console's level as it was afterwards. */
    private static <T> T consoleLines(List<String> lines, Supplier<T> task) {
        Logger console = (Logger) LoggerFactory.getLogger(Console.NAME);
        Level level = console.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        console.addAppender(appender);
        console.setLevel(Level.INFO);
        try {
            return task.get();
        } finally {
            console.detachAppender(appender);
            console.setLevel(level);
            appender.list.forEach(event -> lines.add(event.getFormattedMessage()));
        }
    }

    /** Makes an H2 file database at {@code database} holding one recorded period. */
    private static void record(Path database, String period) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database.toAbsolutePath(), "sa",
                ""); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE RECON_RUN (PERIOD VARCHAR(7))");
            statement.execute("INSERT INTO RECON_RUN VALUES ('" + period + "')");
        }
    }

    private static String recorded(Path database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database.toAbsolutePath()
                + ";IFEXISTS=TRUE", "sa", ""); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT PERIOD FROM RECON_RUN")) {
            rows.next();
            return rows.getString(1);
        }
    }
}

package cn.minsheng.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.ReconApplication;
import cn.minsheng.recon.testing.Eventually;
import cn.minsheng.recon.testing.ManualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/** {@code --watch} and {@code --schedule} as an office starts them: they stay up until the application is closed. */
@ExtendWith(OutputCaptureExtension.class)
class KeepRunningCommandLineTests {

    /** A second before the default cron's firing of April 2026, which reconciles March. */
    private static final ZonedDateTime BEFORE_A_FIRING = ZonedDateTime.of(2026, 4, 5, 7, 59, 59, 0,
            ZoneId.systemDefault());

    @TempDir
    Path work;

    private final ManualClock clock = new ManualClock(BEFORE_A_FIRING);

    @Test
    void watchStaysUpUntilTheApplicationIsClosed(CapturedOutput console) throws Exception {
        Files.createDirectories(work.resolve("submissions"));
        Application application = Application.start(clock, "--watch", "--period=2026-03",
                "--submissions=" + work.resolve("submissions"), "--output=" + work.resolve("output"),
                "--recon.watch.quiet=200ms", "--recon.watch.poll=50ms");
        Eventually.until("the run at start", () -> console.getOut().contains("对账完成"),
                () -> clock.advance(Duration.ofMillis(200)));
        assertThat(application.isRunning()).isTrue();

        // when the application is closed, as Ctrl-C, SIGTERM or a service stop do
        application.close();

        // then the watch ends, and with it the command-line runner
        assertThat(application.isRunning()).isFalse();
        assertThat(console.getOut()).contains("已停止");
        assertThat(work.resolve("output/2026-03/reconciliation-2026-03.xlsx")).isRegularFile();
        assertThat(console.toString()).doesNotContain("Exception");
    }

    @Test
    void scheduleReconcilesThePreviousMonthFromItsFolderUnderTheSubmissionsRoot(CapturedOutput console)
            throws Exception {
        String previous = "2026-03";
        Path submissions = Files.createDirectories(work.resolve("submissions").resolve(previous));
        Files.copy(Path.of("input/submissions/2026-03/医保局3月报送.xlsx"), submissions.resolve("医保局报送.xlsx"));
        Application application = Application.start(clock, "--schedule", "--output=" + work.resolve("output"),
                "--recon.submissions=" + work.resolve("submissions"));
        Eventually.until("the schedule to start", () -> console.getOut().contains("定时对账已启动"));
        assertThat(console.getOut()).doesNotContain("定时对账（");

        clock.advance(Duration.ofSeconds(1));
        Eventually.until("the firing", () -> console.getOut().contains("对账完成"));
        application.close();

        assertThat(console.getOut()).contains("定时对账已启动", "期间 " + previous, "读取报送：医保局报送.xlsx");
        assertThat(work.resolve("output").resolve(previous).resolve("findings.csv")).isRegularFile();
    }

    @Test
    void scheduleAndWatchTogetherAreExitTwo(CapturedOutput console) {
        String[] args = {"--schedule", "--watch", "--output=" + work.resolve("output")};
        SpringApplication application = CommandLineApplication.application(ReconApplication.class);

        int exit = SpringApplication.exit(application.run(args));

        assertThat(exit).isEqualTo(2);
        assertThat(console.getErr()).contains("--schedule（定时对账）和 --watch（监视报送目录）不能同时使用");
    }

    /** The application run as ReconApplication.main runs it, on a thread of its own. */
    private static final class Application {

        private final AtomicReference<ConfigurableApplicationContext> context = new AtomicReference<>();
        private final Thread main;

        private Application(Clock clock, String... args) {
            SpringApplication application = CommandLineApplication.application(ReconApplication.class);
            application.addInitializers(context::set);
            // the application reads the test's clock, never the computer's
            application.addInitializers(started -> ((GenericApplicationContext) started).registerBean("testClock",
                    Clock.class, () -> clock, definition -> definition.setPrimary(true)));
            main = new Thread(() -> application.run(args), "main-under-test");
            main.setDaemon(true);
        }

        static Application start(Clock clock, String... args) {
            Application application = new Application(clock, args);
            application.main.start();
            return application;
        }

        boolean isRunning() {
            return main.isAlive();
        }

        /** Closes the context, as the shutdown hook does, and waits for the main thread to return. */
        void close() throws InterruptedException {
            Eventually.until("the context to exist", () -> context.get() != null);
            context.get().close();
            main.join(90_000);
        }
    }
}

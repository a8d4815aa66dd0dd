package cn.minsheng.recon.batch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.ReconApplication;
import cn.minsheng.recon.configuration.DefaultDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code --watch} and {@code --schedule} as an office starts them: they stay up until the application is closed. */
@ExtendWith(OutputCaptureExtension.class)
class KeepRunningCommandLineTests {

    @TempDir
    Path work;

    @Test
    void watchStaysUpUntilTheApplicationIsClosed(CapturedOutput console) throws Exception {
        String[] args = {"--watch", "--period=2026-03", "--submissions=" + work.resolve("submissions"),
                "--output=" + work.resolve("output"), "--recon.watch.quiet=200ms", "--recon.watch.poll=50ms"};
        SpringApplication application = new SpringApplication(ReconApplication.class);
        application.setDefaultProperties(DefaultDatabase.properties(args));
        AtomicReference<ConfigurableApplicationContext> context = new AtomicReference<>();
        application.addInitializers(context::set);
        Thread main = new Thread(() -> application.run(args), "main-under-test");
        main.setDaemon(true);
        main.start();
        Eventually.until("the run at start", () -> console.getOut().contains("对账完成"));
        assertThat(main.isAlive()).isTrue();

        // when the application is closed, as Ctrl-C, SIGTERM or a service stop do
        context.get().close();

        // then the watch ends, and with it the command-line runner
        main.join(90_000);
        assertThat(main.isAlive()).isFalse();
        assertThat(console.getOut()).contains("已停止");
        assertThat(work.resolve("output/2026-03/reconciliation-2026-03.xlsx")).isRegularFile();
        assertThat(console.toString()).doesNotContain("Exception");
    }

    @Test
    void scheduleAndWatchTogetherAreExitTwo(CapturedOutput console) {
        String[] args = {"--schedule", "--watch", "--output=" + work.resolve("output")};
        SpringApplication application = new SpringApplication(ReconApplication.class);
        application.setDefaultProperties(DefaultDatabase.properties(args));

        int exit = SpringApplication.exit(application.run(args));

        assertThat(exit).isEqualTo(2);
        assertThat(console.getOut()).contains("--schedule（定时对账）和 --watch（监视报送目录）不能同时使用");
        assertThat(Files.exists(work.resolve("output/2026-03"))).isFalse();
    }
}

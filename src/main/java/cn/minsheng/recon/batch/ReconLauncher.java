package cn.minsheng.recon.batch;

import cn.minsheng.recon.configuration.DefaultDatabase;
import cn.minsheng.recon.configuration.StateFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.SpringApplication;

/**
 * Starts one command-line run and returns its exit status. The period's lock is taken before Spring starts, because
 * the context opens the period's database as it starts: a second run of a period in progress is refused before it
 * touches the database or any output.
 */
public final class ReconLauncher {

    private ReconLauncher() {
    }

    /** Runs the application built from {@code sources} on {@code args}; the exit status of SPEC §6. */
    public static int run(String[] args, Class<?>... sources) {
        StateFolder state = StateFolder.of(args);
        Optional<Path> lockFile = state.periodLock();
        if (lockFile.isEmpty()) {
            // no usable --period: the command-line runner says what is wrong
            return application(args, sources);
        }
        // Spring's logging is not set up yet: these lines go to the console as they are
        Optional<PeriodLock> lock;
        try {
            lock = PeriodLock.tryAcquire(lockFile.get());
        } catch (IOException e) {
            System.out.println("错误：无法创建运行锁文件 " + lockFile.get() + "（" + e.getMessage() + "），请检查输出目录");
            return ReconCommandLineRunner.BAD_INPUT;
        }
        if (lock.isEmpty()) {
            System.out.println("期间 " + state.period().orElseThrow() + " 的对账正在进行中（另一个程序正在运行），本次不再启动；"
                    + "请等它结束后再运行。锁文件：" + lockFile.get());
            return ReconCommandLineRunner.ANOTHER_RUN;
        }
        try (PeriodLock held = lock.get()) {
            return application(args, sources);
        }
    }

    private static int application(String[] args, Class<?>... sources) {
        SpringApplication application = new SpringApplication(sources);
        application.setDefaultProperties(DefaultDatabase.properties(args));
        return SpringApplication.exit(application.run(args));
    }
}

package cn.minsheng.recon.run;

import cn.minsheng.recon.batch.ReconcileRequest;
import cn.minsheng.recon.configuration.ReconProperties;
import cn.minsheng.recon.console.Console;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --watch}: reconciles one period when its submissions folder has settled — once at start, so that the
 * outputs exist, then after every change. A run that does not complete (the job failed, the official tables cannot
 * be read, the period is being reconciled by another process) is tried again after the quiet period, then after
 * twice as long each time, up to an hour.
 * <p>
 * The folder is polled rather than watched with {@code java.nio.file.WatchService}: change events say nothing
 * about when a writer has finished, so sizes and modification times must be compared over time anyway; events from
 * network drives and shared folders are not reliable (the JDK leaves it to the implementation); and a folder that
 * does not exist yet cannot be registered. A listing every few seconds is cheap, works the same everywhere, and
 * is what the tests drive.
 */
public final class SubmissionsWatcher {

    private static final Logger CONSOLE = LoggerFactory.getLogger(Console.NAME);
    private static final Duration LONGEST_RETRY_WAIT = Duration.ofHours(1);

    private final RunLauncher launcher;
    private final ReconcileRequest request;
    private final ReconProperties.Watch settings;
    private final Clock clock;
    private final StopSignal stop;

    public SubmissionsWatcher(RunLauncher launcher, ReconcileRequest request, ReconProperties.Watch settings,
            Clock clock, StopSignal stop) {
        this.launcher = launcher;
        this.request = request;
        this.settings = settings;
        this.clock = clock;
        this.stop = stop;
    }

    /** Watches until a stop is asked for; a run that fails is logged and tried again later. */
    public void run() throws InterruptedException {
        stop.runUntilStopped(() -> {
            CONSOLE.info("监视报送目录：{}（期间 {}）。目录中的文件静止 {} 秒后对账；按 Ctrl-C 停止",
                    request.submissions().toAbsolutePath().normalize(), request.period(),
                    settings.quiet().toMillis() / 1000.0);
            QuietFolder folder = new QuietFolder(request.submissions(), settings.quiet(), clock);
            String why = "首次对账";
            Duration retryWait = settings.quiet();
            do {
                Optional<FolderSnapshot> settled = poll(folder);
                if (settled.isPresent()) {
                    CONSOLE.info("{}：报送文件 {} 个", why, settled.get().files().size());
                    if (reconcile()) {
                        why = "报送目录有变化，重新对账";
                        retryWait = settings.quiet();
                    } else {
                        CONSOLE.info("对账没有完成，{} 秒后重试（报送目录有变化时照常对账）", retryWait.toMillis() / 1000.0);
                        folder.retryAfter(retryWait);
                        why = "再次对账";
                        retryWait = min(retryWait.multipliedBy(2), LONGEST_RETRY_WAIT);
                    }
                }
            } while (stop.pause(settings.poll()));
        });
    }

    private Optional<FolderSnapshot> poll(QuietFolder folder) {
        try {
            return folder.poll();
        } catch (Exception e) {
            CONSOLE.warn("报送目录暂时无法读取：{}（{}），稍后再看", request.submissions(), e.getMessage());
            return Optional.empty();
        }
    }

    /** True when the job completed (with findings or not). */
    private boolean reconcile() {
        try {
            return launcher.launch(request, Optional.empty()).completed();
        } catch (Exception e) {
            CONSOLE.error("对账失败（期间 {}）：{}", request.period(), e, e);
            return false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}

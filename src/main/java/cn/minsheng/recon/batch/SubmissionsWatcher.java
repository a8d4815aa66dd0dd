package cn.minsheng.recon.batch;

import cn.minsheng.recon.configuration.ReconProperties;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --watch}: reconciles one period when its submissions folder has settled — once at start, so that the
 * outputs exist, then after every change.
 * <p>
 * The folder is polled rather than watched with {@code java.nio.file.WatchService}: change events say nothing
 * about when a writer has finished, so sizes and modification times must be compared over time anyway; events from
 * network drives and shared folders are not reliable (the JDK leaves it to the implementation); and a folder that
 * does not exist yet cannot be registered. A listing every few seconds is cheap, works the same everywhere, and
 * is what the tests drive.
 */
final class SubmissionsWatcher {

    private static final Logger CONSOLE = LoggerFactory.getLogger(Console.NAME);

    private final ReconcileLauncher launcher;
    private final ReconcileRequest request;
    private final ReconProperties.Watch settings;
    private final Clock clock;
    private final StopSignal stop;

    SubmissionsWatcher(ReconcileLauncher launcher, ReconcileRequest request, ReconProperties.Watch settings,
            Clock clock, StopSignal stop) {
        this.launcher = launcher;
        this.request = request;
        this.settings = settings;
        this.clock = clock;
        this.stop = stop;
    }

    /** Watches until a stop is asked for; a run that fails is logged and the watch goes on. */
    void run() throws InterruptedException {
        stop.runUntilStopped(() -> {
            CONSOLE.info("监视报送目录：{}（期间 {}）。目录中的文件静止 {} 秒后对账；按 Ctrl-C 停止",
                    request.submissions().toAbsolutePath().normalize(), request.period(),
                    settings.quiet().toMillis() / 1000.0);
            QuietFolder folder = new QuietFolder(request.submissions(), settings.quiet(), clock);
            boolean first = true;
            do {
                Optional<FolderSnapshot> settled = poll(folder);
                if (settled.isPresent()) {
                    CONSOLE.info(first ? "首次对账：报送文件 {} 个" : "报送目录有变化，重新对账：报送文件 {} 个",
                            settled.get().files().size());
                    first = false;
                    reconcile();
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

    private void reconcile() {
        try {
            launcher.launch(request, Optional.empty());
        } catch (Exception e) {
            CONSOLE.error("对账失败（期间 {}）：{}；报送目录再有变化时重试", request.period(), e, e);
        }
    }
}

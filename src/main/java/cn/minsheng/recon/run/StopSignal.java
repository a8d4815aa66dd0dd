package cn.minsheng.recon.run;

import cn.minsheng.recon.console.Console;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * Tells a mode that stays up ({@code --schedule}, {@code --watch}) that the application is closing (SIGTERM,
 * Ctrl-C, a service stop), and holds the close back until the reconciliation in progress has ended, so that the
 * job repository is not shut under a running job.
 */
@Component
public class StopSignal implements ApplicationListener<ContextClosedEvent> {

    private static final Logger CONSOLE = LoggerFactory.getLogger(Console.NAME);

    /** The work of a mode that stays up; it pauses with {@link StopSignal#pause}. */
    public interface Loop {
        void run() throws InterruptedException;
    }

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch loopEnded = new CountDownLatch(1);
    private volatile boolean looping;

    /** Runs the loop on the calling thread until it returns, typically after a stop. */
    void runUntilStopped(Loop loop) throws InterruptedException {
        looping = true;
        try {
            loop.run();
        } finally {
            loopEnded.countDown();
        }
    }

    /** Waits for the given time; false when a stop was asked for, before or during the wait. */
    boolean pause(Duration time) throws InterruptedException {
        return !stopRequested.await(Math.max(0, time.toMillis()), TimeUnit.MILLISECONDS);
    }

    boolean stopping() {
        return stopRequested.getCount() == 0;
    }

    public void stop() {
        stopRequested.countDown();
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        stop();
        if (!looping) {
            return;
        }
        CONSOLE.info("正在停止（如有对账正在进行，等它结束）……");
        try {
            loopEnded.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        CONSOLE.info("已停止。");
    }
}

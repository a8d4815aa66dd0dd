package cn.minsheng.recon.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.run.StopSignal;
import java.util.concurrent.atomic.AtomicReference;

/** A mode that stays up, run on a thread of its own until the test stops it, as closing the application would. */
public final class InBackground implements AutoCloseable {

    private static final long JOIN_MILLIS = 90_000;

    private final StopSignal stop;
    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private InBackground(StopSignal stop, StopSignal.Loop mode) {
        this.stop = stop;
        this.thread = new Thread(() -> {
            try {
                mode.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "mode-under-test");
        thread.setDaemon(true);
    }

    public static InBackground start(StopSignal stop, StopSignal.Loop mode) {
        InBackground running = new InBackground(stop, mode);
        running.thread.start();
        return running;
    }

    /** Asks for a stop and waits for the mode to return, its run in progress finished. */
    @Override
    public void close() throws InterruptedException {
        stop.stop();
        thread.join(JOIN_MILLIS);
        assertThat(thread.isAlive()).as("the mode has stopped").isFalse();
        assertThat(failure.get()).as("the mode ended without an exception").isNull();
    }
}

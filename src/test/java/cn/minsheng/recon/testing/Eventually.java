package cn.minsheng.recon.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits, bounded, for something the thread under test will do; never a measure of how long it takes. */
public final class Eventually {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STEP = Duration.ofMillis(50);

    private Eventually() {
    }

    public static void until(String what, BooleanSupplier condition) throws InterruptedException {
        until(what, condition, () -> { });
    }

    /** Checks the condition, doing {@code betweenTries} after each failed check, until it holds or time runs out. */
    public static void until(String what, BooleanSupplier condition, Runnable betweenTries) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for: " + what);
            }
            betweenTries.run();
            Thread.sleep(STEP.toMillis());
        }
    }
}

package cn.minsheng.recon.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The peak live set of one task: every {@code everyMillis} a full collection ({@code System.gc()}) and the heap
 * occupancy right after it, the largest kept. Unlike the occupancy after the collector's own collections
 * ({@link HeapSampler}), which includes whatever old garbage its heuristics have not yet reclaimed and so grows
 * with how long a task runs, this is what the task really holds at those moments. The forced collections slow the
 * task down: its time is not a figure.
 */
final class LiveSetSampler {

    /** Bytes; the number of full collections sampled. */
    record LiveSet<T>(T result, long peak, int samples) {
    }

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private LiveSetSampler() {
    }

    static <T> LiveSet<T> measure(Supplier<T> task, long everyMillis) {
        AtomicLong peak = new AtomicLong();
        AtomicInteger samples = new AtomicInteger();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(everyMillis);
                } catch (InterruptedException e) {
                    return;
                }
                System.gc();
                peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                samples.incrementAndGet();
            }
        }, "live-set-sampler");
        sampler.setDaemon(true);
        sampler.start();
        T result;
        try {
            result = task.get();
        } finally {
            sampler.interrupt();
        }
        return new LiveSet<>(result, peak.get(), samples.get());
    }
}

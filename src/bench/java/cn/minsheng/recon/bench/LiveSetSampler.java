package cn.minsheng.recon.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The peak live set of one task: every {@code everyMillis} a full collection ({@code System.gc()}) and the heap
 * occupancy right after it as that collection reports it (not as read afterwards, when the task's threads may
 * already have allocated again), the largest kept. Unlike the occupancy after the collector's own collections
 * ({@link HeapSampler}), which includes whatever old garbage its heuristics have not yet reclaimed and so grows
 * with how long a task runs, this is what the task really holds at those moments. The forced collections slow the
 * task down: its time is not a figure.
 */
final class LiveSetSampler {

    /** Bytes; the number of full collections sampled. */
    record LiveSet<T>(T result, long peak, int samples) {
    }

    /** The heap's pools: a collection's report covers the non-heap ones (metaspace, code) too. */
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());

    /** The collector that {@code System.gc()} runs: G1's, Parallel's or Serial's full collection. */
    private static final Optional<com.sun.management.GarbageCollectorMXBean> FULL = ManagementFactory
            .getGarbageCollectorMXBeans().stream()
            .filter(bean -> bean.getName().contains("Old") || bean.getName().contains("MarkSweep"))
            .map(com.sun.management.GarbageCollectorMXBean.class::cast)
            .findFirst();

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
                afterFullCollection().ifPresent(used -> {
                    peak.accumulateAndGet(used, Math::max);
                    samples.incrementAndGet();
                });
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

    /** Bytes in use right after the last full collection, by the collector's own account. */
    private static Optional<Long> afterFullCollection() {
        return FULL.map(com.sun.management.GarbageCollectorMXBean::getLastGcInfo)
                .map(info -> info.getMemoryUsageAfterGc().entrySet().stream()
                        .filter(pool -> HEAP_POOLS.contains(pool.getKey()))
                        .mapToLong(pool -> pool.getValue().getUsed()).sum());
    }
}

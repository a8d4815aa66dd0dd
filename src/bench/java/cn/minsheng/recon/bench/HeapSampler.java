package cn.minsheng.recon.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The peak heap of one task, two ways. {@code peakUsed}: the largest heap occupancy sampled every 2 ms while the task
 * runs (and seen by the collector before each collection), garbage included, so it grows with the heap and young
 * generation the collector is allowed to fill. {@code peakLive}: the largest occupancy right after a collection that
 * ended during the task (from the collectors' notifications): what the task kept reachable then, plus any old
 * garbage not yet collected — an upper bound of the live set, and the figure a heap limit such as {@code -Xmx256m}
 * has to hold; zero when no collection happened (the benchmark fixes a small young generation so that collections
 * happen every few MB). Both are absolute — the JVM's own baseline (Spring contexts, loaded classes) included — and
 * the baseline after a full collection before the task is given apart.
 */
final class HeapSampler {

    /** Bytes. */
    record Peak(long baseline, long peakUsed, long peakLive, int collections) {
    }

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapSampler() {
    }

    static <T> Measured<T> measure(Supplier<T> task) {
        System.gc();
        System.gc();
        long baseline = MEMORY.getHeapMemoryUsage().getUsed();
        // notifications arrive late, on a service thread: count only collections that started during the task
        long startedUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        AtomicLong peakUsed = new AtomicLong(baseline);
        AtomicLong peakLive = new AtomicLong();
        AtomicLong collections = new AtomicLong();
        NotificationListener listener = (Notification notification, Object handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                if (info.getGcInfo().getStartTime() < startedUptime) {
                    return;
                }
                long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                        .mapToLong(MemoryUsage::getUsed).sum();
                long before = info.getGcInfo().getMemoryUsageBeforeGc().values().stream()
                        .mapToLong(MemoryUsage::getUsed).sum();
                peakLive.accumulateAndGet(after, Math::max);
                peakUsed.accumulateAndGet(before, Math::max);
                collections.incrementAndGet();
            }
        };
        List<NotificationEmitter> emitters = new ArrayList<>();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakUsed.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        T result;
        try {
            result = task.get();
        } finally {
            sampler.interrupt();
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    // already gone
                }
            }
        }
        long nanos = System.nanoTime() - started;
        return new Measured<>(result, nanos, new Peak(baseline, peakUsed.get(), peakLive.get(), (int) collections.get()));
    }

    /** What the task returned, its wall time and its heap. */
    record Measured<T>(T result, long nanos, Peak peak) {
    }
}

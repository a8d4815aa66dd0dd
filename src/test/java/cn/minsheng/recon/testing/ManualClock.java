package cn.minsheng.recon.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that stands still until the test moves it; safe to read from the thread under test. It counts how often it
 * has been read, so that a test can wait until the code under test has looked at the time again.
 */
public final class ManualClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;
    private final AtomicLong reads = new AtomicLong();

    public ManualClock(ZonedDateTime start) {
        this(start.getZone(), start.toInstant());
    }

    private ManualClock(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
    }

    public void advance(Duration time) {
        now = now.plus(time);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ManualClock(other, now);
    }

    @Override
    public Instant instant() {
        reads.incrementAndGet();
        return now;
    }

    /** How often the time has been read. */
    public long reads() {
        return reads.get();
    }
}

package cn.minsheng.recon.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeriodLockTests {

    @TempDir
    Path output;

    @Test
    void isHeldByOneRunAtATimeAndFreeOnceReleased() throws Exception {
        Path file = output.resolve(".recon").resolve("2026-03.lock");

        Optional<PeriodLock> first = PeriodLock.tryAcquire(file);
        Optional<PeriodLock> second = PeriodLock.tryAcquire(file);
        first.orElseThrow().close();
        Optional<PeriodLock> third = PeriodLock.tryAcquire(file);

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(third).isPresent();
        third.orElseThrow().close();
        assertThat(file).exists();
    }

    @Test
    void locksOfDifferentPeriodsAreIndependent() throws Exception {
        try (PeriodLock march = PeriodLock.tryAcquire(output.resolve("2026-03.lock")).orElseThrow()) {
            Optional<PeriodLock> april = PeriodLock.tryAcquire(output.resolve("2026-04.lock"));

            assertThat(april).isPresent();
            april.orElseThrow().close();
        }
    }
}

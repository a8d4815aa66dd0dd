package cn.minsheng.recon.domain.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.submission.Submission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A file as received: read, staged (what it says fetched anew when asked) or unreadable with its reason. */
class ReceivedFileTests {

    private static final Instant SAVED = Instant.parse("2026-03-25T02:00:00Z");
    private static final Submission SAYS = new Submission("县卫健局报送.xlsx", Optional.of("县卫生健康局"),
            Optional.of(LocalDate.of(2026, 3, 25)), List.of());

    @Test
    void aReadFileStatesItsUnitAndDateAndHoldsWhatItSays() {
        ReceivedFile file = ReceivedFile.read("县卫健局报送.xlsx", SAVED, SAYS);

        assertThat(file.name()).isEqualTo("县卫健局报送.xlsx");
        assertThat(file.modified()).isEqualTo(SAVED);
        assertThat(file.declaredDepartment()).contains("县卫生健康局");
        assertThat(file.declaredDate()).contains(LocalDate.of(2026, 3, 25));
        assertThat(file.submission()).containsSame(SAYS);
        assertThat(file.unreadable()).isEmpty();
        assertThat(file).hasToString("ReceivedFile[县卫健局报送.xlsx]");
    }

    @Test
    void aStagedFileFetchesWhatItSaysEachTimeItIsAsked() {
        AtomicInteger fetched = new AtomicInteger();
        ReceivedFile file = ReceivedFile.staged("县卫健局报送.xlsx", SAVED, Optional.of("县卫生健康局"), Optional.empty(),
                () -> {
                    fetched.incrementAndGet();
                    return SAYS;
                });

        assertThat(fetched).hasValue(0);
        assertThat(file.submission()).containsSame(SAYS);
        assertThat(file.submission()).containsSame(SAYS);
        assertThat(fetched).hasValue(2);
        assertThat(file.declaredDate()).isEmpty();
    }

    @Test
    void anUnreadableFileSaysNothingAndWhy() {
        ReceivedFile file = ReceivedFile.unreadable("损坏.xlsx", SAVED, "压缩包不完整");

        assertThat(file.submission()).isEmpty();
        assertThat(file.unreadable()).isEqualTo("压缩包不完整");
        assertThat(file.declaredDepartment()).isEmpty();
        assertThat(file.declaredDate()).isEmpty();
        assertThat(file).hasToString("ReceivedFile[损坏.xlsx, unreadable: 压缩包不完整]");
    }

    @Test
    void filesAreEqualByNameTimeAndReasonNotByWhatTheySay() {
        ReceivedFile read = ReceivedFile.read("县卫健局报送.xlsx", SAVED, SAYS);

        assertThat(read).isEqualTo(ReceivedFile.staged("县卫健局报送.xlsx", SAVED, Optional.empty(), Optional.empty(),
                () -> SAYS)).hasSameHashCodeAs(ReceivedFile.read("县卫健局报送.xlsx", SAVED, SAYS));
        assertThat(read).isNotEqualTo(ReceivedFile.read("县卫健局报送2.xlsx", SAVED, SAYS))
                .isNotEqualTo(ReceivedFile.read("县卫健局报送.xlsx", SAVED.plusSeconds(1), SAYS))
                .isNotEqualTo(ReceivedFile.unreadable("县卫健局报送.xlsx", SAVED, "损坏"))
                .isNotEqualTo("县卫健局报送.xlsx");
    }
}

package cn.minsheng.recon.run;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.testing.ManualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a submissions folder counts as settled, on real files and a clock the test moves. */
class QuietFolderTests {

    private static final Duration QUIET = Duration.ofSeconds(30);

    @TempDir
    Path work;

    private final ManualClock clock = new ManualClock(ZonedDateTime.of(2026, 4, 1, 9, 0, 0, 0,
            ZoneId.of("Asia/Shanghai")));

    @Test
    void anAbsentFolderSettlesAsEmptyOnceQuiet() throws IOException {
        QuietFolder folder = new QuietFolder(work.resolve("2026-04"), QUIET, clock);

        assertThat(folder.poll()).isEmpty();
        clock.advance(QUIET.minusSeconds(1));
        assertThat(folder.poll()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(folder.poll()).hasValueSatisfying(settled -> assertThat(settled.files()).isEmpty());
    }

    @Test
    void aSettledStateIsReportedOnce() throws IOException {
        Path submissions = Files.createDirectories(work.resolve("2026-04"));
        Files.write(submissions.resolve("医保局.xlsx"), new byte[] {1, 2, 3});
        QuietFolder folder = new QuietFolder(submissions, QUIET, clock);
        settle(folder);

        clock.advance(QUIET.multipliedBy(10));

        assertThat(folder.poll()).isEmpty();
    }

    @Test
    void aFileGrowingAcrossPollsIsNotReportedUntilItHasStoppedChanging() throws IOException {
        Path submissions = Files.createDirectories(work.resolve("2026-04"));
        QuietFolder folder = new QuietFolder(submissions, QUIET, clock);
        settle(folder);
        Path copying = submissions.resolve("卫健局.xlsx");

        // a slow copy: a block every 20 seconds, for far longer than the quiet period in all
        for (int block = 0; block < 10; block++) {
            Files.write(copying, new byte[1000], StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            assertThat(folder.poll()).as("block %d", block).isEmpty();
            clock.advance(Duration.ofSeconds(20));
            assertThat(folder.poll()).as("block %d", block).isEmpty();
        }
        clock.advance(QUIET);

        Optional<FolderSnapshot> settled = folder.poll();
        assertThat(settled).hasValueSatisfying(s -> assertThat(s.files().get("卫健局.xlsx").size()).isEqualTo(10_000));
    }

    @Test
    void aFileRewrittenToTheSameSizeIsAChange() throws IOException {
        Path submissions = Files.createDirectories(work.resolve("2026-04"));
        Path file = Files.write(submissions.resolve("医保局.xlsx"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000));
        QuietFolder folder = new QuietFolder(submissions, QUIET, clock);
        settle(folder);

        Files.write(file, new byte[] {4, 5, 6});
        Files.setLastModifiedTime(file, FileTime.fromMillis(2_000_000));

        assertThat(folder.poll()).isEmpty();
        clock.advance(QUIET);
        assertThat(folder.poll()).hasValueSatisfying(s -> assertThat(s.files().get("医保局.xlsx").modified())
                .isEqualTo(FileTime.fromMillis(2_000_000)));
    }

    @Test
    void editorLockFilesAndHiddenFilesAreNoChange() throws IOException {
        Path submissions = Files.createDirectories(work.resolve("2026-04"));
        Files.write(submissions.resolve("医保局.xlsx"), new byte[] {1, 2, 3});
        QuietFolder folder = new QuietFolder(submissions, QUIET, clock);
        settle(folder);

        // someone opens the workbook in Excel, then in WPS
        Files.write(submissions.resolve("~$医保局.xlsx"), new byte[165]);
        Files.write(submissions.resolve(".~lock.医保局.xlsx#"), new byte[80]);

        assertThat(folder.poll()).isEmpty();
        clock.advance(QUIET);
        assertThat(folder.poll()).isEmpty();
    }

    @Test
    void aFolderCreatedWithFilesSettlesWithThem() throws IOException {
        Path submissions = work.resolve("2026-04");
        QuietFolder folder = new QuietFolder(submissions, QUIET, clock);
        settle(folder);

        Files.createDirectories(submissions);
        Files.write(submissions.resolve("医保局.xlsx"), new byte[] {1, 2, 3});

        assertThat(folder.poll()).isEmpty();
        clock.advance(QUIET);
        assertThat(folder.poll()).hasValueSatisfying(s -> assertThat(s.files()).containsOnlyKeys("医保局.xlsx"));
    }

    @Test
    void aStateToRetryIsReturnedAgainAfterTheWait() throws IOException {
        Path submissions = Files.createDirectories(work.resolve("2026-04"));
        Files.write(submissions.resolve("医保局.xlsx"), new byte[] {1, 2, 3});
        QuietFolder folder = new QuietFolder(submissions, QUIET, clock);
        settle(folder);

        folder.retryAfter(QUIET.multipliedBy(4));

        clock.advance(QUIET.multipliedBy(3));
        assertThat(folder.poll()).isEmpty();
        clock.advance(QUIET);
        assertThat(folder.poll()).hasValueSatisfying(s -> assertThat(s.files()).containsOnlyKeys("医保局.xlsx"));
    }

    @Test
    void aChangeWhileWaitingToRetrySettlesAsUsual() throws IOException {
        Path submissions = Files.createDirectories(work.resolve("2026-04"));
        Files.write(submissions.resolve("医保局.xlsx"), new byte[] {1, 2, 3});
        QuietFolder folder = new QuietFolder(submissions, QUIET, clock);
        settle(folder);
        folder.retryAfter(Duration.ofHours(1));

        Files.write(submissions.resolve("卫健局.xlsx"), new byte[] {4, 5, 6});

        assertThat(folder.poll()).isEmpty();
        clock.advance(QUIET);
        assertThat(folder.poll()).hasValueSatisfying(s -> assertThat(s.files()).hasSize(2));
    }

    private void settle(QuietFolder folder) throws IOException {
        folder.poll();
        clock.advance(QUIET);
        assertThat(folder.poll()).isPresent();
    }
}

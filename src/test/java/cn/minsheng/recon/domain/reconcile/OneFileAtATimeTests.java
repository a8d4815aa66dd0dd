package cn.minsheng.recon.domain.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.submission.Submission;
import cn.minsheng.recon.sample.SampleSubmissions;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reconciler takes a county's files one at a time: a staged file's values are fetched when its turn comes and
 * let go before the next file's are fetched, so that a county's values are never all in memory; and the result is
 * the one it gives with every file held in memory from the start (the sample month: two files of one department,
 * one superseding the other, unreadable files, files of no known department).
 */
class OneFileAtATimeTests {

    @TempDir
    Path dir;

    private final RulesWorld world = RulesWorld.miluo();
    private final List<WeakReference<Submission>> fetched = new ArrayList<>();
    private final List<String> fetchedNames = new ArrayList<>();

    @Test
    void eachFileIsFetchedOnceAndLetGoBeforeTheNextOne() throws Exception {
        SampleSubmissions.writeTo(dir);
        List<Path> paths;
        try (Stream<Path> listing = Files.list(dir)) {
            paths = listing.filter(p -> !p.getFileName().toString().startsWith("~$")).sorted().toList();
        }
        List<ReceivedFile> inMemory = paths.stream().map(world::receive).toList();
        List<ReceivedFile> staged = paths.stream().map(this::staged).toList();

        Reconciliation expected = world.reconciler().reconcile(inMemory);
        Reconciliation lazily = world.reconciler().reconcile(staged);

        assertThat(lazily.findings()).isEqualTo(expected.findings());
        assertThat(lazily.files()).isEqualTo(expected.files());
        assertThat(lazily.missing()).isEqualTo(expected.missing());
        assertThat(lazily.figures()).isEqualTo(expected.figures());
        assertThat(expected.files()).extracting(FileOutcome::status).contains(FileStatus.SUPERSEDED,
                FileStatus.UNREADABLE);
        long readable = inMemory.stream().filter(file -> file.submission().isPresent()).count();
        assertThat(fetchedNames).hasSize((int) readable).doesNotHaveDuplicates();
    }

    /** The file as the job stages it: its values parsed anew each time they are asked for. */
    private ReceivedFile staged(Path path) {
        ReceivedFile read = world.receive(path);
        if (read.submission().isEmpty()) {
            return read;
        }
        return ReceivedFile.staged(read.name(), read.modified(), read.declaredDepartment(), read.declaredDate(),
                () -> fetch(path));
    }

    private Submission fetch(Path path) {
        for (int i = 0; i < fetched.size(); i++) {
            assertThat(collected(fetched.get(i)))
                    .as("%s is still held when %s is fetched", fetchedNames.get(i), path.getFileName())
                    .isTrue();
        }
        Submission submission = world.receive(path).submission().orElseThrow();
        fetched.add(new WeakReference<>(submission));
        fetchedNames.add(path.getFileName().toString());
        return submission;
    }

    /** Whether nothing holds the object any more: a few full collections clear a weak reference to it. */
    private static boolean collected(WeakReference<Submission> reference) {
        for (int i = 0; i < 10 && reference.get() != null; i++) {
            System.gc();
        }
        return reference.get() == null;
    }
}

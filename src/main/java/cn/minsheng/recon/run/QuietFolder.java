package cn.minsheng.recon.run;

import cn.minsheng.recon.console.Console;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells when a submissions folder has settled after a change: the same files with the same sizes and modification
 * times for the whole quiet period, none of them still held open by the program writing it. A file still being
 * copied keeps changing, so the folder does not settle until the copy is complete.
 */
final class QuietFolder {

    private static final Logger CONSOLE = LoggerFactory.getLogger(Console.NAME);

    private final Path folder;
    private final Duration quiet;
    private final Clock clock;
    private FolderSnapshot seen;
    private Instant unchangedSince;
    private FolderSnapshot settled;
    private Instant retryAt;

    QuietFolder(Path folder, Duration quiet, Clock clock) {
        this.folder = folder;
        this.quiet = quiet;
        this.clock = clock;
    }

    /**
     * Looks at the folder once. Returns the folder's files when it has just settled in a state not returned before
     * (the first time: as found at start), else empty.
     */
    Optional<FolderSnapshot> poll() throws IOException {
        FolderSnapshot current = FolderSnapshot.of(folder);
        Instant now = clock.instant();
        if (!current.equals(seen)) {
            seen = current;
            unchangedSince = now;
            retryAt = null;
            return Optional.empty();
        }
        if (current.equals(settled) || Duration.between(unchangedSince, now).compareTo(quiet) < 0
                || retryAt != null && now.isBefore(retryAt)) {
            return Optional.empty();
        }
        Optional<String> held = heldOpen(current);
        if (held.isPresent()) {
            CONSOLE.info("文件仍在写入：{}，等它写完再对账", held.get());
            unchangedSince = now;
            return Optional.empty();
        }
        settled = current;
        return Optional.of(current);
    }

    /**
     * Forgets the state last returned, so that {@link #poll()} returns it again once {@code wait} has passed (for a
     * run that did not complete); a change of the folder in the meantime is settled as usual.
     */
    void retryAfter(Duration wait) {
        settled = null;
        retryAt = clock.instant().plus(wait);
    }

    /**
     * A file that cannot be opened for reading because another program holds it (Windows refuses to share a file
     * being copied). Any other failure to open is the ingest's to report, never a reason to wait for ever.
     */
    private Optional<String> heldOpen(FolderSnapshot snapshot) {
        for (String name : snapshot.files().keySet()) {
            try (FileChannel ignored = FileChannel.open(folder.resolve(name), StandardOpenOption.READ)) {
                // readable: nobody holds it
            } catch (FileSystemException e) {
                if (e.getClass() == FileSystemException.class) {
                    return Optional.of(name);
                }
            } catch (IOException e) {
                // not a sharing violation
            }
        }
        return Optional.empty();
    }
}

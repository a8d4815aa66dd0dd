package cn.minsheng.recon.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The operating-system lock on a period's lock file, held for the whole of a run: a second run of the period, in
 * this process or another, cannot take it. The operating system releases it when the process ends, however it ends
 * ({@code kill -9} included), so a crashed run never leaves a period locked. The file itself stays: deleting it
 * would let two runs lock two different files of the same name.
 */
final class PeriodLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private PeriodLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another run holds it. */
    static Optional<PeriodLock> tryAcquire(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new PeriodLock(channel, lock));
            }
        } catch (OverlappingFileLockException heldInThisProcess) {
            // another run of the period in this very JVM (a scheduler, a test) holds it
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return Optional.empty();
    }

    /** Releases the lock; should that fail, the operating system releases it when the process ends. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // nothing to do: see above
        }
    }
}

package cn.minsheng.recon.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;

/**
 * Writes a file through a temporary file in the same folder, then moves it into place: never half-written. A
 * target someone has open is left alone and the file written beside it ({@link #writeBesideLocked}).
 */
public final class AtomicFiles {

    /** How many alternatives ({@code -2} … {@code -9}) are tried beside a locked file. */
    private static final int ALTERNATIVES = 8;

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // createFile, not createTempFile: the output gets the folder's usual permissions, not owner-only ones
        Path temp = Files.createFile(folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp"));
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes {@code target} atomically unless someone has it open — Excel, WPS and LibreOffice leave an owner file
     * beside a workbook they open, and Windows refuses to replace a file in use — then {@code name-2.ext} (or -3 …)
     * instead. Returns the file written.
     */
    public static Path writeBesideLocked(Path target, Content content) throws IOException {
        FileSystemException refused = null;
        for (int n = 1; n <= ALTERNATIVES + 1; n++) {
            Path candidate = n == 1 ? target : numbered(target, n);
            if (openByOffice(candidate)) {
                continue;
            }
            try {
                write(candidate, content);
                return candidate;
            } catch (NoSuchFileException e) {
                throw e;
            } catch (FileSystemException e) {
                refused = e; // in use (Windows sharing violation): try the next name
            }
        }
        throw refused != null ? refused
                : new FileSystemException(target.toString(), null, "该文件及其备选文件名都正被打开，无法写入");
    }

    /** {@code reconciliation-2026-03.xlsx} → {@code reconciliation-2026-03-2.xlsx}. */
    static Path numbered(Path target, int n) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numbered = dot < 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot);
        return target.resolveSibling(numbered);
    }

    /**
     * An office suite has the file open: Excel and WPS write {@code ~$name} (the first two characters of a long
     * name replaced), LibreOffice {@code .~lock.name#}.
     */
    static boolean openByOffice(Path file) {
        String name = file.getFileName().toString();
        List<String> owners = name.length() > 2
                ? List.of("~$" + name, "~$" + name.substring(2), ".~lock." + name + "#")
                : List.of("~$" + name, ".~lock." + name + "#");
        return owners.stream().anyMatch(owner -> Files.exists(file.resolveSibling(owner)));
    }
}

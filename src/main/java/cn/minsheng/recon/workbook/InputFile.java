package cn.minsheng.recon.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A file the run read, as the ledger and the 说明 sheet name it.
 *
 * @param name     the file name, no folder
 * @param size     bytes
 * @param modified last modification time
 * @param sha256   lower-case hex digest of the content
 */
public record InputFile(Path path, String name, long size, Instant modified, String sha256) {

    public static InputFile of(Path path) throws IOException {
        return of(path, path.getFileName().toString());
    }

    /** The file under the name it is listed by ({@code 区卫健局/3月报送.xlsx} for a file in a sub-folder). */
    public static InputFile of(Path path, String name) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return new InputFile(path, name, Files.size(path),
                Files.getLastModifiedTime(path).toInstant(), HexFormat.of().formatHex(digest.digest()));
    }
}

package cn.minsheng.recon.run;

import cn.minsheng.recon.batch.ReconcileRequest;
import cn.minsheng.recon.configuration.ReconProperties;
import cn.minsheng.recon.workbook.InputFile;
import cn.minsheng.recon.workbook.WorkbookFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * The SHA-256 of everything that decides a run's results: the name and content of each official table and each
 * submission of the period, the alias tables, the schedule and the progress thresholds, the configured severities
 * and the reading limits. Equal fingerprints
 * mean an equal reconciliation. Editor lock files and hidden files are left out (they are never read), and so are
 * folder paths and modification times: copying the same files elsewhere changes nothing.
 */
public final class InputFingerprint {

    private InputFingerprint() {
    }

    public static String of(ReconcileRequest request, ReconProperties properties) throws IOException {
        List<String> lines = new ArrayList<>();
        files("official", request.official(), lines);
        files("submission", request.submissions(), lines);
        file("unit-aliases", properties.unitAliases(), lines);
        file("township-aliases", properties.townshipAliases(), lines);
        file("department-aliases", properties.departmentAliases(), lines);
        file("schedule", properties.scheduleFile(), lines);
        new TreeMap<>(properties.severities()).forEach((rule, severity) -> lines.add("severity " + rule + "=" + severity));
        lines.add("progress " + properties.progress().yellow().stripTrailingZeros().toPlainString() + " "
                + properties.progress().red().stripTrailingZeros().toPlainString() + " "
                + properties.progress().superviseAfter());
        lines.add("max-file-bytes " + properties.maxFileBytes());
        lines.add("max-cells " + properties.maxCells());
        lines.add("read-timeout " + properties.readTimeout());
        lines.add("max-uncompressed-bytes " + properties.maxUncompressedBytes());
        lines.add("max-compression-ratio " + properties.maxCompressionRatio());
        return sha256(String.join("\n", lines));
    }

    /** A file, or every file directly in a folder; an absent path (nothing submitted yet) adds nothing. */
    private static void files(String role, Path path, List<String> lines) throws IOException {
        if (Files.isRegularFile(path)) {
            file(role, path, lines);
        } else if (Files.isDirectory(path)) {
            for (Path file : WorkbookFiles.listAll(path)) {
                if (!WorkbookFiles.ignored(file)) {
                    lines.add(role + " " + WorkbookFiles.name(path, file) + " " + InputFile.of(file).sha256());
                }
            }
        }
    }

    private static void file(String role, Path file, List<String> lines) throws IOException {
        lines.add(role + " " + (Files.isRegularFile(file)
                ? file.getFileName() + " " + InputFile.of(file).sha256() : "absent"));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}

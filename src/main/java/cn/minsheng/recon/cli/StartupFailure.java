package cn.minsheng.recon.cli;

import cn.minsheng.recon.configuration.UnwritableOutputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A failure before the job could start — the output folder cannot be written, the database cannot be opened — told
 * as one Chinese line on stderr; its trace goes to a file in the system's temp folder that the line names, as the
 * output folder, where run.log would go, may be what failed.
 */
final class StartupFailure {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private StartupFailure() {
    }

    /** The line for the user, naming the file the trace went to (when it could be written). */
    static String report(Throwable failure, Path tempFolder) {
        String line = what(failure);
        Optional<Path> log = trace(failure, tempFolder);
        return line + log.map(file -> "（详细信息见 " + file + "）").orElse("");
    }

    /** What went wrong, in words: ours when we raised it, else the innermost cause's. */
    static String what(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnwritableOutputException unwritable) {
                return "错误：" + unwritable.getMessage();
            }
            root = t;
        }
        if (databaseBusy(failure)) {
            return "错误：对账记录数据库正被另一个程序独占使用，无法打开（请等该程序结束后再运行）";
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "错误：程序启动失败：" + message.lines().findFirst().orElse(message);
    }

    /**
     * Whether the database could not be opened because another process was creating or opening it at that very
     * moment (H2's file lock): a race of launches started together, gone a moment later.
     */
    static boolean databaseBusy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Lock file recently modified") || message.contains("Database may be already in use")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Path> trace(Throwable failure, Path tempFolder) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        try {
            Path file = tempFolder.resolve("minsheng-recon-" + LocalDateTime.now().format(STAMP) + ".log");
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

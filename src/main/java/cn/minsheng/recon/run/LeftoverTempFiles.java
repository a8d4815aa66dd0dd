package cn.minsheng.recon.run;

import cn.minsheng.recon.report.FeedbackWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The temporary files that a killed run left in {@code <output>/<period>/} (and its {@code feedback/}): the report
 * writers write {@code .<name>.<random>.tmp} and move it into place, and a process killed in between never deletes
 * it. Holding the period lock, no other run is writing them.
 */
final class LeftoverTempFiles {

    private LeftoverTempFiles() {
    }

    /** Deletes them; how many there were. */
    static int delete(Path periodOutput) throws IOException {
        int deleted = 0;
        for (Path folder : new Path[] {periodOutput, periodOutput.resolve(FeedbackWriter.FOLDER)}) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(LeftoverTempFiles::isTemp).toList()) {
                    Files.deleteIfExists(file);
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private static boolean isTemp(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".tmp") && Files.isRegularFile(file);
    }
}

package cn.minsheng.recon.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Which files of a folder are workbooks to read, and which are editor leftovers to ignore. */
public final class WorkbookFiles {

    private WorkbookFiles() {
    }

    /** Editor lock files ({@code ~$x.xlsx}, {@code .~lock.x.xlsx#}) and hidden files are never read. */
    public static boolean ignored(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("~$") || name.startsWith(".~lock.") || name.startsWith(".");
    }

    public static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm");
    }

    /** The regular files directly in {@code folder}, sorted by name. */
    public static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}

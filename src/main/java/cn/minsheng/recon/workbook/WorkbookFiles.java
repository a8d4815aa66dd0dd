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

    /**
     * The regular files in {@code folder} and its sub-folders (one per department, or as unpacked), hidden folders
     * aside, sorted by their {@link #name} — how submissions arrive.
     */
    public static List<Path> listAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !inHiddenFolder(folder, file))
                    .sorted(java.util.Comparator.comparing(file -> name(folder, file)))
                    .toList();
        }
    }

    /** A file's name relative to {@code folder}, its folders joined by {@code /}: {@code 区卫健局/3月报送.xlsx}. */
    public static String name(Path folder, Path file) {
        Path relative = folder.relativize(file);
        StringBuilder name = new StringBuilder();
        for (Path part : relative) {
            name.append(name.length() == 0 ? "" : "/").append(part);
        }
        return name.toString();
    }

    private static boolean inHiddenFolder(Path folder, Path file) {
        Path parent = folder.relativize(file).getParent();
        if (parent == null) {
            return false;
        }
        for (Path part : parent) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The regular files directly in {@code folder}, sorted by name. */
    public static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}

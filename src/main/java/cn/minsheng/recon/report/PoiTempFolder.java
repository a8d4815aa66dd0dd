package cn.minsheng.recon.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * A temporary folder of this process's own for POI, which writes each sheet of a streamed workbook to a temporary
 * file before zipping it: a run that ends normally leaves nothing there, one killed while writing leaves its files,
 * and the next launch deletes the folders of processes that are no longer running.
 */
public final class PoiTempFolder {

    static final String NAME = "minsheng-recon-poi";

    private PoiTempFolder() {
    }

    /**
     * Points POI at {@code <base>/minsheng-recon-poi/<pid>}, after deleting the folders there of processes that are
     * gone; returns the folder. Best effort: a folder that cannot be deleted is left for the next launch.
     */
    public static Path install(Path base) {
        Path root = base.resolve(NAME);
        deleteLeftovers(root);
        Path mine = root.resolve(Long.toString(ProcessHandle.current().pid()));
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(mine.toFile()));
        return mine;
    }

    private static void deleteLeftovers(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(PoiTempFolder::ofAProcessGone).toList()) {
                delete(folder);
            }
        } catch (IOException e) {
            // left for the next launch
        }
    }

    private static boolean ofAProcessGone(Path folder) {
        String name = folder.getFileName().toString();
        if (!name.matches("\\d{1,18}")) {
            return false;
        }
        return ProcessHandle.of(Long.parseLong(name)).map(process -> !process.isAlive()).orElse(true);
    }

    private static void delete(Path folder) throws IOException {
        List<Path> inside;
        try (Stream<Path> walk = Files.walk(folder)) {
            inside = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : inside) {
            Files.deleteIfExists(path);
        }
    }
}

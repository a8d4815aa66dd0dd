package cn.minsheng.recon.batch;

import cn.minsheng.recon.sheet.OfficialTablesException;
import cn.minsheng.recon.sheet.OfficialTablesLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The official tables, read once and shared by every step and partition of a run (worker threads included);
 * read again when a file under the path changes.
 */
class OfficialTablesCache {

    private final OfficialTablesLoader loader;
    private String key;
    private OfficialTablesLoader.Loaded loaded;

    OfficialTablesCache(OfficialTablesLoader loader) {
        this.loader = loader;
    }

    synchronized OfficialTablesLoader.Loaded get(Path path) throws OfficialTablesException {
        String current = fingerprint(path);
        if (loaded == null || !current.equals(key)) {
            loaded = loader.load(path);
            key = current;
        }
        return loaded;
    }

    /** Path, sizes and modification times of what lies under it: a change means reading again. */
    private static String fingerprint(Path path) {
        try (Stream<Path> files = Files.isDirectory(path) ? Files.list(path) : Stream.of(path)) {
            return path.toAbsolutePath() + files.sorted().map(file -> {
                try {
                    return file + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
                } catch (IOException e) {
                    return file + ":?";
                }
            }).reduce("", String::concat);
        } catch (IOException e) {
            return Objects.toString(path) + ":?";
        }
    }
}

package cn.minsheng.recon.batch;

import cn.minsheng.recon.layout.OfficialTablesException;
import cn.minsheng.recon.layout.OfficialTablesLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The official tables, read once and shared by every step and partition of a run (worker threads included);
 * read again when a file under the path changes. Counties reconciled side by side ({@code --input}) each keep their
 * own tables here, the least recently used making room beyond {@link #PATHS}.
 */
class OfficialTablesCache {

    /**
     * More than the counties a run reconciles at once (one per processor by default): a province run passes
     * through a hundred counties, and keeping every county's tables made its heap grow with their number.
     */
    private static final int PATHS = 8;

    /** The tables read from a path, with the sizes and times of its files when they were read. */
    private record Entry(String key, OfficialTablesLoader.Loaded loaded) {
    }

    private final OfficialTablesLoader loader;
    private final Map<Path, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Entry> eldest) {
            return size() > PATHS;
        }
    };

    OfficialTablesCache(OfficialTablesLoader loader) {
        this.loader = loader;
    }

    /**
     * The tables under {@code path}, read now if they were not or have changed. Reading happens outside the lock:
     * every partition of every county asks here, and one county reading its tables must not hold up the others'
     * files (two threads may then read the same tables once each, which is harmless).
     */
    OfficialTablesLoader.Loaded get(Path path) throws OfficialTablesException {
        String current = fingerprint(path);
        Path where = path.toAbsolutePath().normalize();
        Entry entry;
        synchronized (entries) {
            entry = entries.get(where);
        }
        if (entry == null || !current.equals(entry.key())) {
            entry = new Entry(current, loader.load(path));
            synchronized (entries) {
                entries.put(where, entry);
            }
        }
        return entry.loaded();
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

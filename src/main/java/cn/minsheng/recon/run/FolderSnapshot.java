package cn.minsheng.recon.run;

import cn.minsheng.recon.workbook.WorkbookFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files a run would read from a submissions folder, by name, with their size and modification time. Editor lock
 * files and hidden files are left out, as the ingest never reads them; an absent folder holds nothing.
 */
record FolderSnapshot(Map<String, FileState> files) {

    /** What tells that a file is still being written: its size and its modification time. */
    record FileState(long size, FileTime modified) {
    }

    FolderSnapshot {
        files = Map.copyOf(files);
    }

    static FolderSnapshot of(Path folder) throws IOException {
        Map<String, FileState> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return new FolderSnapshot(files);
        }
        try {
            for (Path file : WorkbookFiles.listAll(folder)) {
                if (WorkbookFiles.ignored(file)) {
                    continue;
                }
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    files.put(WorkbookFiles.name(folder, file),
                            new FileState(attributes.size(), attributes.lastModifiedTime()));
                } catch (NoSuchFileException removed) {
                    // removed since the listing: it is not there
                }
            }
        } catch (NoSuchFileException removed) {
            // the folder itself was removed since it was seen
        }
        return new FolderSnapshot(files);
    }
}

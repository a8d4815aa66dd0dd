package cn.minsheng.recon.batch;

import cn.minsheng.recon.sheet.WorkbookFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** One partition per file of the period's submissions folder; an absent folder means nothing was sent yet. */
class SubmissionFilesPartitioner implements Partitioner {

    static final String FILE = "file";
    static final String FILES = "files";

    private final Path folder;

    SubmissionFilesPartitioner(Path folder) {
        this.folder = folder;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return partitions;
        }
        try {
            List<Path> files = WorkbookFiles.list(folder);
            for (int i = 0; i < files.size(); i++) {
                ExecutionContext context = new ExecutionContext();
                context.putString(FILE, files.get(i).toString());
                context.putInt(FILES, files.size());
                partitions.put(String.format("file-%05d", i), context);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("报送目录 " + folder + " 无法读取", e);
        }
        return partitions;
    }
}

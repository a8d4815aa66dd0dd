package cn.minsheng.recon.batch;

import cn.minsheng.recon.workbook.WorkbookFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The files of the period's submissions folder in as many partitions as files are read at once ({@code gridSize}),
 * of about the same number of bytes each: the largest file first into the lightest partition. A partition reads its
 * files one per chunk ({@link IngestSubmissionTasklet}), so a restart still reads again only what was not staged;
 * a partition per file cost the job repository a step execution and its context for every file. An absent folder
 * means nothing was sent yet.
 */
class SubmissionFilesPartitioner implements Partitioner {

    /** The partition's files, in name order: a list of paths. */
    static final String PATHS = "paths";
    /** How many files the folder holds, for the operator's {@code （3/17）} progress. */
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
        List<Path> files;
        try {
            files = WorkbookFiles.listAll(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("报送目录 " + folder + " 无法读取", e);
        }
        int count = Math.min(files.size(), Math.max(1, gridSize));
        List<List<Path>> groups = new ArrayList<>();
        long[] bytes = new long[count];
        for (int i = 0; i < count; i++) {
            groups.add(new ArrayList<>());
        }
        Map<Path, Long> sizes = new HashMap<>();
        files.forEach(file -> sizes.put(file, size(file)));
        files.stream().sorted(Comparator.comparing(sizes::get).reversed()).forEach(file -> {
            int lightest = 0;
            for (int i = 1; i < count; i++) {
                lightest = bytes[i] < bytes[lightest] ? i : lightest;
            }
            groups.get(lightest).add(file);
            bytes[lightest] += sizes.get(file);
        });
        for (int i = 0; i < count; i++) {
            ExecutionContext context = new ExecutionContext();
            context.put(PATHS, new ArrayList<>(groups.get(i).stream().sorted().map(Path::toString).toList()));
            context.putInt(FILES, files.size());
            partitions.put(String.format("files-%03d", i), context);
        }
        return partitions;
    }

    /** The file's size; 0 when it went away since the listing: its partition reports it. */
    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}

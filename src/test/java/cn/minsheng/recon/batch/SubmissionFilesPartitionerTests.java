package cn.minsheng.recon.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The submissions folder is split into as many partitions as files are read at once, each file in exactly one,
 * the bytes spread evenly, the files of a partition in name order.
 */
class SubmissionFilesPartitionerTests {

    @TempDir
    Path dir;

    @Test
    void spreadsTheFilesEvenlyOverTheGrid() throws Exception {
        // sizes 90, 70, 50, 40, 30, 20: two partitions of 150 bytes each
        Map<String, Integer> sizes = Map.of("a.xlsx", 90, "b.xlsx", 70, "c.xls", 50, "d.xlsx", 40, "e.xlsx", 30,
                "f.xlsx", 20);
        for (Map.Entry<String, Integer> file : sizes.entrySet()) {
            Files.write(dir.resolve(file.getKey()), new byte[file.getValue()]);
        }

        Map<String, ExecutionContext> partitions = new SubmissionFilesPartitioner(dir).partition(2);

        assertThat(partitions).containsOnlyKeys("files-000", "files-001");
        List<List<String>> groups = partitions.values().stream().map(SubmissionFilesPartitionerTests::names).toList();
        assertThat(groups.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(sizes.keySet());
        assertThat(groups).allSatisfy(group -> {
            assertThat(group).isSorted();
            assertThat(group.stream().mapToInt(sizes::get).sum()).isEqualTo(150);
        });
        assertThat(partitions.values()).allSatisfy(context -> assertThat(context.getInt(
                SubmissionFilesPartitioner.FILES)).isEqualTo(6));
    }

    @Test
    void neverMakesAnEmptyPartition() throws Exception {
        Files.write(dir.resolve("a.xlsx"), new byte[10]);

        assertThat(new SubmissionFilesPartitioner(dir).partition(4)).hasSize(1);
        assertThat(new SubmissionFilesPartitioner(dir.resolve("2026-04")).partition(4)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(ExecutionContext context) {
        return ((List<String>) context.get(SubmissionFilesPartitioner.PATHS)).stream()
                .map(path -> Path.of(path).getFileName().toString()).collect(Collectors.toList());
    }
}

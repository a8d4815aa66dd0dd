package cn.minsheng.recon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps each library in its package (STYLE.md): the domain is plain Java, POI stays in sheet/ and report/. */
class ArchitectureTests {

    private static final Path MAIN = Path.of("src/main/java/cn/minsheng/recon");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void domainImportsJavaAndItselfOnly() throws IOException {
        assertThat(importsOf("domain"))
                .allSatisfy((file, imports) -> assertThat(imports)
                        .as(file)
                        .allMatch(i -> i.startsWith("java.") || i.startsWith("cn.minsheng.recon.domain.")));
    }

    @Test
    void spreadsheetLibrariesStayInSheetAndReport() throws IOException {
        assertThat(importsOf("")).allSatisfy((file, imports) -> {
            if (!file.contains("/sheet/") && !file.contains("/report/")) {
                assertThat(imports).as(file).noneMatch(i -> i.startsWith("org.apache.poi") || i.startsWith("org.dhatim"));
            }
        });
    }

    @Test
    void springBatchStaysInBatch() throws IOException {
        assertThat(importsOf("")).allSatisfy((file, imports) -> {
            if (!file.contains("/batch/")) {
                assertThat(imports).as(file).noneMatch(i -> i.startsWith("org.springframework.batch"));
            }
        });
    }

    @Test
    void commonsCsvStaysInConfigurationAndReport() throws IOException {
        assertThat(importsOf("")).allSatisfy((file, imports) -> {
            if (!file.contains("/configuration/") && !file.contains("/report/")) {
                assertThat(imports).as(file).noneMatch(i -> i.startsWith("org.apache.commons.csv"));
            }
        });
    }

    private static Map<String, List<String>> importsOf(String folder) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(folder))) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).toList();
            assertThat(sources).isNotEmpty();
            Map<String, List<String>> imports = new java.util.TreeMap<>();
            for (Path source : sources) {
                Matcher matcher = IMPORT.matcher(Files.readString(source));
                List<String> names = new java.util.ArrayList<>();
                while (matcher.find()) {
                    names.add(matcher.group(2));
                }
                imports.put(source.toString().replace('\\', '/'), names);
            }
            return imports;
        }
    }
}

package cn.minsheng.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The job under cron's locale: started in a separate JVM with {@code LANG=C} and nothing else in its environment
 * (as {@code env -i} leaves it), on the sample's Chinese file names, it stops at once with one line naming the
 * setting to change — never a good file reported as broken; with {@code LC_ALL=C.UTF-8} it reconciles.
 */
class LocaleFunctionalTests {

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GB18030", "GBK", "UTF-16"})
    void encodingsThatHoldChineseAreFine(String encoding) {
        assertThat(FileNameEncoding.problem(encoding)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ANSI_X3.4-1968", "US-ASCII", "ISO-8859-1", "no-such-charset"})
    void encodingsThatCannotNameAChineseFileSayWhichSettingToChange(String encoding) {
        assertThat(FileNameEncoding.problem(encoding)).hasValueSatisfying(line -> assertThat(line)
                .contains(encoding).contains("LC_ALL=C.UTF-8").doesNotContain("\n"));
    }

    @Test
    void underLangCTheJobStopsWithOneLineNamingTheSetting() throws Exception {
        Result result = launch(Map.of("LANG", "C"));

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.stderr()).hasSize(1);
        assertThat(result.stderr().get(0)).contains("LC_ALL=C.UTF-8").doesNotContain("Exception");
        assertThat(work.resolve("output")).doesNotExist();
    }

    @Test
    void withAUtf8LocaleTheSameLaunchReconcilesTheSample() throws Exception {
        Result result = launch(Map.of("LANG", "C", "LC_ALL", "C.UTF-8"));

        assertThat(result.exit()).as(String.join("\n", result.stderr())).isIn(0, 3);
        assertThat(work.resolve("output/2026-03/findings.csv")).isRegularFile();
        // the unreadable files are the sample's two planted broken ones, not good files with Chinese names
        assertThat(Files.readAllLines(work.resolve("output/2026-03/findings.csv"), StandardCharsets.UTF_8))
                .filteredOn(line -> line.startsWith("FILE_UNREADABLE,")).hasSize(2)
                .allMatch(line -> line.contains("民生实事报送表(1).xlsx") || line.contains("3月份民生实事进度导出.xls"));
    }

    private record Result(int exit, List<String> stderr) {
    }

    /** The job in a JVM of its own whose environment holds only PATH and {@code env}. */
    private Result launch(Map<String, String> env) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "cn.minsheng.recon.ReconApplication", "--period=2026-03", "--official=input/official",
                "--submissions=input/submissions/2026-03", "--output=" + work.resolve("output"),
                "--logging.level.minsheng-recon=WARN");
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().putAll(env);
        builder.redirectOutput(work.resolve("stdout.txt").toFile());
        builder.redirectError(work.resolve("stderr.txt").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the job ended").isTrue();
        List<String> stderr = Files.readAllLines(work.resolve("stderr.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        return new Result(process.exitValue(), stderr);
    }
}

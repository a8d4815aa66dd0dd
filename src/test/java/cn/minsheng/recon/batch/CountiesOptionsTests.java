package cn.minsheng.recon.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minsheng.recon.batch.CommandLineOptions.InvalidException;
import cn.minsheng.recon.batch.CommandLineOptions.Mode;
import cn.minsheng.recon.configuration.ReconProperties;
import cn.minsheng.recon.domain.reconcile.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line of {@code --input}: a folder of counties, and what cannot go with it. */
class CountiesOptionsTests {

    @TempDir
    Path counties;

    @Test
    void inputReconcilesThePeriodOfEveryCounty() throws InvalidException {
        CommandLineOptions options = parse("--input=" + counties, "--period=2026-03", "--output=D:/对账",
                "--fail-on=ERROR", "--force");

        assertThat(options.mode()).isEqualTo(Mode.COUNTIES);
        assertThat(options.counties()).contains(counties);
        assertThat(options.request().period()).isEqualTo("2026-03");
        assertThat(options.request().output()).isEqualTo(Path.of("D:/对账"));
        assertThat(options.failOn()).contains(Severity.ERROR);
        assertThat(options.force()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--official=input/official", "--submissions=input/submissions/2026-03", "--schedule",
        "--watch", "--history"})
    void inputTakesNeitherAnotherCountysFoldersNorAModeThatStaysUp(String other) {
        assertThatThrownBy(() -> parse("--input=" + counties, "--period=2026-03", other))
                .isInstanceOf(InvalidException.class)
                .hasMessageStartingWith("参数错误：--input（多县对账）不能与 " + other.replaceAll("=.*", "") + " 同用");
    }

    @Test
    void inputNeedsAPeriodAndAFolder() {
        assertThatThrownBy(() -> parse("--input=" + counties)).hasMessageContaining("需要 --period");
        assertThatThrownBy(() -> parse("--input=" + counties.resolve("nowhere"), "--period=2026-03"))
                .hasMessageContaining("该目录不存在");
    }

    private static CommandLineOptions parse(String... args) throws InvalidException {
        return CommandLineOptions.parse(args, new ReconProperties(Path.of("input/official"),
                Path.of("input/submissions"), Path.of("output"), Path.of("config/unit-aliases.csv"),
                Path.of("config/township-aliases.csv"), Path.of("config/department-aliases.csv"), Map.of(),
                52_428_800, Duration.ofSeconds(60), 1_000_000, new ReconProperties.Schedule("0 0 8 5 * *"),
                new ReconProperties.Watch(Duration.ofSeconds(30), Duration.ofSeconds(2)),
                new ReconProperties.Counties(0), new ReconProperties.Ingest(0)));
    }
}

package cn.minsheng.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minsheng.recon.cli.CommandLine.InvalidException;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.testing.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
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
        Command options = parse("--input=" + counties, "--period=2026-03", "--output=D:/对账",
                "--fail-on=ERROR", "--force");

        assertThat(options).isEqualTo(new Command.Counties(counties, Period.parse("2026-03"), Path.of("D:/对账"),
                Optional.of(Severity.ERROR), true));
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

    private static Command parse(String... args) throws InvalidException {
        return CommandLine.parse(args, Settings.of(), Clock.fixed(Instant.parse("2026-04-05T00:00:00Z"), ZoneOffset.UTC));
    }
}

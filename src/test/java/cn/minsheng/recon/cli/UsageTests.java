package cn.minsheng.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 18: {@code --help}, {@code -h} and {@code --version} answer on stdout and exit 0, without a run. */
class UsageTests {

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "-?"})
    void helpExplainsEveryOptionInChineseOnStdoutAndExitsZero(String asked) {
        Printed printed = run(asked);

        assertThat(printed.status()).isZero();
        assertThat(printed.out()).contains("用法", "退出码");
        assertThat(Usage.OPTIONS).allSatisfy(option -> assertThat(printed.out()).contains(option));
    }

    @Test
    void versionNamesTheProgramAndExitsZero() {
        Printed printed = run("--version");

        assertThat(printed.status()).isZero();
        assertThat(printed.out()).startsWith("minsheng-recon ");
    }

    @Test
    void helpWinsOverTheOtherOptionsSoThatNothingRuns() {
        // no application sources: anything that tried to start a run would fail
        Printed printed = run("--period=2026-03", "--output=/nonexistent/x", "--help");

        assertThat(printed.status()).isZero();
        assertThat(printed.out()).contains("--period=YYYY-MM");
    }

    private record Printed(int status, String out) {
    }

    private static Printed run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int status = CommandLineApplication.run(args);
            return new Printed(status, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}

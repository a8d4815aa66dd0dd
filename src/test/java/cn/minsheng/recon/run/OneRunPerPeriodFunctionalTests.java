package cn.minsheng.recon.run;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.ReconApplication;
import cn.minsheng.recon.cli.CommandLineApplication;
import cn.minsheng.recon.testing.Eventually;
import cn.minsheng.recon.testing.GatedIngest;
import cn.minsheng.recon.testing.SampleCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run per period at a time: while a run of 2026-03 is held in the middle of ingest (its period lock taken, its
 * database open), a second launch of 2026-03 from another process is refused with exit 4 before it touches
 * anything, and a launch of 2026-04 from another process runs to the end beside it.
 */
class OneRunPerPeriodFunctionalTests {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    Path work;

    @Test
    void aSecondRunOfAPeriodInProgressIsRefusedAndAnotherPeriodRunsBesideIt() throws Exception {
        // given a run of 2026-03 held in the middle of ingest
        Path official = SampleCopy.official(work);
        Path submissions = SampleCopy.submissions(work);
        Path output = work.resolve("out");
        Path gate = Files.createDirectories(work.resolve("gate"));
        CompletableFuture<Integer> held = CompletableFuture.supplyAsync(() -> CommandLineApplication.run(new String[] {
            "--period=2026-03", "--official=" + official, "--submissions=" + submissions, "--output=" + output,
            "--recon.test-gate=" + gate}, ReconApplication.class, GatedIngest.class));
        awaitFile(gate.resolve("reached"), held);

        // when two other processes launch 2026-03 and 2026-04 with the same output folder
        Path sameLog = work.resolve("same-period.log");
        int samePeriod = launchProcess(sameLog, "--period=2026-03", "--official=" + official,
                "--submissions=" + submissions, "--output=" + output);
        Path otherLog = work.resolve("other-period.log");
        int otherPeriod = launchProcess(otherLog, "--period=2026-04", "--official=" + official,
                "--submissions=" + Files.createDirectories(work.resolve("nothing-yet")), "--output=" + output);

        // then the same period is refused, the other one completes, and the held run is unaffected
        assertThat(samePeriod).isEqualTo(4);
        assertThat(Files.readString(sameLog, StandardCharsets.UTF_8)).contains("期间 2026-03 的对账正在进行中")
                .doesNotContain("开始对账", "Exception");
        assertThat(otherPeriod).as(Files.readString(otherLog, StandardCharsets.UTF_8)).isZero();
        assertThat(output.resolve("2026-04").resolve("findings.csv")).isRegularFile();
        // the refused launch wrote nothing: the held run's outputs are not there yet, its log has one start
        assertThat(output.resolve("2026-03").resolve("findings.csv")).doesNotExist();
        assertThat(Files.readString(output.resolve("2026-03").resolve("run.log"), StandardCharsets.UTF_8)
                .split("开始对账", -1)).hasSize(2);
        Files.createFile(gate.resolve("open"));
        assertThat(held.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isZero();
        assertThat(output.resolve("2026-03").resolve("findings.csv")).isRegularFile();
        assertThat(SampleCopy.jobInstances(output, "2026-03")).isOne();
    }

    @Test
    void aPeriodIsFreeAgainOnceItsRunHasEnded() throws IOException {
        Path official = SampleCopy.official(work);
        Path none = Files.createDirectories(work.resolve("none"));
        String[] args = {"--period=2026-04", "--official=" + official, "--submissions=" + none,
            "--output=" + work.resolve("out")};

        assertThat(CommandLineApplication.run(args, ReconApplication.class)).isZero();
        assertThat(CommandLineApplication.run(args, ReconApplication.class)).isZero();
    }

    /** Runs the application in a JVM of its own, as a second office clerk would; its exit status. */
    private static int launchProcess(Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), ReconApplication.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launch did not end: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        return process.exitValue();
    }

    /** Waits until the held run has reached its gate; fails if it ended instead. */
    private static void awaitFile(Path file, CompletableFuture<Integer> run) throws InterruptedException {
        Eventually.until("the held run at its gate", () -> {
            assertThat(run).as("the held run ended before its gate").isNotDone();
            return Files.exists(file);
        });
    }
}

package cn.minsheng.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minsheng.recon.cli.CommandLine.InvalidException;
import cn.minsheng.recon.configuration.ReconProperties;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.testing.ManualClock;
import cn.minsheng.recon.testing.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The command line of {@code --schedule} and {@code --watch}. */
class KeepRunningOptionsTests {

    private static final ManualClock APRIL_2026 = new ManualClock(ZonedDateTime.of(2026, 4, 5, 8, 0, 0, 0,
            ZoneId.of("Asia/Shanghai")));

    @Test
    void watchReconcilesTheCurrentMonthByDefault() throws InvalidException {
        Command options = parse(settings("0 0 8 5 * *", Duration.ofSeconds(30)), "--watch");

        assertThat(options).isInstanceOfSatisfying(Command.Watch.class, watch -> {
            assertThat(watch.request().period()).isEqualTo(Period.parse("2026-04"));
            assertThat(watch.request().submissions()).isEqualTo(Path.of("input/submissions/2026-04"));
        });
    }

    @Test
    void watchTakesAGivenPeriodAndFolder() throws InvalidException {
        Command options = parse(settings("0 0 8 5 * *", Duration.ofSeconds(30)), "--watch",
                "--period=2026-03", "--submissions=input/submissions/2026-03");

        assertThat(options).isInstanceOfSatisfying(Command.Watch.class, watch -> {
            assertThat(watch.request().period()).isEqualTo(Period.parse("2026-03"));
            assertThat(watch.request().submissions()).isEqualTo(Path.of("input/submissions/2026-03"));
        });
    }

    @Test
    void scheduleNeedsNoPeriod() throws InvalidException {
        Command options = parse(settings("0 0 8 5 * *", Duration.ofSeconds(30)), "--schedule",
                "--output=D:/对账");

        assertThat(options).isEqualTo(new Command.Schedule(Path.of("input/official"), Path.of("D:/对账")));
    }

    @Test
    void aSingleRunIsTheDefault() throws InvalidException {
        assertThat(parse(settings("0 0 8 5 * *", Duration.ofSeconds(30)), "--period=2026-03"))
                .isInstanceOf(Command.Once.class);
    }

    @Test
    void scheduleAndWatchExcludeEachOther() {
        assertThatThrownBy(() -> parse(settings("0 0 8 5 * *", Duration.ofSeconds(30)), "--watch", "--schedule"))
                .isInstanceOf(InvalidException.class).hasMessageContaining("不能同时使用");
    }

    @Test
    void scheduleTakesNoPeriodNorPeriodFolder() {
        ReconProperties settings = settings("0 0 8 5 * *", Duration.ofSeconds(30));

        assertThatThrownBy(() -> parse(settings, "--schedule", "--period=2026-03"))
                .isInstanceOf(InvalidException.class).hasMessageContaining("不能指定 --period");
        assertThatThrownBy(() -> parse(settings, "--schedule", "--submissions=x"))
                .isInstanceOf(InvalidException.class).hasMessageContaining("不能指定 --submissions");
    }

    @Test
    void failOnIsForSingleRunsOnly() {
        assertThatThrownBy(() -> parse(settings("0 0 8 5 * *", Duration.ofSeconds(30)), "--watch", "--fail-on=ERROR"))
                .isInstanceOf(InvalidException.class).hasMessageContaining("--fail-on 只用于单次对账");
    }

    @Test
    void aFlagTakesNoValue() {
        assertThatThrownBy(() -> parse(settings("0 0 8 5 * *", Duration.ofSeconds(30)), "--watch=yes"))
                .isInstanceOf(InvalidException.class).hasMessageContaining("--watch 不带取值");
    }

    @Test
    void aBadCronIsAConfigError() {
        assertThatThrownBy(() -> parse(settings("0 8 5 * *", Duration.ofSeconds(30)), "--schedule"))
                .isInstanceOf(InvalidException.class).hasMessageContaining("recon.schedule.cron“0 8 5 * *”");
        assertThatThrownBy(() -> parse(settings("0 0 0 30 2 *", Duration.ofSeconds(30)), "--schedule"))
                .isInstanceOf(InvalidException.class).hasMessageContaining("永远不会触发");
    }

    @Test
    void aQuietPeriodOfNothingIsAConfigError() {
        assertThatThrownBy(() -> parse(settings("0 0 8 5 * *", Duration.ZERO), "--watch"))
                .isInstanceOf(InvalidException.class).hasMessageContaining("recon.watch.quiet");
    }

    private static Command parse(ReconProperties settings, String... args) throws InvalidException {
        return CommandLine.parse(args, settings, APRIL_2026);
    }

    private static ReconProperties settings(String cron, Duration quiet) {
        return Settings.of("schedule.cron=" + cron, "watch.quiet=" + quiet.toMillis() + "ms");
    }
}

package cn.minsheng.recon.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.model.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC §7: red in consecutive calendar months; a month without a light breaks the run. */
class RedMonthsTests {

    private static Period p(String text) {
        return Period.parse(text);
    }

    @Test
    void countsTheRedMonthsEndingAtThePeriod() {
        Map<Period, Light> lights = Map.of(p("2026-02"), Light.GREEN, p("2026-03"), Light.RED, p("2026-04"),
                Light.RED, p("2026-05"), Light.RED);

        assertThat(RedMonths.endingAt(p("2026-05"), lights)).isEqualTo(3);
        assertThat(RedMonths.endingAt(p("2026-04"), lights)).isEqualTo(2);
    }

    @Test
    void aGapMonthBreaksTheRun() {
        // nothing on record for April: March's red does not join May's
        Map<Period, Light> lights = Map.of(p("2026-03"), Light.RED, p("2026-05"), Light.RED, p("2026-06"), Light.RED);

        assertThat(RedMonths.endingAt(p("2026-06"), lights)).isEqualTo(2);
        assertThat(RedMonths.endingAt(p("2026-05"), lights)).isEqualTo(1);
    }

    @Test
    void aYellowMonthBreaksTheRun() {
        Map<Period, Light> lights = Map.of(p("2026-03"), Light.RED, p("2026-04"), Light.YELLOW, p("2026-05"),
                Light.RED);

        assertThat(RedMonths.endingAt(p("2026-05"), lights)).isEqualTo(1);
    }

    @Test
    void aPeriodThatIsNotRedHasNoRun() {
        Map<Period, Light> lights = Map.of(p("2026-03"), Light.RED, p("2026-04"), Light.GREEN);

        assertThat(RedMonths.endingAt(p("2026-04"), lights)).isZero();
        assertThat(RedMonths.endingAt(p("2026-05"), lights)).isZero();
    }

    @Test
    void theRunCrossesTheTurnOfTheYear() {
        Map<Period, Light> lights = Map.of(p("2025-12"), Light.RED, p("2026-01"), Light.RED);

        assertThat(RedMonths.endingAt(p("2026-01"), lights)).isEqualTo(2);
    }
}

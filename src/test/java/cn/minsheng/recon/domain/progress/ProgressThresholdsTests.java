package cn.minsheng.recon.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §7: behind by more than 10 points is yellow, by more than 20 red; 2 red months propose supervision. */
class ProgressThresholdsTests {

    @ParameterizedTest(name = "{0} points behind → {1}")
    @CsvSource({"-15, GREEN", "0, GREEN", "10, GREEN", "10.0000000001, YELLOW", "20, YELLOW", "20.01, RED", "80, RED"})
    void onlyMoreThanAThresholdChangesTheLight(String pointsBehind, Light light) {
        assertThat(ProgressThresholds.defaults().light(new BigDecimal(pointsBehind))).isEqualTo(light);
    }

    @Test
    void theDefaultsAreTenAndTwentyPointsAndTwoMonths() {
        ProgressThresholds defaults = ProgressThresholds.defaults();

        assertThat(defaults.yellow()).isEqualByComparingTo("10");
        assertThat(defaults.red()).isEqualByComparingTo("20");
        assertThat(defaults.superviseAfter()).isEqualTo(2);
    }

    @Test
    void anOfficeSetsItsOwn() {
        ProgressThresholds strict = new ProgressThresholds(new BigDecimal("5"), new BigDecimal("15"), 3);

        assertThat(strict.light(new BigDecimal("6"))).isEqualTo(Light.YELLOW);
        assertThat(strict.light(new BigDecimal("16"))).isEqualTo(Light.RED);
        assertThat(strict.supervise(2)).isFalse();
        assertThat(strict.supervise(3)).isTrue();
    }

    @Test
    void supervisionStartsAtTheConfiguredMonths() {
        assertThat(ProgressThresholds.defaults().supervise(1)).isFalse();
        assertThat(ProgressThresholds.defaults().supervise(2)).isTrue();
        assertThat(ProgressThresholds.defaults().supervise(5)).isTrue();
    }

    @Test
    void thresholdsThatCannotHoldAreRefusedInChinese() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProgressThresholds(new BigDecimal("20"), new BigDecimal("10"), 2))
                .withMessageContaining("黄灯").withMessageContaining("红灯");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProgressThresholds(new BigDecimal("-1"), new BigDecimal("10"), 2));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProgressThresholds(BigDecimal.TEN, BigDecimal.TEN, 0))
                .withMessageContaining("督办");
    }
}

package cn.minsheng.recon.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTests {

    @ParameterizedTest
    @ValueSource(strings = {"2026-01", "2026-03", "2026-12", "1999-10"})
    void aMonthWrittenYyyyMmIsAPeriod(String text) {
        Period period = Period.parse(text);

        assertThat(period.month()).isEqualTo(YearMonth.parse(text));
        assertThat(period).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-3", "2026-00", "2026-13", "26-03", "2026/03", "2026年3月", " 2026-03", "2026-03-01"})
    void anythingElseIsRefusedNamingWhatWasGiven(String text) {
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("期间“" + text + "”格式不对，应为 YYYY-MM，例如 2026-03");
    }

    @Test
    void noTextIsRefused() {
        assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePreviousMonthCrossesTheYear() {
        assertThat(Period.parse("2026-01").previous()).isEqualTo(Period.parse("2025-12"));
        assertThat(Period.parse("2026-03").previous()).isEqualTo(Period.of(YearMonth.of(2026, 2)));
    }

    @Test
    void periodsAreOrderedByMonth() {
        assertThat(Period.parse("2025-12")).isLessThan(Period.parse("2026-01"));
        assertThat(Period.parse("2026-03")).isEqualByComparingTo(Period.of(YearMonth.of(2026, 3)));
        assertThat(Period.parse("2026-04")).isGreaterThan(Period.parse("2026-03"));
    }

    @Test
    void isWrittenAsPeopleWriteAMonth() {
        assertThat(Period.parse("2026-03").label()).isEqualTo("2026年3月");
        assertThat(Period.parse("2025-12").label()).isEqualTo("2025年12月");
    }
}

package cn.minsheng.recon.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code 分别不低于770元/月和520元/月} for 城乡低保: a value labelled 城市/城镇 or 农村 is held to its own minimum, an
 * unlabelled one to the lower (SPEC §3.1).
 */
class StandardTests {

    private static final Unit PER_MONTH = new Unit("元/月", "元/月", BigDecimal.ONE, true);

    private static Standard urbanThenRural() {
        return new Standard(List.of(new BigDecimal("770"), new BigDecimal("520")), PER_MONTH, true);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            城市低保     | 770
            城镇居民     | 770
            农村低保     | 520
            归义街道     | 520
            ''           | 520
            null         | 520
            """)
    void eachLabelIsHeldToItsOwnMinimum(String label, String minimum) {
        assertThat(urbanThenRural().minimumFor(label)).isEqualByComparingTo(minimum);
    }

    /** The minimums are urban then rural by their place in the text, not by their size. */
    @Test
    void theRuralMinimumIsTheSecondWhateverItsSize() {
        Standard ruralHigher = new Standard(List.of(new BigDecimal("500"), new BigDecimal("600")), PER_MONTH, true);

        assertThat(ruralHigher.minimumFor("农村")).isEqualByComparingTo("600");
        assertThat(ruralHigher.minimumFor("城镇")).isEqualByComparingTo("500");
        assertThat(ruralHigher.minimumFor("归义街道")).isEqualByComparingTo("500");
    }

    @Test
    void minimumsNotUrbanAndRuralHoldEveryLabelToTheLowest() {
        Standard orphans = new Standard(List.of(new BigDecimal("1250"), new BigDecimal("1800")), PER_MONTH, false);

        assertThat(orphans.minimumFor("城市")).isEqualByComparingTo("1250");
        assertThat(orphans.minimumFor("农村")).isEqualByComparingTo("1250");
    }

    @Test
    void aSingleMinimumHoldsEveryLabel() {
        Standard single = new Standard(List.of(new BigDecimal("110")), PER_MONTH, true);

        assertThat(single.minimumFor("农村")).isEqualByComparingTo("110");
    }

    @Test
    void theLowestIsTheLowestWhereverItStands() {
        Standard ruralFirst = new Standard(List.of(new BigDecimal("520"), new BigDecimal("770")), PER_MONTH, false);

        assertThat(ruralFirst.minimumFor("")).isEqualByComparingTo("520");
    }

    @Test
    void aStandardNeedsAMinimum() {
        assertThatThrownBy(() -> new Standard(List.of(), PER_MONTH, false)).isInstanceOf(IllegalArgumentException.class);
    }
}

package cn.minsheng.recon.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers are written as SPEC §4 wants them: plain decimals, no trailing zeros, no exponent. */
class DecimalsTests {

    @ParameterizedTest
    @CsvSource({"17.14, 17.14", "90.00, 90", "90, 90", "-2.0, -2", "1E+3, 1000", "0.8865, 0.8865", "0.000, 0",
            "1.50E+2, 150", "0.0125, 0.0125"})
    void plainDecimals(String value, String written) {
        assertThat(Decimals.plain(new BigDecimal(value))).isEqualTo(written);
    }

    @Test
    void noValueIsWrittenAsNothing() {
        assertThat(Decimals.plain(null)).isEmpty();
    }

    @Test
    void strippingKeepsTheValueAndNeverMakesAnExponent() {
        assertThat(Decimals.strip(new BigDecimal("2000.00"))).isEqualTo(new BigDecimal("2000"));
        assertThat(Decimals.strip(new BigDecimal("2000.00")).scale()).isZero();
        assertThat(Decimals.strip(new BigDecimal("1.2300"))).isEqualTo(new BigDecimal("1.23"));
    }
}

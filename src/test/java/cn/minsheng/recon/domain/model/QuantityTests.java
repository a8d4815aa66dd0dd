package cn.minsheng.recon.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Units carry a scale and convert within their family, exactly (SPEC §3.1). */
class QuantityTests {

    private static final Unit PERSON = new Unit("人", "人", BigDecimal.ONE, false);
    private static final Unit TEN_THOUSAND_PERSONS = new Unit("万人", "人", new BigDecimal("10000"), false);
    private static final Unit PERSON_TIMES = new Unit("人次", "人次", BigDecimal.ONE, false);

    @Nested
    class Conversion {

        @Test
        void withinAFamilyByTheScales() {
            assertThat(TEN_THOUSAND_PERSONS.convert(new BigDecimal("17.14"), PERSON)).contains(new BigDecimal("171400"));
            assertThat(PERSON.convert(new BigDecimal("8865"), TEN_THOUSAND_PERSONS)).contains(new BigDecimal("0.8865"));
        }

        @Test
        void neverAcrossFamilies() {
            assertThat(PERSON.convertsTo(PERSON_TIMES)).isFalse();
            assertThat(PERSON.convert(BigDecimal.TEN, PERSON_TIMES)).isEmpty();
            assertThat(new Quantity(BigDecimal.TEN, PERSON).in(PERSON_TIMES)).isEmpty();
        }

        @Test
        void aQuantityInAnotherUnitOfItsFamily() {
            assertThat(new Quantity(new BigDecimal("1.5"), TEN_THOUSAND_PERSONS).in(PERSON))
                    .contains(new BigDecimal("15000"));
        }
    }

    @Test
    void aQuantityReadsAsWritten() {
        assertThat(new Quantity(new BigDecimal("17.140"), TEN_THOUSAND_PERSONS)).hasToString("17.14万人");
        assertThat(TEN_THOUSAND_PERSONS).hasToString("万人");
    }

    @Nested
    class Comparisons {

        @ParameterizedTest(name = "{1} against {2}: {0}")
        @CsvSource({
                "EXACT, 80, 80, true", "EXACT, 80.0, 80, true", "EXACT, 81, 80, false", "EXACT, 79, 80, false",
                "AT_LEAST, 80, 80, true", "AT_LEAST, 81, 80, true", "AT_LEAST, 79.9, 80, false"})
        void acceptsWhatTheTargetAllows(Comparison comparison, BigDecimal actual, BigDecimal target, boolean accepted) {
            assertThat(comparison.accepts(actual, target)).isEqualTo(accepted);
        }
    }
}

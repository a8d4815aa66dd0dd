package cn.minsheng.recon.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers typed as text (SPEC §3.2): full-width digits, thousands separators, spaces of every kind. */
class NumberTextTests {

    @Nested
    class Parse {

        @ParameterizedTest(name = "[{0}]")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                90               | 90
                ` 90 `           | 90
                ９０             | 90
                １７．１４       | 17.14
                1,234.5          | 1234.5
                １，２３４       | 1234
                1,234,567        | 1234567
                `9 500`          | 9500
                9\u00A0500       | 9500
                9\u3000500       | 9500
                `9\t500`         | 9500
                0.8865           | 0.8865
                -2               | -2
                +3               | 3
                007              | 7
                """)
        void readsTheNumber(String text, String value) {
            assertThat(NumberText.parse(text)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(value));
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {"", " ", "待定", "90%", "3个", "1,23", "12,34.5", "1.2.3", ".5", "5.", "--", "一百",
                "1e3", "0x10"})
        void anythingElseIsNoNumber(String text) {
            assertThat(NumberText.parse(text)).isEmpty();
        }

        @Test
        void nullIsNoNumber() {
            assertThat(NumberText.parse(null)).isEmpty();
        }

        @Test
        void theDecimalIsExact() {
            assertThat(NumberText.parse("17.14")).contains(new java.math.BigDecimal("17.14"));
        }
    }

    /** A number typed with the unit its column names: only that unit is taken off. */
    @Nested
    class ParseWithUnit {

        @ParameterizedTest(name = "[{0}] in {1}")
        @CsvSource(delimiter = '|', textBlock = """
                92%     | %     | 92
                ９２％  | %     | 92
                3个     | 个    | 3
                3 个    | 个    | 3
                1.5万亩 | 万亩  | 1.5
                90      | %     | 90
                """)
        void takesTheColumnsUnitOff(String text, String unit, String value) {
            assertThat(NumberText.parse(text, unit)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(value));
        }

        @ParameterizedTest(name = "[{0}] in [{1}]")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                3个    | 户
                3个    | ``
                3个    | ` `
                个     | 个
                待定个 | 个
                """)
        void keepsAnyOtherTextAsText(String text, String unit) {
            assertThat(NumberText.parse(text, unit)).isEmpty();
        }

        @Test
        void withoutTextOrUnitOnlyAPlainNumberIsRead() {
            assertThat(NumberText.parse(null, "个")).isEmpty();
            assertThat(NumberText.parse("3个", null)).isEmpty();
            assertThat(NumberText.parse("3", null)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
        }
    }

    /** A cell that says "nothing here" in words. */
    @Nested
    class Placeholder {

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {"", " ", "\u3000", "-", "--", "—", "——", "–", "－", "/", "／", "\\", "_", "~", ".", "。",
                "…", "无", "空", " 无 "})
        void saysNothingHere(String text) {
            assertThat(NumberText.isPlaceholder(text)).isTrue();
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {"0", "无数据", "待定", "-5", "空白处", "由市人社局统筹安排"})
        void anythingElseSaysSomething(String text) {
            assertThat(NumberText.isPlaceholder(text)).isFalse();
        }

        @Test
        void nullSaysNothing() {
            assertThat(NumberText.isPlaceholder(null)).isTrue();
        }
    }
}

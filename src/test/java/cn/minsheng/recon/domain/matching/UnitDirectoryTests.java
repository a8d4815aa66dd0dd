package cn.minsheng.recon.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.model.Unit;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitDirectoryTests {

    private final UnitDirectory units = UnitDirectory.defaults();

    private Unit unit(String text) {
        return units.parse(text).orElseThrow();
    }

    @Nested
    class Parse {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                人          | 人        | 人        | 1         | false
                万人        | 万人      | 人        | 10000     | false
                名          | 人        | 人        | 1         | false
                人次        | 人次      | 人次      | 1         | false
                万人次      | 万人次    | 人次      | 10000     | false
                元          | 元        | 元        | 1         | false
                万元        | 万元      | 元        | 10000     | false
                亿元        | 亿元      | 元        | 100000000 | false
                亩          | 亩        | 亩        | 1         | false
                万亩        | 万亩      | 亩        | 10000     | false
                立方米      | 立方米    | 立方米    | 1         | false
                万立方米    | 万立方米  | 立方米    | 10000     | false
                万方        | 万立方米  | 立方米    | 10000     | false
                方          | 立方米    | 立方米    | 1         | false
                立方        | 立方米    | 立方米    | 1         | false
                m³          | 立方米    | 立方米    | 1         | false
                平方米      | 平方米    | 平方米    | 1         | false
                万平方米    | 万平方米  | 平方米    | 10000     | false
                ㎡          | 平方米    | 平方米    | 1         | false
                公里        | 公里      | 公里      | 1         | false
                千米        | 公里      | 公里      | 1         | false
                km          | 公里      | 公里      | 1         | false
                户          | 户        | 户        | 1         | false
                万户        | 万户      | 户        | 10000     | false
                个          | 个        | 个        | 1         | false
                所          | 所        | 所        | 1         | false
                座          | 座        | 座        | 1         | false
                台          | 台        | 台        | 1         | false
                家          | 家        | 家        | 1         | false
                张          | 张        | 张        | 1         | false
                处          | 处        | 处        | 1         | false
                套          | 套        | 套        | 1         | false
                项          | 项        | 项        | 1         | false
                件          | 件        | 件        | 1         | false
                支          | 支        | 支        | 1         | false
                辆          | 辆        | 辆        | 1         | false
                栋          | 栋        | 栋        | 1         | false
                条          | 条        | 条        | 1         | false
                村          | 村        | 村        | 1         | false
                批          | 批        | 批        | 1         | false
                种          | 种        | 种        | 1         | false
                ' 万 人 '   | 万人      | 人        | 10000     | false
                万人        | 万人      | 人        | 10000     | false
                场(次)      | 场(次)    | 场        | 1         | false
                场（次）    | 场(次)    | 场        | 1         | false
                %           | %         | %         | 1         | true
                ％          | %         | %         | 1         | true
                ‰           | ‰         | %         | 0.1       | true
                元/月       | 元/月     | 元/月     | 1         | true
                元/月·人    | 元/月·人  | 元/月     | 1         | true
                元/人·月    | 元/人·月  | 元/月     | 1         | true
                元／月・人  | 元/月·人  | 元/月     | 1         | true
                元/人       | 元/人     | 元/人     | 1         | true
                元/年       | 元/年     | 元/年     | 1         | true
                元/人·年    | 元/人·年  | 元/年     | 1         | true
                万元/年     | 万元/年   | 元/年     | 10000     | true
                完成率%     | 完成率%   | 完成率%   | 1         | true
                元/         | 元/       | 元/       | 1         | true
                万元/       | 万元/     | 万元/     | 1         | true
                /月·人      | /月·人    | /月·人    | 1         | true
                """)
        void readsSymbolFamilyScaleAndRate(String text, String symbol, String family, String scale, boolean rate) {
            Unit unit = unit(text);
            assertThat(unit.symbol()).isEqualTo(symbol);
            assertThat(unit.family()).isEqualTo(family);
            assertThat(unit.scale()).isEqualByComparingTo(scale);
            assertThat(unit.rate()).isEqualTo(rate);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\u3000", "\u00A0"})
        void blankIsNoUnit(String text) {
            assertThat(units.parse(text)).isEmpty();
        }

        @Test
        void nullIsNoUnit() {
            assertThat(units.parse(null)).isEmpty();
        }

        @Test
        void aBlankCountyAliasIsIgnored() {
            UnitDirectory county = new UnitDirectory(Map.of(" ", "人"));

            assertThat(county.isUnitWord(" ")).isFalse();
        }

        @Test
        void tenThousandAloneIsAWordNotAScale() {
            Unit unit = unit("万");

            assertThat(unit.family()).isEqualTo("万");
            assertThat(unit.scale()).isEqualByComparingTo("1");
        }

        @Test
        void countyAliasesMergeOverTheDefaults() {
            UnitDirectory county = new UnitDirectory(Map.of("人·天", "人天", "方", "方"));
            assertThat(county.parse("人·天").orElseThrow().family()).isEqualTo("人天");
            assertThat(county.parse("万方").orElseThrow().family()).isEqualTo("方");
            assertThat(county.parse("名").orElseThrow().family()).isEqualTo("人");
        }
    }

    @Nested
    class Convert {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                1.5     | 万亩     | 亩       | 15000
                15000   | 亩       | 万亩     | 1.5
                17.14   | 万人     | 人       | 171400
                0.8865  | 万人     | 人       | 8865
                8865    | 人       | 万人     | 0.8865
                1650    | 万人次   | 人次     | 16500000
                2723    | 万元     | 元       | 27230000
                1.2     | 亿元     | 万元     | 12000
                9534    | 万元     | 亿元     | 0.9534
                18      | 万方     | 立方米   | 180000
                76      | 万立方米 | 万方     | 76
                43.2    | 万平方米 | 平方米   | 432000
                0.0125  | 万亩     | 亩       | 125
                5       | ‰        | %        | 0.5
                110     | 元/月·人 | 元/月    | 110
                """)
        void convertsExactlyWithinAFamily(String value, String from, String to, String expected) {
            assertThat(unit(from).convert(new BigDecimal(value), unit(to)))
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
        }

        @Test
        void conversionIsExactDecimal() {
            assertThat(unit("万人").convert(new BigDecimal("17.14"), unit("人")).orElseThrow())
                    .isEqualTo(new BigDecimal("171400"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                人       | 人次
                万人     | 人次
                人次     | 万人
                元       | 元/月
                元/月    | 元/年
                元/月    | 元/人
                个       | 所
                平方米   | 立方米
                公里     | 米
                场(次)   | 人次
                """)
        void neverConvertsAcrossFamilies(String from, String to) {
            assertThat(unit(from).convertsTo(unit(to))).isFalse();
            assertThat(unit(from).convert(BigDecimal.ONE, unit(to))).isEmpty();
        }
    }

    @Nested
    class UnitWords {

        @ParameterizedTest
        @ValueSource(strings = {"人", "万人", "名", "人次", "万人次", "元", "万元", "亿元", "万亩", "万方", "万立方米", "平方米",
                "公里", "km", "户", "个", "所", "座", "台", "家", "张", "处", "套", "项", "件", "支", "辆", "栋", "场", "次",
                "场次", "%", "‰", "元/月", "元/月·人", "元/人", "元/年", "m³", "㎡"})
        void knownUnitsAreUnitWords(String word) {
            assertThat(units.isUnitWord(word)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"G", "千伏", "年", "岁", "月", "种", "V", "万", "元/", "个月", "类", ""})
        void otherWordsAreNot(String word) {
            assertThat(units.isUnitWord(word)).isFalse();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                1650万人次              | 4 | 万人次
                6100人以上              | 4 | 人
                770元/月和520元/月       | 3 | 元/月
                110元/月·人             | 3 | 元/月·人
                18万方                  | 2 | 万方
                50.4km                  | 4 | km
                90%以上                 | 2 | %
                """)
        void longestUnitWordAfterANumber(String text, int index, String word) {
            assertThat(units.unitWordAt(text, index, Optional.empty())).contains(word);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                4G基站          | 1
                10千伏          | 2
                2024年          | 4
                60岁            | 2
                8个月的康复训练 | 1
                3方面           | 1
                """)
        void noUnitWordAfterNonTargets(String text, int index) {
            assertThat(units.unitWordAt(text, index, Optional.empty())).isEmpty();
        }

        @Test
        void theUnitColumnAddsItsOwnWords() {
            assertThat(units.unitWordAt("13种致畸基因", 2, units.parse("种"))).contains("种");
            assertThat(units.unitWordAt("60场次活动", 2, units.parse("场(次)"))).contains("场次");
        }

        /** A column counted in 万种 also finds 种, its family written without the scale. */
        @Test
        void aCountColumnAddsItsFamily() {
            assertThat(units.unitWordAt("13种致畸基因", 2, units.parse("万种"))).contains("种");
        }

        /** A column counted in 项目 finds its word, though 项目 after a number is otherwise no unit. */
        @Test
        void theUnitColumnsWordIsFoundEvenWhereItIsNoUnitElsewhere() {
            assertThat(units.unitWordAt("新开工30项目", 5, units.parse("项目"))).contains("项目");
            assertThat(units.unitWordAt("新开工30项目", 5, Optional.empty())).isEmpty();
        }
    }

    @Nested
    class Matches {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                场(次) | 场     | true
                场(次) | 次     | true
                场(次) | 场次   | true
                场(次) | 人次   | false
                万人   | 人     | true
                人     | 万人   | true
                人     | 人次   | false
                元/月  | 元/月·人 | true
                万元   | 亿元   | true
                """)
        void aColumnAcceptsItsFamilyAndItsAlternatives(String column, String written, boolean accepted) {
            assertThat(units.matches(unit(column), unit(written))).isEqualTo(accepted);
        }
    }

    /** One case per word of the directory's lists: each holds only while the word is in its list. */
    @Nested
    class Lists {

        /**
         * A county whose alias table maps every default alias to itself (it counts 方, 名, km … as units of their
         * own): what is left are the base units, which must stand without any alias.
         */
        private final UnitDirectory selfCounting = new UnitDirectory(Map.of("方", "方", "立方", "立方", "m3", "m3",
                "平米", "平米", "m2", "m2", "千米", "千米", "km", "km", "名", "名", "人·次", "人·次", "人/次", "人/次"));

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"人", "人次", "户", "户次", "个", "所", "座", "台", "家", "张", "处", "套", "项", "件", "支",
                "公里", "米", "辆", "栋", "幢", "条", "村", "批", "亩", "公顷", "立方米", "平方米", "平方公里", "元", "场",
                "场次", "次", "间", "床", "吨", "只", "头", "本", "册", "班", "篇", "盏", "根", "块", "宗", "例", "份", "棵",
                "株", "千瓦", "部", "台套", "辆次", "课时", "学时"})
        void aBaseUnitIsTheWholeWordAfterANumber(String unit) {
            assertThat(selfCounting.isUnitWord(unit)).isTrue();
            assertThat(selfCounting.isUnitWord("万" + unit)).isTrue();
            assertThat(selfCounting.unitWordAt("完成30" + unit + "以上", 4, Optional.empty())).contains(unit);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                方     | 立方米 | 立方米
                万方   | 万立方米 | 立方米
                立方   | 立方米 | 立方米
                m3     | 立方米 | 立方米
                m³     | 立方米 | 立方米
                平米   | 平方米 | 平方米
                万平米 | 万平方米 | 平方米
                m2     | 平方米 | 平方米
                千米   | 公里   | 公里
                km     | 公里   | 公里
                名     | 人     | 人
                人·次  | 人次   | 人次
                人/次  | 人次   | 人次
                """)
        void aDefaultAliasIsItsUnit(String alias, String symbol, String family) {
            Unit unit = unit(alias);

            assertThat(unit.symbol()).isEqualTo(symbol);
            assertThat(unit.family()).isEqualTo(family);
            assertThat(unit.rate()).isFalse();
            assertThat(units.isUnitWord(alias)).isTrue();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                万元   | 10000
                百万元 | 1000000
                千万元 | 10000000
                亿元   | 100000000
                """)
        void aScalePrefix(String text, String scale) {
            assertThat(unit(text).scale()).isEqualByComparingTo(scale);
            assertThat(unit(text).family()).isEqualTo("元");
            assertThat(units.isUnitWord(text)).isTrue();
        }

        @ParameterizedTest(name = "元/{0}")
        @ValueSource(strings = {"月", "年", "人", "日", "天", "周", "季", "季度", "次", "人次", "户", "亩"})
        void aRateDenominator(String denominator) {
            assertThat(units.isUnitWord("元/" + denominator)).isTrue();
            assertThat(units.unitWordAt("标准100元/" + denominator + "以上", 5, Optional.empty()))
                    .contains("元/" + denominator);
        }

        @ParameterizedTest(name = "元/月{0}人")
        @ValueSource(strings = {"/", "·", "・", "*", "×"})
        void aPerPersonSeparator(String separator) {
            assertThat(unit("元/月" + separator + "人").family()).isEqualTo("元/月");
            assertThat(units.isUnitWord("元/月" + separator + "人")).isTrue();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"个月", "方面", "方案", "方式", "方向", "家庭", "家长", "名单", "项目", "件事", "次日", "台账",
                "条件", "支持", "所有", "座谈", "人民"})
        void aWordThatOnlyBeginsLikeAUnit(String word) {
            assertThat(units.unitWordAt("3" + word, 1, Optional.empty())).isEmpty();
        }
    }
}

package cn.minsheng.recon.domain.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.matching.MatchingTables;
import cn.minsheng.recon.domain.official.Indicator;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorMatcherTests {

    private final IndicatorMatcher matcher = new IndicatorMatcher(new MatchingTables()
            .indicator("1", "产前筛查率、新生儿疾病筛查率达90%以上", "市卫健局")
            .indicator("8", "城镇新增就业6000人", "市人社局")
            .indicator("13", "提升城乡居民基本医疗服务水平（家庭医生签约服务目标人群数不少于17.14万人）", "市卫健局")
            .indicator("14", "提升基层医疗卫生服务能力，培训乡村医生30人", "市卫健局")
            .indicator("22", "康复救助残疾儿童200人", "市残联")
            .indicator("33", "新增蓄水能力", "市水利局")
            .indicator("35", "巩固提升城乡电网（10千伏及以下农村配电网，投入资金2723万元）", "国网汨罗供电公司")
            .indicator("46", "提质改造全市城乡电网，投入资金9534万元", "市发改局")
            .indicator("48", "新增蓄水能力", "市农业农村局、市财政局")
            .indicator("50", "建设乡镇卫生院", "市卫健局")
            .indicator("51", "建设乡镇养老院", "市民政局")
            .indicator("42", "更新住宅老旧电梯7台", "市住建局")
            .build());

    private static final Optional<String> ANYONE = Optional.empty();

    @Nested
    class ByNumber {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                13.提升城乡居民基本医疗服务水平（家庭医生签约…不少于17.14万人）  |      | 13
                （13）提升城乡居民基本医疗服务水平                              |      | 13
                14．培训乡村医生                                              |      | 14
                城镇新增就业6000人                                            | 8    | 8
                城镇新增就业                                                  | 8.0  | 8
                13.                                                          |      | 13
                                                                             | 13   | 13
                                                                             | （14）| 14
                                                                             | １４  | 14
                """)
        void numberWithAgreeingNameMatchesExactly(String label, String no, String expected) {
            IndicatorMatcher.Match match = matcher.match(label, no, ANYONE);

            assertThat(match.indicator()).map(Indicator::no).contains(expected);
            assertThat(match.fuzzy()).isFalse();
            assertThat(match.ambiguous()).isFalse();
        }

        @Test
        void numberWhoseNameDisagreesFallsBackToTheName() {
            IndicatorMatcher.Match match = matcher.match("13.城镇新增就业", "", ANYONE);

            assertThat(match.indicator()).map(Indicator::no).contains("8");
            assertThat(match.fuzzy()).isTrue();
        }

        @Test
        void separateNumberOfNoIndicatorFallsBackToTheName() {
            IndicatorMatcher.Match match = matcher.match("城镇新增就业6000人", "99", ANYONE);

            assertThat(match.indicator()).map(Indicator::no).contains("8");
            assertThat(match.fuzzy()).isFalse();
        }

        @Test
        void aBareNumberOfNoIndicatorMatchesNothing() {
            IndicatorMatcher.Match match = matcher.match("99.", "", ANYONE);

            assertThat(match.matched()).isFalse();
            assertThat(match.ambiguous()).isFalse();
        }
    }

    @Nested
    class ByExactName {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                城镇新增就业6000人          | 8
                城镇 新增就业６０００人       | 8
                城镇新增就业6000人（人）     | 8
                康复救助残疾儿童200人        | 22
                """)
        void normalisedNameMatchesExactly(String label, String expected) {
            IndicatorMatcher.Match match = matcher.match(label, "", ANYONE);

            assertThat(match.indicator()).map(Indicator::no).contains(expected);
            assertThat(match.fuzzy()).isFalse();
        }

        @Test
        void twinNamesAreAmbiguousWithoutADepartment() {
            IndicatorMatcher.Match match = matcher.match("新增蓄水能力", "", ANYONE);

            assertThat(match.ambiguous()).isTrue();
            assertThat(match.indicator()).isEmpty();
            assertThat(match.candidates()).extracting(Indicator::no).containsExactly("33", "48");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                市水利局      | 33
                水利局        | 33
                市农业农村局  | 48
                市财政局      | 48
                """)
        void theDepartmentsOwnTwinWins(String department, String expected) {
            IndicatorMatcher.Match match = matcher.match("新增蓄水能力", "", Optional.of(department));

            assertThat(match.indicator()).map(Indicator::no).contains(expected);
            assertThat(match.fuzzy()).isFalse();
        }

        @Test
        void aDepartmentLeadingNeitherTwinLeavesItAmbiguous() {
            IndicatorMatcher.Match match = matcher.match("新增蓄水能力", "", Optional.of("市人社局"));

            assertThat(match.ambiguous()).isTrue();
            assertThat(match.candidates()).hasSize(2);
        }
    }

    @Nested
    class ByContainment {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                家庭医生签约服务目标人群数   | 13
                培训乡村医生                | 14
                培训乡村医生（人）           | 14
                城镇新增就业                | 8
                新生儿疾病筛查率            | 1
                """)
        void partOfTheNameMatchesFuzzily(String label, String expected) {
            IndicatorMatcher.Match match = matcher.match(label, "", ANYONE);

            assertThat(match.indicator()).map(Indicator::no).contains(expected);
            assertThat(match.fuzzy()).isTrue();
        }

        @Test
        void aPartOfTwoNamesIsAmbiguous() {
            IndicatorMatcher.Match match = matcher.match("城乡电网", "", ANYONE);

            assertThat(match.ambiguous()).isTrue();
            assertThat(match.candidates()).extracting(Indicator::no).containsExactly("35", "46");
        }

        @Test
        void theDepartmentsOwnIndicatorWins() {
            IndicatorMatcher.Match match = matcher.match("城乡电网", "", Optional.of("国网汨罗供电公司"));

            assertThat(match.indicator()).map(Indicator::no).contains("35");
            assertThat(match.fuzzy()).isTrue();
        }
    }

    @Nested
    class BySimilarity {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                乡村医生培训（人）          | 14
                乡村医生培训               | 14
                残疾儿童康复救助            | 22
                城镇新增就业人数            | 8
                家庭医生签约服务人群数       | 13
                """)
        void aSimilarNameMatchesFuzzily(String label, String expected) {
            IndicatorMatcher.Match match = matcher.match(label, "", ANYONE);

            assertThat(match.indicator()).map(Indicator::no).contains(expected);
            assertThat(match.fuzzy()).isTrue();
        }

        @Test
        void equallySimilarNamesAreAmbiguous() {
            IndicatorMatcher.Match match = matcher.match("建设乡镇院", "", ANYONE);

            assertThat(match.ambiguous()).isTrue();
            assertThat(match.candidates()).extracting(Indicator::no).containsExactly("50", "51");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                市卫健局  | 50
                市民政局  | 51
                民政局    | 51
                """)
        void theDepartmentSplitsEquallySimilarNames(String department, String expected) {
            IndicatorMatcher.Match match = matcher.match("建设乡镇院", "", Optional.of(department));

            assertThat(match.indicator()).map(Indicator::no).contains(expected);
            assertThat(match.fuzzy()).isTrue();
        }
    }

    @Nested
    class ByTheDepartmentsOwnLooseWording {

        @Test
        void aShortWordingOfTheDepartmentsOnlyIndicator() {
            IndicatorMatcher.Match match = matcher.match("电梯更新", "", Optional.of("市住建局"));

            assertThat(match.indicator()).map(Indicator::no).contains("42");
            assertThat(match.fuzzy()).isTrue();
        }

        @Test
        void isNoMatchForAnotherDepartment() {
            assertThat(matcher.match("电梯更新", "", Optional.of("市卫健局")).matched()).isFalse();
            assertThat(matcher.match("电梯更新", "", ANYONE).matched()).isFalse();
        }
    }

    /** Where each step's threshold lies, on names made to score exactly there. */
    @Nested
    class Thresholds {

        @Test
        void aNumberWhoseNameIsHalfAlikeMatchesByTheNumber() {
            // 建公厕 and 建公园 share one of their two character pairs: a similarity of exactly 0.5
            IndicatorMatcher matcher = new IndicatorMatcher(new MatchingTables().indicator("9", "建公园", "市住建局")
                    .build());

            IndicatorMatcher.Match match = matcher.match("9.建公厕", "", ANYONE);

            assertThat(match.indicator()).map(Indicator::no).contains("9");
            assertThat(match.fuzzy()).isFalse();
        }

        @Test
        void aTwoCharacterLabelIsMatchedButNotAOneCharacterOne() {
            assertThat(matcher.match("电梯", "", ANYONE).indicator()).map(Indicator::no).contains("42");
            assertThat(matcher.match("梯", "", ANYONE).matched()).isFalse();
        }

        @Test
        void aClauseOfFourCharactersIsQuotedOnItsOwn() {
            IndicatorMatcher matcher = new IndicatorMatcher(new MatchingTables()
                    .indicator("14", "全面提升城乡基层医疗卫生服务水平，培训医生", "市卫健局").build());

            IndicatorMatcher.Match match = matcher.match("培训医生人员", "", ANYONE);

            assertThat(match.indicator()).map(Indicator::no).contains("14");
            assertThat(match.fuzzy()).isTrue();
        }

        @Test
        void theMostSimilarOfSeveralSimilarNamesWinsWhereverItStands() {
            // 新建城市公园 shares three of five pairs with 新建城市道路 (0.6), four with 改建城市公园 (0.8)
            IndicatorMatcher matcher = new IndicatorMatcher(new MatchingTables()
                    .indicator("1", "新建城市道路", "市住建局").indicator("2", "改建城市公园", "市城管局").build());

            IndicatorMatcher.Match match = matcher.match("新建城市公园", "", ANYONE);

            assertThat(match.indicator()).map(Indicator::no).contains("2");
            assertThat(match.candidates()).extracting(Indicator::no).containsExactly("2");
        }

        @Test
        void aPartOfANameWithItsNumberIsPreferredToANameAlikeButForTheNumber() {
            IndicatorMatcher matcher = new IndicatorMatcher(new MatchingTables()
                    .indicator("8", "城镇新增就业6000人", "市人社局").indicator("10", "新增就业2000人", "市人社局").build());

            IndicatorMatcher.Match match = matcher.match("新增就业6000人", "", ANYONE);

            assertThat(match.indicator()).map(Indicator::no).contains("8");
        }

        @Test
        void theDepartmentsOwnWordingIsTakenFromALikenessOfThreeTenths() {
            // ten character pairs each, three of them shared: 2 × 3 / 20 = 0.3
            IndicatorMatcher matcher = new IndicatorMatcher(new MatchingTables()
                    .indicator("3", "甲乙丙丁戊己庚辛壬癸子", "市住建局").build());

            assertThat(matcher.match("甲乙丙丁丑寅卯辰巳午未", "", Optional.of("市住建局")).indicator())
                    .map(Indicator::no).contains("3");
            assertThat(matcher.match("甲乙丙丑寅卯辰巳午未申", "", Optional.of("市住建局")).matched()).isFalse();
        }

        @Test
        void theDepartmentsClosestOwnIndicatorIsTakenWhereverItStands() {
            IndicatorMatcher matcher = new IndicatorMatcher(new MatchingTables()
                    .indicator("41", "建设城市口袋公园", "市住建局").indicator("42", "更新住宅老旧电梯7台", "市住建局").build());

            assertThat(matcher.match("电梯更新", "", Optional.of("市住建局")).indicator()).map(Indicator::no)
                    .contains("42");
        }

        @Test
        void theClosestOwnIndicatorMustLeadTheNextByATenth() {
            // twenty character pairs each: the wording shares nine with 41 (0.45) and seven with 42 (0.35), then eight
            String wording = run(0x5000, 21);
            IndicatorMatcher leading = new IndicatorMatcher(new MatchingTables()
                    .indicator("41", run(0x5000, 10) + run(0x5100, 11), "市住建局")
                    .indicator("42", run(0x5000, 8) + run(0x5200, 13), "市住建局").build());
            IndicatorMatcher close = new IndicatorMatcher(new MatchingTables()
                    .indicator("41", run(0x5000, 10) + run(0x5100, 11), "市住建局")
                    .indicator("42", run(0x5000, 9) + run(0x5200, 12), "市住建局").build());

            assertThat(leading.match(wording, "", Optional.of("市住建局")).indicator()).map(Indicator::no)
                    .contains("41");
            assertThat(close.match(wording, "", Optional.of("市住建局")).matched()).isFalse();
        }

        /** {@code length} characters in a row of the CJK block from {@code first}, none repeated. */
        private static String run(int first, int length) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(first + i);
            }
            return text.toString();
        }

        @Test
        void twoOwnIndicatorsAboutEquallyLikeTheWordingAreNoMatch() {
            IndicatorMatcher matcher = new IndicatorMatcher(new MatchingTables()
                    .indicator("42", "更新住宅老旧电梯7台", "市住建局").indicator("43", "更新住宅小区电梯5台", "市住建局")
                    .build());

            assertThat(matcher.match("电梯更新", "", Optional.of("市住建局")).matched()).isFalse();
            assertThat(matcher.match("电梯更新", "", Optional.of("市住建局")).ambiguous()).isFalse();
        }
    }

    @Nested
    class NoMatch {

        @ParameterizedTest
        @ValueSource(strings = {"合计", "高速公路智慧安防建设", "人", "", "  "})
        void unrelatedLabelMatchesNothing(String label) {
            IndicatorMatcher.Match match = matcher.match(label, "", ANYONE);

            assertThat(match.matched()).isFalse();
            assertThat(match.ambiguous()).isFalse();
            assertThat(match.candidates()).isEmpty();
        }

        @Test
        void nullLabelAndNumberMatchNothing() {
            assertThat(matcher.match(null, null, ANYONE).matched()).isFalse();
        }
    }
}

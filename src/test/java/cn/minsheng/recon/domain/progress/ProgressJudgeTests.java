package cn.minsheng.recon.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.model.Comparison;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.progress.Schedule.Milestone;
import cn.minsheng.recon.domain.reconcile.CountyTables;
import cn.minsheng.recon.domain.submission.Reading;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The PRG_ rules of SPEC §4 and §7 on completion figures of {@link CountyTables#county()}: indicator 6 allocates
 * 200 / 100 / 100 / 80 人次 to 城关镇, 东山乡, 河西街道, 青石镇; 9 is a county-wide 30 张; 1 a rate of 95 % each; 10 a
 * standard of 800 (urban) and 560 (rural) 元/月. June is half the year, so half the target is due.
 */
class ProgressJudgeTests {

    private static final OfficialTables COUNTY = CountyTables.county().build();
    private static final SourceRef CELL = new SourceRef("人社局/6月.xlsx", "Sheet1", "F5");
    private static final Period JUNE = Period.parse("2026-06");
    private static final String SIX = "指标“6.开展职业技能培训480人次”：";

    private final ProgressJudge judge = new ProgressJudge(Schedule.linear(), ProgressThresholds.defaults());

    private static Indicator indicator(String no) {
        return COUNTY.breakdown().indicator(no).orElseThrow();
    }

    private static ProgressItem item(String no, String township) {
        return ProgressItem.of("县人社局", indicator(no), township, CELL);
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private Judgement judged(String no, String township, String completion) {
        return judge.judge(item(no, township), n(completion), JUNE);
    }

    @Nested
    class Lagging {

        @ParameterizedTest(name = "{0} of 200 in June → {1}")
        @CsvSource({"100, GREEN", "80, GREEN", "79, YELLOW", "60, YELLOW", "59, RED", "0, RED"})
        void theLightIsHowFarTheRateIsBehindTheSchedule(String completion, Light light) {
            // 80 is 40 %, exactly 10 points behind 50 %: behind by more than 10 is yellow, by more than 20 red
            assertThat(judged("6", "城关镇", completion).verdict()).hasValueSatisfying(
                    verdict -> assertThat(verdict.light()).isEqualTo(light));
        }

        @Test
        void aGreenFigureRaisesNothing() {
            Judgement judgement = judged("6", "城关镇", "80");

            assertThat(judgement.findings()).isEmpty();
            ProgressVerdict verdict = judgement.verdict().orElseThrow();
            assertThat(verdict.target()).isEqualByComparingTo("200");
            assertThat(verdict.completion()).isEqualByComparingTo("80");
            assertThat(verdict.rate()).isEqualByComparingTo("0.4");
            assertThat(verdict.scheduled()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.5"));
            assertThat(verdict.pointsBehind()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("10"));
            assertThat(verdict.onSchedule()).isTrue();
        }

        @Test
        void yellowIsAWarningCitingTheCellWithTheFigures() {
            Finding finding = judged("6", "城关镇", "79").findings().get(0);

            assertThat(finding.rule()).isEqualTo(RuleCode.PRG_LAGGING);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.department()).isEqualTo("县人社局");
            assertThat(finding.indicatorNo()).isEqualTo("6");
            assertThat(finding.indicator()).isEqualTo("开展职业技能培训480人次");
            assertThat(finding.township()).isEqualTo("城关镇");
            assertThat(finding.source()).isEqualTo(CELL);
            assertThat(finding.unit()).isEqualTo("人次");
            // the target is official, the completion submitted; what the schedule asks is neither
            assertThat(finding.officialValue()).isEqualByComparingTo("200");
            assertThat(finding.submittedValue()).isEqualByComparingTo("79");
            assertThat(finding.difference()).isEqualByComparingTo("-121");
            assertThat(finding.comparedValue()).isEqualByComparingTo("100");
            assertThat(finding.comparedWith()).isEqualTo("序时进度应完成数");
            assertThat(finding.message()).isEqualTo(SIX + "城关镇目标200人次，累计完成79人次，完成率39.5%，"
                    + "低于序时进度50.0%（落后10.5个百分点，黄灯）");
        }

        @Test
        void redIsAnError() {
            Finding finding = judged("6", "城关镇", "59").findings().get(0);

            assertThat(finding.rule()).isEqualTo(RuleCode.PRG_LAGGING);
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.message()).endsWith("完成率29.5%，低于序时进度50.0%（落后20.5个百分点，红灯）");
        }

        @Test
        void aShareOfTwelfthsLandsExactlyOnAThreshold() {
            // May: 5/12 of 120 is 50 due; 38 is 31.67 %, exactly 10 points behind 41.67 %
            ProgressItem item = ProgressItem.of("县人社局", CountyTables.of("甲镇").indicator("1", "培训120人", "人")
                    .townships("120").build().breakdown().indicator("1").orElseThrow(), "甲镇", CELL);
            Period may = Period.parse("2026-05");

            assertThat(judge.judge(item, n("38"), may).verdict().orElseThrow().light()).isEqualTo(Light.GREEN);
            assertThat(judge.judge(item, n("37"), may).verdict().orElseThrow().light()).isEqualTo(Light.YELLOW);
            assertThat(judge.judge(item, n("37"), may).findings().get(0).message())
                    .endsWith("完成率30.8%，低于序时进度41.7%（落后10.8个百分点，黄灯）");
        }

        @Test
        void theScheduleFileChangesTheVerdict() {
            // 80 of 200 is on schedule at m/12, but 40 points behind a milestone of 80 % in June
            ProgressJudge early = new ProgressJudge(
                    new Schedule(Map.of("6", List.of(new Milestone(6, n("0.8"))))), ProgressThresholds.defaults());

            Judgement judgement = early.judge(item("6", "城关镇"), n("80"), JUNE);

            assertThat(judgement.verdict().orElseThrow().light()).isEqualTo(Light.RED);
            assertThat(judgement.findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.comparedValue()).isEqualByComparingTo("160");
                assertThat(f.message()).endsWith("低于序时进度80.0%（落后40.0个百分点，红灯）");
            });
        }

        @Test
        void theThresholdsAreTheOfficesOwn() {
            ProgressJudge strict = new ProgressJudge(Schedule.linear(), new ProgressThresholds(n("5"), n("8"), 2));

            assertThat(strict.judge(item("6", "城关镇"), n("88"), JUNE).verdict().orElseThrow().light())
                    .isEqualTo(Light.YELLOW);
            assertThat(strict.judge(item("6", "城关镇"), n("83"), JUNE).verdict().orElseThrow().light())
                    .isEqualTo(Light.RED);
        }
    }

    @Nested
    class OverTarget {

        @Test
        void aCompletionAboveTheTargetIsNoted() {
            Judgement judgement = judged("6", "城关镇", "230");

            assertThat(judgement.verdict().orElseThrow().light()).isEqualTo(Light.GREEN);
            assertThat(judgement.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(RuleCode.PRG_OVER_TARGET);
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.officialValue()).isEqualByComparingTo("200");
                assertThat(f.submittedValue()).isEqualByComparingTo("230");
                assertThat(f.message()).isEqualTo(SIX + "城关镇目标200人次，累计完成230人次，超过目标30人次（完成率115.0%）");
            });
        }

        @Test
        void theTargetExactlyReachedIsNotOver() {
            Judgement judgement = judged("6", "城关镇", "200");

            assertThat(judgement.findings()).isEmpty();
            assertThat(judgement.verdict().orElseThrow().rate()).isEqualByComparingTo("1");
        }

        @Test
        void completionInATownshipAllocatedNothingIsOverItsTargetOfZeroWithNoVerdict() {
            // indicator 3 allocates 2 / blank / 1 / 1: 东山乡's blank is 0 (SPEC §3.1)
            Judgement judgement = judged("3", "东山乡", "1");

            assertThat(judgement.verdict()).isEmpty();
            assertThat(judgement.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(RuleCode.PRG_OVER_TARGET);
                assertThat(f.officialValue()).isEqualByComparingTo("0");
                assertThat(f.message()).isEqualTo("指标“3.提质升级4所中小学校食堂”：东山乡未分配任务（目标为0），累计完成1所");
            });
            assertThat(judged("3", "东山乡", "0").findings()).isEmpty();
        }
    }

    @Nested
    class CountyWide {

        @Test
        void aCountyWideIndicatorIsJudgedOnItsTotalAgainstTheIndicatorsTarget() {
            // 9 of 30 张 in June: 30 %, exactly 20 points behind — yellow, not red
            Judgement judgement = judged("9", "", "9");

            ProgressVerdict verdict = judgement.verdict().orElseThrow();
            assertThat(verdict.target()).isEqualByComparingTo("30");
            assertThat(verdict.light()).isEqualTo(Light.YELLOW);
            assertThat(judgement.findings()).singleElement().satisfies(f -> {
                assertThat(f.township()).isEmpty();
                assertThat(f.officialValue()).isEqualByComparingTo("30");
                assertThat(f.message()).isEqualTo("指标“9.新增残疾人托养服务床位30张”：目标30张，累计完成9张，完成率30.0%，"
                        + "低于序时进度50.0%（落后20.0个百分点，黄灯）");
            });
        }

        @Test
        void aTownshipOfACountyWideIndicatorHasNoTargetOfItsOwn() {
            Judgement judgement = judged("9", "城关镇", "3");

            assertThat(judgement.verdict()).isEmpty();
            assertThat(judgement.findings()).isEmpty();
        }

        @Test
        void aTownshipTheTableDoesNotNameHasNoTarget() {
            Judgement judgement = judged("6", "白云镇", "3");

            assertThat(judgement.verdict()).isEmpty();
            assertThat(judgement.findings()).isEmpty();
        }

        @Test
        void aCentralIndicatorIsJudgedAgainstItsHeadline() {
            // indicator 5: 由县人社局统筹安排, 城镇新增就业1400人
            assertThat(judged("5", "", "700").verdict().orElseThrow().target()).isEqualByComparingTo("1400");
        }

        @Test
        void anIndicatorAllocatedByTownshipIsJudgedInTotalAgainstItsHeadline() {
            ProgressVerdict verdict = judged("6", "", "240").verdict().orElseThrow();

            assertThat(verdict.target()).isEqualByComparingTo("480");
            assertThat(verdict.pointsBehind()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0"));
        }
    }

    @Nested
    class RatesAndStandards {

        @Test
        void aValueBelowTheStandardIsRedWithoutASchedule() {
            Judgement judgement = judge.judge(new ProgressItem("县民政局", indicator("10"), "城关镇", CELL, "城市低保"),
                    n("780"), JUNE);

            ProgressVerdict verdict = judgement.verdict().orElseThrow();
            assertThat(verdict.light()).isEqualTo(Light.RED);
            assertThat(verdict.target()).isEqualByComparingTo("800");
            assertThat(verdict.rate()).isEqualByComparingTo("0.975");
            assertThat(verdict.scheduled()).isEmpty();
            assertThat(verdict.pointsBehind()).isEmpty();
            assertThat(verdict.onSchedule()).isFalse();
            assertThat(judgement.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(RuleCode.PRG_LAGGING);
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.officialValue()).isEqualByComparingTo("800");
                assertThat(f.submittedValue()).isEqualByComparingTo("780");
                assertThat(f.message()).isEqualTo(
                        "指标“10.城乡低保指导标准分别不低于800元/月和560元/月”：城关镇报送780元/月，低于标准800元/月（红灯）");
            });
        }

        @Test
        void eachValueIsHeldToTheMinimumItsLabelCallsFor() {
            assertThat(judge.judge(new ProgressItem("县民政局", indicator("10"), "城关镇", CELL, "农村低保"), n("780"),
                    JUNE).verdict().orElseThrow().light()).isEqualTo(Light.GREEN);
            // unlabelled: the lower minimum
            assertThat(judged("10", "城关镇", "560").verdict().orElseThrow().light()).isEqualTo(Light.GREEN);
            assertThat(judged("10", "城关镇", "559").verdict().orElseThrow().light()).isEqualTo(Light.RED);
        }

        @Test
        void aRateIsHeldToItsTownshipsFigureAndNeverOverTarget() {
            assertThat(judged("1", "城关镇", "93").findings()).singleElement().satisfies(f -> assertThat(f.message())
                    .isEqualTo("指标“1.产前筛查率、新生儿疾病筛查率达95%以上”：城关镇报送93%，低于标准95%（红灯）"));
            Judgement above = judged("1", "城关镇", "99");
            assertThat(above.findings()).isEmpty();
            assertThat(above.verdict().orElseThrow().light()).isEqualTo(Light.GREEN);
            assertThat(judged("1", "城关镇", "95").verdict().orElseThrow().light()).isEqualTo(Light.GREEN);
        }

        @Test
        void aTownshipsOwnRateComesBeforeTheHeadline() {
            // 甲镇 is held to 90, 乙镇 to 98, 丙镇 (0) to nothing; the headline says 95 for the county
            Indicator rate = CountyTables.of("甲镇", "乙镇", "丙镇").indicator("1", "筛查率达95%以上", "%")
                    .townships("90", "98", "0").headline("95", Comparison.AT_LEAST).build().breakdown().indicator("1")
                    .orElseThrow();

            assertThat(judge.judge(ProgressItem.of("县卫健局", rate, "甲镇", CELL), n("92"), JUNE).verdict()
                    .orElseThrow().light()).isEqualTo(Light.GREEN);
            assertThat(judge.judge(ProgressItem.of("县卫健局", rate, "乙镇", CELL), n("96"), JUNE).verdict()
                    .orElseThrow().light()).isEqualTo(Light.RED);
            assertThat(judge.judge(ProgressItem.of("县卫健局", rate, "丙镇", CELL), n("96"), JUNE).verdict()).isEmpty();
        }

        @Test
        void aRateAsAWholeIsHeldToItsHeadline() {
            assertThat(judged("1", "", "94").verdict().orElseThrow().target()).isEqualByComparingTo("95");
        }
    }

    @Nested
    class Invalid {

        private Optional<Finding> invalid(Reading reading, boolean percent) {
            return judge.invalid(item("6", "城关镇"), reading, percent);
        }

        @Test
        void textIsNoCompletion() {
            assertThat(invalid(new Reading.Text("正在推进"), false)).hasValueSatisfying(f -> {
                assertThat(f.rule()).isEqualTo(RuleCode.PRG_INVALID_PROGRESS);
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.source()).isEqualTo(CELL);
                assertThat(f.township()).isEqualTo("城关镇");
                assertThat(f.officialValue()).isEqualByComparingTo("200");
                assertThat(f.submittedValue()).isNull();
                assertThat(f.message()).isEqualTo(SIX + "城关镇，此处应填累计完成数，实际为“正在推进”");
            });
        }

        @Test
        void aNegativeNumberIsNoCompletion() {
            assertThat(invalid(new Reading.Number(n("-3")), false)).hasValueSatisfying(f -> {
                assertThat(f.rule()).isEqualTo(RuleCode.PRG_INVALID_PROGRESS);
                assertThat(f.submittedValue()).isEqualByComparingTo("-3");
                assertThat(f.message()).isEqualTo(SIX + "城关镇，累计完成数不能为负数：-3");
            });
        }

        @Test
        void aPercentageWhereACountIsDueIsNoCompletion() {
            assertThat(invalid(new Reading.Number(n("37.5")), true)).hasValueSatisfying(f -> {
                assertThat(f.rule()).isEqualTo(RuleCode.PRG_INVALID_PROGRESS);
                assertThat(f.message()).isEqualTo(SIX + "城关镇，此处应填累计完成数（人次），实际为百分比“37.5%”（完成率由累计完成数计算得出）");
            });
            assertThat(invalid(new Reading.Number(n("37.5")), false)).isEmpty();
        }

        @Test
        void aPercentageTypedAsTextIsToldAsOne() {
            assertThat(invalid(new Reading.Text("37.5％"), false)).hasValueSatisfying(f -> assertThat(f.message())
                    .isEqualTo(SIX + "城关镇，此处应填累计完成数（人次），实际为百分比“37.5％”（完成率由累计完成数计算得出）"));
        }

        @Test
        void aPercentageIsFineForARate() {
            assertThat(judge.invalid(item("1", "城关镇"), new Reading.Number(n("93")), true)).isEmpty();
        }

        @Test
        void aHundredTimesTheTargetOrMoreIsAUnitSlip() {
            assertThat(invalid(new Reading.Number(n("20000")), false)).hasValueSatisfying(f -> {
                assertThat(f.rule()).isEqualTo(RuleCode.PRG_INVALID_PROGRESS);
                assertThat(f.officialValue()).isEqualByComparingTo("200");
                assertThat(f.submittedValue()).isEqualByComparingTo("20000");
                assertThat(f.message()).isEqualTo(SIX + "城关镇累计完成20000人次，是目标200人次的100倍，可能是单位填错（如“万”与“个”）");
            });
            assertThat(invalid(new Reading.Number(n("19999")), false)).isEmpty();
        }

        @Test
        void aTownshipAllocatedNothingIsNoUnitSlip() {
            assertThat(judge.invalid(item("3", "东山乡"), new Reading.Number(n("5000")), false)).isEmpty();
        }

        @Test
        void aRateIsNoUnitSlip() {
            assertThat(judge.invalid(item("1", "城关镇"), new Reading.Number(n("9500")), false)).isEmpty();
        }

        @Test
        void aFormulaWithoutItsValueIsSaidSo() {
            assertThat(invalid(new Reading.FormulaWithoutValue("SUM(F2:F4)"), false)).hasValueSatisfying(f -> {
                assertThat(f.rule()).isEqualTo(RuleCode.SUB_FORMULA_NO_VALUE);
                assertThat(f.message()).contains("SUM(F2:F4)").contains("累计完成数");
            });
        }

        @Test
        void aNumberOrABlankIsNotInvalid() {
            assertThat(invalid(new Reading.Number(n("45")), false)).isEmpty();
            assertThat(invalid(new Reading.Number(n("0")), false)).isEmpty();
            assertThat(invalid(Reading.blank(), false)).isEmpty();
        }
    }

    @Nested
    class Missing {

        @Test
        void aBlankCompletionOwedIsAWarningNotAZero() {
            assertThat(judge.missing(item("6", "城关镇"))).hasValueSatisfying(f -> {
                assertThat(f.rule()).isEqualTo(RuleCode.PRG_MISSING_PROGRESS);
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.officialValue()).isEqualByComparingTo("200");
                assertThat(f.submittedValue()).isNull();
                assertThat(f.source()).isEqualTo(CELL);
                assertThat(f.message()).isEqualTo(SIX + "城关镇的累计完成数为空（本表已填报其他乡镇的累计完成数）");
            });
        }

        @Test
        void nothingIsOwedWhereNothingIsAllocated() {
            assertThat(judge.missing(item("3", "东山乡"))).isEmpty();
            assertThat(judge.missing(item("9", "城关镇"))).isEmpty();
        }

        @Test
        void aCountyWideTotalIsOwed() {
            assertThat(judge.missing(item("9", ""))).hasValueSatisfying(f -> {
                assertThat(f.officialValue()).isEqualByComparingTo("30");
                assertThat(f.message()).isEqualTo("指标“9.新增残疾人托养服务床位30张”：累计完成数为空（本表已填报其他指标的累计完成数）");
            });
        }

        @Test
        void aStandardIsOwedEverywhere() {
            assertThat(judge.missing(item("10", "青石镇"))).isPresent();
        }
    }

    @Nested
    class Regression {

        private final Period march = Period.parse("2026-03");
        private final Period february = Period.parse("2026-02");

        @Test
        void aCumulativeCompletionBelowTheEarlierPeriodsIsAnError() {
            Optional<Finding> finding = judge.regression(item("6", "城关镇"), march, n("45"), february, n("50"));

            assertThat(finding).hasValueSatisfying(f -> {
                assertThat(f.rule()).isEqualTo(RuleCode.PRG_REGRESSION);
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.officialValue()).isEqualByComparingTo("200");
                assertThat(f.submittedValue()).isEqualByComparingTo("45");
                assertThat(f.comparedValue()).isEqualByComparingTo("50");
                assertThat(f.comparedWith()).isEqualTo("2026年2月累计完成");
                assertThat(f.message()).isEqualTo(SIX + "城关镇2026年3月累计完成45人次，低于2026年2月的50人次（累计完成数不应减少）");
            });
        }

        @Test
        void anEqualOrHigherCompletionIsNoRegression() {
            assertThat(judge.regression(item("6", "城关镇"), march, n("50"), february, n("50"))).isEmpty();
            assertThat(judge.regression(item("6", "城关镇"), march, n("50.5"), february, n("50"))).isEmpty();
        }

        @Test
        void aRateOrStandardIsNoCumulativeFigure() {
            assertThat(judge.regression(item("1", "城关镇"), march, n("93"), february, n("96"))).isEmpty();
            assertThat(judge.regression(item("10", "城关镇"), march, n("700"), february, n("800"))).isEmpty();
        }

        @Test
        void theEarlierPeriodComesFirst() {
            assertThatIllegalArgumentException().isThrownBy(
                    () -> judge.regression(item("6", "城关镇"), february, n("45"), march, n("50")));
            assertThatIllegalArgumentException().isThrownBy(
                    () -> judge.regression(item("6", "城关镇"), march, n("45"), march, n("50")));
        }
    }

    @Nested
    class Supervised {

        private final ProgressVerdict red = judged("6", "城关镇", "40").verdict().orElseThrow();

        @Test
        void redInTwoConsecutiveMonthsIsProposedForSupervision() {
            assertThat(judge.supervised(item("6", "城关镇"), red, 2)).hasValueSatisfying(f -> {
                assertThat(f.rule()).isEqualTo(RuleCode.PRG_SUPERVISED);
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.officialValue()).isEqualByComparingTo("200");
                assertThat(f.submittedValue()).isEqualByComparingTo("40");
                assertThat(f.message()).isEqualTo(SIX + "城关镇连续2个月进度红灯，建议挂牌督办（目标200人次，累计完成40人次，"
                        + "完成率20.0%，序时进度50.0%）");
            });
        }

        @Test
        void oneRedMonthIsNotYet() {
            assertThat(judge.supervised(item("6", "城关镇"), red, 1)).isEmpty();
            assertThat(judge.supervised(item("6", "城关镇"), red, 0)).isEmpty();
        }

        @Test
        void aGapMonthStartsTheCountAgain() {
            // red in April, nothing on record for May, red in June
            Map<Period, Light> lights = Map.of(Period.parse("2026-04"), Light.RED, JUNE, Light.RED);

            assertThat(judge.supervised(item("6", "城关镇"), red, RedMonths.endingAt(JUNE, lights))).isEmpty();
            assertThat(judge.supervised(item("6", "城关镇"), red, RedMonths.endingAt(JUNE,
                    Map.of(Period.parse("2026-05"), Light.RED, JUNE, Light.RED)))).isPresent();
        }

        @Test
        void aStandardIsCitedWithItsMinimum() {
            ProgressVerdict below = judged("10", "城关镇", "500").verdict().orElseThrow();

            assertThat(judge.supervised(item("10", "城关镇"), below, 3)).hasValueSatisfying(f -> assertThat(f.message())
                    .endsWith("城关镇连续3个月进度红灯，建议挂牌督办（标准560元/月，报送500元/月）"));
        }

        @Test
        void theOfficeSetsHowManyMonths() {
            ProgressJudge patient = new ProgressJudge(Schedule.linear(), new ProgressThresholds(n("10"), n("20"), 3));

            assertThat(patient.supervised(item("6", "城关镇"), red, 2)).isEmpty();
            assertThat(patient.supervised(item("6", "城关镇"), red, 3)).isPresent();
        }
    }
}

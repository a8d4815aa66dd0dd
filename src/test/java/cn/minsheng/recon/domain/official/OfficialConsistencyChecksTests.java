package cn.minsheng.recon.domain.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.finding.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OfficialConsistencyChecksTests {

    private static List<Finding> check(TestTables tables) {
        return new OfficialConsistencyChecks(TestTables.HEADLINES).check(tables.build());
    }

    @Nested
    class MissingTownship {

        @Test
        void aRateRowWithABlankTownship() {
            List<Finding> findings = check(new TestTables().indicator("1", "筛查率达90%以上", "%", "90", "90", null)
                    .lead("筛查率达90%以上", "卫健局"));

            assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::township, f -> f.source().cell())
                    .containsExactly(tuple(RuleCode.OFF_MISSING_TOWNSHIP, Severity.WARNING, "丙街道", "G1"));
            assertThat(findings.get(0).leadUnit()).isEqualTo("卫健局");
        }

        @Test
        void aRateRowWrittenAcrossTheTownshipsLacksNone() {
            assertThat(check(new TestTables().spanning("38", "定额包干政策", "%", "包干人数不低于75%")
                    .lead("定额包干政策", "医保局"))).isEmpty();
        }

        @Test
        void aCountRowWithABlankTownshipMeansZero() {
            assertThat(check(new TestTables().indicator("2", "建设2个", "个", "1", "1", null).lead("建设2个", "局")))
                    .isEmpty();
        }
    }

    @Nested
    class SumMismatch {

        @Test
        void exactDecimalsAddUp() {
            assertThat(check(new TestTables()
                    .indicator("13", "签约人数不少于1.7万人", "万人", "0.8865", "0.6323", "0.1812")
                    .lead("签约人数不少于1.7万人", "局"))).isEmpty();
        }

        @Test
        void aSumShortOfAnAtLeastHeadline() {
            assertThat(check(new TestTables().indicator("3", "网点不少于11个", "个", "5", "5", null)
                    .lead("网点不少于11个", "局")))
                    .extracting(Finding::rule, Finding::officialValue, Finding::submittedValue, Finding::comparedValue,
                            Finding::comparedWith, Finding::difference)
                    .containsExactly(tuple(RuleCode.OFF_SUM_MISMATCH, new BigDecimal("11"), null, new BigDecimal("10"),
                            "各乡镇目标合计", null));
        }

        @Test
        void aSumAboveAnAtLeastHeadlineIsFine() {
            assertThat(check(new TestTables().indicator("3", "网点不少于11个", "个", "5", "5", "3")
                    .lead("网点不少于11个", "局"))).isEmpty();
        }

        @Test
        void theHeadlineIsConvertedToTheUnitColumn() {
            assertThat(check(new TestTables().indicator("12", "培训1万人次", "人次", "5000", "3000", "2000")
                    .lead("培训1万人次", "局"))).isEmpty();
        }

        @Test
        void aTotalColumnThatDisagreesWithItsTownships() {
            assertThat(check(new TestTables().indicator("4", "建设6所", "所", "2", "2", "2").total("7")
                    .lead("建设6所", "局")))
                    .extracting(Finding::rule, Finding::officialValue, Finding::comparedValue, Finding::comparedWith,
                            f -> f.source().cell())
                    .containsExactly(tuple(RuleCode.OFF_SUM_MISMATCH, new BigDecimal("7"), new BigDecimal("6"),
                            "各乡镇目标合计", "D9"));
        }

        @Test
        void aTotalColumnOfACityWideTargetThatMissesTheHeadline() {
            assertThat(check(new TestTables().indicator("18", "隐患治理550户", "户").total("500")
                    .lead("隐患治理550户", "局")))
                    .extracting(Finding::rule, Finding::officialValue, Finding::comparedValue, Finding::comparedWith,
                            f -> f.source().cell())
                    .containsExactly(tuple(RuleCode.OFF_SUM_MISMATCH, new BigDecimal("550"), new BigDecimal("500"),
                            "合计栏", "D9"));
        }

        @Test
        void aCityWideNumberThatMissesTheHeadline() {
            assertThat(check(new TestTables().spanning("18", "隐患治理550户", "户", "560").lead("隐患治理550户", "局")))
                    .extracting(Finding::rule, Finding::officialValue, Finding::comparedValue, Finding::comparedWith,
                            f -> f.source().cell())
                    .containsExactly(tuple(RuleCode.OFF_SUM_MISMATCH, new BigDecimal("550"), new BigDecimal("560"),
                            "跨乡镇合并填写的数", "E18"));
        }

        @Test
        void aCityWideNumberAlsoInTheTotalColumnIsOneStatement() {
            assertThat(check(new TestTables().spanning("18", "隐患治理550户", "户", "560").total("560")
                    .lead("隐患治理550户", "局")))
                    .extracting(Finding::rule, Finding::comparedValue, f -> f.source().cell())
                    .containsExactly(tuple(RuleCode.OFF_SUM_MISMATCH, new BigDecimal("560"), "D9"));
        }

        @Test
        void aCityWideNumberAndATotalThatDifferAreTwoStatements() {
            assertThat(check(new TestTables().spanning("18", "隐患治理550户", "户", "560").total("550")
                    .lead("隐患治理550户", "局")))
                    .extracting(Finding::rule, Finding::comparedValue, f -> f.source().cell())
                    .containsExactly(tuple(RuleCode.OFF_SUM_MISMATCH, new BigDecimal("560"), "E18"));
        }

        @Test
        void aCityWideTargetThatMeetsTheHeadlineIsFine() {
            assertThat(check(new TestTables().spanning("18", "隐患治理不少于550户", "户", "600").total("550")
                    .lead("隐患治理不少于550户", "局"))).isEmpty();
        }

        @Test
        void withoutAUnitColumnTheHeadlinesUnitCounts() {
            assertThat(check(new TestTables().indicator("14", "培训乡村医生30人", "", "10", "10", "5")
                    .lead("培训乡村医生30人", "卫健局")))
                    .extracting(Finding::rule, Finding::officialValue, Finding::comparedValue, Finding::unit)
                    .containsExactly(tuple(RuleCode.OFF_SUM_MISMATCH, new BigDecimal("30"), new BigDecimal("25"), "人"));
        }

        @Test
        void aTotalColumnThatAgreesWithItsTownshipsIsFine() {
            assertThat(check(new TestTables().indicator("4", "建设6所", "所", "2", "2", "2").total("6")
                    .lead("建设6所", "局"))).isEmpty();
        }

        /** SPEC §4: a finding comparing two other figures names them in its message. */
        @Test
        void theMessageNamesBothFiguresInTheirUnit() {
            assertThat(check(new TestTables().indicator("4", "建设6所", "所", "2", "2", "2").total("7")
                    .lead("建设6所", "局")))
                    .extracting(Finding::message)
                    .singleElement().asString().contains("合计6所", "7所");
        }

        @Test
        void aRateUnderTheHeadlineRate() {
            assertThat(check(new TestTables().indicator("1", "筛查率达90%以上", "%", "90", "85", "95")
                    .lead("筛查率达90%以上", "局")))
                    .extracting(Finding::rule, Finding::township, Finding::officialValue, Finding::comparedValue,
                            Finding::comparedWith)
                    .containsExactly(tuple(RuleCode.OFF_SUM_MISMATCH, "乙乡", new BigDecimal("90"), new BigDecimal("85"),
                            "乡镇目标"));
        }

        @Test
        void urbanAndRuralMinimumsHoldAnUnlabelledTownshipToTheLower() {
            assertThat(check(new TestTables()
                    .indicator("19", "城乡低保标准分别不低于770元/月和520元/月", "元/月", "770", "520", "600")
                    .lead("城乡低保标准分别不低于770元/月和520元/月", "民政局"))).isEmpty();
        }

        @Test
        void aPendingDirectiveStatingAnotherTotal() {
            assertThat(check(new TestTables()
                    .spanning("18", "隐患治理550户", "户", "全市完成560户，待摸底完成后确定各镇（街道）任务数")
                    .lead("隐患治理550户", "局")))
                    .extracting(Finding::rule, Finding::comparedValue, Finding::comparedWith)
                    .containsExactly(tuple(RuleCode.OFF_SUM_MISMATCH, new BigDecimal("560"), "目标栏文字"));
        }

        @Test
        void upperLevelDirectivesAreNotThisGovernmentsToCheck() {
            assertThat(check(new TestTables().spanning("30", "以旧换新", "万元", "全岳阳市发放补贴资金67300万元")
                    .lead("以旧换新", "商务局"))).isEmpty();
        }
    }

    @Nested
    class CrossTable {

        @Test
        void theResponsibilityTableStatesAnotherNumber() {
            assertThat(check(new TestTables().indicator("43", "排查整治桥梁，共80座", "座", "40", "30", "10")
                    .lead("排查整治桥梁，共90座", "农业农村局")))
                    .extracting(Finding::rule, Finding::officialValue, Finding::comparedValue, Finding::comparedWith,
                            Finding::leadUnit)
                    .containsExactly(tuple(RuleCode.OFF_CROSS_TABLE_MISMATCH, new BigDecimal("80"),
                            new BigDecimal("90"), "责任分解表", "农业农村局"));
        }

        @Test
        void withoutAHeadlineTheTownshipSumIsTheBreakdownsTarget() {
            assertThat(check(new TestTables().indicator("43", "排查整治农村自建桥梁", "座", "40", "30", "10")
                    .lead("排查整治农村自建桥梁，共90座", "农业农村局")))
                    .extracting(Finding::rule, Finding::officialValue, Finding::comparedValue, f -> f.source().cell())
                    .containsExactly(tuple(RuleCode.OFF_CROSS_TABLE_MISMATCH, new BigDecimal("80"),
                            new BigDecimal("90"), "B43"));
        }

        @Test
        void aTownshipSumThatAgreesIsFine() {
            assertThat(check(new TestTables().indicator("43", "排查整治农村自建桥梁", "座", "40", "30", "10")
                    .lead("排查整治农村自建桥梁，共80座", "农业农村局"))).isEmpty();
        }

        @Test
        void townshipRatesAreNeverSummedIntoATarget() {
            assertThat(check(new TestTables().indicator("1", "产前筛查率", "%", "90", "95", "92")
                    .lead("产前筛查率达90%以上", "卫健局"))).isEmpty();
        }

        @Test
        void withoutAHeadlineTheTotalColumnComesBeforeTheTownshipSum() {
            assertThat(check(new TestTables().indicator("6", "提质升级中小学校食堂", "所", "2", "2", "2").total("7")
                    .lead("提质升级中小学校食堂8所", "教体局")))
                    .extracting(Finding::rule, Finding::officialValue, Finding::comparedValue)
                    .containsExactlyInAnyOrder(
                            tuple(RuleCode.OFF_SUM_MISMATCH, new BigDecimal("7"), new BigDecimal("6")),
                            tuple(RuleCode.OFF_CROSS_TABLE_MISMATCH, new BigDecimal("7"), new BigDecimal("8")));
        }

        @Test
        void withoutAHeadlineACityWideNumberIsTheBreakdownsTarget() {
            assertThat(check(new TestTables().spanning("18", "开展切坡建房地质灾害隐患治理", "户", "550")
                    .lead("开展切坡建房地质灾害隐患治理（560户）", "自然资源局")))
                    .extracting(Finding::rule, Finding::officialValue, Finding::comparedValue)
                    .containsExactly(tuple(RuleCode.OFF_CROSS_TABLE_MISMATCH, new BigDecimal("550"),
                            new BigDecimal("560")));
        }

        @Test
        void theSameNumberInAnotherScaleAgrees() {
            assertThat(check(new TestTables().indicator("44", "高标准农田建设5万亩", "万亩", "2", "2", "1")
                    .lead("高标准农田建设50000亩", "农业农村局"))).isEmpty();
        }
    }

    /** SPEC §5: the official tables hold no submitted figure; the figure weighed against the target is compared. */
    @Nested
    class Columns {

        @Test
        void noFindingAboutTheOfficialTablesHoldsASubmittedValueOrADifference() {
            List<Finding> findings = check(new TestTables()
                    .indicator("4", "建设6所", "所", "2", "2", "2").total("7").lead("建设6所", "局")
                    .indicator("1", "筛查率达90%以上", "%", "90", "85", "95").lead("筛查率达90%以上", "局")
                    .spanning("18", "隐患治理550户", "户", "560").lead("隐患治理550户", "局")
                    .indicator("43", "排查整治桥梁，共80座", "座", "40", "30", "10").lead("排查整治桥梁，共90座", "局"));

            assertThat(findings).extracting(Finding::rule).containsOnly(RuleCode.OFF_SUM_MISMATCH,
                    RuleCode.OFF_CROSS_TABLE_MISMATCH).hasSize(4);
            assertThat(findings).allSatisfy(f -> {
                assertThat(f.officialValue()).as(f.message()).isNotNull();
                assertThat(f.submittedValue()).as(f.message()).isNull();
                assertThat(f.difference()).as(f.message()).isNull();
                assertThat(f.comparedWith()).as(f.message()).isNotEmpty();
                assertThat(f.message()).contains(f.comparedValue().toPlainString());
            });
        }
    }

    @Nested
    class NoLeadUnit {

        @Test
        void anIndicatorNoRowCovers() {
            assertThat(check(new TestTables().indicator("5", "建设3个驿站", "个", "1", "1", "1")
                    .indicator("6", "新增托位50个", "个", "20", "20", "10")
                    .lead("建设3个驿站", "人社局")))
                    .extracting(Finding::rule, Finding::indicatorNo, Finding::department)
                    .containsExactly(tuple(RuleCode.OFF_NO_LEAD_UNIT, "6", ""));
        }

        @Test
        void aProjectHeadingWithoutUnitDoesNotHideTheItemRowsUnit() {
            OfficialTables tables = new TestTables().indicator("5", "建设3个驿站", "个", "1", "1", "1")
                    .projectLead("").lead("建设3个驿站", "人社局").build();

            assertThat(new OfficialConsistencyChecks(TestTables.HEADLINES).check(tables)).isEmpty();
            assertThat(tables.responsibility(tables.breakdown().indicators().get(0)))
                    .hasValueSatisfying(row -> assertThat(row.leadUnit()).isEqualTo("人社局"));
        }

        @Test
        void aRowWithoutItsLeadUnit() {
            assertThat(check(new TestTables().indicator("5", "建设3个驿站", "个", "1", "1", "1").lead("建设3个驿站", "")))
                    .extracting(Finding::rule).containsExactly(RuleCode.OFF_NO_LEAD_UNIT);
        }

        @Test
        void aRowThatNamesNoIndicator() {
            assertThat(check(new TestTables().indicator("5", "建设3个驿站", "个", "1", "1", "1")
                    .lead("建设3个驿站", "人社局").lead("改造老旧小区10个", "住建局")))
                    .extracting(Finding::rule, Finding::leadUnit)
                    .containsExactly(tuple(RuleCode.OFF_UNMATCHED_RESPONSIBILITY, "住建局"));
        }
    }
}

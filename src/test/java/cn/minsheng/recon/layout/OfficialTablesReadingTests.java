package cn.minsheng.recon.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.model.Comparison;
import cn.minsheng.recon.domain.model.DirectiveKind;
import cn.minsheng.recon.domain.official.DirectiveClassifier;
import cn.minsheng.recon.domain.official.HeadlineParser;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.OfficialConsistencyChecks;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.sample.OfficialLayout;
import cn.minsheng.recon.sample.OfficialWorkbooks;
import cn.minsheng.recon.sample.PlanFixture;
import cn.minsheng.recon.workbook.ReadLimits;
import cn.minsheng.recon.workbook.WorkbookReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Official tables written as offices keep them — both layouts, .xlsx and .xls, separate workbooks or sheets of
 * one in either order — read back and checked: right tables raise nothing, each planted defect is found once.
 */
class OfficialTablesReadingTests {

    private static final PlanFixture COUNTY = PlanFixture.sampleCounty();

    @TempDir
    Path work;

    /** Every way the two tables reach the office. */
    enum Packaging { SEPARATE_XLSX, SEPARATE_XLS, COMBINED_XLSX, COMBINED_XLS_RESPONSIBILITY_FIRST }

    static Stream<Arguments> layouts() {
        return Stream.of(OfficialLayout.values()).flatMap(layout -> Stream.of(Packaging.values())
                .map(packaging -> Arguments.of(layout, packaging)));
    }

    @Nested
    class Reading {

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("cn.minsheng.recon.layout.OfficialTablesReadingTests#layouts")
        void readsEveryIndicatorTownshipAndLeadUnit(OfficialLayout layout, Packaging packaging) throws Exception {
            OfficialTables tables = load(write(COUNTY, layout, packaging)).tables();

            assertThat(tables.breakdown().townships()).containsExactlyElementsOf(COUNTY.townships());
            assertThat(tables.breakdown().indicators()).extracting(Indicator::no, Indicator::name)
                    .containsExactlyElementsOf(COUNTY.indicators().stream()
                            .map(i -> tuple(String.valueOf(i.no()), i.name())).toList());
            Indicator doctors = indicator(tables, "7");
            assertThat(doctors.townships().get("东山乡")).isEqualTo(new CellValue.Number(new BigDecimal("0.6345")));
            assertThat(doctors.headline()).hasValueSatisfying(h -> {
                assertThat(h.quantity().value()).isEqualByComparingTo("6.25");
                assertThat(h.comparison()).isEqualTo(Comparison.AT_LEAST);
            });
            assertThat(doctors.townshipSum()).isEqualByComparingTo("6.25");
            assertThat(indicator(tables, "9").allocatedByTownship()).isFalse();
            assertThat(indicator(tables, "5").directive()).hasValueSatisfying(
                    d -> assertThat(d.kind()).isEqualTo(DirectiveKind.CENTRAL));
            assertThat(indicator(tables, "4").directive()).hasValueSatisfying(
                    d -> assertThat(d.kind()).isEqualTo(DirectiveKind.UPPER_LEVEL));
            assertThat(indicator(tables, "11").directive()).hasValueSatisfying(
                    d -> assertThat(d.kind()).isEqualTo(DirectiveKind.PENDING));
            assertThat(indicator(tables, "10").directive()).hasValueSatisfying(
                    d -> assertThat(d.kind()).isEqualTo(DirectiveKind.STANDARD));
            assertThat(indicator(tables, "13").directive()).hasValueSatisfying(
                    d -> assertThat(d.kind()).isEqualTo(DirectiveKind.OTHER));
            for (Indicator indicator : tables.breakdown().indicators()) {
                assertThat(tables.responsibility(indicator)).as(indicator.label())
                        .hasValueSatisfying(row -> assertThat(row.leadUnit())
                                .isEqualTo(COUNTY.indicator(Integer.parseInt(indicator.no())).leadUnit()));
            }
        }

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("cn.minsheng.recon.layout.OfficialTablesReadingTests#layouts")
        void rightTablesRaiseNothing(OfficialLayout layout, Packaging packaging) throws Exception {
            assertThat(findings(COUNTY, layout, packaging)).isEmpty();
        }

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("cn.minsheng.recon.layout.OfficialTablesReadingTests#layouts")
        void namesTheCellOfEachTownshipValue(OfficialLayout layout, Packaging packaging) throws Exception {
            Path written = write(COUNTY, layout, packaging);
            Indicator training = indicator(load(written).tables(), "6");

            assertThat(training.townshipRefs().get("青石镇").cell())
                    .isEqualTo(OfficialWorkbooks.townshipCell(COUNTY, layout, 6, "青石镇"));
        }

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("cn.minsheng.recon.layout.OfficialTablesReadingTests#layouts")
        void aTownshipNamedLikeATotalIsStillATownship(OfficialLayout layout, Packaging packaging) throws Exception {
            PlanFixture county = renamed(COUNTY, "柳溪镇", "全丰镇");

            OfficialTables tables = load(write(county, layout, packaging)).tables();

            assertThat(tables.breakdown().townships()).endsWith("全丰镇");
            assertThat(new OfficialConsistencyChecks(new HeadlineParser(UnitDirectory.defaults())).check(tables))
                    .isEmpty();
        }

        @Test
        void readsTheRealTablesOfSeed004() throws Exception {
            PlanFixture miluo = PlanFixture.miluo();
            OfficialTables tables = load(OfficialWorkbooks.writeSeparate(work, miluo, OfficialLayout.PRINTED, false))
                    .tables();

            assertThat(tables.breakdown().indicators()).hasSize(47);
            assertThat(tables.breakdown().townships()).hasSize(15).startsWith("归义街道").endsWith("神鼎山镇");
            assertThat(indicator(tables, "4").spanningNumber()).contains(BigDecimal.ONE);
            assertThat(indicator(tables, "13").project()).isEqualTo("病有所医");
            assertThat(indicator(tables, "39").project()).isEqualTo("推行孕前、孕期、产后出生缺陷免费筛查及诊断服务");
            assertThat(tables.coverage().entrySet()).filteredOn(e -> e.getKey().project().startsWith("推行孕前"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.getValue()).extracting(Indicator::no).containsExactly("39", "40", "41"));
            assertThat(tables.responsibility(indicator(tables, "11")))
                    .hasValueSatisfying(row -> assertThat(row.leadUnit()).isEqualTo("市人社局"));
        }
    }

    @Nested
    class PlantedDefects {

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("cn.minsheng.recon.layout.OfficialTablesReadingTests#layouts")
        void aTownshipValueThatBreaksTheHeadline(OfficialLayout layout, Packaging packaging) throws Exception {
            PlanFixture defective = COUNTY.withIndicator(6, i -> i.withTownship("城关镇", "210"));

            assertThat(findings(defective, layout, packaging))
                    .extracting(Finding::rule, Finding::indicatorNo, Finding::officialValue, Finding::submittedValue,
                            Finding::comparedValue, Finding::comparedWith)
                    .containsExactly(tuple(RuleCode.OFF_SUM_MISMATCH, "6", new BigDecimal("960"), null,
                            new BigDecimal("970"), "各乡镇目标合计"));
        }

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("cn.minsheng.recon.layout.OfficialTablesReadingTests#layouts")
        void aDecimalShareShortOfItsMinimum(OfficialLayout layout, Packaging packaging) throws Exception {
            PlanFixture defective = COUNTY.withIndicator(7, i -> i.withTownship("东山乡", "0.6344"));

            assertThat(findings(defective, layout, packaging))
                    .extracting(Finding::rule, Finding::indicatorNo, Finding::submittedValue, Finding::comparedValue,
                            Finding::comparedWith)
                    .containsExactly(tuple(RuleCode.OFF_SUM_MISMATCH, "7", null, new BigDecimal("6.2499"),
                            "各乡镇目标合计"));
        }

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("cn.minsheng.recon.layout.OfficialTablesReadingTests#layouts")
        void aDecimalShareAboveItsMinimumIsFine(OfficialLayout layout, Packaging packaging) throws Exception {
            PlanFixture above = COUNTY.withIndicator(7, i -> i.withTownship("东山乡", "0.7"));

            assertThat(findings(above, layout, packaging)).isEmpty();
        }

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("cn.minsheng.recon.layout.OfficialTablesReadingTests#layouts")
        void aRateRowThatSkipsATownship(OfficialLayout layout, Packaging packaging) throws Exception {
            PlanFixture defective = COUNTY.withIndicator(1, i -> i.withTownship("白沙乡", (BigDecimal) null));

            assertThat(findings(defective, layout, packaging))
                    .extracting(Finding::rule, Finding::indicatorNo, Finding::township, f -> f.source().cell())
                    .containsExactly(tuple(RuleCode.OFF_MISSING_TOWNSHIP, "1", "白沙乡",
                            OfficialWorkbooks.townshipCell(defective, layout, 1, "白沙乡")));
        }

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("cn.minsheng.recon.layout.OfficialTablesReadingTests#layouts")
        void aRateBelowTheHeadline(OfficialLayout layout, Packaging packaging) throws Exception {
            PlanFixture defective = COUNTY.withIndicator(1, i -> i.withTownship("桥头镇", "90"));

            assertThat(findings(defective, layout, packaging))
                    .extracting(Finding::rule, Finding::indicatorNo, Finding::township)
                    .containsExactly(tuple(RuleCode.OFF_SUM_MISMATCH, "1", "桥头镇"));
        }

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("cn.minsheng.recon.layout.OfficialTablesReadingTests#layouts")
        void aCountyWideNumberThatMissesTheHeadline(OfficialLayout layout, Packaging packaging) throws Exception {
            PlanFixture defective = COUNTY.withIndicator(9, i -> i.withCityTotal(new BigDecimal("50")));

            assertThat(findings(defective, layout, packaging))
                    .extracting(Finding::rule, Finding::indicatorNo, Finding::officialValue, Finding::submittedValue,
                            Finding::comparedValue)
                    .containsExactly(tuple(RuleCode.OFF_SUM_MISMATCH, "9", new BigDecimal("60"), null,
                            new BigDecimal("50")));
        }

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("cn.minsheng.recon.layout.OfficialTablesReadingTests#layouts")
        void aPendingTotalThatMissesTheHeadline(OfficialLayout layout, Packaging packaging) throws Exception {
            PlanFixture defective = COUNTY.withIndicator(11, i -> i.withDirective("全县完成130户，待摸底后确定各乡镇任务数"));

            assertThat(findings(defective, layout, packaging))
                    .extracting(Finding::rule, Finding::indicatorNo, Finding::submittedValue, Finding::comparedValue)
                    .containsExactly(tuple(RuleCode.OFF_SUM_MISMATCH, "11", null, new BigDecimal("130")));
        }

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("cn.minsheng.recon.layout.OfficialTablesReadingTests#layouts")
        void aResponsibilityTableStatingAnotherTarget(OfficialLayout layout, Packaging packaging) throws Exception {
            PlanFixture defective = COUNTY.withResponsibility(3, r -> r.withItem("城镇新增就业3000人"));

            assertThat(findings(defective, layout, packaging))
                    .extracting(Finding::rule, Finding::indicatorNo, Finding::officialValue, Finding::submittedValue,
                            Finding::comparedValue, Finding::comparedWith, Finding::leadUnit)
                    .containsExactly(tuple(RuleCode.OFF_CROSS_TABLE_MISMATCH, "5", new BigDecimal("2800"), null,
                            new BigDecimal("3000"), "责任分解表", "县人社局"));
        }

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("cn.minsheng.recon.layout.OfficialTablesReadingTests#layouts")
        void anIndicatorNobodyLeads(OfficialLayout layout, Packaging packaging) throws Exception {
            PlanFixture defective = COUNTY.withoutResponsibility(10);

            assertThat(findings(defective, layout, packaging))
                    .extracting(Finding::rule, Finding::indicatorNo)
                    .containsExactly(tuple(RuleCode.OFF_NO_LEAD_UNIT, "12"));
        }
    }

    private List<Finding> findings(PlanFixture plan, OfficialLayout layout, Packaging packaging) throws Exception {
        OfficialTables tables = load(write(plan, layout, packaging)).tables();
        return new OfficialConsistencyChecks(new HeadlineParser(UnitDirectory.defaults())).check(tables);
    }

    private Path write(PlanFixture plan, OfficialLayout layout, Packaging packaging) {
        return switch (packaging) {
            case SEPARATE_XLSX -> OfficialWorkbooks.writeSeparate(work.resolve("x"), plan, layout, false);
            case SEPARATE_XLS -> OfficialWorkbooks.writeSeparate(work.resolve("s"), plan, layout, true);
            case COMBINED_XLSX -> OfficialWorkbooks.writeCombined(work.resolve("官方表.xlsx"), plan, layout, false);
            case COMBINED_XLS_RESPONSIBILITY_FIRST ->
                    OfficialWorkbooks.writeCombined(work.resolve("官方表.xls"), plan, layout, true);
        };
    }

    static OfficialTablesLoader.Loaded load(Path path) throws OfficialTablesException {
        UnitDirectory units = UnitDirectory.defaults();
        HeadlineParser headlines = new HeadlineParser(units);
        return new OfficialTablesLoader(new WorkbookReader(ReadLimits.defaults()),
                new OfficialTablesParser(units, headlines, new DirectiveClassifier(headlines))).load(path);
    }

    private static PlanFixture renamed(PlanFixture plan, String from, String to) {
        PlanFixture renamed = plan.withTownships(plan.townships().stream().map(t -> t.equals(from) ? to : t).toList());
        for (var indicator : plan.indicators()) {
            BigDecimal value = indicator.townships().get(from);
            renamed = renamed.withIndicator(indicator.no(), i -> i.withTownship(from, (BigDecimal) null)
                    .withTownship(to, value));
        }
        return renamed;
    }

    private static Indicator indicator(OfficialTables tables, String no) {
        return tables.breakdown().indicator(no).orElseThrow();
    }

}

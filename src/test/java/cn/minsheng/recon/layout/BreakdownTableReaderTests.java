package cn.minsheng.recon.layout;

import static cn.minsheng.recon.layout.SubmissionGridFixture.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.official.DirectiveClassifier;
import cn.minsheng.recon.domain.official.HeadlineParser;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import cn.minsheng.recon.workbook.SheetGrid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Where the breakdown table reader draws its lines: which 序号 numbers the indicators, which name column is a group,
 * and which value spans the townships — each case a breakdown held in memory, read just across the line.
 */
class BreakdownTableReaderTests {

    private static final UnitDirectory UNITS = UnitDirectory.defaults();
    private static final HeadlineParser HEADLINES = new HeadlineParser(UNITS);

    private final OfficialTablesParser parser = new OfficialTablesParser(UNITS, HEADLINES,
            new DirectiveClassifier(HEADLINES));

    private static SheetGrid responsibility() {
        return sheet("责任表")
                .row("序号", "项目名称", "具体任务", "牵头单位")
                .row(1, "交通出行", "新建农村公路20公里", "县交通运输局")
                .grid();
    }

    private List<Indicator> indicators(SheetGrid breakdown) throws OfficialTablesException {
        return parser.parse(List.of(breakdown, responsibility())).breakdown().indicators();
    }

    private static CellValue number(String value) {
        return new CellValue.Number(new BigDecimal(value));
    }

    @Nested
    class Numbering {

        /** Distinct numbers, one to a row, number the indicators as written, out of order or not. */
        @Test
        void keepsTheIndicatorsOwnNumbers() throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("序号", "指标", "单位", "城关镇", "东山乡")
                    .row(5, "新建农村公路20公里", "公里", 12, 8)
                    .row(9, "新建村级养老服务站3个", "个", 2, 1)
                    .grid();

            assertThat(indicators(grid)).extracting(Indicator::no, Indicator::name)
                    .containsExactly(tuple("5", "新建农村公路20公里"), tuple("9", "新建村级养老服务站3个"));
        }

        /** A 序号 merged down over more than its indicator's row numbers no indicator: they are numbered in order. */
        @Test
        void numbersInOrderWhenTheNumberCellIsMergedOverTwoRows() throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("序号", "指标", "单位", "城关镇", "东山乡")
                    .row(5, "新建农村公路20公里", "公里", 12, 8).merge("A2:A3")
                    .row()
                    .grid();

            assertThat(indicators(grid)).extracting(Indicator::no, Indicator::name)
                    .containsExactly(tuple("1", "新建农村公路20公里"));
        }
    }

    @Nested
    class NameColumns {

        /** Two name columns are project and indicator: no group between them. */
        @Test
        void twoNameColumnsHaveNoGroup() throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("序号", "项目", "指标", "单位", "城关镇", "东山乡")
                    .row(1, "交通出行", "新建农村公路20公里", "公里", 12, 8)
                    .grid();

            assertThat(indicators(grid)).extracting(Indicator::project, Indicator::group, Indicator::name)
                    .containsExactly(tuple("交通出行", "", "新建农村公路20公里"));
        }
    }

    @Nested
    class SpanningValues {

        /** With a single township, a value merged on into the remarks is that township's own. */
        @Test
        void aValueMergedOnFromTheOnlyTownshipIsItsOwn() throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("序号", "指标", "单位", "城关镇", "备注")
                    .row(1, "新建农村公路20公里", "公里", 20).merge("D2:E2")
                    .grid();

            Indicator road = indicators(grid).get(0);

            assertThat(road.townships()).containsExactly(Map.entry("城关镇", number("20")));
            assertThat(road.spanning()).isEmpty();
        }

        /**
         * A directive in the total column spans the townships, unless a value merged across all of them already
         * does: the first one found is kept.
         */
        @Test
        void aDirectiveInTheTotalColumnSpansTheTownshipsUnlessAMergedValueDoes() throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("序号", "指标", "单位", "城关镇", "东山乡", "合计")
                    .row(1, "新建农村公路20公里", "公里", 12, 8, "据实统计")
                    .row(2, "提质改造农村公路10公里", "公里", 10, null, "据实统计").merge("D3:E3")
                    .grid();

            List<Indicator> indicators = indicators(grid);

            assertThat(indicators.get(0).spanning()).hasValueSatisfying(v -> assertThat(v)
                    .isInstanceOfSatisfying(CellValue.Directive.class,
                            d -> assertThat(d.text()).isEqualTo("据实统计")));
            assertThat(indicators.get(0).spanningRef().cell()).isEqualTo("F2");
            assertThat(indicators.get(0).total()).isEmpty();
            assertThat(indicators.get(1).spanning()).contains(number("10"));
            assertThat(indicators.get(1).spanningRef().cell()).isEqualTo("D3");
        }
    }
    /** How far a breakdown header reaches, and which rows after it are its own again. */
    @Nested
    class Headers {

        /**
         * A three-row header ({@code 目标任务} over {@code 按乡镇分解} over the townships, 序号 and 单位 merged down
         * all three): the townships stand on its last row; a column blank there takes no label spanning others
         * from above, and a 合计 merged down is the total.
         */
        @Test
        void readsTheTownshipsOfAThreeRowHeader() throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("序号", "指标", "单位", "目标任务", null, null, "合计")
                    .merge("A1:A3").merge("B1:B3").merge("C1:C3").merge("D1:F1").merge("G1:G3")
                    .row(null, null, null, "按乡镇分解").merge("D2:F2")
                    .row(null, null, null, "城关镇", "东山乡")
                    .row(1, "新建农村公路20公里", "公里", 12, 8, null, 20)
                    .grid();

            var tables = parser.parse(List.of(grid, responsibility()));

            assertThat(tables.breakdown().townships()).containsExactly("城关镇", "东山乡");
            assertThat(tables.breakdown().indicators()).singleElement().satisfies(road -> {
                assertThat(road.townships().values()).containsExactly(number("12"), number("8"));
                assertThat(road.total()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20"));
            });
        }

        /** The townships' row under a label merged across them continues the header with 序号 and 单位 left blank. */
        @Test
        void readsATwoRowHeaderWhoseNumberAndUnitCellsAreBlankBelow() throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("序号", "指标", "单位", "目标任务").merge("D1:E1")
                    .row(null, null, null, "城关镇", "东山乡")
                    .row(1, "新建农村公路20公里", "公里", 12, 8)
                    .grid();

            var tables = parser.parse(List.of(grid, responsibility()));

            assertThat(tables.breakdown().townships()).containsExactly("城关镇", "东山乡");
            assertThat(tables.breakdown().indicators()).extracting(Indicator::name)
                    .containsExactly("新建农村公路20公里");
        }

        /** A project heading right under the header heads the indicators; it is no second header row. */
        @Test
        void aProjectHeadingRightUnderTheHeaderIsNoHeaderRow() throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("序号", "指标", "单位", "城关镇", "东山乡")
                    .row(null, "交通出行")
                    .row(1, "新建农村公路20公里", "公里", 12, 8)
                    .grid();

            assertThat(indicators(grid)).extracting(Indicator::project, Indicator::name)
                    .containsExactly(tuple("交通出行", "新建农村公路20公里"));
        }

        /** A 序号 with 单位 right beside it, no name column between, heads no breakdown table. */
        @Test
        void aHeaderWithoutANameColumnIsNoBreakdownHeader() throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("序号", "单位", "城关镇")
                    .row(1, "公里", 20)
                    .row()
                    .row("序号", "指标", "单位", "城关镇", "东山乡")
                    .row(1, "新建农村公路20公里", "公里", 12, 8)
                    .grid();

            var tables = parser.parse(List.of(grid, responsibility()));

            assertThat(tables.breakdown().townships()).containsExactly("城关镇", "东山乡");
            assertThat(tables.breakdown().indicators()).extracting(Indicator::name)
                    .containsExactly("新建农村公路20公里");
        }

        /** A header repeated at a page break with its 序号 cell left blank is still no indicator. */
        @Test
        void passesOverAHeaderRepeatedWithoutItsNumberLabel() throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("序号", "指标", "单位", "城关镇", "东山乡")
                    .row(1, "新建农村公路20公里", "公里", 12, 8)
                    .row(null, "指标", "单位", "城关镇", "东山乡")
                    .row(2, "新建村级养老服务站3个", "个", 2, 1)
                    .grid();

            assertThat(indicators(grid)).extracting(Indicator::no, Indicator::name)
                    .containsExactly(tuple("1", "新建农村公路20公里"), tuple("2", "新建村级养老服务站3个"));
        }
    }
    /** Header rows repeated at page breaks, told apart from another table's header. */
    @Nested
    class RepeatedHeaders {

        /** 序号 and 单位 repeated make the header this table's own, though the townships are shortened there. */
        @Test
        void aRepeatedNumberAndUnitLabelMakeTheHeaderThisTablesOwn() throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("序号", "指标", "单位", "城关镇", "东山乡")
                    .row(1, "新建农村公路20公里", "公里", 12, 8)
                    .row("序号", "指标", "单位", "城关", "东山")
                    .row(2, "新建村级养老服务站3个", "个", 2, 1)
                    .grid();

            var tables = parser.parse(List.of(grid, responsibility()));

            assertThat(tables.breakdown().townships()).containsExactly("城关镇", "东山乡");
            assertThat(tables.breakdown().indicators()).extracting(Indicator::no, Indicator::name)
                    .containsExactly(tuple("1", "新建农村公路20公里"), tuple("2", "新建村级养老服务站3个"));
        }

        /** Without its 序号, a row repeating half the labels from 单位 on is a repeated header. */
        @Test
        void aRowRepeatingHalfTheLabelsIsARepeatedHeader() throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("序号", "指标", "单位", "城关镇", "东山乡", "合计")
                    .row(1, "新建农村公路20公里", "公里", 12, 8, 20)
                    .row(null, "指标", "单位", "城关镇", "东山", "总计")
                    .row(2, "新建村级养老服务站3个", "个", 2, 1, 3)
                    .grid();

            assertThat(indicators(grid)).extracting(Indicator::no, Indicator::name)
                    .containsExactly(tuple("1", "新建农村公路20公里"), tuple("2", "新建村级养老服务站3个"));
        }
    }

    /** A row with only a total, no unit and no township value, is an indicator, not a heading. */
    @Test
    void aRowWithOnlyATotalIsAnIndicator() throws Exception {
        SheetGrid grid = sheet("分解表")
                .row("序号", "指标", "单位", "城关镇", "东山乡", "合计")
                .row(1, "全县统筹建设项目", null, null, null, 30)
                .grid();

        assertThat(indicators(grid)).singleElement().satisfies(indicator -> {
            assertThat(indicator.name()).isEqualTo("全县统筹建设项目");
            assertThat(indicator.total()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("30"));
        });
    }

    /** A 序号 table with a leader column but no lead-unit column is no responsibility table. */
    @Test
    void aTableOfLeadersWithoutLeadUnitsIsNoResponsibilityTable() throws Exception {
        SheetGrid leaders = sheet("领导分工")
                .row("序号", "项目名称", "责任县领导")
                .row(1, "交通出行", "李副县长")
                .grid();
        SheetGrid breakdown = sheet("分解表")
                .row("序号", "指标", "单位", "城关镇", "东山乡")
                .row(1, "新建农村公路20公里", "公里", 12, 8)
                .grid();

        var tables = parser.parse(List.of(leaders, breakdown, responsibility()));

        assertThat(tables.responsibilities()).extracting(ResponsibilityRow::project, ResponsibilityRow::leadUnit)
                .containsExactly(tuple("交通出行", "县交通运输局"));
    }
}

package cn.minsheng.recon.layout;

import static cn.minsheng.recon.layout.SubmissionGridFixture.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.official.DirectiveClassifier;
import cn.minsheng.recon.domain.official.HeadlineParser;
import cn.minsheng.recon.domain.official.Indicator;
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
}

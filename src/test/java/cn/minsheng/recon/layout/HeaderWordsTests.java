package cn.minsheng.recon.layout;

import static cn.minsheng.recon.layout.SubmissionGridFixture.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.official.DirectiveClassifier;
import cn.minsheng.recon.domain.official.HeadlineParser;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import cn.minsheng.recon.workbook.SheetGrid;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every word of the official tables' header vocabulary ({@link HeaderWords}) where a table uses it: each case is
 * a pair of tiny tables, held in memory, that are read otherwise — or not at all — without its word.
 */
class HeaderWordsTests {

    private static final List<String> TOWNSHIPS = List.of("城关镇", "东山乡");

    private final OfficialTablesParser parser;

    HeaderWordsTests() {
        UnitDirectory units = UnitDirectory.defaults();
        HeadlineParser headlines = new HeadlineParser(units);
        parser = new OfficialTablesParser(units, headlines, new DirectiveClassifier(headlines));
    }

    /** {@code 序号 | 指标 | 单位 | 城关镇 | 东山乡}, one indicator of 20 km: 12 and 8. */
    private static SheetGrid breakdown(String number, String unit) {
        return sheet("分解表")
                .row(number, "指标", unit, "城关镇", "东山乡")
                .row(1, "新建农村公路20公里", "公里", 12, 8)
                .grid();
    }

    private static SheetGrid breakdown() {
        return breakdown("序号", "单位");
    }

    /** {@code 序号 | 项目名称 | 具体任务 | leader | lead unit | related units}, one row for the road. */
    private static SheetGrid responsibility(String leader, String lead, String related) {
        return sheet("责任表")
                .row("序号", "项目名称", "具体任务", leader, lead, related)
                .row(1, "交通出行", "新建农村公路20公里", "李副县长", "县交通运输局", "县财政局")
                .grid();
    }

    private static SheetGrid responsibility() {
        return responsibility("责任县领导", "牵头单位", "配合单位");
    }

    private OfficialTables parse(SheetGrid... grids) throws OfficialTablesException {
        return parser.parse(List.of(grids));
    }

    private static Indicator road(OfficialTables tables) {
        assertThat(tables.breakdown().indicators()).hasSize(1);
        return tables.breakdown().indicators().get(0);
    }

    private static void assertTheRoadAsWritten(OfficialTables tables) {
        Indicator road = road(tables);
        assertThat(tables.breakdown().townships()).containsExactlyElementsOf(TOWNSHIPS);
        assertThat(road.unitText()).isEqualTo("公里");
        assertThat(road.townships().values()).containsExactly(number("12"), number("8"));
    }

    private static CellValue number(String value) {
        return new CellValue.Number(new BigDecimal(value));
    }

    /** The header of the breakdown table is found by its 序号 and 单位 columns. */
    @Nested
    class BreakdownHeader {

        @ParameterizedTest
        @ValueSource(strings = {"序号", "编号", "序"})
        void aNumberColumn(String label) throws Exception {
            assertTheRoadAsWritten(parse(breakdown(label, "单位"), responsibility()));
        }

        @ParameterizedTest
        @ValueSource(strings = {"单位", "计量单位", "计量"})
        void aUnitColumn(String label) throws Exception {
            assertTheRoadAsWritten(parse(breakdown("序号", label), responsibility()));
        }

        /** A county- or city-wide total before the townships: the indicator's total, not a township. */
        @ParameterizedTest
        @ValueSource(strings = {"合计", "总计", "小计", "全", "全县", "全市", "全区", "全旗", "全州", "全县目标", "全市任务",
                "目标任务", "总目标", "目标数", "任务数", "总数", "目标任务数", "年度目标", "县级目标", "全年任务数"})
        void aTotalColumn(String label) throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("序号", "指标", "单位", label, "城关镇", "东山乡")
                    .row(1, "新建农村公路20公里", "公里", 20, 12, 8)
                    .grid();

            OfficialTables tables = parse(grid, responsibility());

            assertThat(tables.breakdown().townships()).containsExactlyElementsOf(TOWNSHIPS);
            assertThat(road(tables).total()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20"));
        }

        /** Remarks, deadlines and people after the townships are neither townships nor totals. */
        @ParameterizedTest
        @ValueSource(strings = {"备注", "情况说明", "完成时限", "完成时间", "进度安排", "责任人", "牵头人", "配合人员", "相关人员"})
        void aColumnOfRemarksOrPeople(String label) throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("序号", "指标", "单位", "城关镇", "东山乡", label)
                    .row(1, "新建农村公路20公里", "公里", 12, 8, "2026年11月底前完成")
                    .grid();

            OfficialTables tables = parse(grid, responsibility());

            assertTheRoadAsWritten(tables);
            assertThat(road(tables).total()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"其中：城关镇", "其中:城关镇", "其中城关镇"})
        void aTownshipOpenedByQiZhong(String label) throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("序号", "指标", "单位", "合计", label, "东山乡")
                    .row(1, "新建农村公路20公里", "公里", 20, 12, 8)
                    .grid();

            assertTheRoadAsWritten(parse(grid, responsibility()));
        }
    }

    /** The responsibility table is found by its 序号 and lead-unit columns; leader and related units beside them. */
    @Nested
    class ResponsibilityHeader {

        private ResponsibilityRow leadOfTheRoad(SheetGrid responsibility) throws Exception {
            OfficialTables tables = parse(breakdown(), responsibility);
            return tables.responsibility(road(tables)).orElseThrow(() -> new AssertionError("no responsibility row"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"牵头单位", "牵头部门", "牵头责任单位", "责任单位", "主责单位", "责任部门"})
        void aLeadUnitColumn(String label) throws Exception {
            assertThat(leadOfTheRoad(responsibility("责任县领导", label, "配合单位")).leadUnit()).isEqualTo("县交通运输局");
        }

        @ParameterizedTest
        @ValueSource(strings = {"责任县领导", "牵头领导", "分管市领导"})
        void aLeaderColumn(String label) throws Exception {
            assertThat(leadOfTheRoad(responsibility(label, "牵头单位", "配合单位")).leader()).isEqualTo("李副县长");
        }

        @ParameterizedTest
        @ValueSource(strings = {"配合单位", "相关单位", "协同单位", "协助单位", "参与单位", "配合部门"})
        void aRelatedUnitsColumn(String label) throws Exception {
            assertThat(leadOfTheRoad(responsibility("责任县领导", "牵头单位", label)).relatedUnits())
                    .isEqualTo("县财政局");
        }

        /** A note under the table, merged across it as offices do: no responsibility row. */
        @ParameterizedTest
        @ValueSource(strings = {"注：各牵头单位每月5日前报送", "备注：各牵头单位每月5日前报送", "说明：各牵头单位每月5日前报送",
                "附注：各牵头单位每月5日前报送", "数据来源：县民生实事工作专班"})
        void aNoteUnderTheTable(String note) throws Exception {
            SheetGrid grid = sheet("责任表")
                    .row("序号", "项目名称", "具体任务", "责任县领导", "牵头单位", "配合单位")
                    .row(1, "交通出行", "新建农村公路20公里", "李副县长", "县交通运输局", "县财政局")
                    .row(note).merge("A3:F3")
                    .grid();

            assertThat(parse(breakdown(), grid).responsibilities()).extracting(ResponsibilityRow::project)
                    .containsExactly("交通出行");
        }
    }
}

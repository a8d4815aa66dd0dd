package cn.minsheng.recon.layout;

import static cn.minsheng.recon.layout.SubmissionGridFixture.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.official.DirectiveClassifier;
import cn.minsheng.recon.domain.official.HeadlineParser;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import cn.minsheng.recon.testing.SmallWorkbook;
import cn.minsheng.recon.workbook.ReadLimits;
import cn.minsheng.recon.workbook.SheetGrid;
import cn.minsheng.recon.workbook.WorkbookReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which tables the official workbooks hold, found among their sheets by content: both tables one under the other
 * in either order, a breakdown split over sheets, and what is said when a table is missing, empty or does not
 * fit the other.
 */
class OfficialTablesParserTests {

    private static final UnitDirectory UNITS = UnitDirectory.defaults();
    private static final HeadlineParser HEADLINES = new HeadlineParser(UNITS);

    private final OfficialTablesParser parser = new OfficialTablesParser(UNITS, HEADLINES,
            new DirectiveClassifier(HEADLINES));

    private static final Object[] BREAKDOWN_HEADER = {"序号", "指标", "单位", "城关镇", "东山乡"};
    private static final Object[] ROADS = {1, "新建农村公路20公里", "公里", 12, 8};
    private static final Object[] RESPONSIBILITY_HEADER = {"序号", "项目名称", "具体任务", "牵头单位"};
    private static final Object[] ROADS_LEAD = {1, "交通出行", "新建农村公路20公里", "县交通运输局"};

    private static SheetGrid responsibility() {
        return sheet("责任表").row(RESPONSIBILITY_HEADER).row(ROADS_LEAD).grid();
    }

    @Nested
    class Found {

        @Test
        void bothTablesOnOneSheetTheResponsibilityTableFirst() throws Exception {
            SheetGrid grid = sheet("民生实事")
                    .row(RESPONSIBILITY_HEADER)
                    .row(ROADS_LEAD)
                    .row(2, "住房保障", "改造农村危房10户", "县住建局")
                    .row()
                    .row(BREAKDOWN_HEADER)
                    .row(ROADS)
                    .row(2, "改造农村危房10户", "户", 6, 4)
                    .grid();

            OfficialTables tables = parser.parse(List.of(grid));

            assertThat(tables.breakdown().indicators()).extracting(Indicator::no, Indicator::name)
                    .containsExactly(tuple("1", "新建农村公路20公里"), tuple("2", "改造农村危房10户"));
            assertThat(tables.responsibilities()).extracting(ResponsibilityRow::project, ResponsibilityRow::leadUnit)
                    .containsExactly(tuple("交通出行", "县交通运输局"), tuple("住房保障", "县住建局"));
            assertThat(tables.breakdown().indicators()).allSatisfy(indicator -> assertThat(
                    tables.responsibility(indicator)).isPresent());
        }

        /** A project merged down its rows gives its 序号 to the rows that have none. */
        @Test
        void aProjectMergedDownItsRowsNumbersEachOfThem() throws Exception {
            SheetGrid grid = sheet("责任表")
                    .row(RESPONSIBILITY_HEADER)
                    .row(1, "交通出行", "新建农村公路20公里", "县交通运输局").merge("B2:B3")
                    .row(null, null, "提质改造农村公路10公里", "县交通运输局")
                    .row(null, "住房保障", "改造农村危房10户", "县住建局")
                    .grid();
            SheetGrid breakdown = sheet("分解表").row(BREAKDOWN_HEADER).row(ROADS).grid();

            assertThat(parser.parse(List.of(breakdown, grid)).responsibilities())
                    .extracting(ResponsibilityRow::projectNo, ResponsibilityRow::project, ResponsibilityRow::item)
                    .containsExactly(tuple("1", "交通出行", "新建农村公路20公里"), tuple("1", "交通出行", "提质改造农村公路10公里"),
                            tuple("", "住房保障", "改造农村危房10户"));
        }

        /** Indicators without a number of their own are numbered on through the sheets, in workbook order. */
        @Test
        void aBreakdownOverTwoSheetsWithTheSameTownshipsIsOneTable() throws Exception {
            SheetGrid provincial = sheet("省级").row(BREAKDOWN_HEADER).row(null, "新建农村公路20公里", "公里", 12, 8)
                    .grid();
            SheetGrid county = sheet("县级").row(BREAKDOWN_HEADER).row(null, "改造农村危房10户", "户", 6, 4)
                    .row(null, "建设村级养老服务站3个", "个", 2, 1).grid();

            OfficialTables tables = parser.parse(List.of(provincial, county, responsibility()));

            assertThat(tables.breakdown().townships()).containsExactly("城关镇", "东山乡");
            assertThat(tables.breakdown().indicators()).extracting(Indicator::no, Indicator::name)
                    .containsExactly(tuple("1", "新建农村公路20公里"), tuple("2", "改造农村危房10户"),
                            tuple("3", "建设村级养老服务站3个"));
            assertThat(tables.breakdown().sheet()).isEqualTo("省级");
        }
    }

    /** What each row of a breakdown table is, merged cells applied. */
    @Nested
    class BreakdownRows {

        private OfficialTables parse(SheetGrid breakdown) throws OfficialTablesException {
            return parser.parse(List.of(breakdown, responsibility()));
        }

        /** A title above a table of one name column and no project headings: each indicator is its own project. */
        @Test
        void anIndicatorWithoutProjectIsItsOwnProject() throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("2026年重点民生实事指标任务分解表").merge("A1:E1")
                    .row(BREAKDOWN_HEADER)
                    .row(ROADS)
                    .grid();

            assertThat(parse(grid).breakdown().indicators()).extracting(Indicator::project, Indicator::projectNo)
                    .containsExactly(tuple("新建农村公路20公里", "1"));
        }

        /** A unit merged down over the indicators that share it applies to each; so does a unit left blank. */
        @Test
        void readsIndicatorsWhoseUnitIsMergedDownOrBlank() throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row(BREAKDOWN_HEADER)
                    .row(ROADS).merge("C2:C3")
                    .row(2, "提质改造农村公路10公里", null, 6, 4)
                    .row(3, "新建村级养老服务站3个", null, 2, 1)
                    .grid();

            assertThat(parse(grid).breakdown().indicators())
                    .extracting(Indicator::no, Indicator::unitText, Indicator::townshipSum)
                    .containsExactly(tuple("1", "公里", new BigDecimal("20")),
                            tuple("2", "公里", new BigDecimal("10")), tuple("3", "", new BigDecimal("3")));
        }

        /**
         * A 序号 that repeats the project's number on each of its rows numbers projects, not indicators: the
         * indicators are numbered by their order.
         */
        @Test
        void numbersIndicatorsByTheirOrderWhenTheNumberColumnRepeatsAProjectNumber() throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row(BREAKDOWN_HEADER)
                    .row(1, "新建农村公路20公里", "公里", 12, 8)
                    .row(1, "提质改造农村公路10公里", "公里", 6, 4)
                    .row(2, "新建村级养老服务站3个", "个", 2, 1)
                    .grid();

            assertThat(parse(grid).breakdown().indicators()).extracting(Indicator::no, Indicator::projectNo)
                    .containsExactly(tuple("1", "1"), tuple("2", "1"), tuple("3", "2"));
        }

        /** A rate merged over several townships is each one's rate; a count so merged is written once. */
        @Test
        void givesARateMergedOverSomeTownshipsToEachOfThem() throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("序号", "指标", "单位", "城关镇", "东山乡", "白沙街道")
                    .row(1, "适龄妇女宫颈癌筛查率达90%以上", "%", 92, null, 95).merge("D2:E2")
                    .row(2, "新建农村公路20公里", "公里", 12, null, 8).merge("D3:E3")
                    .grid();

            OfficialTables tables = parse(grid);

            assertThat(tables.breakdown().indicators().get(0).townships().values())
                    .containsExactly(number("92"), number("92"), number("95"));
            assertThat(tables.breakdown().indicators().get(1).townships().values())
                    .containsExactly(number("12"), new CellValue.Blank(), number("8"));
        }
    }

    private static CellValue number(String value) {
        return new CellValue.Number(new BigDecimal(value));
    }

    @Nested
    class NotFound {

        @Test
        void noBreakdownTable() {
            SheetGrid letter = sheet("Sheet1").row("关于印发2026年重点民生实事任务分解表的通知").grid();

            assertThatThrownBy(() -> parser.parse(List.of(letter, responsibility())))
                    .isInstanceOf(OfficialTablesException.class).hasMessageContaining("未找到指标任务分解表");
        }

        @Test
        void aBreakdownHeaderWithNoIndicatorUnderIt() {
            SheetGrid empty = sheet("分解表").row(BREAKDOWN_HEADER).row("注：任务数另行下达").grid();

            assertThatThrownBy(() -> parser.parse(List.of(empty, responsibility())))
                    .isInstanceOf(OfficialTablesException.class).hasMessageContaining("分解表")
                    .hasMessageContaining("表头下没有指标行");
        }

        @Test
        void noResponsibilityTable() {
            SheetGrid breakdown = sheet("分解表").row(BREAKDOWN_HEADER).row(ROADS).grid();

            assertThatThrownBy(() -> parser.parse(List.of(breakdown)))
                    .isInstanceOf(OfficialTablesException.class).hasMessageContaining("未找到责任分解表");
        }

        @Test
        void twoBreakdownSheetsOfDifferentTownships() {
            SheetGrid one = sheet("省级").row(BREAKDOWN_HEADER).row(ROADS).grid();
            SheetGrid other = sheet("县级").row("序号", "指标", "单位", "城关镇", "白沙街道")
                    .row(2, "改造农村危房10户", "户", 6, 4).grid();

            assertThatThrownBy(() -> parser.parse(List.of(one, other, responsibility())))
                    .isInstanceOf(OfficialTablesException.class)
                    .hasMessageContaining("省级").hasMessageContaining("县级").hasMessageContaining("乡镇列不一致");
        }
    }

    /** The loader: a workbook or a folder of them, editor leftovers passed over. */
    @Nested
    class Loading {

        @TempDir
        Path folder;

        private OfficialTablesLoader loader() {
            return new OfficialTablesLoader(new WorkbookReader(ReadLimits.defaults()), parser);
        }

        private void writeTables(Path breakdown, Path responsibility) {
            SmallWorkbook b = new SmallWorkbook();
            b.sheet("分解表").row(BREAKDOWN_HEADER).row(ROADS);
            b.write(breakdown);
            SmallWorkbook r = new SmallWorkbook();
            r.sheet("责任表").row(RESPONSIBILITY_HEADER).row(ROADS_LEAD);
            r.write(responsibility);
        }

        @Test
        void readsEveryWorkbookOfAFolderAndNothingElse() throws Exception {
            writeTables(folder.resolve("分解表.xlsx"), folder.resolve("责任表.xls"));
            Files.writeString(folder.resolve("~$分解表.xlsx"), "lock");
            Files.writeString(folder.resolve("说明.txt"), "官方表");

            OfficialTablesLoader.Loaded loaded = loader().load(folder);

            assertThat(loaded.files()).extracting(f -> f.name()).containsExactly("分解表.xlsx", "责任表.xls");
            assertThat(loaded.tables().breakdown().indicators()).hasSize(1);
            assertThat(loaded.tables().responsibility(loaded.tables().breakdown().indicators().get(0)))
                    .hasValueSatisfying(row -> assertThat(row.leadUnit()).isEqualTo("县交通运输局"));
        }

        @Test
        void readsOneWorkbookHoldingBothTables() throws Exception {
            SmallWorkbook both = new SmallWorkbook();
            both.sheet("分解表").row(BREAKDOWN_HEADER).row(ROADS);
            both.sheet("责任表").row(RESPONSIBILITY_HEADER).row(ROADS_LEAD);
            Path file = both.write(folder.resolve("民生实事.xlsx"));

            OfficialTablesLoader.Loaded loaded = loader().load(file);

            assertThat(loaded.files()).extracting(f -> f.name()).containsExactly("民生实事.xlsx");
            assertThat(loaded.tables().breakdown().indicators()).hasSize(1);
        }

        @Test
        void saysWhenThePathDoesNotExist() {
            assertThatThrownBy(() -> loader().load(folder.resolve("官方表")))
                    .isInstanceOf(OfficialTablesException.class).hasMessageContaining("官方表路径不存在");
        }

        @Test
        void saysWhenAFolderHoldsNoWorkbook() throws Exception {
            Files.writeString(folder.resolve("~$分解表.xlsx"), "lock");
            Files.writeString(folder.resolve("说明.txt"), "官方表");

            assertThatThrownBy(() -> loader().load(folder))
                    .isInstanceOf(OfficialTablesException.class).hasMessageContaining("没有 .xlsx 或 .xls 文件");
        }

        @Test
        void namesTheWorkbookThatCannotBeRead() throws Exception {
            writeTables(folder.resolve("分解表.xlsx"), folder.resolve("责任表.xlsx"));
            Files.writeString(folder.resolve("附件3.xlsx"), "not a workbook");

            assertThatThrownBy(() -> loader().load(folder))
                    .isInstanceOf(OfficialTablesException.class).hasMessageContaining("附件3.xlsx 无法读取");
        }
    }
}

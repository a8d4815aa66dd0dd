package cn.minsheng.recon.layout;

import static cn.minsheng.recon.layout.SubmissionGridFixture.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.official.DirectiveClassifier;
import cn.minsheng.recon.domain.official.HeadlineParser;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import cn.minsheng.recon.domain.submission.AmbiguousColumn;
import cn.minsheng.recon.domain.submission.Layout;
import cn.minsheng.recon.domain.submission.Reading;
import cn.minsheng.recon.domain.submission.Submission;
import cn.minsheng.recon.domain.submission.SubmissionSheet;
import cn.minsheng.recon.domain.submission.SubmittedValue;
import cn.minsheng.recon.testing.SmallWorkbook;
import cn.minsheng.recon.workbook.ReadLimits;
import cn.minsheng.recon.workbook.SheetGrid;
import cn.minsheng.recon.workbook.WorkbookReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, written from SPEC §3 and the issue alone: every county heads its columns with words nobody has seen, so
 * the readers must find each column's role from what its cells hold — townships are place names, units are short unit
 * words, a total adds up the townships, leaders are persons, lead units are units and co-units are lists of units —
 * and use header words only to confirm. Every header word below is one an office might use and no list is likely to
 * hold.
 */
class UnseenWordsTests {

    private static final UnitDirectory UNITS = UnitDirectory.defaults();
    private static final HeadlineParser HEADLINES = new HeadlineParser(UNITS);

    private final OfficialTablesParser officialParser = new OfficialTablesParser(UNITS, HEADLINES,
            new DirectiveClassifier(HEADLINES));
    private final SubmissionParser submissionParser = new SubmissionParser(SubmissionGridFixture::isTownship);

    // ---------------------------------------------------------------------------------------------- helpers

    /** A number as a plain decimal, a blank as "", text as {@code text:…}: comparable whatever the scale. */
    private static String shown(Reading reading) {
        if (reading instanceof Reading.Number number) {
            return number.value().stripTrailingZeros().toPlainString();
        }
        if (reading instanceof Reading.Blank) {
            return "";
        }
        if (reading instanceof Reading.Text text) {
            return "text:" + text.text();
        }
        if (reading instanceof Reading.FormulaWithoutValue formula) {
            return "formula:" + formula.formula();
        }
        return String.valueOf(reading);
    }

    private static String shown(CellValue value) {
        if (value instanceof CellValue.Number number) {
            return number.value().stripTrailingZeros().toPlainString();
        }
        if (value instanceof CellValue.Blank) {
            return "";
        }
        return value.getClass().getSimpleName();
    }

    private static Function<SubmittedValue, String> reading() {
        return v -> shown(v.reading());
    }

    private static Function<SubmittedValue, String> cell() {
        return v -> v.source().cell();
    }

    private Submission parse(SheetGrid... grids) {
        return submissionParser.parse(SubmissionGridFixture.FILE, List.of(grids));
    }

    private static SubmissionSheet onlySheet(Submission submission) {
        assertThat(submission.sheets()).as("sheets read").hasSize(1);
        return submission.sheets().get(0);
    }

    private static Indicator indicator(OfficialTables tables, String no) {
        return tables.breakdown().indicator(no).orElseThrow(() -> new AssertionError("no indicator " + no + " in "
                + tables.breakdown().indicators().stream().map(Indicator::label).toList()));
    }

    private static Map<String, String> townshipValues(Indicator indicator) {
        return indicator.townships().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> shown(e.getValue()), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static Optional<String> total(Indicator indicator) {
        return indicator.total().map(t -> t.stripTrailingZeros().toPlainString());
    }

    /** A plain responsibility table in the usual words, for tests about the breakdown table. */
    private static SheetGrid plainResponsibility() {
        return sheet("责任表")
                .row("序号", "项目名称", "具体任务", "牵头单位")
                .row(1, "交通出行", "新建农村公路20公里", "县交通运输局")
                .row(2, "住房保障", "改造农村危房10户", "县住建局")
                .grid();
    }

    /** A plain breakdown table in the usual words, for tests about the responsibility table. */
    private static SheetGrid plainBreakdown() {
        return sheet("分解表")
                .row("序号", "指标", "单位", "城关镇", "东山乡")
                .row(1, "新建农村公路20公里", "公里", 12, 8)
                .row(2, "改造农村危房10户", "户", 6, 4)
                .row(3, "培训乡村医生30人", "人", 20, 10)
                .row(4, "建设标准化村卫生室5个", "个", 3, 2)
                .row(5, "开展适龄妇女两癌筛查1000人", "人", 600, 400)
                .grid();
    }

    private static Optional<String> leadUnitOf(OfficialTables tables, String no) {
        return tables.responsibility(indicator(tables, no)).map(ResponsibilityRow::leadUnit);
    }

    private static Optional<String> leaderOf(OfficialTables tables, String no) {
        return tables.responsibility(indicator(tables, no)).map(ResponsibilityRow::leader);
    }

    // ------------------------------------------------------------------------------------- breakdown table

    /** 指标任务分解表 with a total, notes and years under words no list has: none of them is a township. */
    @Nested
    class OfficialBreakdownTables {

        private OfficialTables parse(SheetGrid breakdown) throws OfficialTablesException {
            return officialParser.parse(List.of(breakdown, plainResponsibility()));
        }

        @Test
        void aColumnAfterTheTownshipsWhoseNumbersAddThemUpIsTheTotalWhateverItIsCalled() throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("序号", "实事内容", "计量", "城关镇", "东山乡", "白沙街道", "县域总量")
                    .row(1, "新建农村公路20公里", "公里", 12, 5, 3, 20)
                    .row(2, "改造农村危房10户", "户", 5, 3, 2, 10)
                    .grid();

            OfficialTables tables = parse(grid);

            assertThat(tables.breakdown().townships()).as("townships").containsExactly("城关镇", "东山乡", "白沙街道");
            assertThat(tables.breakdown().indicators()).extracting(Indicator::no, Indicator::name, Indicator::unitText)
                    .containsExactly(tuple("1", "新建农村公路20公里", "公里"), tuple("2", "改造农村危房10户", "户"));
            assertThat(townshipValues(indicator(tables, "1"))).containsExactly(
                    Map.entry("城关镇", "12"), Map.entry("东山乡", "5"), Map.entry("白沙街道", "3"));
            assertThat(total(indicator(tables, "1"))).as("total of 1").contains("20");
            assertThat(total(indicator(tables, "2"))).as("total of 2").contains("10");
        }

        @Test
        void aTotalColumnBeforeTheTownshipsUnderAnUnknownWordIsNoTownship() throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("编号", "民生实事", "计量", "总盘子", "城关镇", "东山乡", "青石办事处")
                    .row(1, "新建农村公路20公里", "公里", 20, 10, 6, 4)
                    .row(2, "改造农村危房10户", "户", 10, 4, 4, 2)
                    .grid();

            OfficialTables tables = parse(grid);

            assertThat(tables.breakdown().townships()).as("townships").containsExactly("城关镇", "东山乡", "青石办事处");
            assertThat(townshipValues(indicator(tables, "1")).values()).containsExactly("10", "6", "4");
            assertThat(townshipValues(indicator(tables, "2")).values()).containsExactly("4", "4", "2");
            assertThat(total(indicator(tables, "1"))).as("total of 1").contains("20");
            assertThat(total(indicator(tables, "2"))).as("total of 2").contains("10");
        }

        @Test
        void placeNamesEndingInLessCommonSuffixesAreTownships() throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("序号", "事项", "量纲", "城关镇", "黄柏管理区", "金山农场", "东岭林场", "高新开发区", "滨湖园区")
                    .row(1, "新建农村公路20公里", "公里", 5, 4, 3, 3, 3, 2)
                    .grid();

            OfficialTables tables = parse(grid);

            assertThat(tables.breakdown().townships()).as("townships")
                    .containsExactly("城关镇", "黄柏管理区", "金山农场", "东岭林场", "高新开发区", "滨湖园区");
            assertThat(indicator(tables, "1").unitText()).isEqualTo("公里");
            assertThat(townshipValues(indicator(tables, "1")).values()).containsExactly("5", "4", "3", "3", "3", "2");
        }

        @Test
        void aYearColumnAndANoteColumnAreNeverTownships() throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("序号", "实事内容", "计量", "2025年基数", "城关镇", "东山乡", "情况附注")
                    .row(1, "新建农村公路20公里", "公里", 35, 12, 8, "含上年结转任务2公里，由城关镇先行实施")
                    .row(2, "改造农村危房10户", "户", 18, 6, 4, null)
                    .grid();

            OfficialTables tables = parse(grid);

            assertThat(tables.breakdown().townships()).as("townships").containsExactly("城关镇", "东山乡");
            assertThat(indicator(tables, "1").townships().keySet()).containsExactly("城关镇", "东山乡");
            assertThat(townshipValues(indicator(tables, "1")).values()).containsExactly("12", "8");
            assertThat(townshipValues(indicator(tables, "2")).values()).containsExactly("6", "4");
            assertThat(total(indicator(tables, "1"))).as("a base-year figure is no total").isEmpty();
        }

        @Test
        void aTwoRowHeaderWithAnUnknownWordMergedOverTheTownshipsAndAnUnknownTotal() throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("附件2")
                    .row("2026年县重点民生实事分解表").merge("A2:G2")
                    .row("顺序", "实事内容", "计量", "盘子总数", "分解下达数", null, null)
                    .merge("A3:A4").merge("B3:B4").merge("C3:C4").merge("D3:D4").merge("E3:G3")
                    .row(null, null, null, null, "城关镇", "东山乡", "白沙街道")
                    .row(1, "新建农村公路20公里", "公里", 20, 10, 6, 4)
                    .row(2, "培训乡村医生30人", "人", 30, 12, 10, 8)
                    .grid();

            OfficialTables tables = parse(grid);

            assertThat(tables.breakdown().townships()).as("townships").containsExactly("城关镇", "东山乡", "白沙街道");
            assertThat(tables.breakdown().indicators()).extracting(Indicator::no, Indicator::name)
                    .containsExactly(tuple("1", "新建农村公路20公里"), tuple("2", "培训乡村医生30人"));
            assertThat(townshipValues(indicator(tables, "2")).values()).containsExactly("12", "10", "8");
            assertThat(total(indicator(tables, "1"))).as("total of 1").contains("20");
            assertThat(total(indicator(tables, "2"))).as("total of 2").contains("30");
        }

        /** A breakdown that names each indicator's department beside it: units are neither the name nor a place. */
        @Test
        void aColumnOfDepartmentsBesideTheNamesIsNeitherTheNameNorATownship() throws Exception {
            SheetGrid grid = sheet("分解表")
                    .row("序号", "主抓", "实事内容", "计量", "城关镇", "东山乡")
                    .row(1, "县交通运输局", "新建农村公路20公里", "公里", 12, 8)
                    .row(2, "县住建局", "改造农村危房10户", "户", 6, 4)
                    .grid();

            OfficialTables tables = parse(grid);

            assertThat(tables.breakdown().townships()).as("townships").containsExactly("城关镇", "东山乡");
            assertThat(tables.breakdown().indicators()).extracting(Indicator::no, Indicator::name, Indicator::unitText)
                    .containsExactly(tuple("1", "新建农村公路20公里", "公里"), tuple("2", "改造农村危房10户", "户"));
        }
    }

    // -------------------------------------------------------------------------------- responsibility table

    /** 责任分解表 under words no list has: the lead unit is a unit, the leader a person, the co-units a list. */
    @Nested
    class OfficialResponsibilityTables {

        private OfficialTables parse(SheetGrid responsibility) throws OfficialTablesException {
            return officialParser.parse(List.of(plainBreakdown(), responsibility));
        }

        @Test
        void leaderLeadUnitAndCoUnitsAreKnownByTheirCellsAndMergedCellsApplyToEveryRow() throws Exception {
            SheetGrid grid = sheet("任务清单")
                    .row("编号", "民生板块", "年度事项", "包保领导", "主办科室", "协同部门")
                    .row(1, "交通出行", "新建农村公路20公里", "刘卫东", "县交通运输局", "县财政局、县自然资源局")
                    .row(2, "住房保障", "改造农村危房10户", "陈晓梅", "县住建局", "县民政局、县乡村振兴局")
                    .merge("D3:D5")
                    .row(3, "病有所医", "培训乡村医生30人", null, "县卫健局", "县人社局").merge("E4:E5")
                    .merge("A4:A5").merge("B4:B5")
                    .row(null, null, "建设标准化村卫生室5个", null, null, "县财政局、县医保局")
                    .grid();

            OfficialTables tables = parse(grid);

            assertThat(tables.responsibilities())
                    .extracting(ResponsibilityRow::text, ResponsibilityRow::leader, ResponsibilityRow::leadUnit,
                            ResponsibilityRow::relatedUnits)
                    .containsExactly(
                            tuple("新建农村公路20公里", "刘卫东", "县交通运输局", "县财政局、县自然资源局"),
                            tuple("改造农村危房10户", "陈晓梅", "县住建局", "县民政局、县乡村振兴局"),
                            tuple("培训乡村医生30人", "陈晓梅", "县卫健局", "县人社局"),
                            tuple("建设标准化村卫生室5个", "陈晓梅", "县卫健局", "县财政局、县医保局"));
            assertThat(tables.responsibilities()).extracting(ResponsibilityRow::project)
                    .containsExactly("交通出行", "住房保障", "病有所医", "病有所医");
            assertThat(leadUnitOf(tables, "1")).contains("县交通运输局");
            assertThat(leadUnitOf(tables, "2")).contains("县住建局");
            assertThat(leadUnitOf(tables, "3")).contains("县卫健局");
            assertThat(leadUnitOf(tables, "4")).contains("县卫健局");
            assertThat(leaderOf(tables, "4")).contains("陈晓梅");
        }

        @Test
        void columnsInAnUnusualOrderAreTakenForWhatTheyHold() throws Exception {
            SheetGrid grid = sheet("Sheet1")
                    .row("顺序", "实事", "协同力量", "挂帅", "实施主体")
                    .row(1, "新建农村公路20公里", "县财政局、县自然资源局", "刘卫东", "县交通运输局")
                    .row(2, "改造农村危房10户", "县民政局，县财政局", "欧阳明", "县住建局")
                    .row(3, "培训乡村医生30人", "县人社局、县医保局", "王强", "县卫健局")
                    .grid();

            OfficialTables tables = parse(grid);

            assertThat(tables.responsibilities())
                    .extracting(ResponsibilityRow::text, ResponsibilityRow::leader, ResponsibilityRow::leadUnit,
                            ResponsibilityRow::relatedUnits)
                    .containsExactly(
                            tuple("新建农村公路20公里", "刘卫东", "县交通运输局", "县财政局、县自然资源局"),
                            tuple("改造农村危房10户", "欧阳明", "县住建局", "县民政局，县财政局"),
                            tuple("培训乡村医生30人", "王强", "县卫健局", "县人社局、县医保局"));
            assertThat(leadUnitOf(tables, "1")).contains("县交通运输局");
            assertThat(leadUnitOf(tables, "2")).contains("县住建局");
            assertThat(leadUnitOf(tables, "3")).contains("县卫健局");
            assertThat(leaderOf(tables, "2")).contains("欧阳明");
        }

        @Test
        void aLeadUnitAndLeaderMergedDownOverAProjectGoToEachOfItsIndicators() throws Exception {
            SheetGrid grid = sheet("责任分工")
                    .row("附件1")
                    .row("2026年县重点民生实事责任分工").merge("A2:F2")
                    .row("序", "板块", "分项内容", "联点负责同志", "责任主体", "协同方")
                    .row(1, "病有所医", "培训乡村医生30人", "陈晓梅", "县卫健局", "县人社局")
                    .merge("A4:A6").merge("B4:B6").merge("D4:D6").merge("E4:E6")
                    .row(null, null, "建设标准化村卫生室5个", null, null, "县财政局、县医保局")
                    .row(null, null, "开展适龄妇女两癌筛查1000人", null, null, "县妇联、县财政局")
                    .row(2, "住有所居", "改造农村危房10户", "刘卫东", "县住建局", "县民政局")
                    .grid();

            OfficialTables tables = parse(grid);

            assertThat(tables.responsibilities())
                    .extracting(ResponsibilityRow::projectNo, ResponsibilityRow::project, ResponsibilityRow::text,
                            ResponsibilityRow::leader, ResponsibilityRow::leadUnit)
                    .containsExactly(
                            tuple("1", "病有所医", "培训乡村医生30人", "陈晓梅", "县卫健局"),
                            tuple("1", "病有所医", "建设标准化村卫生室5个", "陈晓梅", "县卫健局"),
                            tuple("1", "病有所医", "开展适龄妇女两癌筛查1000人", "陈晓梅", "县卫健局"),
                            tuple("2", "住有所居", "改造农村危房10户", "刘卫东", "县住建局"));
            assertThat(leadUnitOf(tables, "3")).contains("县卫健局");
            assertThat(leadUnitOf(tables, "4")).contains("县卫健局");
            assertThat(leadUnitOf(tables, "5")).contains("县卫健局");
            assertThat(leaderOf(tables, "5")).contains("陈晓梅");
            assertThat(leadUnitOf(tables, "2")).contains("县住建局");
        }

        /** A column of deadlines holds neither units nor persons: it is not the co-units and not the leader. */
        @Test
        void aDeadlineColumnIsNeitherLeaderNorUnits() throws Exception {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "民生项目", "具体内容", "完成时限", "督导", "主抓", "配套支持")
                    .row(1, "交通出行", "新建农村公路20公里", "2026年10月底前", "刘卫东", "县交通运输局",
                            "县财政局、各乡镇人民政府")
                    .row(2, "住房保障", "改造农村危房10户", "2026年6月底前", "陈晓梅", "县住建局", "县民政局、县财政局")
                    .grid();

            OfficialTables tables = parse(grid);

            assertThat(tables.responsibilities())
                    .extracting(ResponsibilityRow::text, ResponsibilityRow::leader, ResponsibilityRow::leadUnit,
                            ResponsibilityRow::relatedUnits)
                    .containsExactly(
                            tuple("新建农村公路20公里", "刘卫东", "县交通运输局", "县财政局、各乡镇人民政府"),
                            tuple("改造农村危房10户", "陈晓梅", "县住建局", "县民政局、县财政局"));
            assertThat(leadUnitOf(tables, "1")).contains("县交通运输局");
            assertThat(leadUnitOf(tables, "2")).contains("县住建局");
        }
    }

    // ------------------------------------------------------------------------------------------- long sheets

    @Nested
    class LongSheets {

        @Test
        void townshipsMergedOverTheirVillageRowsUnderUnfamiliarHeaders() {
            SheetGrid grid = sheet("Sheet1")
                    .row("所在片区", "所辖村组", "实事事项", "计量", "任务量")
                    .row("归义街道", "李家村", "农村户厕改造", "户", 12)
                    .merge("A2:A4").merge("C2:C6").merge("D2:D6")
                    .row(null, "荷花社区", null, null, 8)
                    .row(null, "杨柳村", null, null, 5)
                    .row("新市镇", "枫树村", null, null, 9).merge("A5:A6")
                    .row(null, "石门村", null, null, 6)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.layout()).isEqualTo(Layout.LONG);
            assertThat(read.header().cell()).isEqualTo("A1");
            assertThat(read.values())
                    .extracting(cell(), SubmittedValue::indicatorLabel, SubmittedValue::townshipLabel,
                            SubmittedValue::village, SubmittedValue::unitText, reading(), SubmittedValue::total)
                    .containsExactly(
                            tuple("E2", "农村户厕改造", "归义街道", "李家村", "户", "12", false),
                            tuple("E3", "农村户厕改造", "归义街道", "荷花社区", "户", "8", false),
                            tuple("E4", "农村户厕改造", "归义街道", "杨柳村", "户", "5", false),
                            tuple("E5", "农村户厕改造", "新市镇", "枫树村", "户", "9", false),
                            tuple("E6", "农村户厕改造", "新市镇", "石门村", "户", "6", false));
            assertThat(read.unplaced()).isEmpty();
            assertThat(read.ambiguities()).isEmpty();
        }

        @Test
        void theTownshipColumnIsTheOneHoldingTownshipsWhereverItStands() {
            SheetGrid grid = sheet("Sheet1")
                    .row("民生事项", "口径", "实施主体", "年度计划")
                    .row("城镇新增就业", "人", "归义", 120)
                    .row("城镇新增就业", "人", "新市", 80)
                    .row("农村户厕改造", "户", "古培", 30)
                    .row("农村户厕改造", "户", "三 阳", 25)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.layout()).isEqualTo(Layout.LONG);
            assertThat(read.values())
                    .extracting(cell(), SubmittedValue::indicatorLabel, SubmittedValue::townshipLabel,
                            SubmittedValue::unitText, reading())
                    .containsExactly(
                            tuple("D2", "城镇新增就业", "归义", "人", "120"),
                            tuple("D3", "城镇新增就业", "新市", "人", "80"),
                            tuple("D4", "农村户厕改造", "古培", "户", "30"),
                            tuple("D5", "农村户厕改造", "三 阳", "户", "25"));
            assertThat(read.unplaced()).isEmpty();
        }

        @Test
        void aUnitInTheValueHeadersParenthesesAppliesToEveryValueOfItsColumn() {
            SheetGrid grid = sheet("Sheet1")
                    .row("镇街", "工作事项", "任务量（户）")
                    .row("归义街道", "农村户厕改造", 40)
                    .row("古培镇", "农村户厕改造", 35)
                    .row("三阳乡", "农村危房改造", 6)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.layout()).isEqualTo(Layout.LONG);
            assertThat(read.values())
                    .extracting(cell(), SubmittedValue::indicatorLabel, SubmittedValue::townshipLabel,
                            SubmittedValue::unitText, reading())
                    .containsExactly(
                            tuple("C2", "农村户厕改造", "归义街道", "户", "40"),
                            tuple("C3", "农村户厕改造", "古培镇", "户", "35"),
                            tuple("C4", "农村危房改造", "三阳乡", "户", "6"));
            assertThat(read.values()).extracting(v -> v.unit().cell()).as("the unit is written in the header")
                    .containsOnly("C1");
        }

        @Test
        void neitherTheHeaderRowNorItsRepetitionAtAPageBreakIsData() {
            SheetGrid grid = sheet("Sheet1")
                    .row("附表3")
                    .row("2026年民生实事分镇任务表").merge("A2:D2")
                    .row("落实地点", "民生项目", "度量", "2026年度任务数")
                    .row("归义", "城镇新增就业", "人", 150)
                    .row("落实地点", "民生项目", "度量", "2026年度任务数")
                    .row("新市", "城镇新增就业", "人", 90)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.header().cell()).isEqualTo("A3");
            assertThat(read.values())
                    .extracting(cell(), SubmittedValue::indicatorLabel, SubmittedValue::townshipLabel,
                            SubmittedValue::unitText, reading())
                    .containsExactly(
                            tuple("D4", "城镇新增就业", "归义", "人", "150"),
                            tuple("D6", "城镇新增就业", "新市", "人", "90"));
            assertThat(read.unplaced()).as("nothing of a header row is a stray value").isEmpty();
        }

        @Test
        void anOrdinalColumnUnderAnUnknownWordIsNoSecondValueColumn() {
            SheetGrid grid = sheet("Sheet1")
                    .row("排位", "镇街", "民生项目", "任务量")
                    .row(1, "归义", "城镇新增就业", 150)
                    .row(2, "新市", "城镇新增就业", 90)
                    .row(3, "古培", "城镇新增就业", 60)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.values()).extracting(cell(), SubmittedValue::townshipLabel, reading())
                    .containsExactly(tuple("D2", "归义", "150"), tuple("D3", "新市", "90"), tuple("D4", "古培", "60"));
            assertThat(read.unplaced()).isEmpty();
            assertThat(read.ambiguities()).as("row numbers do not compete for the value").isEmpty();
        }

        @Test
        void twoNumberColumnsBothPlausibleAsTheValueAreRecordedNamingBoth() {
            SheetGrid grid = sheet("Sheet1")
                    .row("片区", "民生项目", "度量", "县级下达数", "镇级申报数")
                    .row("归义", "城镇新增就业", "人", 150, 160)
                    .row("新市", "城镇新增就业", "人", 90, 85)
                    .row("古培", "城镇新增就业", "人", 60, 60)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.ambiguities()).as("ambiguities").hasSize(1);
            AmbiguousColumn ambiguity = read.ambiguities().get(0);
            assertThat(Set.of(ambiguity.read(), ambiguity.other())).containsExactlyInAnyOrder("县级下达数", "镇级申报数");
            assertThat(Set.of(ambiguity.readCell().cell(), ambiguity.otherCell().cell()))
                    .containsExactlyInAnyOrder("D1", "E1");
            assertThat(ambiguity.role()).isNotBlank();
            String readColumn = ambiguity.readCell().cell().substring(0, 1);
            assertThat(read.values()).as("each row read once, from the column read")
                    .extracting(cell(), SubmittedValue::townshipLabel)
                    .containsExactly(tuple(readColumn + "2", "归义"), tuple(readColumn + "3", "新市"),
                            tuple(readColumn + "4", "古培"));
        }

        @Test
        void twoColumnsOfTownshipsAreRecordedNamingBoth() {
            SheetGrid grid = sheet("Sheet1")
                    .row("主阵地", "协作地", "民生项目", "任务量")
                    .row("归义", "新市", "城镇新增就业", 50)
                    .row("古培", "三阳", "农村户厕改造", 20)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.ambiguities()).as("ambiguities")
                    .anySatisfy(a -> assertThat(Set.of(a.read(), a.other())).containsExactlyInAnyOrder("主阵地", "协作地"));
            assertThat(read.values()).extracting(cell(), SubmittedValue::indicatorLabel, reading())
                    .containsExactly(tuple("D2", "城镇新增就业", "50"), tuple("D3", "农村户厕改造", "20"));
        }
    }

    // ------------------------------------------------------------------------------------- transposed sheets

    @Nested
    class TransposedSheets {

        @Test
        void unitsWrittenOnlyInTheIndicatorHeadersParenthesesApplyToTheirColumns() {
            SheetGrid grid = sheet("报送")
                    .row("片区", "城镇新增就业（万人）", "农村户厕改造（户）", "新建村卫生室（个）")
                    .row("归义街道", 0.12, 40, 1)
                    .row("新市镇", 0.08, 35, 2)
                    .row("古培镇", 0.05, 20, null)
                    .row("三阳乡", 0.03, 15, 1)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.layout()).isEqualTo(Layout.TRANSPOSED);
            assertThat(read.header().cell()).isEqualTo("A1");
            assertThat(read.values())
                    .extracting(cell(), SubmittedValue::townshipLabel, SubmittedValue::unitText, reading(),
                            SubmittedValue::total)
                    .containsExactly(
                            tuple("B2", "归义街道", "万人", "0.12", false), tuple("C2", "归义街道", "户", "40", false),
                            tuple("D2", "归义街道", "个", "1", false),
                            tuple("B3", "新市镇", "万人", "0.08", false), tuple("C3", "新市镇", "户", "35", false),
                            tuple("D3", "新市镇", "个", "2", false),
                            tuple("B4", "古培镇", "万人", "0.05", false), tuple("C4", "古培镇", "户", "20", false),
                            tuple("D4", "古培镇", "个", "", false),
                            tuple("B5", "三阳乡", "万人", "0.03", false), tuple("C5", "三阳乡", "户", "15", false),
                            tuple("D5", "三阳乡", "个", "1", false));
            assertThat(read.values().subList(0, 3)).extracting(SubmittedValue::indicatorLabel).satisfiesExactly(
                    label -> assertThat(label).contains("城镇新增就业"),
                    label -> assertThat(label).contains("农村户厕改造"),
                    label -> assertThat(label).contains("新建村卫生室"));
            assertThat(read.unplaced()).isEmpty();
        }

        @Test
        void aRowWhoseNumbersAddUpTheTownshipsIsATotalWhateverItIsCalled() {
            SheetGrid grid = sheet("报送")
                    .row("区划", "新增城镇就业（人）", "农村户厕改造（户）")
                    .row("归义", 120, 40)
                    .row("新市", 80, 35)
                    .row("古培", 60, 20)
                    .row("县域汇总", 260, 95)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.layout()).isEqualTo(Layout.TRANSPOSED);
            assertThat(read.values()).extracting(cell(), reading(), SubmittedValue::total)
                    .containsExactly(
                            tuple("B2", "120", false), tuple("C2", "40", false),
                            tuple("B3", "80", false), tuple("C3", "35", false),
                            tuple("B4", "60", false), tuple("C4", "20", false),
                            tuple("B5", "260", true), tuple("C5", "95", true));
            assertThat(read.values()).filteredOn(v -> !v.total()).extracting(SubmittedValue::townshipLabel)
                    .containsExactly("归义", "归义", "新市", "新市", "古培", "古培");
            assertThat(read.values()).extracting(SubmittedValue::unitText)
                    .containsExactly("人", "户", "人", "户", "人", "户", "人", "户");
        }

        @Test
        void aColumnOfSentencesIsARemarkNotAnIndicator() {
            SheetGrid grid = sheet("报送")
                    .row("区划", "新增城镇就业（人）", "推进情况")
                    .row("归义街道", 120, "已完成摸底，4月上旬启动培训。")
                    .row("新市镇", 80, "正与企业对接用工需求，预计二季度完成过半。")
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.values()).extracting(cell(), SubmittedValue::townshipLabel, SubmittedValue::unitText,
                    reading()).containsExactly(tuple("B2", "归义街道", "人", "120"), tuple("B3", "新市镇", "人", "80"));
            assertThat(read.values()).extracting(SubmittedValue::indicatorLabel).noneMatch(l -> l.contains("推进情况"));
            assertThat(read.unplaced()).as("remarks are no values").isEmpty();
        }
    }

    // ------------------------------------------------------------------------------------------- wide sheets

    @Nested
    class WideSheets {

        @Test
        void anUnfamiliarTotalColumnIsTheTotalAndAColumnOfSentencesIsARemark() {
            SheetGrid grid = sheet("Sheet1")
                    .row("编码", "实事名称", "计量", "归义", "新市", "古培", "三阳", "区域总量", "推进举措")
                    .row(1, "城镇新增就业", "人", 120, 80, 60, 40, 300, "已与各镇签订目标责任书，按月调度。")
                    .row(2, "农村户厕改造", "户", 40, 35, 20, 15, 110, "4月底前完成摸底，6月底前全面开工。")
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.layout()).isEqualTo(Layout.WIDE);
            assertThat(read.values())
                    .extracting(cell(), SubmittedValue::indicatorLabel, SubmittedValue::unitText, reading(),
                            SubmittedValue::total)
                    .containsExactly(
                            tuple("D2", "城镇新增就业", "人", "120", false), tuple("E2", "城镇新增就业", "人", "80", false),
                            tuple("F2", "城镇新增就业", "人", "60", false), tuple("G2", "城镇新增就业", "人", "40", false),
                            tuple("H2", "城镇新增就业", "人", "300", true),
                            tuple("D3", "农村户厕改造", "户", "40", false), tuple("E3", "农村户厕改造", "户", "35", false),
                            tuple("F3", "农村户厕改造", "户", "20", false), tuple("G3", "农村户厕改造", "户", "15", false),
                            tuple("H3", "农村户厕改造", "户", "110", true));
            assertThat(read.values()).filteredOn(v -> !v.total()).extracting(SubmittedValue::townshipLabel)
                    .containsExactly("归义", "新市", "古培", "三阳", "归义", "新市", "古培", "三阳");
            assertThat(read.unplaced()).as("remarks are no values").isEmpty();
        }

        @Test
        void aYearColumnBesideTheTownshipsIsNoTownship() {
            SheetGrid grid = sheet("Sheet1")
                    .row("编码", "实事名称", "计量", "2025年完成", "归义", "新市", "古培")
                    .row(1, "城镇新增就业", "人", 500, 120, 80, 60)
                    .row(2, "农村户厕改造", "户", 180, 40, 35, 20)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.values()).extracting(SubmittedValue::townshipLabel).doesNotContain("2025年完成");
            assertThat(read.values()).filteredOn(v -> !v.total())
                    .extracting(cell(), SubmittedValue::townshipLabel, reading())
                    .containsExactly(
                            tuple("E2", "归义", "120"), tuple("F2", "新市", "80"), tuple("G2", "古培", "60"),
                            tuple("E3", "归义", "40"), tuple("F3", "新市", "35"), tuple("G3", "古培", "20"));
        }

        @Test
        void indicatorNamesAndUnitsUnderUnfamiliarHeadersBelowATitle() {
            SheetGrid grid = sheet("Sheet1")
                    .row("2026年农村公路建设任务").merge("A1:F1")
                    .row("序次", "年度民生清单", "量纲", "归义街道", "新市镇", "三阳乡")
                    .row(1, "新建农村公路", "公里", 12, 8, 5)
                    .row(2, "新建农村公厕", "座", 3, 2, 1)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.layout()).isEqualTo(Layout.WIDE);
            assertThat(read.header().cell()).isEqualTo("A2");
            assertThat(read.values())
                    .extracting(cell(), SubmittedValue::indicatorLabel, SubmittedValue::townshipLabel,
                            SubmittedValue::unitText, reading())
                    .containsExactly(
                            tuple("D3", "新建农村公路", "归义街道", "公里", "12"),
                            tuple("E3", "新建农村公路", "新市镇", "公里", "8"),
                            tuple("F3", "新建农村公路", "三阳乡", "公里", "5"),
                            tuple("D4", "新建农村公厕", "归义街道", "座", "3"),
                            tuple("E4", "新建农村公厕", "新市镇", "座", "2"),
                            tuple("F4", "新建农村公厕", "三阳乡", "座", "1"));
            assertThat(read.unplaced()).isEmpty();
        }
    }

    // --------------------------------------------------------------------------------------- real workbooks

    /** Files written with POI and read through the workbook reader: hidden sheets and several data sheets. */
    @Nested
    class Workbooks {

        @TempDir
        Path folder;

        private List<SheetGrid> grids(Path file) throws Exception {
            return new WorkbookReader(ReadLimits.defaults()).read(file);
        }

        private SmallWorkbook hiddenThenTwoVisible() {
            SmallWorkbook workbook = new SmallWorkbook();
            workbook.sheet("去年数据").hidden()
                    .row("编码", "实事名称", "计量", "归义", "新市")
                    .row(1, "城镇新增就业", "人", 999, 888);
            workbook.sheet("城区")
                    .row("编码", "实事名称", "计量", "归义", "新市")
                    .row(1, "城镇新增就业", "人", 120, 80);
            workbook.sheet("乡村")
                    .row("所在片区", "实事事项", "计量", "任务量")
                    .row("古培", "农村户厕改造", "户", 20)
                    .row("三阳", "农村户厕改造", "户", 15);
            return workbook;
        }

        private void assertHiddenPassedOverAndBothVisibleRead(Path file) throws Exception {
            List<SheetGrid> grids = grids(file);
            assertThat(grids).extracting(SheetGrid::sheet, SheetGrid::hidden)
                    .containsExactly(tuple("去年数据", true), tuple("城区", false), tuple("乡村", false));

            Submission submission = submissionParser.parse(file.getFileName().toString(), grids);

            assertThat(submission.hiddenSheets()).containsExactly("去年数据");
            assertThat(submission.dataSheets()).extracting(SubmissionSheet::sheet, SubmissionSheet::layout)
                    .containsExactly(tuple("城区", Layout.WIDE), tuple("乡村", Layout.LONG));
            List<SubmittedValue> values = submission.dataSheets().stream()
                    .flatMap(s -> s.values().stream()).toList();
            assertThat(values)
                    .extracting(v -> v.source().sheet(), cell(), SubmittedValue::indicatorLabel,
                            SubmittedValue::townshipLabel, SubmittedValue::unitText, reading())
                    .containsExactly(
                            tuple("城区", "D2", "城镇新增就业", "归义", "人", "120"),
                            tuple("城区", "E2", "城镇新增就业", "新市", "人", "80"),
                            tuple("乡村", "D2", "农村户厕改造", "古培", "户", "20"),
                            tuple("乡村", "D3", "农村户厕改造", "三阳", "户", "15"));
            assertThat(submission.valueCount()).as("each value once, none of the hidden sheet").isEqualTo(4);
        }

        @Test
        void aHiddenSheetBeforeTwoVisibleDataSheetsIsNeverReadAndBothVisibleAreXlsx() throws Exception {
            Path file = hiddenThenTwoVisible().write(folder.resolve("卫健局-3月.xlsx"));

            assertHiddenPassedOverAndBothVisibleRead(file);
        }

        @Test
        void aHiddenSheetBeforeTwoVisibleDataSheetsIsNeverReadAndBothVisibleAreXls() throws Exception {
            Path file = hiddenThenTwoVisible().write(folder.resolve("卫健局-3月.xls"));

            assertHiddenPassedOverAndBothVisibleRead(file);
        }

        @Test
        void twoVisibleSheetsUnderUnfamiliarWordsAreEachReadAndEveryValueOnce() throws Exception {
            SmallWorkbook workbook = new SmallWorkbook();
            workbook.sheet("城区片")
                    .row("区划", "新增城镇就业（人）", "农村户厕改造（户）")
                    .row("归义街道", 120, 40)
                    .row("新市镇", 80, 35);
            workbook.sheet("农村片")
                    .row("区划", "新增城镇就业（人）", "农村户厕改造（户）")
                    .row("古培镇", 60, 20)
                    .row("三阳乡", 40, 15);
            Path file = workbook.write(folder.resolve("人社局-3月.xlsx"));

            Submission submission = submissionParser.parse(file.getFileName().toString(), grids(file));

            assertThat(submission.hiddenSheets()).isEmpty();
            assertThat(submission.dataSheets()).extracting(SubmissionSheet::sheet, SubmissionSheet::layout)
                    .containsExactly(tuple("城区片", Layout.TRANSPOSED), tuple("农村片", Layout.TRANSPOSED));
            List<SubmittedValue> values = submission.dataSheets().stream()
                    .flatMap(s -> s.values().stream()).toList();
            assertThat(values)
                    .extracting(v -> v.source().sheet(), cell(), SubmittedValue::townshipLabel,
                            SubmittedValue::unitText, reading())
                    .containsExactly(
                            tuple("城区片", "B2", "归义街道", "人", "120"), tuple("城区片", "C2", "归义街道", "户", "40"),
                            tuple("城区片", "B3", "新市镇", "人", "80"), tuple("城区片", "C3", "新市镇", "户", "35"),
                            tuple("农村片", "B2", "古培镇", "人", "60"), tuple("农村片", "C2", "古培镇", "户", "20"),
                            tuple("农村片", "B3", "三阳乡", "人", "40"), tuple("农村片", "C3", "三阳乡", "户", "15"));
            assertThat(submission.valueCount()).isEqualTo(8);
        }
    }
}

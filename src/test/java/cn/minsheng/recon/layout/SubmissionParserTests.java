package cn.minsheng.recon.layout;

import static cn.minsheng.recon.layout.SubmissionGridFixture.error;
import static cn.minsheng.recon.layout.SubmissionGridFixture.formulaWithoutValue;
import static cn.minsheng.recon.layout.SubmissionGridFixture.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.minsheng.recon.domain.submission.Layout;
import cn.minsheng.recon.domain.submission.Reading;
import cn.minsheng.recon.domain.submission.Submission;
import cn.minsheng.recon.domain.submission.SubmissionSheet;
import cn.minsheng.recon.domain.submission.SubmittedValue;
import cn.minsheng.recon.workbook.SheetCell;
import cn.minsheng.recon.workbook.SheetGrid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Department submissions in every layout offices send — held in memory, no workbook — read into values placed by
 * indicator and township, each pointing at the cell that holds it.
 */
class SubmissionParserTests {

    private final SubmissionParser parser = new SubmissionParser(SubmissionGridFixture::isTownship);

    private Submission parse(SheetGrid... grids) {
        Submission submission = parser.parse(SubmissionGridFixture.FILE, List.of(grids));
        assertSourcesHoldTheirValues(submission, grids);
        return submission;
    }

    private static SubmissionSheet onlySheet(Submission submission) {
        assertThat(submission.sheets()).hasSize(1);
        return submission.sheets().get(0);
    }

    private static Reading number(String value) {
        return new Reading.Number(new BigDecimal(value));
    }

    private static Reading blank() {
        return new Reading.Blank();
    }

    @Nested
    class Wide {

        @Test
        void readsEveryTownshipCellTheTotalColumnAndIndicatorNumbers() {
            SheetGrid grid = sheet("分解表")
                    .row("2026年重点民生实事任务分解报送表").merge("A1:G1")
                    .row("序号", "指标名称", "单位", "归义", "新市", "三 阳", "合计")
                    .row(1, "新增城镇就业", "人", 100, 80, null, 180)
                    .row(2, "培训乡村医生", "人", 10, "—", 5, 15)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.layout()).isEqualTo(Layout.WIDE);
            assertThat(read.header().cell()).isEqualTo("A2");
            assertThat(read.values())
                    .extracting(v -> v.source().cell(), SubmittedValue::indicatorLabel, SubmittedValue::indicatorNo,
                            SubmittedValue::townshipLabel, SubmittedValue::unitText, SubmittedValue::reading,
                            SubmittedValue::total)
                    .containsExactly(
                            tuple("D3", "新增城镇就业", "1", "归义", "人", number("100"), false),
                            tuple("E3", "新增城镇就业", "1", "新市", "人", number("80"), false),
                            tuple("F3", "新增城镇就业", "1", "三 阳", "人", blank(), false),
                            tuple("G3", "新增城镇就业", "1", "合计", "人", number("180"), true),
                            tuple("D4", "培训乡村医生", "2", "归义", "人", number("10"), false),
                            tuple("E4", "培训乡村医生", "2", "新市", "人", blank(), false),
                            tuple("F4", "培训乡村医生", "2", "三 阳", "人", number("5"), false),
                            tuple("G4", "培训乡村医生", "2", "合计", "人", number("15"), true));
            assertThat(read.unplaced()).isEmpty();
        }

        @Test
        void appliesMergedNamesAndTakesNoIndicatorNumberFromAProjectNumber() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "项目", "指标", "目标任务").merge("A1:A2").merge("B1:B2").merge("C1:C2").merge("D1:F1")
                    .row(null, null, null, "归义街道", "新市镇", "古培镇")
                    .row(1, "就业创业", "新增城镇就业", 100, 80, 60).merge("A3:A4").merge("B3:B4")
                    .row(null, null, "城镇失业人员再就业", 30, 20, 10)
                    .row(2, "乡村医生培训（共30人）", null, 10, 10, 10).merge("B5:C5")
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.header().cell()).isEqualTo("A2");
            assertThat(read.values())
                    .extracting(v -> v.source().cell(), SubmittedValue::indicatorLabel, SubmittedValue::indicatorNo,
                            SubmittedValue::townshipLabel, SubmittedValue::reading)
                    .containsExactly(
                            tuple("D3", "新增城镇就业", "", "归义街道", number("100")),
                            tuple("E3", "新增城镇就业", "", "新市镇", number("80")),
                            tuple("F3", "新增城镇就业", "", "古培镇", number("60")),
                            tuple("D4", "城镇失业人员再就业", "", "归义街道", number("30")),
                            tuple("E4", "城镇失业人员再就业", "", "新市镇", number("20")),
                            tuple("F4", "城镇失业人员再就业", "", "古培镇", number("10")),
                            tuple("D5", "乡村医生培训（共30人）", "", "归义街道", number("10")),
                            tuple("E5", "乡村医生培训（共30人）", "", "新市镇", number("10")),
                            tuple("F5", "乡村医生培训（共30人）", "", "古培镇", number("10")));
        }

        @Test
        void passesOverProjectHeadingRowsAndLabelsNoRemarkColumn() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "项目及指标", "归义", "新市", "备注")
                    .row("一", "就业创业")
                    .row(1, "新增城镇就业", 100, 80, "已完成摸底")
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.values()).extracting(v -> v.source().cell(), SubmittedValue::indicatorLabel,
                    SubmittedValue::reading).containsExactly(tuple("C3", "新增城镇就业", number("100")),
                    tuple("D3", "新增城镇就业", number("80")));
            assertThat(read.unplaced()).isEmpty();
        }

        @Test
        void marksATotalRowAsTotal() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "指标", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80)
                    .row("合计", null, 100, 80).merge("A3:B3")
                    .grid();

            assertThat(onlySheet(parse(grid)).values()).extracting(v -> v.source().cell(), SubmittedValue::total)
                    .containsExactly(tuple("C2", false), tuple("D2", false), tuple("C3", true), tuple("D3", true));
        }

        @Test
        void keepsAColumnAmongTheTownshipsThatNoAliasKnows() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "指标", "高新区", "归义", "新市", "城南")
                    .row(1, "新增城镇就业", 5, 100, 80, "待定")
                    .grid();

            assertThat(onlySheet(parse(grid)).values())
                    .extracting(SubmittedValue::townshipLabel, SubmittedValue::reading)
                    .containsExactly(tuple("高新区", number("5")), tuple("归义", number("100")),
                            tuple("新市", number("80")), tuple("城南", new Reading.Text("待定")));
        }

        /** A column of words no list knows, left of the townships, names the indicators. */
        @Test
        void takesAColumnOfWordsLeftOfTheTownshipsForTheIndicatorNames() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "民生实事内容", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80)
                    .row(2, "培训乡村医生", 10, 5)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.layout()).isEqualTo(Layout.WIDE);
            assertThat(read.values()).extracting(SubmittedValue::indicatorLabel, SubmittedValue::indicatorNo,
                    SubmittedValue::townshipLabel).containsExactly(tuple("新增城镇就业", "1", "归义"),
                    tuple("新增城镇就业", "1", "新市"), tuple("培训乡村医生", "2", "归义"), tuple("培训乡村医生", "2", "新市"));
        }

        /** A Chinese 序号 makes a project heading only of a row without values. */
        @Test
        void readsRowsNumberedInChineseThatHoldValues() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "指标", "归义", "新市")
                    .row("一", "新增城镇就业", 100, 80)
                    .row("二", "培训乡村医生", null, 5)
                    .grid();

            assertThat(onlySheet(parse(grid)).values()).extracting(v -> v.source().cell(),
                    SubmittedValue::indicatorLabel).containsExactly(tuple("C2", "新增城镇就业"), tuple("D2", "新增城镇就业"),
                    tuple("C3", "培训乡村医生"), tuple("D3", "培训乡村医生"));
        }

        /**
         * A name merged over the name columns alone is an indicator left blank, not a heading: its blanks are read
         * (a blank where the official table has a target is a missing township).
         */
        @Test
        void readsAnIndicatorLeftBlankWhoseNameIsMergedOverTheNameColumns() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "项目", "指标", "归义", "新市")
                    .row(1, "农村公路建设（共20公里）", null, null, null).merge("B2:C2")
                    .row(2, "交通出行", "农村公路养护", 3, 4)
                    .grid();

            assertThat(onlySheet(parse(grid)).values()).extracting(v -> v.source().cell(),
                    SubmittedValue::indicatorLabel, SubmittedValue::reading).containsExactly(
                    tuple("D2", "农村公路建设（共20公里）", blank()), tuple("E2", "农村公路建设（共20公里）", blank()),
                    tuple("D3", "农村公路养护", number("3")), tuple("E3", "农村公路养护", number("4")));
        }

        @Test
        void takesTheDepartmentFromItsColumn() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "指标", "归义", "新市", "填报单位")
                    .row(1, "新增城镇就业", 100, 80, "市人社局")
                    .row(2, "城镇失业人员再就业", 30, 20, "市人社局")
                    .grid();

            Submission submission = parse(grid);

            assertThat(submission.declaredDepartment()).contains("市人社局");
            assertThat(onlySheet(submission).values()).extracting(v -> v.source().cell())
                    .containsExactly("C2", "D2", "C3", "D3");
        }

        /**
         * A two-row header whose upper row reads like a long table's ({@code 乡镇（街道）} merged over the townships,
         * {@code 指标名称}, {@code 目标任务数}) is still the wide table's header.
         */
        @Test
        void readsATwoRowHeaderWhoseUpperRowReadsLikeALongHeader() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "指标名称", "单位", "乡镇（街道）", null, "目标任务数")
                    .merge("A1:A2").merge("B1:B2").merge("C1:C2").merge("D1:E1").merge("F1:F2")
                    .row(null, null, null, "归义", "新市", null)
                    .row(1, "新增城镇就业", "人", 100, 80, 180)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.layout()).isEqualTo(Layout.WIDE);
            assertThat(read.values()).extracting(v -> v.source().cell(), SubmittedValue::townshipLabel,
                    SubmittedValue::reading, SubmittedValue::total).containsExactly(
                    tuple("D3", "归义", number("100"), false), tuple("E3", "新市", number("80"), false),
                    tuple("F3", "合计", number("180"), true));
        }
    }

    @Nested
    class Transposed {

        @Test
        void readsTownshipRowsIndicatorColumnsTheUnitRowAndTheTotalRow() {
            SheetGrid grid = sheet("报送")
                    .row("各乡镇目标任务").merge("A1:D1")
                    .row("乡镇", "新增城镇就业", "培训乡村医生", "备注")
                    .row("单位", "人", "人")
                    .row("归义街道", 100, 10)
                    .row("新市镇", 80, null, "无")
                    .row("合计", 180, 10)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.layout()).isEqualTo(Layout.TRANSPOSED);
            assertThat(read.header().cell()).isEqualTo("A2");
            assertThat(read.values())
                    .extracting(v -> v.source().cell(), SubmittedValue::indicatorLabel,
                            SubmittedValue::townshipLabel, SubmittedValue::unitText, SubmittedValue::reading,
                            SubmittedValue::total)
                    .containsExactly(
                            tuple("B4", "新增城镇就业", "归义街道", "人", number("100"), false),
                            tuple("C4", "培训乡村医生", "归义街道", "人", number("10"), false),
                            tuple("B5", "新增城镇就业", "新市镇", "人", number("80"), false),
                            tuple("C5", "培训乡村医生", "新市镇", "人", blank(), false),
                            tuple("B6", "新增城镇就业", "合计", "人", number("180"), true),
                            tuple("C6", "培训乡村医生", "合计", "人", number("10"), true));
            assertThat(read.unplaced()).isEmpty();
        }

        @Test
        void takesARowOfShortWordsUnderTheLabelsAsTheirUnits() {
            SheetGrid grid = sheet("报送")
                    .row("序号", "镇（街道）", "新增城镇就业", "农村改厕")
                    .row(null, null, "人", "户")
                    .row(1, "归义", 100, 30)
                    .row(2, "古培", 50, 20)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.header().cell()).isEqualTo("A1");
            assertThat(read.values()).extracting(v -> v.source().cell(), SubmittedValue::unitText)
                    .containsExactly(tuple("C3", "人"), tuple("D3", "户"), tuple("C4", "人"), tuple("D4", "户"));
        }
        @Test
        void readsIndicatorNumbersFromANumberRowAndUnitsFromALabelledUnitRow() {
            SheetGrid grid = sheet("报送")
                    .row("序号", "乡镇", "新增城镇就业", "农村改厕", "合计")
                    .row("编号", null, 1, 5)
                    .row("单位", null, "人", "户")
                    .row(1, "归义", 100, 30, 130)
                    .row(2, "新市", 80, 20, 100)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.header().cell()).isEqualTo("A1");
            assertThat(read.values())
                    .extracting(v -> v.source().cell(), SubmittedValue::indicatorNo, SubmittedValue::unitText,
                            SubmittedValue::townshipLabel, SubmittedValue::reading, SubmittedValue::total)
                    .containsExactly(tuple("C4", "1", "人", "归义", number("100"), false),
                            tuple("D4", "5", "户", "归义", number("30"), false),
                            tuple("E4", "", "", "归义", number("130"), true),
                            tuple("C5", "1", "人", "新市", number("80"), false),
                            tuple("D5", "5", "户", "新市", number("20"), false),
                            tuple("E5", "", "", "新市", number("100"), true));
        }

        /** Printed tables number their columns: a 序号 row above the labels numbers the indicators. */
        @Test
        void readsIndicatorNumbersFromANumberRowAboveTheLabels() {
            SheetGrid grid = sheet("报送")
                    .row("序号", null, 1, 5)
                    .row(null, "乡镇", "新增城镇就业", "农村改厕")
                    .row(1, "归义", 100, 30)
                    .row(2, "新市", 80, 20)
                    .grid();

            assertThat(onlySheet(parse(grid)).values()).extracting(v -> v.source().cell(),
                    SubmittedValue::indicatorNo, SubmittedValue::indicatorLabel).containsExactly(
                    tuple("C3", "1", "新增城镇就业"), tuple("D3", "5", "农村改厕"), tuple("C4", "1", "新增城镇就业"),
                    tuple("D4", "5", "农村改厕"));
        }

        @Test
        void takesTheDepartmentFromItsColumnAndPutsValuesWithoutATownshipAmongTheUnplaced() {
            SheetGrid grid = sheet("报送")
                    .row("乡镇", "新增城镇就业", "农村改厕", "填报单位")
                    .row("归义", 100, 30, "市人社局")
                    .row("新市", 80, 20, "市人社局")
                    .row(null, 5)
                    .grid();

            Submission submission = parse(grid);
            SubmissionSheet read = onlySheet(submission);

            assertThat(submission.declaredDepartment()).contains("市人社局");
            assertThat(read.values()).extracting(v -> v.source().cell()).containsExactly("B2", "C2", "B3", "C3");
            assertThat(read.unplaced()).extracting(v -> v.source().cell(), SubmittedValue::indicatorLabel,
                    SubmittedValue::reading).containsExactly(tuple("B4", "新增城镇就业", number("5")));
        }

        @Test
        void isNoTableWithoutLabelsAboveItsTownships() {
            SheetGrid unlabelled = sheet("Sheet1")
                    .row("归义", 100, 30)
                    .row("新市", 80, 20)
                    .grid();
            SheetGrid remarksOnly = sheet("Sheet1")
                    .row("乡镇", "备注")
                    .row("归义", "已完成")
                    .row("新市", "已完成")
                    .grid();

            assertThat(parse(unlabelled).sheets()).isEmpty();
            assertThat(parse(remarksOnly).sheets()).isEmpty();
        }
    }

    @Nested
    class LongLayout {

        @Test
        void readsOneValuePerTownshipAndIndicatorRow() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "乡镇（街道）", "指标", "单位", "目标任务数", "备注")
                    .row(1, "归义", "新增城镇就业", "人", 100)
                    .row(2, "新市", "新增城镇就业", "人", "待定", "待摸底")
                    .row(3, "合计", "新增城镇就业", "人", 100)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.layout()).isEqualTo(Layout.LONG);
            assertThat(read.values())
                    .extracting(v -> v.source().cell(), SubmittedValue::indicatorLabel,
                            SubmittedValue::townshipLabel, SubmittedValue::village, SubmittedValue::unitText,
                            SubmittedValue::reading, SubmittedValue::total)
                    .containsExactly(
                            tuple("E2", "新增城镇就业", "归义", "", "人", number("100"), false),
                            tuple("E3", "新增城镇就业", "新市", "", "人", new Reading.Text("待定"), false),
                            tuple("E4", "新增城镇就业", "合计", "", "人", number("100"), true));
        }

        @Test
        void keepsVillageRowsAndMarksATownshipSubtotal() {
            SheetGrid grid = sheet("Sheet1")
                    .row("镇（街道）", "村/社区", "指标名称", "任务数")
                    .row("归义街道", "李家村", "农村改厕", 10).merge("A2:A4").merge("C2:C5")
                    .row(null, "王家社区", null, 15)
                    .row(null, "小计", null, 25)
                    .row("新市镇", null, null, 8)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.values())
                    .extracting(v -> v.source().cell(), SubmittedValue::indicatorLabel,
                            SubmittedValue::townshipLabel, SubmittedValue::village, SubmittedValue::reading,
                            SubmittedValue::total)
                    .containsExactly(
                            tuple("D2", "农村改厕", "归义街道", "李家村", number("10"), false),
                            tuple("D3", "农村改厕", "归义街道", "王家社区", number("15"), false),
                            tuple("D4", "农村改厕", "归义街道", "", number("25"), true),
                            tuple("D5", "农村改厕", "新市镇", "", number("8"), false));
        }

        @Test
        void passesOverTheHeaderRepeatedAtAPageBreak() {
            SheetGrid grid = sheet("Sheet1")
                    .row("乡镇（街道）", "指标", "单位", "目标任务数")
                    .row("归义", "新增城镇就业", "人", 100)
                    .row("乡镇(街道)", "指 标", "单位", "目标任务数")
                    .row("新市", "新增城镇就业", "人", 80)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.values()).extracting(v -> v.source().cell(), SubmittedValue::townshipLabel,
                    SubmittedValue::reading).containsExactly(tuple("D2", "归义", number("100")),
                    tuple("D4", "新市", number("80")));
        }

        @Test
        void isNotTakenForWideWhenAVillageIsNamedLikeItsTownship() {
            SheetGrid grid = sheet("Sheet1")
                    .row("指标", "乡镇", "社区", "任务数")
                    .row("城镇老旧小区改造", "新市镇", "新市社区", 2)
                    .row("城镇老旧小区改造", "归义街道", "城南社区", 3)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.layout()).isEqualTo(Layout.LONG);
            assertThat(read.values()).extracting(SubmittedValue::townshipLabel, SubmittedValue::village)
                    .containsExactly(tuple("新市镇", "新市社区"), tuple("归义街道", "城南社区"));
        }

        @Test
        void takesTheDepartmentFromItsColumnAndTheIndicatorNumberFromItsOwnColumn() {
            SheetGrid grid = sheet("Sheet1")
                    .row("填报单位", "指标序号", "项目", "乡镇", "计划数")
                    .row("市卫健局", 13, "培训乡村医生", "古培", 3)
                    .grid();

            Submission submission = parse(grid);

            assertThat(submission.declaredDepartment()).contains("市卫健局");
            assertThat(onlySheet(submission).values()).extracting(SubmittedValue::indicatorNo).containsExactly("13");
        }

        /**
         * A value on a row with no township, indicator or village is unplaced, and so is a value right of the value
         * column without a label; what stands left of it sits among the labels.
         */
        @Test
        void putsValuesNoLabelPlacesAmongTheUnplaced() {
            SheetGrid grid = sheet("Sheet1")
                    .row(null, "乡镇", "指标", "任务数")
                    .row(1, "归义", "新增城镇就业", 100, 5)
                    .row(null, null, null, 7)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.values()).extracting(v -> v.source().cell(), SubmittedValue::reading)
                    .containsExactly(tuple("D2", number("100")));
            assertThat(read.unplaced()).extracting(v -> v.source().cell(), SubmittedValue::townshipLabel,
                    SubmittedValue::reading).containsExactly(tuple("E2", "归义", number("5")), tuple("D3", "", number("7")));
        }
    }

    @Nested
    class LinesAboveTheHeader {

        @Test
        void readsDepartmentAndDateFromOneLineUnderTheTitle() {
            SheetGrid grid = sheet("Sheet1")
                    .row("附件").row("2026年重点民生实事报送表").merge("A2:D2")
                    .row("填报单位：市人社局      填报日期：2026年3月28日").merge("A3:D3")
                    .row("序号", "指标", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80)
                    .grid();

            Submission submission = parse(grid);

            assertThat(submission.declaredDepartment()).contains("市人社局");
            assertThat(submission.declaredDate()).contains(LocalDate.of(2026, 3, 28));
            assertThat(onlySheet(submission).header().cell()).isEqualTo("A4");
            assertThat(onlySheet(submission).values()).extracting(v -> v.source().cell(), SubmittedValue::reading)
                    .containsExactly(tuple("C5", number("100")), tuple("D5", number("80")));
        }

        @Test
        void readsThemFromSeparateCells() {
            SheetGrid grid = sheet("Sheet1")
                    .row("填报单位：", "汨罗市人力资源和社会保障局", null, "填报日期：", "2026-03-28")
                    .row("序号", "指标", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80)
                    .grid();

            Submission submission = parse(grid);

            assertThat(submission.declaredDepartment()).contains("汨罗市人力资源和社会保障局");
            assertThat(submission.declaredDate()).contains(LocalDate.of(2026, 3, 28));
            assertThat(onlySheet(submission).values()).extracting(v -> v.source().cell(), SubmittedValue::reading)
                    .containsExactly(tuple("C3", number("100")), tuple("D3", number("80")));
        }

        /** A date label with nothing beside it, or a number that is no date of this century, dates nothing. */
        @Test
        void readsNoDateFromADateLabelWithoutADate() {
            SheetGrid alone = sheet("Sheet1")
                    .row("填报日期：")
                    .row("序号", "指标", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80)
                    .grid();
            SheetGrid count = sheet("Sheet1")
                    .row("填报日期：", 12)
                    .row("序号", "指标", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80)
                    .grid();

            assertThat(parse(alone).declaredDate()).isEmpty();
            assertThat(parse(count).declaredDate()).isEmpty();
        }

        /** The date of a 填报日期 line split over two cells labels no column: what stands under it is unplaced. */
        @Test
        void takesNoColumnLabelFromTheDateBesideItsLabel() {
            SheetGrid grid = sheet("Sheet1")
                    .row(null, null, null, "填报日期：", "2026-03-28")
                    .row("序号", "指标", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80, "已核实")
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.values()).extracting(v -> v.source().cell()).containsExactly("C3", "D3");
            assertThat(read.unplaced()).extracting(v -> v.source().cell(), SubmittedValue::townshipLabel,
                    SubmittedValue::reading).containsExactly(tuple("E3", "", new Reading.Text("已核实")));
        }

        @Test
        void readsDottedDatesFullWidthColonsAndDatesStoredAsDates() {
            SheetGrid dotted = sheet("Sheet1")
                    .row("填报单位（盖章）：县卫健局 填报日期：2026.3.5")
                    .row("序号", "指标", "归义", "新市")
                    .row(1, "培训乡村医生", 10, 10)
                    .grid();
            SheetGrid stored = sheet("Sheet1")
                    .row("填报日期：", 46109)
                    .row("序号", "指标", "归义", "新市")
                    .row(1, "培训乡村医生", 10, 10)
                    .grid();

            assertThat(parse(dotted).declaredDepartment()).contains("县卫健局");
            assertThat(parse(dotted).declaredDate()).contains(LocalDate.of(2026, 3, 5));
            assertThat(parse(stored).declaredDate()).contains(LocalDate.of(2026, 3, 28));
        }

        @Test
        void takesNoDepartmentFromAnEmptyLineThatRunsIntoTheNextLabel() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "指标", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80)
                    .row("填报单位（盖章）：      填表人：张三")
                    .grid();

            Submission submission = parse(grid);

            assertThat(submission.declaredDepartment()).isEmpty();
            assertThat(onlySheet(submission).values()).extracting(v -> v.source().cell()).containsExactly("C2", "D2");
            assertThat(onlySheet(submission).unplaced()).isEmpty();
        }

        @Test
        void givesEveryValueTheUnitOfTheUnitLineUnlessItsUnitCellSaysOtherwise() {
            SheetGrid grid = sheet("Sheet1")
                    .row("农村公路建设资金分解表").merge("A1:E1")
                    .row(null, null, null, null, "单位：万元")
                    .row("序号", "指标", "单位", "归义", "新市")
                    .row(1, "农村公路建设", null, 1200, 800)
                    .row(2, "农村公路里程", "公里", 12, 8)
                    .grid();

            assertThat(onlySheet(parse(grid)).values()).extracting(v -> v.source().cell(), SubmittedValue::unitText)
                    .containsExactly(tuple("D4", "万元"), tuple("E4", "万元"), tuple("D5", "公里"), tuple("E5", "公里"));
        }
    }

    /** Findings about a whole row or column cite where its indicator label and its unit are written. */
    @Nested
    class LabelAndUnitCells {

        @Test
        void wideRowsPointAtTheirNameCellAndTheirUnitCellElseWhereTheUnitLineStatesTheUnit() {
            SheetGrid grid = sheet("Sheet1")
                    .row("农村公路建设资金分解表").merge("A1:F1")
                    .row("填报单位：市交通运输局", null, null, "单位：", "万元")
                    .row("序号", "项目", "指标", "单位", "归义", "新市")
                    .row(1, "交通", "农村公路建设", null, 1200, 800)
                    .row(2, "农村公路里程（公里）", null, "公里", 12, 8).merge("B5:C5")
                    .grid();

            assertThat(onlySheet(parse(grid)).values())
                    .extracting(v -> v.source().cell(), v -> v.label().cell(), v -> v.unit().cell())
                    .containsExactly(tuple("E4", "C4", "D2"), tuple("F4", "C4", "D2"), tuple("E5", "B5", "D5"),
                            tuple("F5", "B5", "D5"));
            assertThat(onlySheet(parse(grid)).values()).extracting(SubmittedValue::unitText)
                    .containsExactly("万元", "万元", "公里", "公里");
        }

        @Test
        void transposedColumnsPointAtTheirHeaderCellAndTheirUnitRowCell() {
            SheetGrid grid = sheet("报送")
                    .row("乡镇", "新增城镇就业", "农村改厕").merge("C1:D1")
                    .row(null, null, "农村户用卫生厕所改造", "农村公共厕所建设")
                    .row("单位", "人", null, "座")
                    .row("归义街道", 100, 30, 2)
                    .row("新市镇", 80, 20, 1)
                    .grid();

            assertThat(onlySheet(parse(grid)).values())
                    .extracting(v -> v.source().cell(), v -> v.label().cell(), v -> v.unit().cell())
                    .containsExactly(tuple("B4", "B1", "B3"), tuple("C4", "C2", ""), tuple("D4", "D2", "D3"),
                            tuple("B5", "B1", "B3"), tuple("C5", "C2", ""), tuple("D5", "D2", "D3"));
        }

        @Test
        void longRowsPointAtTheirIndicatorCellAndUnitCell() {
            SheetGrid grid = sheet("Sheet1")
                    .row("镇（街道）", "指标名称", "单位", "任务数")
                    .row("归义街道", "农村改厕", "户", 10).merge("B2:B3")
                    .row("新市镇", null, null, 8)
                    .grid();

            assertThat(onlySheet(parse(grid)).values())
                    .extracting(v -> v.source().cell(), v -> v.label().cell(), v -> v.unit().cell())
                    .containsExactly(tuple("D2", "B2", "C2"), tuple("D3", "B2", ""));
        }
    }

    @Nested
    class Sheets {

        private final SheetGrid data = sheet("报送表")
                .row("序号", "指标", "归义", "新市")
                .row(1, "新增城镇就业", 100, 80)
                .grid();

        @Test
        void passesOverAnInstructionsSheetFirst() {
            SheetGrid instructions = sheet("填报说明")
                    .row("填报说明")
                    .row("1. 请各单位按乡镇（街道）填报目标任务数，归义、新市等乡镇名称请勿简写。")
                    .row("2. 填报单位：请填写单位全称。")
                    .grid();

            Submission submission = parse(instructions, data);

            assertThat(submission.sheets()).extracting(SubmissionSheet::sheet).containsExactly("报送表");
            assertThat(onlySheet(submission).values()).extracting(SubmittedValue::townshipLabel,
                    SubmittedValue::reading).containsExactly(tuple("归义", number("100")), tuple("新市", number("80")));
            assertThat(submission.declaredDepartment()).isEmpty();
        }

        @Test
        void readsEveryDataSheet() {
            SheetGrid second = sheet("村级明细")
                    .row("乡镇", "村", "指标", "数量")
                    .row("古培", "大荆村", "农村改厕", 5)
                    .grid();

            Submission submission = parse(data, second);

            assertThat(submission.sheets()).extracting(SubmissionSheet::sheet, SubmissionSheet::layout)
                    .containsExactly(tuple("报送表", Layout.WIDE), tuple("村级明细", Layout.LONG));
            assertThat(submission.valueCount()).isEqualTo(3);
        }

        @Test
        void leavesOutASheetWithNoRecognisableTable() {
            SheetGrid letter = sheet("Sheet1")
                    .row("关于报送2026年民生实事任务分解情况的函")
                    .row("序号", "事项", "数量")
                    .row(1, "新增城镇就业", 180)
                    .grid();

            assertThat(parse(letter).sheets()).isEmpty();
        }
    }

    @Nested
    class Readings {

        @Test
        void readsNumbersTypedAsTextAndKeepsOtherTextAsText() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "指标", "单位", "归义", "新市", "古培", "三阳")
                    .row(1, "新增城镇就业", "人", "１２０", "1,200", " 35 ", "待定")
                    .row(2, "新建村级综合服务站", "个", "3个", "/", "—", null)
                    .row(3, "城乡居民医保参保率", "%", "92%", 95.5, "约90", "")
                    .grid();

            assertThat(onlySheet(parse(grid)).values()).extracting(SubmittedValue::reading).containsExactly(
                    number("120"), number("1200"), number("35"), new Reading.Text("待定"),
                    number("3"), blank(), blank(), blank(),
                    number("92"), number("95.5"), new Reading.Text("约90"), blank());
        }

        @Test
        void readsAFormulaWithoutValueAndAnErrorCellForWhatTheyAre() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "指标", "归义", "新市", "合计")
                    .row(1, "新增城镇就业", 100, error(), formulaWithoutValue("SUM(C2:D2)"))
                    .grid();

            assertThat(onlySheet(parse(grid)).values()).extracting(SubmittedValue::reading).containsExactly(
                    number("100"), new Reading.Text("#ERROR"), new Reading.FormulaWithoutValue("SUM(C2:D2)"));
        }
    }

    @Nested
    class DataArea {

        @Test
        void putsAStrayCellOutsideTheLabelledColumnsAmongTheUnplaced() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "指标", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80, null, 999)
                    .row(null, null, 7)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.values()).extracting(v -> v.source().cell(), SubmittedValue::indicatorNo)
                    .containsExactly(tuple("C2", "1"), tuple("D2", "1"));
            assertThat(read.unplaced())
                    .extracting(v -> v.source().cell(), SubmittedValue::indicatorLabel, SubmittedValue::townshipLabel,
                            SubmittedValue::reading)
                    .containsExactly(tuple("F2", "新增城镇就业", "", number("999")), tuple("C3", "", "归义", number("7")));
        }

        /** On a row without a name, what stands in a remarks column is no value; what stands unlabelled is. */
        @Test
        void putsNoRemarkOfARowWithoutANameAmongTheUnplaced() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "指标", "归义", "新市", "备注")
                    .row(1, "新增城镇就业", 100, 80, "已核实")
                    .row(null, null, null, null, "另有2人待核实", 2)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.values()).extracting(v -> v.source().cell()).containsExactly("C2", "D2");
            assertThat(read.unplaced()).extracting(v -> v.source().cell(), SubmittedValue::reading)
                    .containsExactly(tuple("F3", number("2")));
        }

        @Test
        void takesAnUnlabelledColumnLeftOfTheValuesForRowNumbers() {
            SheetGrid grid = sheet("Sheet1")
                    .row(null, "指标", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80)
                    .row(2, "培训乡村医生", 10, 10)
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.values()).extracting(v -> v.source().cell(), SubmittedValue::indicatorLabel,
                    SubmittedValue::indicatorNo).containsExactly(tuple("C2", "新增城镇就业", ""),
                    tuple("D2", "新增城镇就业", ""), tuple("C3", "培训乡村医生", ""), tuple("D3", "培训乡村医生", ""));
            assertThat(read.unplaced()).isEmpty();
        }

        @Test
        void readsNoNoteOrSignatureUnderTheTable() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "指标", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80)
                    .row("注：数据截至3月底。").merge("A3:D3")
                    .row("填表人：", "张三", "联系电话：", 13800000000L)
                    .row("审核人：李四")
                    .grid();

            SubmissionSheet read = onlySheet(parse(grid));

            assertThat(read.values()).extracting(v -> v.source().cell(), SubmittedValue::reading)
                    .containsExactly(tuple("C2", number("100")), tuple("D2", number("80")));
            assertThat(read.unplaced()).isEmpty();
        }

        @Test
        void pointsEachValueAtItsOwnCellWhenANumberIsMergedAcrossTownships() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "指标", "归义", "新市", "古培")
                    .row(1, "全县统筹建设", 30).merge("C2:E2")
                    .grid();

            assertThat(onlySheet(parse(grid)).values()).extracting(v -> v.source().cell(), SubmittedValue::reading)
                    .containsExactly(tuple("C2", number("30")), tuple("D2", blank()), tuple("E2", blank()));
        }
    }

    // ------------------------------------------------------------------------------------------------ sources

    private static final Pattern A1 = Pattern.compile("([A-Z]+)(\\d+)");

    /** Every value and unplaced cell says what the cell its source names holds, in the sheet it names. */
    private static void assertSourcesHoldTheirValues(Submission submission, SheetGrid... grids) {
        for (SubmissionSheet sheet : submission.sheets()) {
            SheetGrid grid = Stream.of(grids).filter(g -> g.sheet().equals(sheet.sheet())).findFirst().orElseThrow();
            Stream.concat(sheet.values().stream(), sheet.unplaced().stream()).forEach(value -> {
                assertThat(value.source().file()).isEqualTo(SubmissionGridFixture.FILE);
                assertThat(value.source().sheet()).isEqualTo(sheet.sheet());
                Matcher m = A1.matcher(value.source().cell());
                assertThat(m.matches()).as(value.source().cell()).isTrue();
                int column = 0;
                for (char letter : m.group(1).toCharArray()) {
                    column = column * 26 + (letter - 'A' + 1);
                }
                SheetCell cell = grid.raw(Integer.parseInt(m.group(2)) - 1, column - 1);
                assertThat(SubmissionCells.reading(cell, value.unitText())).as(value.source().describe())
                        .isEqualTo(value.reading());
            });
        }
    }
}

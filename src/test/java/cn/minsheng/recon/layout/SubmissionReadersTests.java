package cn.minsheng.recon.layout;

import static cn.minsheng.recon.layout.SubmissionGridFixture.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.minsheng.recon.domain.submission.Layout;
import cn.minsheng.recon.domain.submission.Reading;
import cn.minsheng.recon.domain.submission.Submission;
import cn.minsheng.recon.domain.submission.SubmissionSheet;
import cn.minsheng.recon.domain.submission.SubmittedValue;
import cn.minsheng.recon.workbook.SheetGrid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Where each submission reader draws its lines — which column names the indicators, which row is a heading, which
 * numbers are the indicators' own — each case a sheet held in memory that is read otherwise just across the line.
 */
class SubmissionReadersTests {

    private final SubmissionParser parser = new SubmissionParser(SubmissionGridFixture::isTownship);

    private Submission parse(SheetGrid grid) {
        return parser.parse(SubmissionGridFixture.FILE, List.of(grid));
    }

    private SubmissionSheet onlySheet(SheetGrid grid) {
        Submission submission = parse(grid);
        assertThat(submission.sheets()).hasSize(1);
        return submission.sheets().get(0);
    }

    private static Reading number(String value) {
        return new Reading.Number(new BigDecimal(value));
    }

    /** A wide table's label that is no township, total or attribute: a name column or a place no alias knows. */
    @Nested
    class WideUnknownLabels {

        /** {@code 事项} is no indicator word, but the column holds words: it names the indicators. */
        @Test
        void aColumnOfWordsUnderALabelNoListKnowsNamesTheIndicators() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "事项", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80)
                    .row(2, "培训乡村医生", 10, 5)
                    .grid();

            SubmissionSheet read = onlySheet(grid);

            assertThat(read.layout()).isEqualTo(Layout.WIDE);
            assertThat(read.values()).extracting(v -> v.source().cell(), SubmittedValue::indicatorLabel,
                    SubmittedValue::townshipLabel).containsExactly(tuple("C2", "新增城镇就业", "归义"),
                    tuple("D2", "新增城镇就业", "新市"), tuple("C3", "培训乡村医生", "归义"), tuple("D3", "培训乡村医生", "新市"));
        }

        /** As many words as numbers under it is not more numbers than words: still the name column. */
        @Test
        void aColumnOfAsManyNumbersAsWordsStillNamesTheIndicators() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "事项", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80)
                    .row(2, 2026, 10, 5)
                    .grid();

            SubmissionSheet read = onlySheet(grid);

            assertThat(read.layout()).isEqualTo(Layout.WIDE);
            assertThat(read.values()).extracting(v -> v.source().cell(), SubmittedValue::indicatorLabel)
                    .containsExactly(tuple("C2", "新增城镇就业"), tuple("D2", "新增城镇就业"), tuple("C3", "2026"),
                            tuple("D3", "2026"));
        }

        /** More numbers than words under it: a value column of a place no alias knows, left of the townships. */
        @Test
        void aColumnOfMoreNumbersThanWordsLeftOfTheTownshipsHoldsValues() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "指标", "开发区", "归义", "新市")
                    .row(1, "新增城镇就业", 5, 100, 80)
                    .row(2, "培训乡村医生", "待定", 10, 5)
                    .row(3, "农村改厕", 7, 30, 20)
                    .grid();

            SubmissionSheet read = onlySheet(grid);

            assertThat(read.values()).filteredOn(v -> v.townshipLabel().equals("开发区"))
                    .extracting(v -> v.source().cell(), SubmittedValue::indicatorLabel, SubmittedValue::reading)
                    .containsExactly(tuple("C2", "新增城镇就业", number("5")),
                            tuple("C3", "培训乡村医生", new Reading.Text("待定")), tuple("C4", "农村改厕", number("7")));
        }
    }
    /** Which column numbers, states the unit of or names the department of a wide table's rows. */
    @Nested
    class WideAttributeColumns {

        @Test
        void aSecondNumberColumnDoesNotReplaceTheFirst() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "指标", "归义", "新市", "编号")
                    .row(1, "新增城镇就业", 100, 80, 11)
                    .row(2, "培训乡村医生", 10, 5, 12)
                    .grid();

            assertThat(onlySheet(grid).values()).extracting(v -> v.source().cell(), SubmittedValue::indicatorNo)
                    .containsExactly(tuple("C2", "1"), tuple("D2", "1"), tuple("C3", "2"), tuple("D3", "2"));
        }

        @Test
        void aSecondUnitColumnDoesNotReplaceTheFirst() {
            SheetGrid grid = sheet("Sheet1")
                    .row("单位", "指标", "归义", "新市", "计量单位")
                    .row("人", "新增城镇就业", 100, 80, "户")
                    .grid();

            assertThat(onlySheet(grid).values()).extracting(v -> v.source().cell(), SubmittedValue::unitText,
                    v -> v.unit().cell()).containsExactly(tuple("C2", "人", "A2"), tuple("D2", "人", "A2"));
        }

        @Test
        void takesTheDepartmentFromAColumnThatOpensTheTable() {
            SheetGrid grid = sheet("Sheet1")
                    .row("填报单位", "序号", "指标", "归义", "新市")
                    .row("市人社局", 1, "新增城镇就业", 100, 80)
                    .grid();

            Submission submission = parse(grid);

            assertThat(submission.declaredDepartment()).contains("市人社局");
            assertThat(submission.sheets().get(0).values()).extracting(v -> v.source().cell())
                    .containsExactly("D2", "E2");
        }
    }

    /** Rows of a wide table that name no indicator of their own. */
    @Nested
    class WideRows {

        /** A project name merged on into the township columns, without a 序号, heads the rows under it. */
        @Test
        void passesOverAHeadingMergedIntoTheValueColumnsWithoutANumber() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "指标", "归义", "新市")
                    .row(null, "就业创业").merge("B2:D2")
                    .row(1, "新增城镇就业", 100, 80)
                    .grid();

            assertThat(onlySheet(grid).values()).extracting(v -> v.source().cell(), SubmittedValue::indicatorLabel,
                    SubmittedValue::indicatorNo).containsExactly(tuple("C3", "新增城镇就业", "1"),
                    tuple("D3", "新增城镇就业", "1"));
        }

        /** A 序号 merged down over more than the indicator's own row is no indicator number. */
        @Test
        void takesNoIndicatorNumberFromANumberMergedOverTwoRows() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "指标", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80).merge("A2:A3")
                    .row()
                    .grid();

            SubmissionSheet read = onlySheet(grid);

            assertThat(read.values()).extracting(v -> v.source().cell(), SubmittedValue::indicatorNo)
                    .containsExactly(tuple("C2", ""), tuple("D2", ""));
            assertThat(read.unplaced()).isEmpty();
        }

        /** A blank row inside the table does not end it; a signature line starting in the second column does. */
        @Test
        void readsOnPastABlankRowAndStopsAtANoteThatStartsInALaterColumn() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "指标", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80)
                    .row()
                    .row(2, "培训乡村医生", 10, 5)
                    .row(null, "填表人：张三")
                    .row(3, "农村改厕", 30, 20)
                    .grid();

            SubmissionSheet read = onlySheet(grid);

            assertThat(read.values()).extracting(v -> v.source().cell(), SubmittedValue::indicatorLabel)
                    .containsExactly(tuple("C2", "新增城镇就业"), tuple("D2", "新增城镇就业"), tuple("C4", "培训乡村医生"),
                            tuple("D4", "培训乡村医生"));
            assertThat(read.unplaced()).isEmpty();
        }
    }

    /** Where a column's label comes from when its header cell is blank. */
    @Nested
    class ColumnLabels {

        /** A title merged across the table stands above the blank 序号 cell, but labels no column of it. */
        @Test
        void aTitleMergedAcrossTheTableLabelsNoColumnUnderIt() {
            SheetGrid grid = sheet("Sheet1")
                    .row("2026年民生实事任务分解表").merge("A1:D1")
                    .row(null, "指标", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80)
                    .row(2, "培训乡村医生", 10, 5)
                    .grid();

            SubmissionSheet read = onlySheet(grid);

            assertThat(read.values()).extracting(v -> v.source().cell(), SubmittedValue::townshipLabel)
                    .containsExactly(tuple("C3", "归义"), tuple("D3", "新市"), tuple("C4", "归义"), tuple("D4", "新市"));
            assertThat(read.unplaced()).isEmpty();
        }

        /** Only the two rows right above the header can label a blank header cell; a title further up cannot. */
        @Test
        void aTitleMoreThanTwoRowsAboveTheHeaderLabelsNoColumn() {
            SheetGrid grid = sheet("Sheet1")
                    .row("2026年民生实事任务分解表").merge("A1:E1")
                    .row()
                    .row()
                    .row("序号", "指标", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80, 5)
                    .grid();

            SubmissionSheet read = onlySheet(grid);

            assertThat(read.values()).extracting(v -> v.source().cell(), SubmittedValue::townshipLabel)
                    .containsExactly(tuple("C5", "归义"), tuple("D5", "新市"));
            assertThat(read.unplaced()).extracting(v -> v.source().cell(), SubmittedValue::townshipLabel,
                    SubmittedValue::reading).containsExactly(tuple("E5", "", number("5")));
        }
    }

    /** Which layout a sheet is read in when more than one header could be taken. */
    @Nested
    class LayoutChoice {

        /** A line naming two townships above a long table has no name column: the long table is read. */
        @Test
        void readsTheLongTableUnderALineThatNamesTwoTownships() {
            SheetGrid grid = sheet("Sheet1")
                    .row("责任乡镇", "归义", "新市")
                    .row("乡镇", "指标", "任务数")
                    .row("归义", "新增城镇就业", 100)
                    .row("新市", "新增城镇就业", 80)
                    .grid();

            SubmissionSheet read = onlySheet(grid);

            assertThat(read.layout()).isEqualTo(Layout.LONG);
            assertThat(read.header().cell()).isEqualTo("A2");
            assertThat(read.values()).extracting(v -> v.source().cell(), SubmittedValue::townshipLabel,
                    SubmittedValue::indicatorLabel, SubmittedValue::reading).containsExactly(
                    tuple("C3", "归义", "新增城镇就业", number("100")), tuple("C4", "新市", "新增城镇就业", number("80")));
        }
    }

    /** The transposed layout's number and unit rows and the columns around its township column. */
    @Nested
    class Transposed {

        @Test
        void readsANumberRowLabelledInTheTownshipColumn() {
            SheetGrid grid = sheet("报送")
                    .row("乡镇", "新增城镇就业", "农村改厕")
                    .row("序号", 1, 5)
                    .row("归义", 100, 30)
                    .row("新市", 80, 20)
                    .grid();

            SubmissionSheet read = onlySheet(grid);

            assertThat(read.layout()).isEqualTo(Layout.TRANSPOSED);
            assertThat(read.values()).extracting(v -> v.source().cell(), SubmittedValue::indicatorNo,
                    SubmittedValue::townshipLabel).containsExactly(tuple("B3", "1", "归义"), tuple("C3", "5", "归义"),
                    tuple("B4", "1", "新市"), tuple("C4", "5", "新市"));
        }

        /** A unit of six characters is still a unit; the row of them is no header. */
        @Test
        void takesAUnitOfSixCharactersForAUnit() {
            SheetGrid grid = sheet("报送")
                    .row("乡镇", "新增城镇就业", "污水处理能力")
                    .row(null, "人", "立方米/小时")
                    .row("归义", 100, 30)
                    .row("新市", 80, 20)
                    .grid();

            SubmissionSheet read = onlySheet(grid);

            assertThat(read.header().cell()).isEqualTo("A1");
            assertThat(read.values()).extracting(v -> v.source().cell(), SubmittedValue::indicatorLabel,
                    SubmittedValue::unitText).containsExactly(tuple("B3", "新增城镇就业", "人"),
                    tuple("C3", "污水处理能力", "立方米/小时"), tuple("B4", "新增城镇就业", "人"),
                    tuple("C4", "污水处理能力", "立方米/小时"));
        }

        /** An unlabelled column of row numbers left of the townships is no data. */
        @Test
        void leavesAnUnlabelledColumnLeftOfTheTownshipsOutOfTheData() {
            SheetGrid grid = sheet("报送")
                    .row(null, "乡镇", "新增城镇就业", "农村改厕")
                    .row(1, "归义", 100, 30)
                    .row(2, "新市", 80, 20)
                    .grid();

            SubmissionSheet read = onlySheet(grid);

            assertThat(read.values()).extracting(v -> v.source().cell()).containsExactly("C2", "D2", "C3", "D3");
            assertThat(read.unplaced()).isEmpty();
        }
    }

    /** The department a title names, and dates stored as date serials. */
    @Nested
    class DeclaredLines {

        private static final String TITLE = "某县人力资源和社会保障局2026年民生实事任务分解表";

        private SheetGrid titled(int blankRowsAbove, String... titleCells) {
            SubmissionGridFixture sheet = sheet("Sheet1");
            for (int i = 0; i < blankRowsAbove; i++) {
                sheet.row();
            }
            return sheet.row((Object[]) titleCells)
                    .row("序号", "指标", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80)
                    .grid();
        }

        @Test
        void aTitleNamingAUnitNamesTheDepartment() {
            assertThat(parse(titled(0, TITLE)).declaredDepartment()).contains(TITLE);
            assertThat(parse(titled(2, TITLE)).declaredDepartment()).contains(TITLE);
        }

        @Test
        void aTitleMergedAcrossTheTableNamesTheDepartment() {
            SheetGrid grid = sheet("Sheet1")
                    .row(TITLE).merge("A1:D1")
                    .row("序号", "指标", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80)
                    .grid();

            assertThat(parse(grid).declaredDepartment()).contains(TITLE);
        }

        /** Below the third row, beside other text, with a colon or without a unit word, a line is no title. */
        @Test
        void noOtherFirstLineNamesTheDepartment() {
            assertThat(parse(titled(3, TITLE)).declaredDepartment()).isEmpty();
            assertThat(parse(titled(0, TITLE, "2026年3月")).declaredDepartment()).isEmpty();
            assertThat(parse(titled(0, "报送：县人力资源和社会保障局")).declaredDepartment()).isEmpty();
            assertThat(parse(titled(0, "报送:县人力资源和社会保障局")).declaredDepartment()).isEmpty();
            assertThat(parse(titled(0, "2026年民生实事任务分解表")).declaredDepartment()).isEmpty();
        }

        /** A 填报单位 column names the department before the title does. */
        @Test
        void aDepartmentColumnComesBeforeTheTitle() {
            SheetGrid grid = sheet("Sheet1")
                    .row(TITLE)
                    .row("序号", "指标", "归义", "新市", "填报单位")
                    .row(1, "新增城镇就业", 100, 80, "市人社局")
                    .grid();

            assertThat(parse(grid).declaredDepartment()).contains("市人社局");
        }

        /** Date serials from 2000-01-01 (36526) to 2100-01-01 (73051) are dates; a number outside is none. */
        @Test
        void readsDateSerialsOfThisCenturyOnly() {
            assertThat(parse(dated(36526)).declaredDate()).contains(LocalDate.of(2000, 1, 1));
            assertThat(parse(dated(73051)).declaredDate()).contains(LocalDate.of(2100, 1, 1));
            assertThat(parse(dated(36525)).declaredDate()).isEmpty();
            assertThat(parse(dated(73052)).declaredDate()).isEmpty();
        }

        private SheetGrid dated(int serial) {
            return sheet("Sheet1")
                    .row("填报日期：", serial)
                    .row("序号", "指标", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80)
                    .grid();
        }
    }
    /** The first column of each kind a long header labels is the one read, wherever it stands. */
    @Nested
    class LongColumns {

        @Test
        void theFirstTownshipColumnIsRead() {
            SheetGrid grid = sheet("Sheet1")
                    .row("乡镇", "指标", "任务数", "所属乡镇")
                    .row("归义", "新增城镇就业", 100, "新市")
                    .grid();

            assertThat(onlySheet(grid).values()).extracting(v -> v.source().cell(), SubmittedValue::townshipLabel)
                    .containsExactly(tuple("C2", "归义"));
        }

        @Test
        void theFirstIndicatorColumnIsReadEvenInTheFirstColumn() {
            SheetGrid grid = sheet("Sheet1")
                    .row("指标", "乡镇", "任务数", "项目")
                    .row("新增城镇就业", "归义", 100, "就业创业")
                    .grid();

            SubmissionSheet read = onlySheet(grid);

            assertThat(read.layout()).isEqualTo(Layout.LONG);
            assertThat(read.values()).extracting(v -> v.source().cell(), SubmittedValue::indicatorLabel,
                    v -> v.label().cell()).containsExactly(tuple("C2", "新增城镇就业", "A2"));
        }

        @Test
        void theFirstIndicatorNumberColumnIsRead() {
            SheetGrid grid = sheet("Sheet1")
                    .row("指标序号", "乡镇", "指标", "任务数", "指标编号")
                    .row(13, "归义", "新增城镇就业", 100, 7)
                    .grid();

            assertThat(onlySheet(grid).values()).extracting(v -> v.source().cell(), SubmittedValue::indicatorNo)
                    .containsExactly(tuple("D2", "13"));
        }

        @Test
        void theFirstVillageColumnIsRead() {
            SheetGrid grid = sheet("Sheet1")
                    .row("村", "乡镇", "指标", "任务数", "社区")
                    .row("李家村", "归义", "农村改厕", 10, "王家社区")
                    .grid();

            assertThat(onlySheet(grid).values()).extracting(v -> v.source().cell(), SubmittedValue::village)
                    .containsExactly(tuple("D2", "李家村"));
        }

        @Test
        void theFirstUnitColumnIsRead() {
            SheetGrid grid = sheet("Sheet1")
                    .row("单位", "乡镇", "指标", "任务数", "计量单位")
                    .row("人", "归义", "新增城镇就业", 100, "户")
                    .grid();

            assertThat(onlySheet(grid).values()).extracting(v -> v.source().cell(), SubmittedValue::unitText,
                    v -> v.unit().cell()).containsExactly(tuple("D2", "人", "A2"));
        }

        /** Of two value columns alike, the first is read; a value column may open the table. */
        @Test
        void theFirstOfTwoValueColumnsAlikeIsRead() {
            SheetGrid twoAlike = sheet("Sheet1")
                    .row("乡镇", "指标", "任务数", "任务数")
                    .row("归义", "新增城镇就业", 100, 90)
                    .grid();
            SheetGrid valueFirst = sheet("Sheet1")
                    .row("任务数", "乡镇", "指标")
                    .row(100, "归义", "新增城镇就业")
                    .grid();

            assertThat(onlySheet(twoAlike).values()).extracting(v -> v.source().cell(), SubmittedValue::reading)
                    .containsExactly(tuple("C2", number("100")));
            assertThat(onlySheet(valueFirst).values()).extracting(v -> v.source().cell(), SubmittedValue::reading)
                    .containsExactly(tuple("A2", number("100")));
        }

        /** A title above the header is no data row; an unlabelled column just left of the values is no value. */
        @Test
        void readsNeitherTheTitleAboveNorAnUnlabelledColumnLeftOfTheValues() {
            SheetGrid grid = sheet("Sheet1")
                    .row("2026年任务分解表")
                    .row("乡镇", "指标", null, "任务数")
                    .row("归义", "新增城镇就业", "已摸底", 100)
                    .row("新市", "新增城镇就业", null, 80)
                    .grid();

            SubmissionSheet read = onlySheet(grid);

            assertThat(read.values()).extracting(v -> v.source().cell(), SubmittedValue::townshipLabel)
                    .containsExactly(tuple("D3", "归义"), tuple("D4", "新市"));
            assertThat(read.unplaced()).isEmpty();
        }
    }

    /** Rows that repeat the header, and labels of digits. */
    @Nested
    class RepeatedHeaders {

        /** Two of four labels repeated is a repeated header (a page break's, with the townships spelt out). */
        @Test
        void passesOverARowRepeatingHalfTheLabels() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "指标", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80)
                    .row("序号", "指标", "归义街道", "新市镇")
                    .row(2, "培训乡村医生", 10, 5)
                    .grid();

            SubmissionSheet read = onlySheet(grid);

            assertThat(read.values()).extracting(v -> v.source().cell()).containsExactly("C2", "D2", "C4", "D4");
            assertThat(read.unplaced()).isEmpty();
        }

        /**
         * A column labelled by digits holds numbers that are no repeated label (not a year: a column of another
         * year's figures is no township, see UnseenWordsTests).
         */
        @Test
        void readsNumbersUnderALabelOfDigits() {
            SheetGrid grid = sheet("Sheet1")
                    .row("序号", "指标", "归义", "新市", "88")
                    .row(1, "新增城镇就业", 100, 80, 170)
                    .grid();

            assertThat(onlySheet(grid).values()).extracting(v -> v.source().cell(), SubmittedValue::townshipLabel,
                    SubmittedValue::reading).containsExactly(tuple("C2", "归义", number("100")),
                    tuple("D2", "新市", number("80")), tuple("E2", "88", number("170")));
        }
    }

    /** Lines above the table: the department and unit lines split over cells, a date line that dates nothing. */
    @Nested
    class LinesAboveTheTable {

        @Test
        void theDepartmentEndsAtTheCellThatStatesIt() {
            SheetGrid grid = sheet("Sheet1")
                    .row("填报单位：县人社局", "2026年3月")
                    .row("序号", "指标", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80)
                    .grid();

            assertThat(parse(grid).declaredDepartment()).contains("县人社局");
        }

        @Test
        void aUnitLineInTheFirstColumnIsWhereTheUnitIsStated() {
            SheetGrid grid = sheet("Sheet1")
                    .row("单位：万元")
                    .row("序号", "指标", "归义", "新市")
                    .row(1, "农村公路建设", 1200, 800)
                    .grid();

            assertThat(onlySheet(grid).values()).extracting(v -> v.source().cell(), SubmittedValue::unitText,
                    v -> v.unit().cell()).containsExactly(tuple("C3", "万元", "A1"), tuple("D3", "万元", "A1"));
        }

        /** A 日期 in a sentence is no date label: the number after the next cell is no date. */
        @Test
        void takesNoDateSerialAfterACellThatIsNoDateLabel() {
            SheetGrid grid = sheet("Sheet1")
                    .row("截至日期：3月底", "累计人数", 45000)
                    .row("序号", "指标", "归义", "新市")
                    .row(1, "新增城镇就业", 100, 80)
                    .grid();

            assertThat(parse(grid).declaredDate()).isEmpty();
        }
    }
}

package cn.minsheng.recon.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.sample.OfficialLayout;
import cn.minsheng.recon.sample.OfficialWorkbooks;
import cn.minsheng.recon.sample.PlanFixture;
import cn.minsheng.recon.sample.SampleSubmissions;
import cn.minsheng.recon.sample.SubmissionWorkbooks;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Options;
import cn.minsheng.recon.testing.SmallWorkbook;
import cn.minsheng.recon.testing.SmallWorkbook.Pct;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record-stream .xls reader behind {@link WorkbookReader} gives, cell by cell and region by region, the
 * grids {@link PoiSheetReader} gives — on every .xls the project has or its sample generators write, and on
 * workbooks written here with POI's HSSF, some of them rewritten into the records only Excel writes (RK, MULRK,
 * MULBLANK, LABEL).
 */
class XlsReaderEquivalenceTests {


    private final PoiSheetReader poi = new PoiSheetReader(ReadLimits.defaults().maxFileBytes(),
            ReadLimits.defaults().maxCells());
    private final WorkbookReader records = new WorkbookReader(ReadLimits.defaults());

    @TempDir
    Path work;

    @Test
    void readsTheCommittedInputsAlike() throws IOException {
        List<Path> files = xlsIn(Path.of("input/submissions/2026-03"));

        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        files.forEach(this::assertSameGrids);
    }

    @Test
    void readsTheSampleMonthAlike() throws IOException {
        SampleSubmissions.writeTo(work.resolve("month"));

        List<Path> files = xlsIn(work.resolve("month"));

        assertThat(files).isNotEmpty();
        files.forEach(this::assertSameGrids);
    }

    @Test
    void readsTheOfficialTablesOfEveryLayoutAlike() throws IOException {
        for (OfficialLayout layout : OfficialLayout.values()) {
            for (PlanFixture plan : List.of(PlanFixture.miluo(), PlanFixture.sampleCounty())) {
                Path dir = work.resolve(layout + "-" + plan.hashCode());
                OfficialWorkbooks.writeSeparate(dir, plan, layout, true);
                OfficialWorkbooks.writeCombined(dir.resolve("官方表.xls"), plan, layout, true);
                List<Path> files = xlsIn(dir);
                assertThat(files).hasSize(3);
                files.forEach(this::assertSameGrids);
            }
        }
    }

    @Test
    void readsSubmissionsOfEveryLayoutAndOptionAlike() throws IOException {
        int written = 0;
        for (SubmissionVariants.Variant variant : SubmissionVariants.all(Options::withXls, true)) {
            Path file = work.resolve(variant.layout() + "-" + variant.index() + ".xls");
            SubmissionWorkbooks.write(file, variant.report(), variant.options());
            assertSameGrids(file);
            BiffRecords.rewrite(file, "内联");
            assertSameGrids(file);
            written++;
        }
        assertThat(written).isGreaterThan(3 * 6);
    }

    /**
     * What the generators never write: rich strings, numbers Excel stores with 17 digits, percent formats
     * (built-in and custom), a date, booleans, errors, formulas caching a number, a text, an empty text, a boolean or
     * an error, blank styled cells, a row record without cells, gaps, regions merged beyond the cells, a hidden, a
     * very hidden and an empty sheet.
     */
    @Test
    void readsEveryKindOfCellAlike() throws Exception {
        Path file = edgeWorkbook(work.resolve("edges.xls"));

        assertSameGrids(file);
        List<SheetGrid> grids = records.read(file);
        assertThat(grids).extracting(SheetGrid::sheet).containsExactly("边界", "隐藏", "深度隐藏", "空");
        SheetGrid edges = grids.get(0);
        assertThat(edges.raw(0, 2).text()).isEqualTo("富文本");
        assertThat(edges.raw(2, 0).text()).isEqualTo("1.1");
        assertThat(edges.raw(2, 2).text()).isEqualTo("90");
        assertThat(edges.raw(2, 3).number()).isEqualByComparingTo("12.5");
        assertThat(edges.raw(4, 0)).isEqualTo(SheetCell.number(new BigDecimal("1.4")));
        assertThat(edges.raw(4, 1).text()).isEqualTo("ab");
        assertThat(edges.raw(4, 3).kind()).isEqualTo(SheetCell.Kind.ERROR);
        assertThat(edges.rowCount()).isEqualTo(12);
    }

    /** A text or number that recurs down a sheet is one cell held once, but never across number formats. */
    @Test
    void readsARecurringNumberByTheFormatOfEachCell() throws Exception {
        SmallWorkbook workbook = new SmallWorkbook();
        workbook.sheet("村")
                .row("白沙村", 0.9, new Pct(0.9))
                .row("白沙村", new Pct(0.9), 0.9)
                .row("白沙村", 0.9, new Pct(0.9));
        Path file = workbook.write(work.resolve("recurring.xls"));

        assertSameGrids(file);
        SheetGrid grid = records.read(file).get(0);
        assertThat(List.of(grid.text(0, 1), grid.text(0, 2), grid.text(1, 1), grid.text(1, 2)))
                .containsExactly("0.9", "90", "90", "0.9");
        assertThat(grid.raw(1, 1)).isSameAs(grid.raw(0, 2));
        assertThat(grid.raw(2, 0)).isSameAs(grid.raw(0, 0));
    }

    /** The same workbook with its numbers as RK and MULRK, its blanks as MULBLANK and one inline LABEL. */
    @Test
    void readsTheRecordsOnlyExcelWritesAlike() throws Exception {
        Path file = edgeWorkbook(work.resolve("excel-records.xls"));
        BiffRecords.rewrite(file, "内联标签");

        assertSameGrids(file);
        SheetGrid edges = records.read(file).get(0);
        assertThat(edges.raw(0, 7).text()).isEqualTo("内联标签");
        assertThat(edges.raw(5, 0).text()).isEqualTo("1");
        assertThat(edges.raw(5, 2).text()).isEqualTo("3");
        assertThat(edges.raw(5, 3).text()).isEqualTo("0.25");
        assertThat(edges.raw(5, 4).text()).isEqualTo("-7");
    }

    /** A chart embedded in a sheet and a Visual Basic module are no sheets; a chart sheet is one, as in POI. */
    @Test
    void takesTheSubstreamsPoiTakesForSheets() throws Exception {
        Path file = edgeWorkbook(work.resolve("substreams.xls"));
        BiffRecords.replaceStream(file, stream -> BiffRecords.withSubstreams(stream, "图表"));

        assertSameGrids(file);
        List<SheetGrid> grids = records.read(file);
        assertThat(grids).extracting(SheetGrid::sheet).containsExactly("边界", "隐藏", "深度隐藏", "空", "图表");
        assertThat(grids.get(0).raw(0, 0).text()).isEqualTo("标题");
    }

    @Test
    void refusesTooManyCellsWithTheSameReason() throws Exception {
        Path file = edgeWorkbook(work.resolve("budget.xls"));

        for (long cells : List.of(5L, 30L, 60L, 100L)) {
            ReadLimits small = new ReadLimits(50L << 20, 500L << 20, 100, cells,
                    ReadLimits.defaults().timeout());
            assertThat(GridOutcome.of(() -> new WorkbookReader(small).read(file))).as(cells + " cells")
                    .isEqualTo(GridOutcome.of(() -> new PoiSheetReader(small.maxFileBytes(), small.maxCells())
                            .read(file)));
        }
    }

    /**
     * A Workbook stream cut off inside a record, one whose records run on past the stream's end, and sheets without
     * their WINDOW2 record, with cells or without.
     */
    @Test
    void refusesACorruptWorkbookStreamAsPoiDoes() throws Exception {
        Path cut = edgeWorkbook(work.resolve("cut.xls"));
        BiffRecords.replaceStream(cut, stream -> Arrays.copyOf(stream, stream.length * 2 / 3));
        Path overrun = edgeWorkbook(work.resolve("overrun.xls"));
        BiffRecords.replaceStream(overrun, stream -> {
            byte[] changed = stream.clone();
            Arrays.fill(changed, changed.length / 2, changed.length / 2 + 40, (byte) 0x7F);
            return changed;
        });

        Path windowless = edgeWorkbook(work.resolve("windowless.xls"));
        BiffRecords.replaceStream(windowless, BiffRecords::withoutWindows);
        SmallWorkbook empty = new SmallWorkbook();
        empty.sheet("空");
        Path emptyWindowless = empty.write(work.resolve("empty-windowless.xls"));
        BiffRecords.replaceStream(emptyWindowless, BiffRecords::withoutWindows);

        for (Path file : List.of(cut, overrun, windowless, emptyWindowless)) {
            assertThat(GridOutcome.of(() -> records.read(file))).as(file.getFileName().toString())
                    .startsWith("不可读：").isEqualTo(GridOutcome.of(() -> poi.read(file)));
        }
    }

    // ---- comparing ------------------------------------------------------------------------------------------

    private void assertSameGrids(Path file) {
        GridOutcome.assertReadAlike(file, poi, records);
    }

    // ---- workbooks ------------------------------------------------------------------------------------------

    private static List<Path> xlsIn(Path folder) throws IOException {
        return GridOutcome.filesIn(folder, ".xls");
    }

    private static Path edgeWorkbook(Path file) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat((short) 9);
            CellStyle tenths = workbook.createCellStyle();
            tenths.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat((short) 14);
            CellStyle custom = workbook.createCellStyle();
            custom.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00\"万元\""));

            Sheet sheet = workbook.createSheet("边界");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("标题");
            HSSFRichTextString rich = new HSSFRichTextString("富文本");
            rich.applyFont(1, 3, workbook.createFont());
            title.createCell(2).setCellValue(rich);
            sheet.createRow(1).createCell(0).setCellValue("第一行\r第二行");

            Row numbers = sheet.createRow(2);
            numbers.createCell(0).setCellValue(1.1000000000000001);
            numbers.createCell(1).setCellValue(0.30000000000000004);
            numbers.createCell(2).setCellValue(0.9);
            numbers.getCell(2).setCellStyle(percent);
            numbers.createCell(3).setCellValue(0.125);
            numbers.getCell(3).setCellStyle(tenths);
            numbers.createCell(4).setCellValue(46100);
            numbers.getCell(4).setCellStyle(date);
            numbers.createCell(5).setCellValue(1E-3);
            numbers.createCell(6).setCellValue(12345678901234567890.0);
            numbers.createCell(7).setCellValue(-0.0);
            numbers.createCell(8).setCellValue(1234.5);
            numbers.getCell(8).setCellStyle(custom);

            Row kinds = sheet.createRow(3);
            kinds.createCell(0).setCellValue(true);
            kinds.createCell(1).setCellValue(false);
            kinds.createCell(2).setCellErrorValue(FormulaError.NA.getCode());
            kinds.createCell(3).setCellValue("文字");
            kinds.createCell(4).setCellValue("   ");

            Row formulas = sheet.createRow(4);
            formulas.createCell(0).setCellFormula("SUM(A3:B3)");
            formulas.getCell(0).setCellValue(1.4);
            formulas.createCell(1).setCellFormula("\"a\"&\"b\"");
            formulas.getCell(1).setCellValue("ab");
            formulas.createCell(2).setCellFormula("IF(A1=\"\",\"\",\"\")");
            formulas.getCell(2).setCellValue("");
            formulas.createCell(3).setCellFormula("1/0");
            formulas.getCell(3).setCellErrorValue(FormulaError.DIV0.getCode());
            formulas.createCell(4).setCellFormula("A3>1");
            formulas.getCell(4).setCellValue(true);
            formulas.createCell(5).setCellFormula("C3");
            formulas.getCell(5).setCellValue(0.9);
            formulas.getCell(5).setCellStyle(percent);

            Row integers = sheet.createRow(5);
            integers.createCell(0).setCellValue(1);
            integers.createCell(1).setCellValue(2);
            integers.createCell(2).setCellValue(3);
            integers.createCell(3).setCellValue(0.25);
            integers.createCell(4).setCellValue(-7);
            integers.createCell(6).setCellValue(0.5);
            integers.getCell(6).setCellStyle(percent);

            Row blanks = sheet.createRow(7);
            blanks.createCell(1).setCellValue("空白");
            blanks.createCell(3).setCellStyle(percent);
            blanks.createCell(4).setCellStyle(percent);
            blanks.createCell(5).setCellStyle(date);
            blanks.createCell(9).setCellStyle(percent);
            sheet.createRow(8).createCell(0).setCellValue("下一行");
            Row hidden = sheet.createRow(9);
            hidden.createCell(0).setCellValue(7);
            hidden.setZeroHeight(true);
            sheet.createRow(11).setHeightInPoints(30);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 2, 4));
            sheet.addMergedRegion(new CellRangeAddress(10, 19, 0, 2));
            sheet.addMergedRegion(new CellRangeAddress(29, 30, 0, 1));

            workbook.createSheet("隐藏").createRow(1).createCell(1).setCellValue(5);
            workbook.setSheetHidden(1, true);
            workbook.createSheet("深度隐藏").createRow(0).createCell(0).setCellValue("秘密");
            workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
            workbook.createSheet("空");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }
}

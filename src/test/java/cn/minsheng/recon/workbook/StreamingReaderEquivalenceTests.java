package cn.minsheng.recon.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.sample.OfficialLayout;
import cn.minsheng.recon.sample.OfficialWorkbooks;
import cn.minsheng.recon.sample.PlanFixture;
import cn.minsheng.recon.sample.SampleSubmissions;
import cn.minsheng.recon.sample.SubmissionWorkbooks;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming .xlsx reader behind {@link WorkbookReader} gives, cell by cell and region by region, the grids
 * {@link PoiSheetReader} gives — on every .xlsx the project has or its sample generators write, and on workbooks
 * written here for the cells those never hold.
 */
class StreamingReaderEquivalenceTests {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final PoiSheetReader poi = new PoiSheetReader(ReadLimits.defaults().maxFileBytes(),
            ReadLimits.defaults().maxCells());
    private final WorkbookReader streaming = new WorkbookReader(ReadLimits.defaults());

    @TempDir
    Path work;

    @Test
    void readsTheCommittedInputsAlike() throws IOException {
        List<Path> files = xlsxIn(Path.of("input/submissions/2026-03"));
        files.addAll(xlsxIn(Path.of("input/official")));

        assertThat(files).hasSizeGreaterThan(8);
        files.forEach(this::assertSameGrids);
    }

    @Test
    void readsTheSampleMonthAlike() throws IOException {
        SampleSubmissions.writeTo(work.resolve("month"));

        List<Path> files = xlsxIn(work.resolve("month"));

        assertThat(files).hasSizeGreaterThan(5);
        files.forEach(this::assertSameGrids);
    }

    @Test
    void readsTheOfficialTablesOfEveryLayoutAlike() throws IOException {
        for (OfficialLayout layout : OfficialLayout.values()) {
            for (PlanFixture plan : List.of(PlanFixture.miluo(), PlanFixture.sampleCounty())) {
                Path dir = work.resolve(layout + "-" + plan.hashCode());
                OfficialWorkbooks.writeSeparate(dir, plan, layout, false);
                xlsxIn(dir).forEach(this::assertSameGrids);
            }
        }
    }

    @Test
    void readsSubmissionsOfEveryLayoutAndOptionAlike() {
        int written = 0;
        for (SubmissionVariants.Variant variant : SubmissionVariants.all(UnaryOperator.identity(), false)) {
            Path file = work.resolve(variant.layout() + "-" + variant.index() + ".xlsx");
            SubmissionWorkbooks.write(file, variant.report(), variant.options());
            assertSameGrids(file);
            written++;
        }
        assertThat(written).isEqualTo(3 * 8 + 2 * 2 + 1);
    }

    /**
     * What the generators never write: rich and inline strings, phonetic runs, an escaped carriage return, numbers
     * Excel stores with 17 digits, percent formats (built-in and custom), booleans, errors, formulas caching a
     * number, a text, an empty text, a boolean or an error, a formula caching nothing, blank styled cells, gaps,
     * a trailing empty row, regions merged beyond the cells, a hidden and a very hidden sheet.
     */
    @Test
    void readsEveryKindOfCellAlike() throws Exception {
        Path file = edgeWorkbook(work.resolve("edges.xlsx"), """
                <sheetData>
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>
                <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is><t>内联</t></is></c>\
                <c r="C2" t="inlineStr"><is><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r></is></c></row>
                <row r="3"><c r="A3"><v>1.1000000000000001</v></c><c r="B3"><v>0.30000000000000004</v></c>\
                <c r="C3" s="1"><v>0.9</v></c><c r="D3" s="2"><v>0.125</v></c><c r="E3" s="3"><v>46100</v></c>\
                <c r="F3"><v>1E-3</v></c><c r="G3"><v>12345678901234567890</v></c><c r="H3"><v>-0</v></c></row>
                <row r="4"><c r="A4" t="b"><v>1</v></c><c r="B4" t="b"><v>0</v></c><c r="C4" t="e"><v>#N/A</v></c>\
                <c r="D4" t="str"><v>文字</v></c></row>
                <row r="5"><c r="A5"><f>SUM(A3:B3)</f><v>1.4</v></c><c r="B5"><f>A3*2</f></c>\
                <c r="C5" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D5" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>\
                <c r="E5" t="str"><f>IF(A1="","",A1)</f><v></v></c><c r="F5" t="b"><f>A3&gt;1</f><v>1</v></c>\
                <c r="G5" s="1"><f>C3</f><v>0.9</v></c></row>
                <row r="7"/>
                <row r="8"><c r="B8" t="s"><v>3</v></c><c r="D8"/><c r="E8" s="1"/></row>
                <row r="9"><c r="A9" t="s"><v>4</v></c></row>
                <row r="10" hidden="1"><c r="A10"><v>7</v></c></row>
                <row r="12"/>
                </sheetData>
                <mergeCells count="4"><mergeCell ref="A1:B1"/><mergeCell ref="C1:E2"/>\
                <mergeCell ref="A11:C20"/><mergeCell ref="A30:B31"/></mergeCells>""");

        assertSameGrids(file);
        List<SheetGrid> grids = streaming.read(file);
        assertThat(grids).extracting(SheetGrid::sheet).containsExactly("边界", "隐藏", "深度隐藏");
        SheetGrid edges = grids.get(0);
        assertThat(edges.raw(1, 0).text()).isEqualTo("第一行\r第二行");
        assertThat(edges.raw(0, 2).text()).isEqualTo("富文本");
        assertThat(edges.raw(2, 0).text()).isEqualTo("1.1");
        assertThat(edges.raw(2, 2).text()).isEqualTo("90");
        assertThat(edges.raw(4, 1)).isEqualTo(new SheetCell(SheetCell.Kind.FORMULA_NO_VALUE, null, "A3*2"));
        assertThat(edges.raw(4, 2).kind()).isEqualTo(SheetCell.Kind.ERROR);
        assertThat(edges.rowCount()).isEqualTo(12);
    }

    /** Excel writes a filled-down formula once, shared by the cells below; fastexcel-reader rebuilds each one. */
    @Test
    void readsSharedAndArrayFormulasAlike() throws Exception {
        Path file = edgeWorkbook(work.resolve("shared.xlsx"), """
                <sheetData>
                <row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>\
                <c r="C1"><f t="shared" ref="C1:C4" si="0">A1+B1</f><v>3</v></c>\
                <c r="D1"><f t="array" ref="D1:D2">A1:A2*2</f><v>2</v></c></row>
                <row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>4</v></c><c r="C2"><f t="shared" si="0"/><v>7</v></c>\
                <c r="D2"><v>6</v></c></row>
                <row r="3"><c r="A3"><v>5</v></c><c r="B3"><v>6</v></c><c r="C3"><f t="shared" si="0"/></c></row>
                <row r="4"><c r="C4" t="e"><f t="shared" si="0"/><v>#VALUE!</v></c></row>
                </sheetData>""");

        assertSameGrids(file);
        assertThat(streaming.read(file).get(0).raw(2, 2))
                .isEqualTo(new SheetCell(SheetCell.Kind.FORMULA_NO_VALUE, null, "A3+B3"));
    }

    /** Some exporters write neither row nor cell references: both readers count them from the previous one. */
    @Test
    void readsRowsAndCellsWithoutReferencesAlike() throws IOException {
        Path file = edgeWorkbook(work.resolve("no-refs.xlsx"), """
                <sheetData><row><c t="s"><v>0</v></c><c><v>1</v></c></row><row><c><v>2</v></c>\
                <c t="s"><v>3</v></c></row><row r="5"><c r="B5"><v>3</v></c><c><v>4</v></c></row>\
                <row><c><v>5</v></c></row></sheetData>""");

        assertSameGrids(file);
    }

    @Test
    void refusesTheSameWorkbooksWithTheSameReasons() throws IOException {
        StringBuilder wide = new StringBuilder("<sheetData>");
        for (int r = 1; r <= 100; r++) {
            wide.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>1</v></c><c r=\"XFD")
                    .append(r).append("\"><v>2</v></c></row>");
        }
        String overBudget = wide + "</sheetData>";
        String overBudgetThenBeyond = wide + "<row r=\"2000000\"><c r=\"A2000000\"><v>1</v></c></row></sheetData>";
        List<Path> files = List.of(
                edgeWorkbook(work.resolve("column.xlsx"),
                        "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"BDWGN1\"><v>2</v></c></row>"
                                + "</sheetData>"),
                edgeWorkbook(work.resolve("row.xlsx"), "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                        + "<row r=\"5000000\"><c r=\"A5000000\"><v>2</v></c></row></sheetData>"),
                edgeWorkbook(work.resolve("budget.xlsx"), overBudget),
                edgeWorkbook(work.resolve("budget-then-row.xlsx"), overBudgetThenBeyond));
        ReadLimits small = new ReadLimits(50L << 20, 500L << 20, 100, 100_000,
                ReadLimits.defaults().timeout());

        for (Path file : files) {
            assertThat(GridOutcome.of(() -> new WorkbookReader(small).read(file)))
                    .as(file.getFileName().toString())
                    .isEqualTo(GridOutcome.of(() -> new PoiSheetReader(small.maxFileBytes(), small.maxCells())
                            .read(file)))
                    .startsWith("不可读：");
        }
    }

    // ---- comparing ------------------------------------------------------------------------------------------

    private void assertSameGrids(Path file) {
        GridOutcome.assertReadAlike(file, poi, streaming);
    }

    // ---- workbooks ------------------------------------------------------------------------------------------

    private static List<Path> xlsxIn(Path folder) throws IOException {
        return GridOutcome.filesIn(folder, ".xlsx");
    }

    /**
     * A POI-written workbook with styles 1 (built-in 0%), 2 (custom 0.0%) and 3 (a date), a hidden and a very
     * hidden sheet, whose first sheet and shared strings are replaced by the given sheet data and five strings.
     */
    private static Path edgeWorkbook(Path file, String sheetData) throws IOException {
        Path base = file.resolveSibling("base-" + file.getFileName());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("边界").createRow(0).createCell(0).setCellValue("x");
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat((short) 9);
            CellStyle tenths = workbook.createCellStyle();
            tenths.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat((short) 14);
            workbook.createSheet("隐藏").createRow(1).createCell(1).setCellValue(5);
            workbook.setSheetHidden(1, true);
            workbook.createSheet("深度隐藏").createRow(0).createCell(0).setCellValue("秘密");
            workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
            try (OutputStream out = Files.newOutputStream(base)) {
                workbook.write(out);
            }
        }
        String sheet = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="%s">%s</worksheet>""".formatted(MAIN_NS, sheetData);
        String strings = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <sst xmlns="%s" count="5" uniqueCount="5"><si><t>标题</t></si>\
                <si><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r><rPh sb="0" eb="1"><t>フ</t></rPh></si>\
                <si><t>第一行_x000D_第二行</t></si><si><t xml:space="preserve"> 前后空格 </t></si>\
                <si><t xml:space="preserve">   </t></si></sst>""".formatted(MAIN_NS);
        Map<String, String> replaced = Map.of("xl/worksheets/sheet1.xml", sheet, "xl/sharedStrings.xml", strings);
        try (ZipFile source = new ZipFile(base.toFile());
             ZipOutputStream target = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Enumeration<? extends ZipEntry> e = source.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                target.putNextEntry(new ZipEntry(entry.getName()));
                if (replaced.containsKey(entry.getName())) {
                    target.write(replaced.get(entry.getName()).strip().getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream in = source.getInputStream(entry)) {
                        in.transferTo(target);
                    }
                }
            }
        }
        return file;
    }
}

package cn.minsheng.recon.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .xlsx reader on packages written here part by part, by hand: each test asserts the cells it reads and that
 * POI's usermodel reads the very same grid.
 */
class XlsxSheetReaderTests {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @TempDir
    Path work;

    private final WorkbookReader reader = new WorkbookReader(ReadLimits.defaults());

    @Nested
    class RowsAndCells {

        @Test
        void placesRowsAndCellsWithoutAReferenceAfterThePreviousOne() throws Exception {
            SheetGrid grid = read(sheet("""
                    <sheetData><row><c t="inlineStr"><is><t>甲</t></is></c><c><v>1</v></c></row>\
                    <row r="4"><c r="C4"><v>2</v></c><c><v>3</v></c></row>\
                    <row><c><v>4</v></c><c r="c5"><v>5</v></c></row></sheetData>"""));

            assertThat(grid.rowCount()).isEqualTo(5);
            assertThat(grid.text(0, 0)).isEqualTo("甲");
            assertThat(grid.text(0, 1)).isEqualTo("1");
            assertThat(grid.raw(1, 0).isBlank()).isTrue();
            assertThat(grid.text(3, 2)).isEqualTo("2");
            assertThat(grid.text(3, 3)).isEqualTo("3");
            assertThat(grid.text(4, 0)).isEqualTo("4");
            assertThat(grid.text(4, 2)).isEqualTo("5");
        }

        /** A cell's reference names its column; its row is the row it stands in, as in POI. */
        @Test
        void takesOnlyTheColumnOfACellReference() throws Exception {
            SheetGrid grid = read(sheet("""
                    <sheetData><row r="2"><c r="B7"><v>1</v></c><c r="$D$2"><v>2</v></c></row></sheetData>"""));

            assertThat(grid.rowCount()).isEqualTo(2);
            assertThat(grid.text(1, 1)).isEqualTo("1");
            assertThat(grid.text(1, 3)).isEqualTo("2");
        }

        /** Other namespaces may use the same local names outside the sheet data: only SpreadsheetML's count. */
        @Test
        void readsOnlyTheRowsOfTheSheetData() throws Exception {
            SheetGrid grid = read(sheet("""
                    <sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>\
                    <extLst><ext uri="{x}" xmlns:o="urn:other"><o:row><o:c><o:v>9</o:v></o:c></o:row></ext></extLst>"""));

            assertThat(grid.rowCount()).isEqualTo(1);
            assertThat(grid.width()).isEqualTo(1);
        }
    }

    @Nested
    class Strings {

        @Test
        void joinsTheRunsOfRichTextAndLeavesOutPhoneticRuns() throws Exception {
            Path file = xlsx(Map.of("xl/sharedStrings.xml", """
                    <sst xmlns="%s"><si><r><t>富</t></r><r><rPr><b/></rPr><t xml:space="preserve">文 本</t></r>\
                    <rPh sb="0" eb="1"><t>フ</t></rPh></si>\
                    <si><t>东京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>\
                    <si><t>第一行_x000D_第二行</t></si></sst>""".formatted(MAIN_NS)), sheet("""
                    <sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>\
                    <c r="C1" t="s"><v>2</v></c></row></sheetData>"""));

            SheetGrid grid = readAlike(file);

            assertThat(grid.text(0, 0)).isEqualTo("富文 本");
            assertThat(grid.text(0, 1)).isEqualTo("东京");
            assertThat(grid.text(0, 2)).isEqualTo("第一行\r第二行");
        }

        @Test
        void readsInlineStringsLikeSharedOnes() throws Exception {
            SheetGrid grid = read(sheet("""
                    <sheetData><row r="1"><c r="A1" t="inlineStr"><is><r><t>内</t></r><r><t>联</t></r>\
                    <rPh sb="0" eb="1"><t>ナイ</t></rPh></is></c>\
                    <c r="B1" t="inlineStr"><is><t>制表_x0009_符</t></is></c>\
                    <c r="C1" t="str"><v>文字</v></c><c r="D1" t="inlineStr"/></row></sheetData>"""));

            assertThat(grid.text(0, 0)).isEqualTo("内联");
            assertThat(grid.text(0, 1)).isEqualTo("制表\t符");
            assertThat(grid.text(0, 2)).isEqualTo("文字");
            assertThat(grid.raw(0, 3).isBlank()).isTrue();
        }
    }

    @Nested
    class Formulas {

        @Test
        void marksAFormulaWithoutCachedValue() throws Exception {
            SheetGrid grid = read(sheet("""
                    <sheetData><row r="1"><c r="A1"><v>2</v></c><c r="B1"><f>A1*3</f></c>\
                    <c r="C1"><f>A1*4</f><v>8</v></c><c r="D1" t="str"><f>"x"&amp;A1</f><v>x2</v></c>\
                    <c r="E1" t="b"><f>A1&gt;1</f><v>1</v></c><c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c>\
                    <c r="G1"><f>A1-2</f><v></v></c></row></sheetData>"""));

            assertThat(grid.raw(0, 1)).isEqualTo(new SheetCell(SheetCell.Kind.FORMULA_NO_VALUE, null, "A1*3"));
            assertThat(grid.raw(0, 2)).isEqualTo(SheetCell.number(new BigDecimal("8")));
            assertThat(grid.text(0, 3)).isEqualTo("x2");
            assertThat(grid.text(0, 4)).isEqualTo("true");
            assertThat(grid.raw(0, 5).kind()).isEqualTo(SheetCell.Kind.ERROR);
            assertThat(grid.raw(0, 6)).isEqualTo(SheetCell.number(BigDecimal.ZERO));
        }

        /** Without a cached value, a filled-down or array formula is shown by the formula of its own cell. */
        @Test
        void showsSharedAndArrayFormulasWithoutValueByTheirOwnCellsFormula() throws Exception {
            SheetGrid grid = read(sheet("""
                    <sheetData>
                    <row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">SUM($B$1:B1)+LOG10(C1)</f></c>\
                    <c r="D1"><f t="array" ref="D1:D2">B1:B2*2</f></c></row>
                    <row r="2"><c r="A2"><f t="shared" si="0"/></c><c r="D2"/></row>
                    <row r="3"><c r="A3"><f t="shared" si="0"/><v>7</v></c></row>
                    </sheetData>"""));

            assertThat(grid.raw(1, 0).text()).isEqualTo("SUM($B$1:B2)+LOG10(C2)");
            assertThat(grid.raw(1, 0).kind()).isEqualTo(SheetCell.Kind.FORMULA_NO_VALUE);
            assertThat(grid.raw(1, 3)).isEqualTo(new SheetCell(SheetCell.Kind.FORMULA_NO_VALUE, null, "B1:B2*2"));
            assertThat(grid.text(2, 0)).isEqualTo("7");
        }

        /** A what-if data table's cells hold values; POI does not take its formula for theirs. */
        @Test
        void readsTheCellsOfADataTableAsValues() throws Exception {
            SheetGrid grid = read(sheet("""
                    <sheetData><row r="1"><c r="A1"><f t="dataTable" ref="A1:A1" dt2D="0" dtr="0" r1="B1"/>\
                    <v>5</v></c><c r="B1"><f t="dataTable" ref="B1:B1" dt2D="0" dtr="0" r1="C1"/></c></row></sheetData>"""));

            assertThat(grid.text(0, 0)).isEqualTo("5");
            assertThat(grid.raw(0, 1).isBlank()).isTrue();
        }
    }

    @Nested
    class NumberFormats {

        /**
         * Styles: 0 the default, 1 a custom 0.0%, 2 the built-in 0%, 3 a date, 4 a format id only a differential
         * format defines; the cell style list (cellStyleXfs) and the differential formats must not count.
         */
        private static final String STYLES = """
                <styleSheet xmlns="%s">
                <numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%%"/></numFmts>
                <fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>
                <cellStyleXfs count="2"><xf numFmtId="9"/><xf numFmtId="9"/></cellStyleXfs>
                <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="9"/>\
                <xf numFmtId="14"/><xf numFmtId="165"/></cellXfs>
                <dxfs count="1"><dxf><numFmt numFmtId="165" formatCode="0%%"/></dxf></dxfs>
                </styleSheet>""".formatted(MAIN_NS);

        @Test
        void showsPercentFormattedNumbersAsPercents() throws Exception {
            Path file = xlsx(Map.of("xl/styles.xml", STYLES), sheet("""
                    <sheetData><row r="1"><c r="A1"><v>0.25</v></c><c r="B1" s="1"><v>0.125</v></c>\
                    <c r="C1" s="2"><v>0.9</v></c><c r="D1" s="3"><v>46100</v></c><c r="E1" s="4"><v>0.5</v></c>\
                    <c r="F1" s="7"><v>0.5</v></c></row></sheetData>"""));

            SheetGrid grid = readAlike(file);

            assertThat(grid.text(0, 0)).isEqualTo("0.25");
            assertThat(grid.text(0, 1)).isEqualTo("12.5");
            assertThat(grid.text(0, 2)).isEqualTo("90");
            assertThat(grid.text(0, 3)).isEqualTo("46100");
            assertThat(grid.text(0, 4)).isEqualTo("0.5");
            assertThat(grid.text(0, 5)).isEqualTo("0.5");
        }

        /** A number or text that recurs down a sheet is one cell held once, but never across number formats. */
        @Test
        void readsARecurringNumberByTheFormatOfEachCell() throws Exception {
            Path file = xlsx(Map.of("xl/styles.xml", STYLES), sheet("""
                    <sheetData><row r="1"><c r="A1"><v>0.9</v></c><c r="B1" s="2"><v>0.9</v></c>                    <c r="C1" t="inlineStr"><is><t>白沙村</t></is></c></row>                    <row r="2"><c r="A2" s="2"><v>0.9</v></c><c r="B2"><v>0.9</v></c>                    <c r="C2" t="inlineStr"><is><t>白沙村</t></is></c></row>                    <row r="3"><c r="A3"><v>0.90</v></c><c r="B3" s="2"><v>0.9</v></c></row></sheetData>"""));

            SheetGrid grid = readAlike(file);

            assertThat(List.of(grid.text(0, 0), grid.text(0, 1), grid.text(1, 0), grid.text(1, 1), grid.text(2, 0),
                    grid.text(2, 1))).containsExactly("0.9", "90", "90", "0.9", "0.9", "90");
            assertThat(grid.raw(1, 0)).isSameAs(grid.raw(0, 1));
            assertThat(grid.raw(1, 2)).isSameAs(grid.raw(0, 2));
            assertThat(grid.text(1, 2)).isEqualTo("白沙村");
        }

        /** A cell without a style of its own has the workbook's default style. */
        @Test
        void givesAnUnstyledCellTheDefaultStyle() throws Exception {
            Path file = xlsx(Map.of("xl/styles.xml", STYLES.replace("<cellXfs count=\"5\"><xf numFmtId=\"0\"/>",
                    "<cellXfs count=\"5\"><xf numFmtId=\"10\"/>")), sheet("""
                    <sheetData><row r="1"><c r="A1"><v>0.25</v></c></row></sheetData>"""));

            assertThat(readAlike(file).text(0, 0)).isEqualTo("25");
        }
    }

    @Nested
    class HostileParts {

        @Test
        void refusesADoctypeInTheStylesOrTheWorkbook() throws Exception {
            String doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>";
            Path styles = xlsx(Map.of("xl/styles.xml", doctype + "<styleSheet xmlns=\"" + MAIN_NS + "\"/>"),
                    sheet("<sheetData/>"));
            Path workbook = xlsx(Map.of("xl/workbook.xml", doctype + WORKBOOK), sheet("<sheetData/>"));

            for (Path file : List.of(styles, workbook)) {
                assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableWorkbookException.class)
                        .hasMessage("文件含有 XML 实体声明（DOCTYPE），疑似 XXE 或实体扩展攻击");
            }
        }

        /** Stored cells count, even where a row written over and over again takes no new grid slots. */
        @Test
        void countsEveryStoredCellAgainstTheLimit() throws Exception {
            Path file = xlsx(Map.of(), sheet("<sheetData><row r=\"1\">" + "<c r=\"A1\"><v>1</v></c>".repeat(50)
                    + "</row></sheetData>"));
            WorkbookReader small = new WorkbookReader(new ReadLimits(50L << 20, 500L << 20,
                    100, 20, ReadLimits.defaults().timeout()));

            assertThatThrownBy(() -> small.read(file)).hasMessage("单元格数超过上限 20");
        }
    }

    // ---- a package, part by part ----------------------------------------------------------------------------

    private static final String WORKBOOK = """
            <workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(MAIN_NS);

    private static String sheet(String content) {
        return "<worksheet xmlns=\"" + MAIN_NS + "\">" + content + "</worksheet>";
    }

    private SheetGrid read(String sheet) throws IOException, UnreadableWorkbookException {
        return readAlike(xlsx(Map.of(), sheet));
    }

    /** The first sheet as the reader reads it, once POI's usermodel has been seen to read the same grid. */
    private SheetGrid readAlike(Path file) throws UnreadableWorkbookException {
        List<SheetGrid> read = reader.read(file);
        List<SheetGrid> poi = new PoiSheetReader(50L << 20).read(file);
        assertThat(read).hasSameSizeAs(poi);
        for (int s = 0; s < read.size(); s++) {
            SheetGrid grid = read.get(s);
            SheetGrid expected = poi.get(s);
            assertThat(grid.sheet()).isEqualTo(expected.sheet());
            assertThat(grid.rowCount()).isEqualTo(expected.rowCount());
            assertThat(grid.width()).isEqualTo(expected.width());
            for (int r = 0; r < grid.rowCount(); r++) {
                for (int c = 0; c < grid.width(); c++) {
                    assertThat(grid.raw(r, c)).as("row %d column %d", r, c).isEqualTo(expected.raw(r, c));
                }
            }
        }
        return read.get(0);
    }

    /**
     * A package with a workbook of one sheet ({@code sheet}), styles, shared strings and workbook parts given in
     * {@code parts} (styles and shared strings only when given).
     */
    private Path xlsx(Map<String, String> parts, String sheet) throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", """
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/styles.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                <Override PartName="/xl/sharedStrings.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
                </Types>""");
        all.put("_rels/.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Target="xl/workbook.xml" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>\
                </Relationships>""");
        String relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\" Type=\""
                + relationships + "worksheet\"/>");
        if (parts.containsKey("xl/styles.xml")) {
            rels.append("<Relationship Id=\"rId2\" Target=\"styles.xml\" Type=\"").append(relationships)
                    .append("styles\"/>");
        }
        if (parts.containsKey("xl/sharedStrings.xml")) {
            rels.append("<Relationship Id=\"rId3\" Target=\"sharedStrings.xml\" Type=\"").append(relationships)
                    .append("sharedStrings\"/>");
        }
        all.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
        all.put("xl/workbook.xml", WORKBOOK);
        all.put("xl/worksheets/sheet1.xml", sheet);
        all.putAll(parts);
        Path file = Files.createTempFile(work, "hand-written", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : all.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }
}

package cn.minsheng.recon.report;

import static cn.minsheng.recon.report.WorkbookCells.cells;
import static cn.minsheng.recon.report.WorkbookCells.read;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.workbook.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed feedback copy of an .xlsx submission against the one POI's usermodel makes of the same file and
 * findings: the same sheets, cells, styles and comments, read back with POI; and the parts of the department's
 * sheets that POI never held (namespaces of other programs, rows and cells without an address) kept as they were.
 */
class StreamedFeedbackTests {

    private static final String LONG = "村级明细";
    private static final String TOTALS = "汇总";

    @TempDir
    Path folder;

    @Test
    void aLongSheetComesOutAsTheUsermodelWouldMakeIt() throws Exception {
        Path input = folder.resolve("农业农村局.xlsx");
        longSubmission(input);
        byte[] before = Files.readAllBytes(input);
        List<Finding> findings = List.of(
                finding(input, LONG, "C5"), // a value with its own style
                finding(input, LONG, "C10"), // a value the department commented
                finding(input, LONG, "E7"), // an empty place in a row that has cells
                finding(input, LONG, "A1505"), // a row the sheet does not have, between rows it has
                finding(input, LONG, "D4000"), // beyond the last row
                finding(input, TOTALS, "C5"), // the same address on another sheet
                finding(input, "没有这张表", "B2"), // a sheet the workbook does not have
                Finding.of(RuleCode.FILE_SUPERSEDED).department("农业农村局")
                        .source(new SourceRef(input.getFileName().toString(), "", "")).message("已被新文件取代").build());
        FeedbackWriter writer = new FeedbackWriter(Period.parse("2026-03"), ReadLimits.defaults(), ReportFixtures.REPLY, ReportFixtures.NO_TABLES);

        Path streamed = writer.streamed(folder.resolve("streamed"), "农业农村局", input, findings);
        Path inMemory = writer.inMemory(folder.resolve("usermodel"), "农业农村局", Optional.of(input), findings);

        assertThat(Files.readAllBytes(input)).isEqualTo(before);
        try (Workbook original = read(input); Workbook ours = read(streamed); Workbook theirs = read(inMemory)) {
            assertThat(describe(ours)).isEqualTo(describe(theirs));
            for (Sheet sheet : original) {
                // a finding on an empty place leaves a blank cell there, coloured and commented
                assertThat(cells(ours.getSheet(sheet.getSheetName()))).filteredOn(v -> !v.contains("=BLANK:"))
                        .isEqualTo(cells(sheet));
            }
            Sheet marked = ours.getSheet(LONG);
            for (String a1 : List.of("C5", "C10", "E7", "A1505", "D4000")) {
                CellAddress address = new CellAddress(a1);
                Cell cell = marked.getRow(address.getRow()).getCell(address.getColumn());
                assertThat(cell.getCellStyle().getFillPattern()).as(a1).isEqualTo(FillPatternType.SOLID_FOREGROUND);
                assertThat(cell.getCellComment().getString().getString()).as(a1).contains("报送值与官方值不一致");
            }
            assertThat(marked.getRow(4).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(marked.getRow(5).getCell(2).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            assertThat(marked.getCellComment(new CellAddress("C10")).getString().getString())
                    .startsWith("村里说明：数据待核").contains("报送值与官方值不一致");
            assertThat(ours.getSheet(TOTALS).getRow(4).getCell(2).getCellStyle().getFillPattern())
                    .isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(ours.getSheetAt(0).getSheetName()).isEqualTo("问题说明");
        }
        assertThat(dimension(input, "xl/worksheets/sheet1.xml")).isEqualTo("A1:C3001");
        assertThat(dimension(streamed, "xl/worksheets/sheet1.xml")).isEqualTo("A1:E4000")
                .isEqualTo(dimension(inMemory, "xl/worksheets/sheet1.xml"));
    }

    @Test
    void whatOtherProgramsWroteIntoTheRowsIsKept() throws Exception {
        // given a sheet as Excel writes it (markup-compatibility namespaces on the root, x14ac on the rows), some of
        // whose cells leave out their address
        Path input = folder.resolve("民政局.xlsx");
        Path plain = folder.resolve("plain.xlsx");
        longSubmission(plain);
        excelLike(plain, input);
        List<Finding> findings = List.of(finding(input, LONG, "C3"), finding(input, LONG, "B4"));

        Path written = new FeedbackWriter(Period.parse("2026-03"), ReadLimits.defaults(), ReportFixtures.REPLY, ReportFixtures.NO_TABLES).write(folder.resolve("out"), "民政局", Optional.of(input), findings);

        try (Workbook original = read(input); Workbook ours = read(written)) {
            assertThat(cells(ours.getSheet(LONG))).isEqualTo(cells(original.getSheet(LONG)));
            assertThat(ours.getSheet(LONG).getRow(2).getCell(2).getCellStyle().getFillPattern())
                    .isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(ours.getSheet(LONG).getRow(3).getCell(1).getCellStyle().getFillPattern())
                    .isEqualTo(FillPatternType.SOLID_FOREGROUND);
        }
        // the rows went through as they were (POI's usermodel would have given every cell its address again)
        assertThat(entry(written, "xl/worksheets/sheet1.xml")).contains("x14ac:dyDescent=\"0.25\"")
                .contains("xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\"")
                .contains("<c t=\"s\"");
    }

    @Test
    void aSheetWhoseNamesArePrefixedIsMarkedAsTheUsermodelWould() throws Exception {
        // given a sheet written with a prefix for the spreadsheet namespace (<x:row>), as some generators do, and
        // a byte order mark before it
        Path input = folder.resolve("住建局.xlsx");
        Path plain = folder.resolve("plain.xlsx");
        longSubmission(plain);
        rewriteSheet(plain, input, xml -> "\uFEFF" + xml.replaceAll("<(/?)(?!\\?)([a-zA-Z]+)([ >/])", "<$1x:$2$3")
                .replaceFirst("xmlns=", "xmlns:x="));
        List<Finding> findings = List.of(finding(input, LONG, "C3"), finding(input, LONG, "F1505"));
        FeedbackWriter writer = new FeedbackWriter(Period.parse("2026-03"), ReadLimits.defaults(), ReportFixtures.REPLY, ReportFixtures.NO_TABLES);

        Path written = writer.streamed(folder.resolve("out"), "住建局", input, findings);
        Path inMemory = writer.inMemory(folder.resolve("usermodel"), "住建局", Optional.of(input), findings);

        assertThat(entry(input, "xl/worksheets/sheet1.xml")).startsWith("\uFEFF").contains("<x:row ");
        try (Workbook ours = read(written); Workbook theirs = read(inMemory)) {
            assertThat(describe(ours)).isEqualTo(describe(theirs));
            assertThat(ours.getSheet(LONG).getRow(1504).getCell(5).getCellStyle().getFillPattern())
                    .isEqualTo(FillPatternType.SOLID_FOREGROUND);
        }
    }

    private static Finding finding(Path input, String sheet, String cell) {
        return Finding.of(RuleCode.SUB_VALUE_MISMATCH).department("农业农村局").indicator("7", "农村改厕")
                .township("白塘镇").values(new BigDecimal("10"), new BigDecimal("12"))
                .source(new SourceRef(input.getFileName().toString(), sheet, cell))
                .message("白塘镇：报送值与官方值不一致").build();
    }

    /**
     * A long village-level sheet (3,000 rows, rows 1,500–1,510 left out, a merged total row, a commented cell, shared
     * strings) and a short second sheet.
     */
    private static void longSubmission(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet(LONG);
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("村/社区");
            header.createCell(1).setCellValue("乡镇");
            header.createCell(2).setCellValue("户数");
            for (int r = 1; r < 3000; r++) {
                if (r >= 1500 && r <= 1510) {
                    continue;
                }
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("第" + r + "村");
                row.createCell(1).setCellValue(r % 2 == 0 ? "白塘镇" : "新市镇");
                Cell value = row.createCell(2);
                value.setCellValue(r * 1.5);
                value.setCellStyle(number);
            }
            Row total = sheet.createRow(3000);
            total.createCell(0).setCellValue("合计");
            total.createCell(2).setCellFormula("SUM(C2:C3000)");
            sheet.addMergedRegion(new CellRangeAddress(3000, 3000, 0, 1));
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setCol1(4);
            anchor.setRow1(9);
            anchor.setCol2(6);
            anchor.setRow2(12);
            Comment note = sheet.createDrawingPatriarch().createCellComment(anchor);
            note.setString(workbook.getCreationHelper().createRichTextString("村里说明：数据待核"));
            sheet.getRow(9).getCell(2).setCellComment(note);
            Sheet totals = workbook.createSheet(TOTALS);
            for (int r = 0; r < 6; r++) {
                totals.createRow(r).createCell(2).setCellValue(r);
            }
            workbook.createSheet("空白"); // <sheetData/>
            workbook.write(out);
        }
    }

    /**
     * {@code plain} as Excel would have written its first sheet: markup-compatibility namespaces on the root, an
     * x14ac attribute on every row, and the cells of rows 3 and 4 without their address.
     */
    private static void excelLike(Path plain, Path target) throws IOException {
        rewriteSheet(plain, target, xml -> {
            String excel = xml.replaceFirst("<worksheet ", "<worksheet xmlns:mc=\"http://schemas.openxmlformats.org/"
                            + "markup-compatibility/2006\" mc:Ignorable=\"x14ac\" xmlns:x14ac=\"http://schemas."
                            + "microsoft.com/office/spreadsheetml/2009/9/ac\" ")
                    .replaceAll("<row r=\"(\\d+)\"", "<row r=\"$1\" x14ac:dyDescent=\"0.25\"")
                    .replaceAll("<c r=\"[A-Z]+[34]\"", "<c");
            assertThat(excel).contains("<c t=\"s\"");
            return excel;
        });
    }

    /** {@code plain} with its first sheet's XML rewritten. */
    private static void rewriteSheet(Path plain, Path target, UnaryOperator<String> rewrite) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    bytes = rewrite.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }

    /** Everything a reader of the feedback file sees: sheets, views, cells with their look, comments, merges. */
    private static List<String> describe(Workbook workbook) {
        List<String> lines = new ArrayList<>();
        lines.add("active " + workbook.getActiveSheetIndex() + ", first tab " + workbook.getFirstVisibleTab());
        for (Sheet sheet : workbook) {
            lines.add("sheet " + sheet.getSheetName() + (sheet.isSelected() ? " selected" : "") + " merged "
                    + sheet.getMergedRegions() + " frozen " + pane(sheet));
            for (int c = 0; c < 8; c++) {
                lines.add("width " + c + " " + sheet.getColumnWidth(c));
            }
            lines.addAll(cells(sheet));
            for (Row row : sheet) {
                for (Cell cell : row) {
                    CellStyle style = cell.getCellStyle();
                    lines.add(cell.getAddress() + " style " + style.getFillPattern() + "/"
                            + style.getFillForegroundColor() + "/" + style.getDataFormatString() + "/"
                            + style.getWrapText() + "/" + style.getBorderTop() + "/" + style.getFontIndex());
                }
            }
            Map<String, String> comments = new TreeMap<>();
            sheet.getCellComments().forEach((address, comment) -> comments.put(address.formatAsString(),
                    comment.getString().getString() + " by " + comment.getAuthor()));
            lines.add("comments " + comments);
        }
        return lines;
    }

    private static String pane(Sheet sheet) {
        PaneInformation pane = sheet.getPaneInformation();
        return pane == null ? "none"
                : pane.getHorizontalSplitPosition() + "," + pane.getVerticalSplitPosition() + "," + pane.isFreezePane();
    }

    private static String dimension(Path file, String part) throws IOException {
        Matcher m = Pattern.compile("<dimension ref=\"([^\"]*)\"").matcher(entry(file, part));
        return m.find() ? m.group(1) : "";
    }

    private static String entry(Path file, String part) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry(part))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

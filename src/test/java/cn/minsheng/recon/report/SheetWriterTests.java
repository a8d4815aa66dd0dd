package cn.minsheng.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Text cells read back as written, in both formats, and a row grows to show every line of its wrapped text. */
class SheetWriterTests {

    @Test
    void aRowGrowsToItsLongestTextOutsideMergedCells() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetWriter sheet = new SheetWriter(workbook.createSheet("表"), new WorkbookStyles(workbook));
            sheet.widths(11, 6, 4);
            Row row = sheet.row(0);
            // 10 units wide: 25 Chinese characters take 55 units (2.2 each), 6 lines
            sheet.text(row, 0, "一二三四五六七八九十一二三四五六七八九十一二三四五", sheet.styles().plain());
            sheet.text(row, 1, "abc", sheet.styles().plain());
            // merged across columns 2-3: its text spans them and is not counted
            sheet.text(row, 2, "很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长", sheet.styles().plain());
            sheet.sheet().addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
            sheet.fitHeight(row);
            Row short_ = sheet.row(1);
            sheet.text(short_, 0, "短", sheet.styles().plain());
            sheet.fitHeight(short_);

            assertThat(row.getHeightInPoints()).isEqualTo(6 * SheetWriter.LINE_POINTS);
            assertThat(short_.getHeightInPoints()).isEqualTo(SheetWriter.LINE_POINTS);
        }
    }

    @Test
    void aPageBreakNeverPartsARowFromTheRowKeptWithIt() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetWriter sheet = new SheetWriter(workbook.createSheet("表"), new WorkbookStyles(workbook));
            sheet.widths(20, 20);
            sheet.header(0, "指标", "累计完成");
            // 60 pairs of a two-line row and the one-line row kept with it: far more than an A4 page holds
            List<Integer> kept = new ArrayList<>();
            for (int r = 1; r < 121; r += 2) {
                Row first = sheet.row(r);
                sheet.text(first, 0, "目标", sheet.styles().plain());
                first.setHeightInPoints(2 * SheetWriter.LINE_POINTS);
                sheet.text(sheet.row(r + 1), 0, "累计完成", sheet.styles().plain());
                sheet.keepWithNext(r);
                kept.add(r);
            }

            sheet.print(0);

            int[] breaks = sheet.sheet().getRowBreaks();
            assertThat(breaks).isNotEmpty();
            for (int after : breaks) {
                assertThat(kept).as("a break after row " + after).doesNotContain(after);
            }
            // the first page (A4 portrait, at full size, 95 % of its printable height) holds as many whole pairs as
            // fit below the header
            double page = (841.9 - 1.2 * 72) * 0.95;
            int pairs = (int) ((page - SheetWriter.LINE_POINTS) / (3 * SheetWriter.LINE_POINTS));
            assertThat(breaks[0]).isEqualTo(2 * pairs);
        }
    }

    @Test
    void textReadsBackAsWrittenInBothFormats() throws Exception {
        for (Workbook workbook : new Workbook[] {new XSSFWorkbook(), new HSSFWorkbook()}) {
            try (workbook) {
                SheetWriter sheet = new SheetWriter(workbook.createSheet("表"), new WorkbookStyles(workbook));
                sheet.text(sheet.row(0), 0, "白沙镇 数值不符", sheet.styles().plain());
                sheet.text(sheet.row(0), 1, "=SUM(A1:A2)", sheet.styles().plain());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                workbook.write(out);
                try (Workbook read = workbook instanceof XSSFWorkbook
                        ? new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))
                        : new HSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                    Sheet back = read.getSheet("表");
                    assertThat(back.getRow(0).getCell(0).getCellType()).isEqualTo(CellType.STRING);
                    assertThat(back.getRow(0).getCell(0).getStringCellValue()).isEqualTo("白沙镇 数值不符");
                    assertThat(back.getRow(0).getCell(1).getCellType()).isEqualTo(CellType.STRING);
                    assertThat(back.getRow(0).getCell(1).getStringCellValue()).isEqualTo("'=SUM(A1:A2)");
                }
            }
        }
    }
}

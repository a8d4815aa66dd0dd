package cn.minsheng.recon.progress;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/** One sheet of a clerk's workbook: styled cells by row and column, merges that keep their borders, A1 names. */
final class Grid {

    final ClerkBook book;
    final Sheet sheet;

    Grid(ClerkBook book, Sheet sheet) {
        this.book = book;
        this.sheet = sheet;
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    }

    String name() {
        return sheet.getSheetName();
    }

    /** Writes a string, a BigDecimal (as the double a spreadsheet keeps) or nothing; returns the cell's A1 name. */
    String put(int r, int c, Object value, CellStyle style) {
        Cell cell = cell(r, c);
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (value != null) {
            throw new IllegalArgumentException(value.getClass().toString());
        }
        cell.setCellStyle(style);
        return a1(r, c);
    }

    String formula(int r, int c, String formula, CellStyle style) {
        Cell cell = cell(r, c);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
        return a1(r, c);
    }

    /** A title centred over the table. */
    void title(int r, String words, int lastCol) {
        put(r, 0, words, book.title);
        merge(r, r, 0, lastCol);
        row(r).setHeightInPoints(30);
    }

    /** A 填报单位 / 填报日期 line or a section heading (一、目标任务) over the table's width. */
    void line(int r, String words, int lastCol, CellStyle style) {
        put(r, 0, words, style);
        merge(r, r, 0, lastCol);
    }

    void header(int r, int c, String words) {
        put(r, c, words, book.header);
    }

    /** Borders the blank cells of a row so that they print as empty boxes. */
    void box(int r, int lastCol) {
        for (int c = 0; c <= lastCol; c++) {
            if (row(r).getCell(c) == null) {
                put(r, c, null, book.center);
            }
        }
    }

    /** Merges a range, giving each of its cells the top-left cell's style so the borders print. */
    void merge(int r1, int r2, int c1, int c2) {
        if (r1 == r2 && c1 == c2) {
            return;
        }
        CellStyle style = cell(r1, c1).getCellStyle();
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                cell(r, c).setCellStyle(style);
            }
        }
        sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
    }

    void widths(double... chars) {
        for (int c = 0; c < chars.length; c++) {
            sheet.setColumnWidth(c, (int) Math.round(chars[c] * 256 + 180));
        }
    }

    void height(int r, float points) {
        row(r).setHeightInPoints(points);
    }

    static String a1(int r, int c) {
        return new CellReference(r, c).formatAsString(false);
    }

    static String column(int c) {
        return CellReference.convertNumToColString(c);
    }

    private Cell cell(int r, int c) {
        Cell cell = row(r).getCell(c);
        return cell == null ? row(r).createCell(c) : cell;
    }

    private Row row(int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }
}

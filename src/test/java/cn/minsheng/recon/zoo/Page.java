package cn.minsheng.recon.zoo;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/** One sheet being written top to bottom: a cursor row, styled cells, merges that keep their borders. */
final class Page {

    final Book book;
    final Sheet sheet;
    private int next;

    Page(Book book, Sheet sheet) {
        this.book = book;
        this.sheet = sheet;
    }

    String name() {
        return sheet.getSheetName();
    }

    /** The row the next call writes to. */
    int cursor() {
        return next;
    }

    int newRow() {
        return next++;
    }

    /** A title merged across the table, as offices centre it over the printed page. */
    int title(String text, int lastCol) {
        int r = next++;
        put(r, 0, text, book.title);
        if (lastCol > 0) {
            merge(r, r, 0, lastCol);
        }
        row(r).setHeightInPoints(30);
        return r;
    }

    /** 附件2 and the like: top left, in 黑体. */
    int attachment(String text) {
        int r = next++;
        put(r, 0, text, book.attachment);
        return r;
    }

    /** A line of text (填报单位, 注, 说明) merged over {@code lastCol + 1} columns, or unmerged when lastCol is 0. */
    int line(String text, int lastCol) {
        int r = next++;
        put(r, 0, text, book.line);
        if (lastCol > 0) {
            merge(r, r, 0, lastCol);
        }
        return r;
    }

    /** A header row: each string in its bordered cell, nulls bordered but blank. */
    int header(String... cells) {
        int r = next++;
        for (int c = 0; c < cells.length; c++) {
            put(r, c, cells[c], book.header);
        }
        return r;
    }

    Cell put(int r, int c, Object value, CellStyle style) {
        Cell cell = row(r).getCell(c);
        if (cell == null) {
            cell = row(r).createCell(c);
        }
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value != null) {
            throw new IllegalArgumentException(value.getClass().toString());
        }
        cell.setCellStyle(style);
        return cell;
    }

    Cell text(int r, int c, String value) {
        return put(r, c, value, book.text);
    }

    Cell center(int r, int c, String value) {
        return put(r, c, value, book.center);
    }

    Cell number(int r, int c, BigDecimal value) {
        return put(r, c, value, book.number);
    }

    Cell formula(int r, int c, String formula) {
        Cell cell = put(r, c, null, book.number);
        cell.setCellFormula(formula);
        return cell;
    }

    /** Borders every cell of a row from column 0 to lastCol, so blanks print as empty boxes. */
    void box(int r, int lastCol) {
        for (int c = 0; c <= lastCol; c++) {
            if (row(r).getCell(c) == null) {
                put(r, c, null, book.center);
            }
        }
    }

    /** Merges a region, giving every cell of it the top-left cell's style so the borders print. */
    void merge(int r1, int r2, int c1, int c2) {
        if (r1 == r2 && c1 == c2) {
            return;
        }
        Cell first = row(r1).getCell(c1);
        CellStyle style = first == null ? book.center : first.getCellStyle();
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                Cell cell = row(r).getCell(c);
                if (cell == null) {
                    cell = row(r).createCell(c);
                } else if (r != r1 || c != c1) {
                    // WPS keeps only the top-left value of a merged range
                    cell.setBlank();
                }
                cell.setCellStyle(style);
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

    /** Landscape A4, the header rows repeated on each printed page, fitted to the page width. */
    void print(int headerFrom, int headerTo) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        if (headerFrom >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerFrom, headerTo, -1, -1));
        }
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    void breakAfter(int r) {
        sheet.setRowBreak(r);
    }

    void freeze(int cols, int rows) {
        sheet.createFreezePane(cols, rows);
    }

    static String addr(int r, int c) {
        return new CellReference(r, c).formatAsString(false);
    }

    static String column(int c) {
        return CellReference.convertNumToColString(c);
    }

    private Row row(int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }
}

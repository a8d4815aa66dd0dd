package cn.minsheng.recon.report;

import java.util.Arrays;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The frame of a sheet we add to a unit's feedback file (问题说明, 报送提醒): a title, lines of plain text across the
 * table's width, then the table, printed on A4 at full size with the table's header row repeated and page numbers.
 * A table is kept within {@link #WIDTH}, so that fitting it to the page's width never shrinks its 11 pt text.
 */
final class FeedbackPage {

    /**
     * How wide a table may be, in character widths of the workbook's default font: an A4 landscape page holds 978
     * pixels between 0.75-inch margins, some 139 widths of a 7-pixel digit (Calibri 11, Arial 10 — the fonts of a
     * workbook we create); what is left over covers a department's workbook whose default font is wider (宋体 12
     * takes 8 pixels) and the rounding of each column.
     */
    static final int WIDTH = 120;

    private static final float TITLE_POINTS = 30f;

    private final WorkbookStyles styles;

    FeedbackPage(WorkbookStyles styles) {
        this.styles = styles;
    }

    WorkbookStyles styles() {
        return styles;
    }

    /**
     * Sets the sheet's columns and writes its title and lines, each merged across the columns; returns the writer,
     * whose next free row is {@code lines.length + 1}.
     */
    SheetWriter open(Sheet sheet, int[] widths, String title, String... lines) {
        if (Arrays.stream(widths).sum() > WIDTH) {
            throw new IllegalArgumentException("columns wider than an A4 page: " + Arrays.toString(widths));
        }
        SheetWriter writer = new SheetWriter(sheet, styles);
        writer.widths(widths);
        Row top = writer.row(0);
        writer.text(top, 0, title, styles.title());
        top.setHeightInPoints(TITLE_POINTS);
        merge(sheet, 0, widths.length);
        for (int i = 0; i < lines.length; i++) {
            Row row = writer.row(i + 1);
            writer.text(row, 0, lines[i], styles.note());
            merge(sheet, i + 1, widths.length);
            row.setHeightInPoints(SheetWriter.lines(lines[i], Arrays.stream(widths).sum() - 1) * SheetWriter.LINE_POINTS + 4);
        }
        return writer;
    }

    /**
     * A4, the table's width at full size, {@code headerRow} repeated on every page (none when negative: a sheet of
     * lines and no table), 第 N 页 共 M 页.
     */
    static void print(SheetWriter writer, int headerRow) {
        // landscape first: the table's full width at full size; the title and lines above the header print once
        writer.print(headerRow, headerRow, 1, false);
    }

    private static void merge(Sheet sheet, int row, int columns) {
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, 0, columns - 1));
        }
    }
}

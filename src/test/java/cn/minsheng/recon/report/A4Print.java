package cn.minsheng.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a written sheet prints, worked out as a spreadsheet program does: the width its columns take in pixels
 * against the width of the A4 paper between its margins, which gives the scale that fitting to the page's width
 * applies (the stored {@code scale} attribute is ignored then), and so the printed size of its smallest text.
 */
final class A4Print {

    /** A4 in points, 210 × 297 mm. */
    private static final double SHORT_SIDE = 595.28;
    private static final double LONG_SIDE = 841.89;
    /** The widest digit of Calibri 11 and Arial 10, the default fonts of the workbooks POI creates, in pixels. */
    private static final int DIGIT = 7;

    private A4Print() {
    }

    /**
     * The sheet prints on A4 with page numbers and {@code headerRow} (only it) repeated on every page; its columns fit
     * the paper's width, so nothing is shrunk, and no text prints under 9 pt.
     */
    static void assertLegible(Sheet sheet, int headerRow) {
        PrintSetup setup = sheet.getPrintSetup();
        assertThat(setup.getPaperSize()).as("paper").isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getRepeatingRows()).as("repeated rows")
                .isEqualTo(new CellRangeAddress(headerRow, headerRow, -1, -1));
        assertThat(sheet.getFooter().getCenter()).as("footer").contains("&P", "&N");
        double scale = scale(sheet);
        assertThat(scale).as("printed scale").isEqualTo(1.0);
        assertThat(smallestFont(sheet) * scale).as("smallest printed text, pt").isGreaterThanOrEqualTo(9);
    }

    /** The scale the sheet prints at: for a sheet fitted to the page's width, what its columns need. */
    static double scale(Sheet sheet) {
        if (!sheet.getFitToPage()) {
            return sheet.getPrintSetup().getScale() / 100.0;
        }
        double paper = sheet.getPrintSetup().getLandscape() ? LONG_SIDE : SHORT_SIDE;
        double printable = (paper - 72 * (sheet.getMargin(PageMargin.LEFT) + sheet.getMargin(PageMargin.RIGHT)))
                * 96 / 72;
        return Math.min(1.0, printable / columnPixels(sheet));
    }

    /** The used columns' width in pixels, as Excel converts a width in characters. */
    static double columnPixels(Sheet sheet) {
        int columns = 0;
        for (Row row : sheet) {
            columns = Math.max(columns, row.getLastCellNum());
        }
        double pixels = 0;
        for (int c = 0; c < columns; c++) {
            double characters = sheet.getColumnWidth(c) / 256.0;
            pixels += Math.floor((256 * characters + Math.floor(128.0 / DIGIT)) / 256 * DIGIT);
        }
        return pixels;
    }

    private static int smallestFont(Sheet sheet) {
        int smallest = Integer.MAX_VALUE;
        for (Row row : sheet) {
            for (Cell cell : row) {
                smallest = Math.min(smallest, sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex())
                        .getFontHeightInPoints());
            }
        }
        return smallest;
    }
}

package cn.minsheng.recon.testing;

import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * How large a sheet's text comes out of a printer, worked out as a printer does from what the file says: for a
 * sheet fit to one page's width, the ratio of the paper's printable width (less the sheet's own margins) to the
 * sheet's printed columns, whatever {@code scale} the file stores; else the stored scale. A column of {@code n}
 * character units is {@code n × 7} pixels of the default font, {@code n × 5.25} points.
 */
public final class PrintedText {

    private static final double POINTS_PER_UNIT = 5.25;

    private PrintedText() {
    }

    /** The scale the printer applies to the sheet, 1 for full size. */
    public static double scale(Sheet sheet) {
        PrintSetup setup = sheet.getPrintSetup();
        if (!sheet.getFitToPage()) {
            return setup.getScale() / 100.0;
        }
        if (setup.getFitHeight() != 0 || setup.getFitWidth() != 1) {
            throw new IllegalStateException(sheet.getSheetName() + ": only fit to one page's width is worked out");
        }
        double width = 0;
        CellRangeAddress area = area(sheet);
        for (int c = area.getFirstColumn(); c <= area.getLastColumn(); c++) {
            if (!sheet.isColumnHidden(c)) {
                width += sheet.getColumnWidth(c) / 256.0 * POINTS_PER_UNIT;
            }
        }
        double printable = paperWidth(setup) - 72 * (sheet.getMargin(Sheet.LeftMargin)
                + sheet.getMargin(Sheet.RightMargin));
        return Math.min(1, Math.floor(100 * printable / width) / 100);
    }

    /** The smallest text the sheet prints, in points: each non-empty cell of the print area, its font × scale. */
    public static double smallest(Sheet sheet) {
        return smallestIn(sheet, area(sheet)).orElse(Double.MAX_VALUE);
    }

    /** The printed size of one cell's text, in points. */
    public static double of(Cell cell) {
        return points(cell) * scale(cell.getSheet());
    }

    private static Optional<Double> smallestIn(Sheet sheet, CellRangeAddress area) {
        double scale = scale(sheet);
        Optional<Double> smallest = Optional.empty();
        for (Row row : sheet) {
            if (row.getRowNum() < area.getFirstRow() || row.getRowNum() > area.getLastRow()) {
                continue;
            }
            for (Cell cell : row) {
                if (!area.isInRange(cell) || blank(cell)) {
                    continue;
                }
                double printed = points(cell) * scale;
                smallest = Optional.of(smallest.map(s -> Math.min(s, printed)).orElse(printed));
            }
        }
        return smallest;
    }

    /** How tall the print area comes out of the printer, in points: its rows' heights at the printer's scale. */
    public static double height(Sheet sheet) {
        CellRangeAddress area = area(sheet);
        double height = 0;
        for (int r = area.getFirstRow(); r <= area.getLastRow(); r++) {
            Row row = sheet.getRow(r);
            height += row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        }
        return height * scale(sheet);
    }

    /** The height an A4 portrait page leaves within the sheet's top and bottom margins, in points. */
    public static double a4PortraitHeight(Sheet sheet) {
        return 841.9 - 72 * (sheet.getMargin(Sheet.TopMargin) + sheet.getMargin(Sheet.BottomMargin));
    }

    /** The print area, else every column and row written. */
    public static CellRangeAddress area(Sheet sheet) {
        Workbook workbook = sheet.getWorkbook();
        String printArea = workbook.getPrintArea(workbook.getSheetIndex(sheet));
        if (printArea != null) {
            AreaReference reference = new AreaReference(printArea, workbook.getSpreadsheetVersion());
            CellReference first = reference.getFirstCell();
            CellReference last = reference.getLastCell();
            return new CellRangeAddress(first.getRow(), last.getRow(), first.getCol(), last.getCol());
        }
        int lastColumn = 0;
        for (Row row : sheet) {
            lastColumn = Math.max(lastColumn, row.getLastCellNum() - 1);
        }
        return new CellRangeAddress(0, Math.max(0, sheet.getLastRowNum()), 0, lastColumn);
    }

    private static double points(Cell cell) {
        return cell.getSheet().getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints();
    }

    private static boolean blank(Cell cell) {
        return cell.getCellType() == CellType.BLANK
                || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank();
    }

    private static double paperWidth(PrintSetup setup) {
        boolean a3 = setup.getPaperSize() == PrintSetup.A3_PAPERSIZE;
        if (!a3 && setup.getPaperSize() != PrintSetup.A4_PAPERSIZE) {
            throw new IllegalStateException("paper " + setup.getPaperSize() + " is neither A4 nor A3");
        }
        double shortSide = a3 ? 841.9 : 595.3;
        double longSide = a3 ? 1190.6 : 841.9;
        return setup.getLandscape() ? longSide : shortSide;
    }
}

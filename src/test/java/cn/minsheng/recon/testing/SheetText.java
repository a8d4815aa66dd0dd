package cn.minsheng.recon.testing;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Finding a sheet's text cells, for tests that read back what a report wrote. */
public final class SheetText {

    private SheetText() {
    }

    /** Every text cell of the sheet, a line each, row by row. */
    public static String all(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING) {
                all.append(cell.getStringCellValue()).append('\n');
            }
        }));
        return all.toString();
    }

    /** The first text cell, row by row, that starts with {@code prefix}. */
    public static Cell starting(Sheet sheet, String prefix) {
        return find(sheet, prefix, true);
    }

    /** The first text cell, row by row, that holds {@code part}. */
    public static Cell containing(Sheet sheet, String part) {
        return find(sheet, part, false);
    }

    private static Cell find(Sheet sheet, String text, boolean start) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && (start ? cell.getStringCellValue().startsWith(text)
                        : cell.getStringCellValue().contains(text))) {
                    return cell;
                }
            }
        }
        throw new AssertionError(sheet.getSheetName() + " has no cell " + (start ? "starting " : "with ") + text);
    }
}

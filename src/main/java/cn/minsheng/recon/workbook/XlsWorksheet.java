package cn.minsheng.recon.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One worksheet of an .xls, its cells handed over record by record and built into a {@link SheetGrid} at its end,
 * each cell what POI's usermodel makes of it. The cells are held by row until then: BIFF8 writes a sheet in blocks of
 * rows, but nothing forces the cells of a row into one place, and POI gathers them wherever they are.
 *
 * <p>A blank cell (a style without a value) is kept as such: it widens its row as in POI. A row record without
 * cells makes a row too, as in POI.
 */
final class XlsWorksheet {

    private static final SpreadsheetVersion VERSION = SpreadsheetVersion.EXCEL97;

    private final CellFormats formats;
    private final GridBudget budget;

    /** The cells by row and column, up to the last column of the grid; a cell beyond it fails its row anyway. */
    private SheetCell[][] cells = new SheetCell[64][];
    /** Per row, the first column and one past the last column of its cells, beyond the grid too. */
    private int[] firsts = new int[64];
    private int[] ends = new int[64];
    private int lastRow = -1;
    private final List<CellRangeAddress> merged = new ArrayList<>();
    /** A long sheet repeats its texts and numbers row after row: each is one cell. */
    private final RecurringCells recurring = new RecurringCells();

    XlsWorksheet(CellFormats formats, GridBudget budget) {
        this.formats = formats;
        this.budget = budget;
    }

    /** A row record: the row exists, with or without cells. */
    void row(int row) {
        lastRow = Math.max(lastRow, row);
    }

    void number(int row, int column, double value, int style) throws UnreadableWorkbookException {
        cell(row, column, recurring.number(value, formats.of(style), CellValues::number));
    }

    void text(int row, int column, String text) throws UnreadableWorkbookException {
        cell(row, column, recurring.text(text));
    }

    /** A cell of any kind; a later cell at the same place replaces an earlier one, as in POI. */
    void cell(int row, int column, SheetCell cell) throws UnreadableWorkbookException {
        budget.stored();
        lastRow = Math.max(lastRow, row);
        if (row >= cells.length) {
            int size = Math.min(VERSION.getMaxRows(), Math.max(row + 1, cells.length * 2));
            cells = Arrays.copyOf(cells, size);
            firsts = Arrays.copyOf(firsts, size);
            ends = Arrays.copyOf(ends, size);
        }
        SheetCell[] rowCells = cells[row];
        if (rowCells == null) {
            rowCells = new SheetCell[Math.min(VERSION.getMaxColumns(), Math.max(16, column + 1))];
            cells[row] = rowCells;
            firsts[row] = column;
        }
        firsts[row] = Math.min(firsts[row], column);
        ends[row] = Math.max(ends[row], column + 1);
        if (column > VERSION.getLastColumnIndex()) {
            return; // the row fails when it is built
        }
        if (column >= rowCells.length) {
            rowCells = Arrays.copyOf(rowCells, Math.min(VERSION.getMaxColumns(), Math.max(column + 1,
                    rowCells.length * 2)));
            cells[row] = rowCells;
        }
        rowCells[column] = cell;
    }

    void merged(CellRangeAddress range) {
        merged.add(range);
    }

    /** The grid of the sheet, its rows counted against the budget as the reading through POI's usermodel counts them. */
    SheetGrid build(String file, String sheet, boolean hidden) throws UnreadableWorkbookException {
        SheetGridBuilder grid = new SheetGridBuilder(file, sheet, VERSION, budget);
        for (int r = 0; r <= lastRow; r++) {
            SheetCell[] rowCells = r < cells.length ? cells[r] : null;
            if (rowCells == null) {
                grid.row(r, 0, 0, c -> null);
            } else {
                grid.row(r, firsts[r], ends[r], c -> c < rowCells.length ? rowCells[c] : null);
            }
        }
        for (CellRangeAddress range : merged) {
            grid.merged(range);
        }
        return grid.build(hidden);
    }
}

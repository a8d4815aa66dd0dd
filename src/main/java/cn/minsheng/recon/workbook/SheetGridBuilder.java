package cn.minsheng.recon.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Builds one {@link SheetGrid} from rows handed over in order, the same way for every reader: rows and columns
 * beyond Excel's grid make the file unreadable, every slot is counted against the workbook's {@link GridBudget}
 * before it is built, and merged regions are clipped to the cells present.
 *
 * <p>Which of two faults a sheet reports is decided as if the whole sheet were known first, so that a streaming
 * reader says what a reader holding the whole sheet says: a row beyond the grid anywhere on the sheet wins over the
 * budget, so once the budget is spent the remaining rows are still looked at (not kept) until the sheet ends.
 */
final class SheetGridBuilder {

    private final String file;
    private final String sheet;
    private final SpreadsheetVersion version;
    private final GridBudget budget;
    private final List<List<SheetCell>> rows = new ArrayList<>();
    private final List<MergedRegion> regions = new ArrayList<>();
    private int width;
    private boolean overBudget;

    SheetGridBuilder(String file, String sheet, SpreadsheetVersion version, GridBudget budget) {
        this.file = file;
        this.sheet = sheet;
        this.version = version;
        this.budget = budget;
    }

    /** Fails if row {@code index} lies beyond the grid: a reader that knows the sheet's last row asks first. */
    void checkRow(int index) throws UnreadableWorkbookException {
        if (index < 0 || index > version.getLastRowIndex()) {
            throw beyondGrid();
        }
    }

    /**
     * Row {@code index} (zero-based, after every row before it), whose cells span columns {@code firstColumn} to
     * {@code end - 1}; {@code cellAt} gives the cell of a column, null for none. The count is taken before the row
     * is built: a claimed width costs budget, not memory first.
     */
    void row(int index, int firstColumn, int end, IntFunction<SheetCell> cellAt) throws UnreadableWorkbookException {
        checkRow(index);
        if (overBudget) {
            return;
        }
        if (end > 0 && (firstColumn < 0 || end - 1 > version.getLastColumnIndex())) {
            throw beyondGrid();
        }
        if (index < rows.size()) {
            // a row written twice or out of order (no spreadsheet program does): the later one counts, as in POI
            if (!budget.take(end)) {
                overBudget = true;
                return;
            }
            rows.set(index, cells(end, cellAt));
            width = Math.max(width, end);
            return;
        }
        while (rows.size() < index) {
            if (!budget.take(1)) {
                overBudget = true;
                return;
            }
            rows.add(List.of());
        }
        if (!budget.take(1L + end)) {
            overBudget = true;
            return;
        }
        rows.add(cells(end, cellAt));
        width = Math.max(width, end);
    }

    private static List<SheetCell> cells(int end, IntFunction<SheetCell> cellAt) {
        if (end == 0) {
            return List.of();
        }
        List<SheetCell> cells = new ArrayList<>(end);
        for (int c = 0; c < end; c++) {
            SheetCell cell = cellAt.apply(c);
            cells.add(cell == null ? SheetCell.blank() : cell);
        }
        return cells;
    }

    /**
     * A merged range, after all rows. Only the part that can show anything is kept: beyond the last row or column
     * holding a cell there is nothing to show, and a region merged over A1:XFD1048576 would otherwise be indexed
     * cell by cell. The first column is kept even when it lies beyond the last one, so a region never vanishes from
     * under its own cell.
     */
    void merged(CellRangeAddress range) throws UnreadableWorkbookException {
        if (overBudget) {
            return;
        }
        int lastRow = Math.min(range.getLastRow(), rows.size() - 1);
        if (range.getFirstRow() > lastRow || range.getFirstRow() < 0 || range.getFirstColumn() < 0) {
            return;
        }
        int lastColumn = Math.max(range.getFirstColumn(), Math.min(range.getLastColumn(), width - 1));
        MergedRegion region = new MergedRegion(range.getFirstRow(), lastRow, range.getFirstColumn(), lastColumn);
        // SheetGrid indexes every cell a region spans
        if (!budget.take((long) (region.lastRow() - region.firstRow() + 1) * region.width())) {
            overBudget = true;
            return;
        }
        regions.add(region);
    }

    SheetGrid build(boolean hidden) throws UnreadableWorkbookException {
        if (overBudget) {
            throw budget.exceeded();
        }
        return new SheetGrid(file, sheet, rows, regions, hidden);
    }

    private UnreadableWorkbookException beyondGrid() {
        return new UnreadableWorkbookException("工作表“" + sheet + "”的单元格超出 Excel 的最大行列范围", null);
    }
}

package cn.minsheng.recon.workbook;

import cn.minsheng.recon.domain.model.SourceRef;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One sheet held in memory with its merged regions, so that table parsers never see POI: a merged value
 * applies to every cell its region spans.
 */
public final class SheetGrid {

    private final String file;
    private final String sheet;
    private final List<List<SheetCell>> rows;
    private final int width;
    /**
     * The regions touching each row; null for a row none touches. Asked for every cell a reader looks at, so
     * without a boxed key or a map: a row holds a few regions at most, and a long sheet's data rows none.
     */
    private final MergedRegion[][] regionsByRow;
    private final boolean hidden;

    public SheetGrid(String file, String sheet, List<List<SheetCell>> rows, List<MergedRegion> regions) {
        this(file, sheet, rows, regions, false);
    }

    /** @param hidden whether the workbook hides the sheet (hidden or very hidden): old data, never read */
    public SheetGrid(String file, String sheet, List<List<SheetCell>> rows, List<MergedRegion> regions,
            boolean hidden) {
        this.hidden = hidden;
        this.file = file;
        this.sheet = sheet;
        this.rows = List.copyOf(rows);
        // once: the readers ask for it in their loop conditions, row after row (quadratic on a long sheet)
        this.width = this.rows.stream().mapToInt(List::size).max().orElse(0);
        this.regionsByRow = new MergedRegion[this.rows.size()][];
        for (MergedRegion region : regions) {
            int lastRow = Math.min(region.lastRow(), this.rows.size() - 1);
            for (int r = region.firstRow(); r <= lastRow; r++) {
                MergedRegion[] inRow = regionsByRow[r];
                regionsByRow[r] = inRow == null ? new MergedRegion[] {region} : appended(inRow, region);
            }
        }
    }

    private SheetGrid(SheetGrid grid, String file) {
        this.file = file;
        this.sheet = grid.sheet;
        this.rows = grid.rows;
        this.width = grid.width;
        this.regionsByRow = grid.regionsByRow;
        this.hidden = grid.hidden;
    }

    /** The same sheet under the file name it is listed by ({@code 区卫健局/3月报送.xlsx}), cited in findings. */
    public SheetGrid inFile(String name) {
        return name.equals(file) ? this : new SheetGrid(this, name);
    }

    /** Whether the workbook hides the sheet: a hidden sheet holds old data and is never read. */
    public boolean hidden() {
        return hidden;
    }

    public String file() {
        return file;
    }

    public String sheet() {
        return sheet;
    }

    public int rowCount() {
        return rows.size();
    }

    public int width() {
        return width;
    }

    /** The cell as stored, blank for cells covered by a region but not its top-left. */
    public SheetCell raw(int row, int column) {
        if (row < 0 || row >= rows.size() || column < 0) {
            return SheetCell.blank();
        }
        List<SheetCell> cells = rows.get(row);
        return column < cells.size() ? cells.get(column) : SheetCell.blank();
    }

    /** The value that shows at the cell: the region's top-left value for a merged cell. */
    public SheetCell value(int row, int column) {
        MergedRegion region = regionAt(row, column);
        return region == null ? raw(row, column) : raw(region.firstRow(), region.firstColumn());
    }

    public String text(int row, int column) {
        return value(row, column).text();
    }

    public Optional<MergedRegion> region(int row, int column) {
        return Optional.ofNullable(regionAt(row, column));
    }

    /** Where the value at the cell is written: the region's top-left for a merged cell. */
    public SourceRef ref(int row, int column) {
        MergedRegion region = regionAt(row, column);
        return region == null ? SourceRef.of(file, sheet, row, column)
                : SourceRef.of(file, sheet, region.firstRow(), region.firstColumn());
    }

    /** The last region read that covers the cell (overlapping regions are invalid, yet written); null for none. */
    private MergedRegion regionAt(int row, int column) {
        MergedRegion[] inRow = row < 0 || row >= regionsByRow.length ? null : regionsByRow[row];
        if (inRow == null) {
            return null;
        }
        for (int i = inRow.length - 1; i >= 0; i--) {
            if (column >= inRow[i].firstColumn() && column <= inRow[i].lastColumn()) {
                return inRow[i];
            }
        }
        return null;
    }

    private static MergedRegion[] appended(MergedRegion[] regions, MergedRegion region) {
        MergedRegion[] longer = Arrays.copyOf(regions, regions.length + 1);
        longer[regions.length] = region;
        return longer;
    }
}

package cn.minsheng.recon.sheet;

import cn.minsheng.recon.domain.model.SourceRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<Long, MergedRegion> regionByCell = new HashMap<>();

    public SheetGrid(String file, String sheet, List<List<SheetCell>> rows, List<MergedRegion> regions) {
        this.file = file;
        this.sheet = sheet;
        this.rows = List.copyOf(rows);
        // once: the readers ask for it in their loop conditions, row after row (quadratic on a long sheet)
        this.width = this.rows.stream().mapToInt(List::size).max().orElse(0);
        for (MergedRegion region : regions) {
            int lastRow = Math.min(region.lastRow(), this.rows.size() - 1);
            for (int r = region.firstRow(); r <= lastRow; r++) {
                for (int c = region.firstColumn(); c <= region.lastColumn(); c++) {
                    regionByCell.put(key(r, c), region);
                }
            }
        }
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
        return region(row, column).map(r -> raw(r.firstRow(), r.firstColumn())).orElseGet(() -> raw(row, column));
    }

    public String text(int row, int column) {
        return value(row, column).text();
    }

    public Optional<MergedRegion> region(int row, int column) {
        return Optional.ofNullable(regionByCell.get(key(row, column)));
    }

    /** Where the value at the cell is written: the region's top-left for a merged cell. */
    public SourceRef ref(int row, int column) {
        return region(row, column)
                .map(r -> SourceRef.of(file, sheet, r.firstRow(), r.firstColumn()))
                .orElseGet(() -> SourceRef.of(file, sheet, row, column));
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}

package cn.minsheng.recon.sheet;

import java.util.List;
import java.util.Optional;

/**
 * Everything a parser can see of a workbook's grids — sheets, every cell as stored, every cell's region — or why
 * the workbook cannot be read, as one text: two readers agree on a workbook when their texts are equal.
 */
final class GridOutcome {

    /** A read of one workbook by one reader. */
    interface Read {
        List<SheetGrid> read() throws UnreadableWorkbookException;
    }

    private GridOutcome() {
    }

    static String of(Read read) {
        List<SheetGrid> grids;
        try {
            grids = read.read();
        } catch (UnreadableWorkbookException e) {
            return "不可读：" + e.getMessage();
        }
        StringBuilder out = new StringBuilder();
        for (SheetGrid grid : grids) {
            out.append("== ").append(grid.file()).append(" / ").append(grid.sheet()).append(' ')
                    .append(grid.rowCount()).append('×').append(grid.width()).append('\n');
            for (int r = 0; r < grid.rowCount(); r++) {
                for (int c = 0; c <= grid.width(); c++) {
                    SheetCell cell = grid.raw(r, c);
                    Optional<MergedRegion> region = grid.region(r, c);
                    if (!cell.isBlank() || region.isPresent()) {
                        out.append(r).append(',').append(c).append(' ').append(cell)
                                .append(region.map(m -> " in " + m).orElse("")).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }
}

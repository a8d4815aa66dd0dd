package cn.minsheng.recon.layout;

import cn.minsheng.recon.workbook.SheetGrid;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where a table's header is and what each column means.
 *
 * @param firstRow     the header's first row
 * @param lastRow      the header's last row (township names of a two-row header stand here)
 * @param numberColumn the 序号 column
 * @param nameColumns  the columns between 序号 and the first attribute column: project, group, indicator
 * @param labels       the header label of the attribute column and every column after it, by column
 */
record TableHeader(int firstRow, int lastRow, int numberColumn, List<Integer> nameColumns,
                   Map<Integer, String> labels) {

    /** The first column whose label satisfies the test, or -1. */
    int column(Predicate<String> test) {
        return labels.entrySet().stream()
                .filter(e -> test.test(e.getValue()))
                .mapToInt(Map.Entry::getKey)
                .min()
                .orElse(-1);
    }

    /** Whether row {@code r} repeats this header (printed tables repeat it at page breaks). */
    boolean repeatedAt(SheetGrid grid, int r) {
        int anchor = labels.keySet().stream().mapToInt(Integer::intValue).min().orElse(-1);
        if (HeaderWords.isNumberColumn(grid.text(r, numberColumn))
                && HeaderWords.key(grid.text(r, anchor)).equals(HeaderWords.key(labels.get(anchor)))) {
            return true;
        }
        long same = labels.entrySet().stream()
                .filter(e -> HeaderWords.key(grid.text(r, e.getKey())).equals(HeaderWords.key(e.getValue())))
                .count();
        return same * 2 >= labels.size() && same > 1;
    }

    /** Whether row {@code r} starts another table: a 序号 header that is not this one again. */
    boolean otherTableAt(SheetGrid grid, int r) {
        for (int c = 0; c < grid.width(); c++) {
            if (HeaderWords.isNumberColumn(grid.text(r, c)) && grid.region(r, c).map(g -> g.firstRow() == r)
                    .orElse(true)) {
                return !repeatedAt(grid, r);
            }
        }
        return false;
    }
}

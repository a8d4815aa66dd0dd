package cn.minsheng.recon.sheet;

import java.util.List;
import java.util.Map;

/**
 * Where a table's header is and what each column means.
 *
 * @param firstRow    the header's first row
 * @param lastRow     the header's last row (township names of a two-row header stand here)
 * @param numberColumn the 序号 column
 * @param nameColumns the columns between 序号 and the first attribute column: project, group, indicator
 * @param labels      the header label of every other column, by column
 */
record TableHeader(int firstRow, int lastRow, int numberColumn, List<Integer> nameColumns,
                   Map<Integer, String> labels) {

    /** The first column whose label satisfies the test, or -1. */
    int column(java.util.function.Predicate<String> test) {
        return labels.entrySet().stream()
                .filter(e -> test.test(e.getValue()))
                .mapToInt(Map.Entry::getKey)
                .min()
                .orElse(-1);
    }

    /** Whether row {@code r} repeats this header (printed tables repeat it at page breaks). */
    boolean repeatedAt(SheetGrid grid, int r) {
        if (HeaderWords.isNumberColumn(grid.text(r, numberColumn))) {
            return true;
        }
        long same = labels.entrySet().stream()
                .filter(e -> HeaderWords.key(grid.text(r, e.getKey())).equals(HeaderWords.key(e.getValue())))
                .count();
        return same * 2 >= labels.size() && same > 0;
    }
}

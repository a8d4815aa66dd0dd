package cn.minsheng.recon.layout;

import cn.minsheng.recon.workbook.SheetCell;
import cn.minsheng.recon.workbook.SheetGrid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds a table's header by its words, wherever title rows put it, and reads the labels of a one- or two-row
 * header (a label merged down both rows, or township names under a label merged across them).
 */
final class HeaderLocator {

    private HeaderLocator() {
    }

    /**
     * The first header at or below row {@code from} holding a 序号 column and, to its right, a column that
     * passes {@code anchor}, that {@code accept} takes.
     */
    static Optional<TableHeader> find(SheetGrid grid, int from, Predicate<String> anchor,
            Predicate<TableHeader> accept) {
        return find(grid, from, (r, c) -> anchor.test(grid.text(r, c)), accept);
    }

    /** Whether column {@code c} of a header on row {@code r} is the first attribute column. */
    interface Anchor {
        boolean at(int r, int c);
    }

    /** As {@link #find(SheetGrid, int, Predicate, Predicate)}, the anchor told by the header cell's place. */
    static Optional<TableHeader> find(SheetGrid grid, int from, Anchor anchor, Predicate<TableHeader> accept) {
        int width = grid.width();
        for (int r = from; r < grid.rowCount(); r++) {
            int numberColumn = -1;
            int anchorColumn = -1;
            boolean leftmost = true;
            for (int c = 0; c < width; c++) {
                String text = grid.text(r, c);
                // the 序号 column by its word, or the first labelled column when it numbers the rows under it
                boolean ordinal = HeaderWords.isNumberColumn(text) || leftmost && !text.isBlank()
                        && Ordinals.numbersRows(grid, r, c);
                leftmost &= text.isBlank();
                if (numberColumn < 0 && ordinal) {
                    numberColumn = c;
                } else if (numberColumn >= 0 && anchorColumn < 0 && !text.isBlank() && anchor.at(r, c)) {
                    anchorColumn = c;
                }
            }
            if (numberColumn >= 0 && anchorColumn > numberColumn + 1) {
                TableHeader header = header(grid, r, numberColumn, anchorColumn, width);
                if (accept.test(header)) {
                    return Optional.of(header);
                }
            }
        }
        return Optional.empty();
    }

    private static TableHeader header(SheetGrid grid, int firstRow, int numberColumn, int anchorColumn, int width) {
        int lastRow = firstRow;
        while (continuesHeader(grid, firstRow, lastRow + 1, numberColumn, anchorColumn, width)) {
            lastRow++;
        }
        List<Integer> nameColumns = new ArrayList<>();
        for (int c = numberColumn + 1; c < anchorColumn; c++) {
            nameColumns.add(c);
        }
        Map<Integer, String> labels = new LinkedHashMap<>();
        for (int c = anchorColumn; c < width; c++) {
            String label = label(grid, firstRow, lastRow, c);
            if (!label.isBlank()) {
                labels.put(c, label);
            }
        }
        return new TableHeader(firstRow, lastRow, numberColumn, nameColumns, labels);
    }

    /**
     * A row continues the header when its 序号 and anchor cells are merged down from the header (or empty) and
     * it holds text but no number: the township names of a two-row header.
     */
    private static boolean continuesHeader(SheetGrid grid, int firstRow, int row, int numberColumn, int anchorColumn,
            int width) {
        if (row >= grid.rowCount() || row > firstRow + 2) {
            return false;
        }
        if (!fromHeaderOrBlank(grid, firstRow, row, numberColumn)
                || !fromHeaderOrBlank(grid, firstRow, row, anchorColumn)) {
            return false;
        }
        boolean text = false;
        for (int c = anchorColumn + 1; c < width; c++) {
            SheetCell cell = grid.raw(row, c);
            if (cell.kind() == SheetCell.Kind.NUMBER) {
                return false;
            }
            text |= cell.kind() == SheetCell.Kind.TEXT;
        }
        return text;
    }

    private static boolean fromHeaderOrBlank(SheetGrid grid, int firstRow, int row, int column) {
        return grid.region(row, column).map(r -> r.firstRow() <= firstRow && r.firstRow() < row)
                .orElseGet(() -> grid.raw(row, column).isBlank());
    }

    /** The label of a column: its text on the header's last row, else the nearest text above it. */
    private static String label(SheetGrid grid, int firstRow, int lastRow, int column) {
        for (int r = lastRow; r >= firstRow; r--) {
            String text = grid.text(r, column);
            boolean spansOthers = grid.region(r, column).map(region -> region.width() > 1).orElse(false);
            if (!text.isBlank() && !(spansOthers && r < lastRow)) {
                return text;
            }
        }
        return "";
    }
}

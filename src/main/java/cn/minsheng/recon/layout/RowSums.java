package cn.minsheng.recon.layout;

import cn.minsheng.recon.domain.matching.NumberText;
import cn.minsheng.recon.workbook.SheetCell;
import cn.minsheng.recon.workbook.SheetGrid;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;

/**
 * Whether a column adds up the others on its rows, or a row the rows above it: what makes a column or row under
 * an unknown label a total (汇总, 任务总量, 县域汇总) rather than a place no alias knows, whatever it is called.
 */
final class RowSums {

    private RowSums() {
    }

    /**
     * On most rows from {@code fromRow} (up to a note under the table) where {@code column} holds a number, that
     * number is the sum of the numbers in {@code others}.
     */
    static boolean sumsTheOthers(SheetGrid grid, int fromRow, int column, Collection<Integer> others) {
        int numbered = 0;
        int summing = 0;
        for (int r = fromRow; r < grid.rowCount() && !SubmissionRows.isNote(grid, r); r++) {
            Optional<BigDecimal> total = number(grid.value(r, column));
            if (total.isEmpty()) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            boolean any = false;
            for (int c : others) {
                Optional<BigDecimal> part = number(grid.value(r, c));
                if (part.isPresent()) {
                    sum = sum.add(part.get());
                    any = true;
                }
            }
            numbered++;
            summing += any && sum.compareTo(total.get()) == 0 ? 1 : 0;
        }
        return numbered > 0 && summing * 2 > numbered;
    }

    /**
     * In most of {@code columns} where row {@code row} holds a number, that number is the sum of the numbers the
     * {@code rows} hold there: a total row (县域汇总), whatever it is called.
     */
    static boolean sumsTheRows(SheetGrid grid, int row, Collection<Integer> rows, Collection<Integer> columns) {
        int numbered = 0;
        int summing = 0;
        for (int c : columns) {
            Optional<BigDecimal> total = number(grid.value(row, c));
            if (total.isEmpty()) {
                continue;
            }
            BigDecimal sum = rows.stream().map(r -> number(grid.value(r, c))).flatMap(Optional::stream)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            numbered++;
            summing += !rows.isEmpty() && sum.compareTo(total.get()) == 0 ? 1 : 0;
        }
        return numbered > 0 && summing * 2 > numbered;
    }

    /** The number a cell holds, stored as such or typed as text; empty for anything else. */
    static Optional<BigDecimal> number(SheetCell cell) {
        if (cell.kind() == SheetCell.Kind.NUMBER) {
            return Optional.of(cell.number());
        }
        return cell.kind() == SheetCell.Kind.TEXT ? NumberText.parse(cell.text()) : Optional.empty();
    }
}

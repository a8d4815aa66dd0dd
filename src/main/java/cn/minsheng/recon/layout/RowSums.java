package cn.minsheng.recon.layout;

import cn.minsheng.recon.domain.matching.NumberText;
import cn.minsheng.recon.workbook.SheetCell;
import cn.minsheng.recon.workbook.SheetGrid;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;

/**
 * Whether a column adds up the others on its rows: what makes a column under an unknown header a total (汇总,
 * 任务总量, 2026年全县任务量) rather than a place no alias knows, whatever its header says.
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

    private static Optional<BigDecimal> number(SheetCell cell) {
        if (cell.kind() == SheetCell.Kind.NUMBER) {
            return Optional.of(cell.number());
        }
        return cell.kind() == SheetCell.Kind.TEXT ? NumberText.parse(cell.text()) : Optional.empty();
    }
}

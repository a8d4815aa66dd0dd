package cn.minsheng.recon.layout;

import cn.minsheng.recon.workbook.SheetCell;
import cn.minsheng.recon.workbook.SheetGrid;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A column that numbers the rows under its header 1, 2, 3 …, whatever the header says (序号, 编号, 顺序, 排位):
 * the table's 序号 column, never a value or a township. Headings between them ({@code 一}, {@code 合计}) and cells
 * merged down over several rows are passed over; another label before the first number (序号 under a title) is not.
 */
final class Ordinals {

    private Ordinals() {
    }

    /** Whether column {@code c} numbers the rows under header row {@code h}, at least twice in a row. */
    static boolean numbersRows(SheetGrid grid, int h, int c) {
        return ordinals(grid, h, c) >= 2;
    }

    /** How many rows under header row {@code h} column {@code c} numbers 1, 2, 3 …; 0 when a number breaks the run. */
    static int ordinals(SheetGrid grid, int h, int c) {
        int next = 1;
        for (int r = h + 1; r < Math.min(grid.rowCount(), h + 1 + ColumnContents.SAMPLE); r++) {
            SheetCell cell = grid.raw(r, c);
            Optional<BigDecimal> number = RowSums.number(cell);
            if (number.isEmpty()) {
                // before the run only a heading's numeral (一, 二) may stand: a label there (序号) means the header
                // is further down
                if (next == 1 && cell.kind() == SheetCell.Kind.TEXT
                        && !SubmissionWords.isChineseHeadingNumber(cell.text())) {
                    return 0;
                }
                continue;
            }
            if (number.get().compareTo(BigDecimal.valueOf(next)) != 0) {
                return 0;
            }
            next++;
        }
        return next - 1;
    }
}

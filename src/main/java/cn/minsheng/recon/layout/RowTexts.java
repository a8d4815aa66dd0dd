package cn.minsheng.recon.layout;

import cn.minsheng.recon.domain.matching.TextNormalizer;
import cn.minsheng.recon.domain.model.Decimals;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.workbook.SheetCell;
import cn.minsheng.recon.workbook.SheetGrid;
import java.util.ArrayList;
import java.util.List;

/** The texts of a row's name columns, merged cells applied, each told once. */
final class RowTexts {

    record Text(String text, SourceRef source) {
    }

    private RowTexts() {
    }

    /** Distinct non-blank texts left to right: a name merged over two columns counts once. */
    static List<Text> distinct(SheetGrid grid, int r, List<Integer> columns) {
        List<Text> texts = new ArrayList<>();
        for (int c : columns) {
            String text = grid.text(r, c).strip();
            if (text.isEmpty()) {
                continue;
            }
            String key = TextNormalizer.normalize(text);
            boolean seen = texts.stream().anyMatch(t -> TextNormalizer.normalize(t.text()).equals(key));
            if (!seen) {
                texts.add(new Text(text, grid.ref(r, c)));
            }
        }
        return texts;
    }

    /** The 序号 of a row as written: {@code 3} for a number cell, the normalised text otherwise. */
    static String number(SheetGrid grid, int r, int column) {
        SheetCell cell = grid.value(r, column);
        return cell.kind() == SheetCell.Kind.NUMBER
                ? Decimals.plain(cell.number()) : TextNormalizer.normalize(cell.text());
    }

    /** The trimmed text at a column, merged cells applied; empty for column -1 (a column the table lacks). */
    static String text(SheetGrid grid, int r, int column) {
        return column < 0 ? "" : grid.text(r, column).strip();
    }

    /** A note under a table (注：…): its first text starts like one. */
    static boolean isNote(SheetGrid grid, int r) {
        for (int c = 0; c < grid.width(); c++) {
            String text = grid.text(r, c).strip();
            if (!text.isEmpty()) {
                return HeaderWords.isNote(text);
            }
        }
        return false;
    }
}

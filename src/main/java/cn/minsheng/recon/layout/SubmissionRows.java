package cn.minsheng.recon.layout;

import cn.minsheng.recon.domain.matching.NumberText;
import cn.minsheng.recon.domain.matching.TextNormalizer;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.workbook.SheetCell;
import cn.minsheng.recon.workbook.SheetGrid;
import java.util.LinkedHashMap;
import java.util.Map;

/** Row-level questions a submission reader asks of a sheet: its header labels, notes, blank and repeated rows. */
final class SubmissionRows {

    private SubmissionRows() {
    }

    /**
     * The label of every column of header row {@code h} that has one: its text (merged cells applied), else the
     * text just above it when that is a label of one column (a two-row header whose upper labels are not merged
     * down) rather than a title or a {@code 填报单位：} line.
     */
    static Map<Integer, String> labels(SheetGrid grid, int h) {
        Map<Integer, String> labels = new LinkedHashMap<>();
        for (int c = 0; c < grid.width(); c++) {
            String label = label(grid, h, c);
            if (!label.isEmpty()) {
                labels.put(c, label);
            }
        }
        return labels;
    }

    private static String label(SheetGrid grid, int h, int c) {
        int r = labelRow(grid, h, c);
        return r < 0 ? "" : grid.text(r, c).strip();
    }

    /** Where the label of column {@code c} of header row {@code h} is written (see {@link #labels}). */
    static SourceRef labelCell(SheetGrid grid, int h, int c) {
        int r = labelRow(grid, h, c);
        return r < 0 ? SourceRef.none() : grid.ref(r, c);
    }

    /** The row that labels column {@code c} of header row {@code h}: {@code h} or one just above; -1 for none. */
    private static int labelRow(SheetGrid grid, int h, int c) {
        if (!grid.text(h, c).isBlank()) {
            return h;
        }
        for (int r = h - 1; r >= Math.max(0, h - 2); r--) {
            String above = grid.raw(r, c).text().strip();
            boolean ownColumn = grid.region(r, c).map(g -> g.width() == 1).orElse(true);
            if (!above.isEmpty()) {
                return ownColumn && !above.contains(":") && !above.contains("：") && !isFieldValue(grid, r, c) ? r
                        : -1;
            }
        }
        return -1;
    }

    /**
     * The cell is the value of a field whose label stands in the cell to its left ({@code 填报日期： | 2026-03-28}):
     * part of a line above the table, not a column's label.
     */
    private static boolean isFieldValue(SheetGrid grid, int r, int c) {
        String left = c > 0 ? TextNormalizer.normalize(grid.raw(r, c - 1).text()) : "";
        return left.endsWith(":");
    }

    /** A note or signature line under the table: its first text reads like one. */
    static boolean isNote(SheetGrid grid, int r) {
        for (int c = 0; c < grid.width(); c++) {
            SheetCell cell = grid.value(r, c);
            if (cell.kind() == SheetCell.Kind.TEXT) {
                return SubmissionWords.isNote(cell.text());
            }
            if (!cell.isBlank()) {
                return false;
            }
        }
        return false;
    }

    /** No cell of the row holds anything. */
    static boolean isBlank(SheetGrid grid, int r) {
        for (int c = 0; c < grid.width(); c++) {
            if (!grid.value(r, c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The row repeats the header's labels (printed tables repeat them at page breaks). */
    static boolean repeatsHeader(SheetGrid grid, int r, Map<Integer, String> labels) {
        int same = 0;
        for (Map.Entry<Integer, String> label : labels.entrySet()) {
            if (sameWords(grid.raw(r, label.getKey()), HeaderWords.key(label.getValue()))) {
                same++;
            }
        }
        return same >= 2 && same * 2 >= labels.size();
    }

    /**
     * The cell reads as the label whose key is given. A number or blank cell reduces to digits or nothing, so it
     * can only repeat a label of digits: the question is asked of every cell under a label, and a long sheet's
     * numbers, each made a text and a key, had been most of the cost of reading it.
     */
    private static boolean sameWords(SheetCell cell, String labelKey) {
        if (cell.kind() == SheetCell.Kind.NUMBER || cell.isBlank()) {
            for (int i = 0; i < labelKey.length(); i++) {
                if (!Character.isDigit(labelKey.charAt(i))) {
                    return false;
                }
            }
        }
        return HeaderWords.key(cell.text()).equals(labelKey);
    }

    /** The row's texts joined by two spaces, so that {@code 填报单位：} and {@code XX局} in two cells read as one line. */
    static String line(SheetGrid grid, int r) {
        return line(grid, r, 0);
    }

    /** The row's texts from column {@code from} on, joined as {@link #line(SheetGrid, int)} joins them. */
    static String line(SheetGrid grid, int r, int from) {
        StringBuilder line = new StringBuilder();
        for (int c = from; c < grid.width(); c++) {
            String text = grid.raw(r, c).text().strip();
            if (!text.isEmpty()) {
                line.append(line.length() == 0 ? "" : "  ").append(text);
            }
        }
        return line.toString();
    }

    /** A text cell that reads as a word: not a number and not a placeholder. */
    static boolean isWord(SheetCell cell) {
        return cell.kind() == SheetCell.Kind.TEXT && !NumberText.isPlaceholder(cell.text())
                && NumberText.parse(cell.text()).isEmpty();
    }
}

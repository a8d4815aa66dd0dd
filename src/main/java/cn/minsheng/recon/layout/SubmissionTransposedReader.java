package cn.minsheng.recon.layout;

import cn.minsheng.recon.domain.matching.TextNormalizer;
import cn.minsheng.recon.domain.matching.TownshipDirectory;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.submission.Layout;
import cn.minsheng.recon.domain.submission.Measure;
import cn.minsheng.recon.workbook.SheetCell;
import cn.minsheng.recon.workbook.SheetGrid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Reads the transposed layout: townships as rows, indicators as columns. The township column is the first column
 * holding two townships; the header is the nearest row of labels above them; a unit row ({@code 单位 | 人 | 个})
 * or a 序号 row between header and data labels each indicator column, else a unit in the header's parentheses
 * ({@code 城镇新增就业（万人）}); a 合计 row or column is a total; a column of words without a number holds remarks.
 */
final class SubmissionTransposedReader {

    private final Predicate<String> isTownship;

    SubmissionTransposedReader(Predicate<String> isTownship) {
        this.isTownship = isTownship;
    }

    /** The table, if the sheet has one; false otherwise. */
    boolean read(SheetGrid grid, SubmissionCells cells) {
        int column = townshipColumn(grid);
        if (column < 0) {
            return false;
        }
        int h = header(grid, column);
        if (h < 0) {
            return false;
        }
        Map<Integer, String> labels = SubmissionRows.labels(grid, h);
        // indicators merged over two columns or more above a row naming them (任务数 | 已完成): the row above labels
        Map<Integer, Measure> measures = measures(grid, h, column, labels);
        int labelRow = measures.isEmpty() ? h : h - 1;
        if (!measures.isEmpty()) {
            labels = SubmissionRows.labels(grid, labelRow);
        }
        Map<Integer, String> indicators = new TreeMap<>();
        int department = -1;
        for (Map.Entry<Integer, String> label : labels.entrySet()) {
            int c = label.getKey();
            if (c <= column || SubmissionWords.isIgnoredColumn(label.getValue())
                    || HeaderWords.isNumberColumn(label.getValue())
                    || !SubmissionWords.isDepartmentColumn(label.getValue()) && remarks(grid, h, c)) {
                continue;
            }
            if (SubmissionWords.isDepartmentColumn(label.getValue())) {
                department = c;
            } else {
                indicators.put(c, label.getValue().strip());
            }
        }
        if (indicators.isEmpty()) {
            return false;
        }
        cells.header(Layout.TRANSPOSED, h, labels.keySet().iterator().next());
        Map<Integer, String> units = new HashMap<>();
        int unitRow = -1;
        Map<Integer, String> numbers = new HashMap<>();
        if (isNumberRow(grid, h - 1, column)) {
            numbers = texts(grid, h - 1, indicators);
        }
        int r = h + 1;
        for (; r < grid.rowCount(); r++) {
            if (isUnitRow(grid, r, column)) {
                units = texts(grid, r, indicators);
                unitRow = r;
            } else if (isNumberRow(grid, r, column)) {
                numbers = texts(grid, r, indicators);
            } else {
                break;
            }
        }
        // a row named like no township whose numbers add up the townships' rows is a total (县域汇总)
        List<Integer> townshipRows = new ArrayList<>();
        for (int t = r; t < grid.rowCount() && !SubmissionRows.isNote(grid, t); t++) {
            if (isTownship.test(SubmissionWords.township(RowTexts.text(grid, t, column)))) {
                townshipRows.add(t);
            }
        }
        Optional<Measure> block = Optional.empty();
        for (; r < grid.rowCount() && !SubmissionRows.isNote(grid, r); r++) {
            if (SubmissionRows.isBlank(grid, r) || SubmissionRows.repeatsHeader(grid, r, labels)) {
                continue;
            }
            Optional<String> title = blockTitle(grid, r);
            if (title.isPresent()) {
                // 二、完成情况: the rows under it, down to the next such title, are completion
                block = Optional.of(HeaderWords.titlesProgress(title.get()) ? Measure.COMPLETION : Measure.TARGET);
                continue;
            }
            String township = RowTexts.text(grid, r, column);
            boolean total = SubmissionWords.isTotal(township) || !township.isEmpty()
                    && !isTownship.test(SubmissionWords.township(township)) && !TownshipDirectory.namesPlace(township)
                    && RowSums.sumsTheRows(grid, r, townshipRows, indicators.keySet());
            String townshipLabel = total ? "合计" : SubmissionWords.township(township);
            if (department >= 0) {
                cells.department(RowTexts.text(grid, r, department));
            }
            for (int c = column + 1; c < grid.width(); c++) {
                SourceRef labelCell = indicators.containsKey(c) ? SubmissionRows.labelCell(grid, labelRow, c)
                        : SourceRef.none();
                // a unit row's cell first, else the unit in the header's parentheses, else the sheet's 单位 line
                String stated = units.getOrDefault(c, "");
                Optional<String> inHeader = stated.isBlank()
                        ? SubmissionWords.headerUnit(indicators.getOrDefault(c, "")) : Optional.empty();
                String unit = inHeader.orElseGet(() -> cells.unit(stated));
                SourceRef unitCell = inHeader.isPresent() ? labelCell
                        : cells.unitCell(unitRow, unitRow < 0 ? -1 : c);
                String no = numbers.getOrDefault(c, "");
                if (indicators.containsKey(c) && !township.isEmpty()) {
                    SubmissionCells.Labels placed = new SubmissionCells.Labels(indicators.get(c), labelCell, no,
                            townshipLabel, "", unit, unitCell, total || SubmissionWords.isTotal(indicators.get(c)));
                    Optional<Measure> measure = measures.containsKey(c) ? Optional.of(measures.get(c)) : block;
                    if (measure.isPresent()) {
                        cells.place(r, c, placed, measure.get());
                    } else {
                        cells.place(r, c, placed);
                    }
                } else if (!labels.containsKey(c) || indicators.containsKey(c)) {
                    cells.stray(r, c, new SubmissionCells.Labels(indicators.getOrDefault(c, ""), labelCell, no,
                            townshipLabel, "", unit, unitCell, false));
                }
            }
        }
        return true;
    }

    /**
     * Header row {@code h} names what each column under an indicator merged above it holds (任务数 | 已完成): the
     * measure of each of its labelled columns right of the township column; none when no indicator above is merged
     * over several columns or no column names a completion.
     */
    private static Map<Integer, Measure> measures(SheetGrid grid, int h, int column, Map<Integer, String> labels) {
        if (h < 1) {
            return Map.of();
        }
        Map<Integer, Measure> measures = new TreeMap<>();
        boolean merged = false;
        for (Map.Entry<Integer, String> label : labels.entrySet()) {
            int c = label.getKey();
            if (c <= column) {
                continue;
            }
            String above = grid.text(h - 1, c);
            merged |= !above.contains("：") && !above.contains(":")
                    && grid.region(h - 1, c).map(g -> g.width() > 1 && g.lastRow() == h - 1).orElse(false);
            measures.put(c, HeaderWords.measure(label.getValue()));
        }
        return merged && measures.containsValue(Measure.COMPLETION) && measures.containsValue(Measure.TARGET)
                ? measures : Map.of();
    }

    /**
     * A row of one text and nothing else ({@code 二、完成情况（截至6月底）}), naming no township or total: the title of
     * the block under it.
     */
    private Optional<String> blockTitle(SheetGrid grid, int r) {
        Set<String> texts = new LinkedHashSet<>();
        for (int c = 0; c < grid.width(); c++) {
            SheetCell cell = grid.raw(r, c);
            if (cell.kind() == SheetCell.Kind.TEXT && !cell.text().isBlank()) {
                texts.add(grid.text(r, c).strip());
            } else if (!cell.isBlank()) {
                return Optional.empty();
            }
        }
        return texts.size() == 1 ? Optional.of(texts.iterator().next())
                .filter(t -> !isTownship.test(SubmissionWords.township(t)) && !SubmissionWords.isTotal(t))
                : Optional.empty();
    }

    /** A column of words and no number ({@code 主要工程: 山塘清淤扩容12口}): remarks, whatever its header says. */
    private boolean remarks(SheetGrid grid, int h, int c) {
        return ColumnContents.of(grid, h, c, isTownship).ofRemarks();
    }

    /** The first column in which two text cells name townships, or -1. */
    private int townshipColumn(SheetGrid grid) {
        for (int c = 0; c < grid.width(); c++) {
            int townships = 0;
            for (int r = 0; r < grid.rowCount() && townships < 2; r++) {
                SheetCell cell = grid.raw(r, c);
                if (cell.kind() == SheetCell.Kind.TEXT && isTownship.test(SubmissionWords.township(cell.text()))) {
                    townships++;
                }
            }
            if (townships >= 2) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The nearest row above the first township that labels columns right of the township column, passing over
     * unit and 序号 rows and a 合计 row; -1 if none. A row of short words with nothing in the township column is
     * taken for the unit row under the labels when labels stand above it.
     */
    private int header(SheetGrid grid, int column) {
        int first = 0;
        while (first < grid.rowCount() && !(grid.raw(first, column).kind() == SheetCell.Kind.TEXT
                && isTownship.test(SubmissionWords.township(grid.raw(first, column).text())))) {
            first++;
        }
        int unitWords = -1;
        for (int r = first - 1; r >= 0; r--) {
            if (isLabelledUnitRow(grid, r, column) || isNumberRow(grid, r, column)
                    || SubmissionWords.isTotal(grid.text(r, column)) || !hasLabels(grid, r, column)) {
                continue;
            }
            if (unitWords < 0 && isUnitWords(grid, r, column)) {
                unitWords = r;
                continue;
            }
            return r;
        }
        return unitWords;
    }

    /** Words right of the township column, lines such as {@code 填报日期：…} apart. */
    private static boolean hasLabels(SheetGrid grid, int r, int column) {
        for (int c = column + 1; c < grid.width(); c++) {
            SheetCell cell = grid.raw(r, c);
            if (SubmissionRows.isWord(cell) && !cell.text().contains(":") && !cell.text().contains("：")) {
                return true;
            }
        }
        return false;
    }

    /** A unit row: 单位 in or left of the township column, or short words only with that column empty. */
    private static boolean isUnitRow(SheetGrid grid, int r, int column) {
        return isLabelledUnitRow(grid, r, column) || isUnitWords(grid, r, column);
    }

    private static boolean isLabelledUnitRow(SheetGrid grid, int r, int column) {
        for (int c = 0; c <= column; c++) {
            if (HeaderWords.isUnitColumn(grid.text(r, c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnitWords(SheetGrid grid, int r, int column) {
        if (r < 0 || !grid.text(r, column).isBlank()) {
            return false;
        }
        boolean any = false;
        for (int c = column + 1; c < grid.width(); c++) {
            SheetCell cell = grid.raw(r, c);
            if (cell.isBlank()) {
                continue;
            }
            if (!SubmissionRows.isWord(cell) || TextNormalizer.normalize(cell.text()).length() > 6) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** A row of indicator numbers: 序号 or 编号 in or left of the township column, no words right of it. */
    private static boolean isNumberRow(SheetGrid grid, int r, int column) {
        if (r < 0 || hasLabels(grid, r, column)) {
            return false;
        }
        for (int c = 0; c <= column; c++) {
            if (HeaderWords.isNumberColumn(grid.text(r, c))) {
                return true;
            }
        }
        return false;
    }

    private static Map<Integer, String> texts(SheetGrid grid, int r, Map<Integer, String> columns) {
        Map<Integer, String> texts = new HashMap<>();
        columns.keySet().forEach(c -> texts.put(c, RowTexts.number(grid, r, c)));
        return texts;
    }
}

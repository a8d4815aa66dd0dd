package cn.minsheng.recon.layout;

import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.submission.Layout;
import cn.minsheng.recon.domain.submission.Measure;
import cn.minsheng.recon.workbook.SheetCell;
import cn.minsheng.recon.workbook.SheetGrid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Reads the long layout: one row per township × indicator ({@code 乡镇 | 指标 | 单位 | 目标任务数}), maybe one per
 * village ({@code 村/社区}). Every row is kept: the reconciler adds villages up to their township; a village cell
 * saying 小计/合计 marks the township's own subtotal, a township cell saying 合计 the sheet's total. Unlabelled
 * cells right of the value column are unplaced; those left of it sit among the labels.
 *
 * <p>A column's role comes from its header's words when they are known ({@code 乡镇}, {@code 指标}, {@code 目标任务数})
 * and otherwise from what its cells hold ({@link ColumnContents}): the column of township names, the column of
 * villages, the column of unit words, the column of numbers, and the column of other words nearest before the
 * numbers for the indicator. Two columns of numbers that both qualify as the value are reported, not hidden.
 */
final class SubmissionLongReader {

    /** The rows a header is looked for in by content: title, 填报单位 and unit lines come first, never many. */
    private static final int CONTENT_HEADER_ROWS = 20;

    private final Predicate<String> isTownship;

    SubmissionLongReader(Predicate<String> isTownship) {
        this.isTownship = isTownship;
    }

    /**
     * The first row labelling a township, an indicator and a value column by their words; else, near the top, the
     * first row of labels over a township, an indicator and a value column by their cells.
     */
    OptionalInt header(SheetGrid grid) {
        for (int r = 0; r < grid.rowCount(); r++) {
            if (Columns.of(SubmissionRows.labels(grid, r)).complete()) {
                return OptionalInt.of(r);
            }
        }
        for (int r = 0; r < Math.min(grid.rowCount(), CONTENT_HEADER_ROWS); r++) {
            if (isLabelRow(grid, r) && byContent(grid, r).complete()) {
                return OptionalInt.of(r);
            }
        }
        return OptionalInt.empty();
    }

    /** The table under header row {@code h}. */
    boolean read(SheetGrid grid, int h, SubmissionCells cells) {
        Map<Integer, String> labels = SubmissionRows.labels(grid, h);
        Columns columns = Columns.of(labels);
        if (!columns.complete()) {
            columns = byContent(grid, h);
        }
        if (!columns.complete()) {
            return false;
        }
        cells.header(Layout.LONG, h, labels.keySet().iterator().next());
        if (columns.otherValue >= 0 && ColumnContents.of(grid, h, columns.otherValue, isTownship).ofNumbers()) {
            cells.ambiguous("数值列", h, columns.value, columns.otherValue);
        }
        if (columns.otherTownship >= 0) {
            cells.ambiguous("乡镇列", h, columns.township, columns.otherTownship);
        }
        int first = columns.value >= 0 ? columns.value : columns.completion;
        Optional<String> valueUnit = SubmissionWords.headerUnit(labels.getOrDefault(first, ""));
        String sole = null;
        SourceRef soleCell = SourceRef.none();
        for (int r = h + 1; r < grid.rowCount() && !SubmissionRows.isNote(grid, r); r++) {
            if (SubmissionRows.isBlank(grid, r) || SubmissionRows.repeatsHeader(grid, r, labels)) {
                continue;
            }
            String township = RowTexts.text(grid, r, columns.township);
            String written = RowTexts.text(grid, r, columns.indicator);
            boolean sheetTotal = SubmissionWords.isTotal(township);
            // a 合计 row that names no indicator totals the one indicator the rows above it name
            boolean ofSole = written.isEmpty() && sheetTotal && sole != null && !sole.isEmpty();
            String indicator = ofSole ? sole : written;
            String village = RowTexts.text(grid, r, columns.village);
            String no = columns.indicatorNo < 0 ? "" : RowTexts.number(grid, r, columns.indicatorNo);
            // the unit column's cell, else the unit in the value column's parentheses (任务量（户）), else a 单位 line
            String stated = RowTexts.text(grid, r, columns.unit);
            String unit = stated.isEmpty() && valueUnit.isPresent() ? valueUnit.get() : cells.unit(stated);
            SourceRef unitCell = stated.isEmpty() && valueUnit.isPresent() ? SubmissionRows.labelCell(grid, h,
                    first) : cells.unitCell(r, columns.unit);
            SourceRef indicatorCell = ofSole ? soleCell : cells.cell(r, columns.indicator);
            if (!sheetTotal && !written.isEmpty()) {
                soleCell = sole == null ? indicatorCell : soleCell;
                sole = sole == null || sole.equals(written) ? written : "";
            }
            for (Map.Entry<Integer, Measure> read : columns.read().entrySet()) {
                int c = read.getKey();
                if (township.isEmpty() && indicator.isEmpty() && village.isEmpty()) {
                    cells.stray(r, c, new SubmissionCells.Labels("", SourceRef.none(), no, "", "", unit, unitCell,
                            false));
                } else {
                    boolean subtotal = !village.isEmpty() && SubmissionWords.isTotal(village);
                    SubmissionCells.Labels placed = new SubmissionCells.Labels(indicator, indicatorCell, no,
                            sheetTotal ? "合计" : SubmissionWords.township(township), subtotal ? "" : village, unit,
                            unitCell, sheetTotal || subtotal);
                    if (read.getValue() == Measure.TARGET && columns.completion < 0) {
                        // the one column of numbers measures what the sheet does: a 完成情况 sheet's, completion
                        cells.place(r, c, placed);
                    } else {
                        cells.place(r, c, placed, read.getValue());
                    }
                }
            }
            if (columns.department >= 0) {
                cells.department(RowTexts.text(grid, r, columns.department));
            }
            for (int c = columns.lastValue() + 1; c < grid.width(); c++) {
                if (!labels.containsKey(c)) {
                    cells.stray(r, c, new SubmissionCells.Labels(indicator, indicatorCell, no, township, village,
                            unit, unitCell, false));
                }
            }
        }
        return true;
    }

    /** Three labels or more, all words: a header row, not a title, a 填报单位 line or data. */
    private static boolean isLabelRow(SheetGrid grid, int r) {
        int words = 0;
        for (int c = 0; c < grid.width(); c++) {
            SheetCell cell = grid.raw(r, c);
            if (SubmissionRows.isWord(cell)) {
                words++;
            } else if (!cell.isBlank()) {
                return false;
            }
        }
        return words >= 3;
    }

    /**
     * The roles of the columns under header row {@code h} by what their cells hold; header words only break a
     * tie between two columns of numbers, and leave out 序号 and remarks.
     */
    private Columns byContent(SheetGrid grid, int h) {
        Map<Integer, String> labels = SubmissionRows.labels(grid, h);
        Map<Integer, ColumnContents> contents = new LinkedHashMap<>();
        labels.keySet().forEach(c -> contents.put(c, ColumnContents.of(grid, h, c, isTownship)));
        Columns columns = new Columns();
        contents.forEach((c, content) -> {
            String label = labels.get(c);
            if (content.ofTownships() && columns.township < 0) {
                columns.township = c;
            } else if (content.ofTownships() && columns.otherTownship < 0) {
                columns.otherTownship = c;
            } else if (content.ofVillages() && columns.village < 0) {
                columns.village = c;
            } else if (content.ofUnits() && columns.unit < 0 && columns.value < 0) {
                columns.unit = c;
            } else if (content.ofNumbers() && HeaderWords.namesCompletion(label) && columns.completion < 0) {
                columns.completion = c;
            } else if (content.ofNumbers() && HeaderWords.namesCompletionRate(label) && columns.rate < 0) {
                columns.rate = c;
            } else if (HeaderWords.namesProgressNote(label) && columns.note < 0) {
                columns.note = c;
            } else if (content.ofNumbers() && columns.township >= 0 && !HeaderWords.isNumberColumn(label)
                    && !(c == labels.keySet().iterator().next() && Ordinals.numbersRows(grid, h, c))
                    && !SubmissionWords.isIndicatorNumberColumn(label)) {
                int rank = SubmissionWords.valueColumnRank(label);
                int held = columns.valueRank;
                if (columns.value < 0 || rank >= 0 && (held < 0 || rank < held)) {
                    columns.otherValue = columns.value;
                    columns.value = c;
                    columns.valueRank = rank;
                } else if (columns.otherValue < 0) {
                    columns.otherValue = c;
                }
            }
        });
        // the indicator: the column of words nearest before the value (after it, if none is before), filled on most
        // rows as the townships are; words on a few rows are remarks
        int townshipRows = columns.township < 0 ? 0 : contents.get(columns.township).filled();
        contents.forEach((c, content) -> {
            boolean words = content.ofWords() && content.filled() * 2 > townshipRows && c != columns.township
                    && c != columns.note
                    && !SubmissionWords.isIgnoredColumn(labels.get(c)) && !SubmissionWords.isDepartmentColumn(labels.get(c));
            int value = columns.value >= 0 ? columns.value : columns.completion;
            if (words && value >= 0 && (c < value ? columns.indicator < 0 || columns.indicator < c
                    : columns.indicator < 0)) {
                columns.indicator = c;
            }
        });
        return columns;
    }

    /** What each labelled column is; -1 for a column the table lacks. */
    private static final class Columns {
        int township = -1;
        int indicator = -1;
        int indicatorNo = -1;
        int value = -1;
        /** A column that qualified for the value too, or -1. */
        int otherValue = -1;
        /** A column of townships too, or -1. */
        int otherTownship = -1;
        int valueRank = Integer.MAX_VALUE;
        int village = -1;
        int unit = -1;
        int department = -1;
        /** The column of cumulative completion (累计完成), or -1. */
        int completion = -1;
        /** The column of the completion rate the file works out (完成率), or -1. */
        int rate = -1;
        /** The column of progress in words (进展情况), or -1. */
        int note = -1;

        static Columns of(Map<Integer, String> labels) {
            Columns columns = new Columns();
            labels.forEach((c, label) -> {
                int rank = SubmissionWords.valueColumnRank(label);
                if (HeaderWords.namesCompletion(label) && columns.completion < 0) {
                    columns.completion = c;
                } else if (HeaderWords.namesCompletionRate(label) && columns.rate < 0) {
                    columns.rate = c;
                } else if (HeaderWords.namesProgressNote(label) && columns.note < 0) {
                    columns.note = c;
                } else if (SubmissionWords.isTownshipColumn(label) && columns.township < 0) {
                    columns.township = c;
                } else if (SubmissionWords.isIndicatorNumberColumn(label) && columns.indicatorNo < 0) {
                    columns.indicatorNo = c;
                } else if (SubmissionWords.isIndicatorColumn(label) && columns.indicator < 0) {
                    columns.indicator = c;
                } else if (rank >= 0 && rank < columns.valueRank) {
                    columns.otherValue = columns.value;
                    columns.value = c;
                    columns.valueRank = rank;
                } else if (rank >= 0 && columns.otherValue < 0) {
                    columns.otherValue = c;
                } else if (SubmissionWords.isVillageColumn(label) && columns.village < 0) {
                    columns.village = c;
                } else if (HeaderWords.isUnitColumn(label) && columns.unit < 0) {
                    columns.unit = c;
                } else if (SubmissionWords.isDepartmentColumn(label)) {
                    columns.department = c;
                }
            });
            return columns;
        }

        /** A township, an indicator and a target or a completion column. */
        boolean complete() {
            return township >= 0 && indicator >= 0 && (value >= 0 || completion >= 0);
        }

        /** The columns read, left to right, with what each states. */
        Map<Integer, Measure> read() {
            Map<Integer, Measure> read = new TreeMap<>();
            Map.of(Measure.TARGET, value, Measure.COMPLETION, completion, Measure.RATE, rate, Measure.NOTE, note)
                    .forEach((measure, c) -> {
                        if (c >= 0) {
                            read.put(c, measure);
                        }
                    });
            return read;
        }

        /** The rightmost column read. */
        int lastValue() {
            return Math.max(Math.max(value, completion), Math.max(rate, note));
        }
    }
}

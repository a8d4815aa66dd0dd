package cn.minsheng.recon.layout;

import cn.minsheng.recon.domain.matching.TextNormalizer;
import cn.minsheng.recon.domain.matching.TownshipDirectory;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.submission.Layout;
import cn.minsheng.recon.domain.submission.Measure;
import cn.minsheng.recon.domain.submission.Reading;
import cn.minsheng.recon.workbook.SheetCell;
import cn.minsheng.recon.workbook.SheetGrid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Reads the wide layout: indicators as rows, townships as columns, like the official table. The header is the
 * row where two cells name townships; a 合计 column or row is a total; 序号, 单位 and 填报单位 columns label the row; the
 * text columns left of the values name the indicator.
 */
final class SubmissionWideReader {

    /** Texts longer than this in a column of words make it a column of remarks. */
    private static final int REMARK_LENGTH = 8;

    private final Predicate<String> isTownship;

    SubmissionWideReader(Predicate<String> isTownship) {
        this.isTownship = isTownship;
    }

    /** The first row above {@code limit} in which at least two cells name townships. */
    OptionalInt header(SheetGrid grid, int limit) {
        for (int r = 0; r < Math.min(limit, grid.rowCount()); r++) {
            int townships = 0;
            for (int c = 0; c < grid.width(); c++) {
                SheetCell cell = grid.raw(r, c);
                if (cell.kind() == SheetCell.Kind.TEXT && isTownship.test(SubmissionWords.township(cell.text()))) {
                    townships++;
                }
            }
            if (townships >= 2) {
                return OptionalInt.of(r);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Whether a label merged across township columns stands right above header row {@code h} ({@code 目标任务}
     * over the township names): the row above is then the header's upper row, not a table of its own.
     */
    boolean underSpanningLabel(SheetGrid grid, int h) {
        for (int c = 0; c < grid.width(); c++) {
            SheetCell cell = grid.raw(h, c);
            boolean township = cell.kind() == SheetCell.Kind.TEXT
                    && isTownship.test(SubmissionWords.township(cell.text()));
            if (township && grid.region(h - 1, c).map(g -> g.width() > 1 && g.lastRow() == h - 1).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** The table under header row {@code h}; false when it has no column naming its indicators. */
    boolean read(SheetGrid grid, int h, SubmissionCells cells) {
        Map<Integer, String> labels = SubmissionRows.labels(grid, h);
        Columns columns = columns(grid, h, labels);
        if (columns.names.isEmpty()) {
            return false;
        }
        cells.header(Layout.WIDE, h, labels.keySet().iterator().next());
        Map<Integer, Measure> measures = measures(grid, h, columns);
        List<Row> rows = new ArrayList<>();
        for (int r = measures.isEmpty() ? h + 1 : h + 2; r < grid.rowCount() && !SubmissionRows.isNote(grid, r); r++) {
            if (SubmissionRows.isBlank(grid, r) || SubmissionRows.repeatsHeader(grid, r, labels)) {
                continue;
            }
            List<RowTexts.Text> names = RowTexts.distinct(grid, r, columns.names);
            String name = names.isEmpty() ? "" : names.get(names.size() - 1).text().strip();
            if (name.isEmpty() || !isHeading(grid, columns, r)) {
                SourceRef nameCell = names.isEmpty() ? SourceRef.none() : names.get(names.size() - 1).source();
                rows.add(new Row(r, name, nameCell, cells.unit(RowTexts.text(grid, r, columns.unit)),
                        cells.unitCell(r, columns.unit)));
            }
        }
        List<Row> named = rows.stream().filter(row -> !row.name().isEmpty()).toList();
        boolean ownNumbers = ownNumbers(grid, columns.number, named);
        for (Row row : rows) {
            int r = row.r();
            if (row.name().isEmpty()) {
                // values without an indicator name: nothing places them
                for (int c = columns.firstValue(); c < grid.width(); c++) {
                    if (!labels.containsKey(c) || columns.values.containsKey(c)) {
                        cells.stray(r, c, new SubmissionCells.Labels("", SourceRef.none(), "", columns.township(c),
                                "", row.unit(), row.unitCell(), false));
                    }
                }
                continue;
            }
            String no = ownNumbers ? RowTexts.number(grid, r, columns.number) : "";
            boolean totalRow = SubmissionWords.isTotal(row.name());
            if (columns.department >= 0) {
                cells.department(RowTexts.text(grid, r, columns.department));
            }
            columns.values.forEach((c, township) -> {
                SubmissionCells.Labels placed = new SubmissionCells.Labels(row.name(), row.nameCell(), no, township,
                        "", row.unit(), row.unitCell(), totalRow || columns.totals.contains(c));
                if (measures.containsKey(c)) {
                    cells.place(r, c, placed, measures.get(c));
                } else {
                    cells.place(r, c, placed);
                }
            });
            if (columns.note >= 0 && !totalRow) {
                // the row's progress in words, kept beside its completion figures
                cells.place(r, columns.note, new SubmissionCells.Labels(row.name(), row.nameCell(), no, "", "",
                        row.unit(), row.unitCell(), true), Measure.NOTE);
            }
            for (int c = columns.firstValue(); c < grid.width(); c++) {
                if (!labels.containsKey(c)) {
                    cells.stray(r, c, new SubmissionCells.Labels(row.name(), row.nameCell(), no, "", "", row.unit(),
                            row.unitCell(), false));
                }
            }
        }
        return true;
    }

    /**
     * A township merged over two or more columns, with a row under it naming what each holds (目标任务 | 累计完成):
     * the measure of each value column, read from that row; none when the header has no such row. The row under
     * the header is then part of it, not data.
     */
    private static Map<Integer, Measure> measures(SheetGrid grid, int h, Columns columns) {
        if (h + 1 >= grid.rowCount()) {
            return Map.of();
        }
        boolean paired = columns.values.keySet().stream()
                .anyMatch(c -> grid.region(h, c).map(g -> g.width() > 1 && g.lastRow() == h).orElse(false));
        Map<Integer, Measure> measures = new TreeMap<>();
        for (int c : columns.values.keySet()) {
            SheetCell below = grid.raw(h + 1, c);
            if (below.kind() != SheetCell.Kind.TEXT && !below.isBlank()) {
                return Map.of();
            }
            measures.put(c, HeaderWords.measure(below.text()));
        }
        return paired && measures.containsValue(Measure.COMPLETION) ? measures : Map.of();
    }

    /** A data row: its indicator name and unit, with the cells that state them. */
    private record Row(int r, String name, SourceRef nameCell, String unit, SourceRef unitCell) {
    }

    /**
     * A project heading ({@code 一 | 就业创业}): no value, and a Chinese 序号 or a name merged on into the value
     * columns.
     */
    private static boolean isHeading(SheetGrid grid, Columns columns, int r) {
        boolean empty = columns.values.keySet().stream().allMatch(c -> grid.raw(r, c).isBlank());
        int lastName = columns.names.get(columns.names.size() - 1);
        boolean mergedOn = columns.names.stream()
                .anyMatch(c -> grid.region(r, c).map(g -> g.lastColumn() > lastName).orElse(false));
        boolean chineseNumber = columns.number >= 0
                && SubmissionWords.isChineseHeadingNumber(grid.text(r, columns.number));
        return empty && (mergedOn || chineseNumber);
    }

    /**
     * 序号 numbers the indicators themselves when every row has its own number cell, not merged over several
     * rows, and no two are the same; a project number merged down its indicators is no indicator number.
     */
    private static boolean ownNumbers(SheetGrid grid, int column, List<Row> rows) {
        if (column < 0 || rows.isEmpty()) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            boolean ownCell = grid.region(row.r(), column).map(g -> g.firstRow() == g.lastRow()).orElse(true);
            String number = RowTexts.number(grid, row.r(), column);
            if (!ownCell || !number.matches("\\d+") || !seen.add(number)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What each labelled column is. A label that is no township, total or attribute names the indicator when it
     * stands left of the values and holds words; otherwise, named like a place, it is a place no alias knows
     * (开发区, a misspelt or ambiguous name), kept as a township column so that the reconciler reports it rather
     * than the value vanishing — unless, named like no place, its numbers add up the townships' (汇总, 全县任务量):
     * then it is a total; a column of words right of the values holds remarks (拟改造小区: 沅北：电机厂宿舍…).
     */
    private Columns columns(SheetGrid grid, int h, Map<Integer, String> labels) {
        Columns columns = new Columns();
        Map<Integer, String> unknown = new LinkedHashMap<>();
        // the first labelled column numbers the rows (序号, 编码, 序次) when its numbers run 1, 2, 3 …
        int first = labels.keySet().stream().mapToInt(Integer::intValue).min().orElse(-1);
        labels.forEach((c, label) -> {
            String township = SubmissionWords.township(label);
            if (isTownship.test(township)) {
                columns.values.put(c, township);
            } else if (SubmissionWords.isTotal(label) || HeaderWords.isTotalColumn(label)) {
                columns.values.put(c, "合计");
                columns.totals.add(c);
            } else if (HeaderWords.isNumberColumn(label) || c == first && Ordinals.ordinals(grid, h, c) >= 1) {
                columns.number = columns.number < 0 ? c : columns.number;
            } else if (HeaderWords.isUnitColumn(label)) {
                columns.unit = columns.unit < 0 ? c : columns.unit;
            } else if (SubmissionWords.isDepartmentColumn(label)) {
                columns.department = c;
            } else if (HeaderWords.namesProgressNote(label) && columns.note < 0) {
                columns.note = c;
            } else if (!SubmissionWords.isIgnoredColumn(label)) {
                unknown.put(c, label);
            }
        });
        List<Integer> townships = columns.values.keySet().stream().filter(c -> !columns.totals.contains(c)).toList();
        int firstValue = columns.values.keySet().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
        unknown.forEach((c, label) -> {
            boolean numbers = holdsNumbers(grid, h, c);
            boolean place = TownshipDirectory.namesPlace(label);
            if (c < firstValue && !numbers && columns.unit < 0
                    && ColumnContents.of(grid, h, c, isTownship).ofUnits()) {
                columns.unit = c;
            } else if (c < firstValue && (SubmissionWords.isIndicatorColumn(label) || !numbers)) {
                columns.names.add(c);
            } else if (numbers && !place && RowSums.sumsTheOthers(grid, h + 1, c, townships)) {
                columns.values.put(c, "合计");
                columns.totals.add(c);
            } else if (numbers && !place && HeaderWords.namesYear(label)) {
                return; // last year's figures beside this year's (2025年完成): no township, no target
            } else if (numbers || place || !holdsSentences(grid, h, c)) {
                columns.values.put(c, SubmissionWords.township(label));
            }
        });
        return columns;
    }

    /** Every text under the header is a sentence (沅北：电机厂宿舍、粮站小区…): remarks, not a value written as words. */
    private static boolean holdsSentences(SheetGrid grid, int h, int c) {
        boolean any = false;
        for (int r = h + 1; r < grid.rowCount() && !SubmissionRows.isNote(grid, r); r++) {
            String text = TextNormalizer.normalize(grid.raw(r, c).text());
            if (!text.isEmpty() && text.length() <= REMARK_LENGTH) {
                return false;
            }
            any |= !text.isEmpty();
        }
        return any;
    }

    /** More numbers than words under the header: a value column, not a name column. */
    private static boolean holdsNumbers(SheetGrid grid, int h, int c) {
        int numbers = 0;
        int words = 0;
        for (int r = h + 1; r < grid.rowCount() && !SubmissionRows.isNote(grid, r); r++) {
            SheetCell cell = grid.raw(r, c);
            if (SubmissionRows.isWord(cell)) {
                words++;
            } else if (!(SubmissionCells.reading(cell, "") instanceof Reading.Blank)) {
                numbers++;
            }
        }
        return numbers > words;
    }

    private static final class Columns {
        int number = -1;
        int unit = -1;
        int department = -1;
        /** The column of progress in words (进展情况), or -1. */
        int note = -1;
        final List<Integer> names = new ArrayList<>();
        final Map<Integer, String> values = new TreeMap<>();
        final Set<Integer> totals = new HashSet<>();

        /** Where the data area starts: unlabelled columns left of it sit among the labels (row numbers). */
        int firstValue() {
            return values.keySet().iterator().next();
        }

        String township(int c) {
            return values.getOrDefault(c, "");
        }
    }
}

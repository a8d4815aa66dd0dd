package cn.minsheng.recon.layout;

import cn.minsheng.recon.domain.matching.NumberText;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.submission.AmbiguousColumn;
import cn.minsheng.recon.domain.submission.Layout;
import cn.minsheng.recon.domain.submission.Measure;
import cn.minsheng.recon.domain.submission.Reading;
import cn.minsheng.recon.domain.submission.SubmissionSheet;
import cn.minsheng.recon.domain.submission.SubmittedValue;
import cn.minsheng.recon.workbook.SheetCell;
import cn.minsheng.recon.workbook.SheetGrid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects what a layout reader finds on one sheet: each data cell as a value with the labels that place it, cells
 * no label places, and the first value of a {@code 填报单位} column. Values are read from the cell that holds them,
 * so a number merged across several cells is told once, at its top-left.
 */
final class SubmissionCells {

    /**
     * The labels that place a cell, with the cells of the indicator label and of the unit: a finding about the
     * whole row or column cites them rather than one of its values.
     */
    record Labels(String indicator, SourceRef indicatorCell, String indicatorNo, String township, String village,
                  String unit, SourceRef unitCell, boolean total) {
    }

    private final SheetGrid grid;
    private final List<SubmittedValue> values = new ArrayList<>();
    private final List<SubmittedValue> unplaced = new ArrayList<>();
    private final List<AmbiguousColumn> ambiguities = new ArrayList<>();
    /** One copy of each label text: a long sheet repeats its townships, villages and units row after row. */
    private final Map<String, String> texts = new HashMap<>();
    private Layout layout;
    private SourceRef header = SourceRef.none();
    private String sheetUnit = "";
    private SourceRef sheetUnitCell = SourceRef.none();
    private String department = "";

    /** What a cell placed without a measure of its own measures: the sheet's, or its file's, as titled. */
    private final Measure measure;

    SubmissionCells(SheetGrid grid) {
        this(grid, Measure.TARGET);
    }

    /** @param measure what the sheet's cells measure unless a header says otherwise (a sheet titled 完成情况) */
    SubmissionCells(SheetGrid grid, Measure measure) {
        this.grid = grid;
        this.measure = measure;
    }

    /** Where the table's header is; the {@code 单位：万元} line above it gives the sheet's unit. */
    void header(Layout layout, int row, int column) {
        this.layout = layout;
        this.header = SourceRef.of(grid.file(), grid.sheet(), row, column);
        for (int r = 0; r < row && sheetUnit.isEmpty(); r++) {
            sheetUnit = SubmissionWords.unitLine(SubmissionRows.line(grid, r)).orElse("");
            if (!sheetUnit.isEmpty()) {
                sheetUnitCell = unitLineCell(r);
            }
        }
    }

    /** The unit a unit cell states, else the sheet's. */
    String unit(String stated) {
        return stated.isBlank() ? sheetUnit : stated.strip();
    }

    /**
     * Where the unit {@link #unit} gives for the cell at {@code (r, c)} is written: that unit cell when it states
     * one, else the sheet's {@code 单位：万元} line, else nowhere. Column -1 is a unit column the table lacks.
     */
    SourceRef unitCell(int r, int c) {
        if (c >= 0 && !grid.text(r, c).isBlank()) {
            return grid.ref(r, c);
        }
        return sheetUnit.isEmpty() ? SourceRef.none() : sheetUnitCell;
    }

    /** The cell at {@code (r, c)} (a merged cell's top-left); nowhere for column -1, a column the table lacks. */
    SourceRef cell(int r, int c) {
        return c < 0 ? SourceRef.none() : grid.ref(r, c);
    }

    /** The cell at {@code (r, c)} is a data cell measuring what the sheet measures, blank or not. */
    void place(int r, int c, Labels labels) {
        place(r, c, labels, measure);
    }

    /** The cell at {@code (r, c)} is a data cell measuring {@code measure}, blank or not. */
    void place(int r, int c, Labels labels, Measure measure) {
        values.add(value(r, c, labels, measure));
    }

    /** The cell at {@code (r, c)} lies in the data area but no label places it: unplaced, unless it is empty. */
    void stray(int r, int c, Labels labels) {
        SubmittedValue value = value(r, c, labels, Measure.TARGET);
        if (!(value.reading() instanceof Reading.Blank)) {
            unplaced.add(value);
        }
    }

    /** A value of the {@code 填报单位} column; the first one names the department. */
    void department(String text) {
        if (department.isEmpty()) {
            department = text.strip();
        }
    }

    Optional<String> department() {
        return Optional.of(department).filter(d -> !d.isEmpty());
    }

    /** Column {@code other} of header row {@code h} qualified for the role column {@code read} was read for. */
    void ambiguous(String role, int h, int read, int other) {
        ambiguities.add(new AmbiguousColumn(role, SubmissionRows.labels(grid, h).getOrDefault(read, ""),
                SubmissionRows.labelCell(grid, h, read), SubmissionRows.labels(grid, h).getOrDefault(other, ""),
                SubmissionRows.labelCell(grid, h, other)));
    }

    SubmissionSheet sheet() {
        return new SubmissionSheet(grid.sheet(), layout, header, values, unplaced, ambiguities);
    }

    /**
     * The cell of unit line {@code r} where the unit statement starts: the rightmost from which the rest of the
     * line still states the unit (the line may be split over cells, {@code 填报单位：XX | 单位： | 万元}).
     */
    private SourceRef unitLineCell(int r) {
        for (int c = grid.width() - 1; c >= 0; c--) {
            if (!grid.raw(r, c).isBlank() && SubmissionWords.unitLine(SubmissionRows.line(grid, r, c)).isPresent()) {
                return grid.ref(r, c);
            }
        }
        return SourceRef.none();
    }

    private SubmittedValue value(int r, int c, Labels labels, Measure measure) {
        return new SubmittedValue(SourceRef.of(grid.file(), grid.sheet(), r, c), labels.indicatorCell(),
                labels.unitCell(), shared(labels.indicator()), shared(labels.indicatorNo()),
                shared(labels.township()), shared(labels.village()), shared(labels.unit()),
                reading(grid.raw(r, c), labels.unit()), labels.total(), measure);
    }

    private String shared(String text) {
        return texts.computeIfAbsent(text, t -> t);
    }

    /** What a cell says: numbers typed as text (全角, 千分位, {@code 3个} in a 个 column) are numbers. */
    static Reading reading(SheetCell cell, String unit) {
        return switch (cell.kind()) {
            case NUMBER -> new Reading.Number(cell.number(), cell.percent());
            case BLANK -> Reading.blank();
            case FORMULA_NO_VALUE -> new Reading.FormulaWithoutValue(cell.text());
            case ERROR -> new Reading.Text("#ERROR");
            case TEXT -> text(cell.text(), unit);
        };
    }

    private static Reading text(String text, String unit) {
        if (NumberText.isPlaceholder(text)) {
            return Reading.blank();
        }
        Optional<BigDecimal> number = NumberText.parse(text, unit);
        return number.<Reading>map(Reading.Number::new).orElseGet(() -> new Reading.Text(text.strip()));
    }
}

package cn.minsheng.recon.domain.reconcile;

import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.submission.Layout;
import cn.minsheng.recon.domain.submission.Reading;
import cn.minsheng.recon.domain.submission.SubmissionSheet;
import cn.minsheng.recon.domain.submission.SubmittedValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Test-data builder for one sheet of a submission as the layout parser hands it over: its {@link Line}s laid out in
 * a layout, each value with the cells of its label and unit, and where each value stands (for a finding's cell).
 * Title rows take the first two rows (a {@code 单位：万元} line is A2), the header the third:
 * <ul>
 *   <li>WIDE: {@code 序号 | 指标 | 单位 | township… | [合计]}, a line per row from row 4;</li>
 *   <li>TRANSPOSED: {@code 乡镇 | indicator…} with the unit row under it, a township per row from row 5, then
 *       [合计];</li>
 *   <li>LONG: {@code 乡镇 | 村/社区 | 指标 | 单位 | 数值}, a row per township (or village) a line gives, then
 *       [合计].</li>
 * </ul>
 */
final class SubmittedSheet {

    private static final int FIRST_ROW = 3;

    /** A line named like this is a total over indicators: every value of it is a total. */
    private static final Pattern TOTAL_LINE = Pattern.compile("合计|总计|小计|总数");

    /** Where one value stands and what places it; {@code line} is -1 for a value no label places. */
    private record Cell(int line, String township, String village, boolean total, int row, int column,
                        int labelRow, int labelColumn, int unitRow, int unitColumn, String value) {
    }

    private final String name;
    private final Layout layout;
    private final List<String> townships;
    private final List<Line> lines;
    private final boolean totals;
    private final String unitLine;
    private final boolean unitColumn;
    private final List<String> strays;

    private SubmittedSheet(String name, Layout layout, List<String> townships, List<Line> lines, boolean totals,
            String unitLine, boolean unitColumn, List<String> strays) {
        this.name = name;
        this.layout = layout;
        this.townships = List.copyOf(townships);
        this.lines = List.copyOf(lines);
        this.totals = totals;
        this.unitLine = unitLine;
        this.unitColumn = unitColumn;
        this.strays = List.copyOf(strays);
    }

    /** Indicators as rows under the {@code townships} columns, as written. */
    static SubmittedSheet wide(List<String> townships, Line... lines) {
        return new SubmittedSheet("Sheet1", Layout.WIDE, townships, List.of(lines), false, "", true, List.of());
    }

    /** Townships as rows, in the order written, under a column per line. */
    static SubmittedSheet transposed(List<String> townships, Line... lines) {
        return new SubmittedSheet("Sheet1", Layout.TRANSPOSED, townships, List.of(lines), false, "", true,
                List.of());
    }

    /** A row per township (or village) each line gives. */
    static SubmittedSheet longSheet(Line... lines) {
        return new SubmittedSheet("Sheet1", Layout.LONG, List.of(), List.of(lines), false, "", true, List.of());
    }

    SubmittedSheet named(String sheet) {
        return new SubmittedSheet(sheet, layout, townships, lines, totals, unitLine, unitColumn, strays);
    }

    /** With the sheet's own 合计 (column, row or rows): each line's stated total, else the sum of its numbers. */
    SubmittedSheet withTotals() {
        return new SubmittedSheet(name, layout, townships, lines, true, unitLine, unitColumn, strays);
    }

    /** With a {@code 单位：万元} line above the header, the unit of every value whose line states none. */
    SubmittedSheet withUnitLine(String unit) {
        return new SubmittedSheet(name, layout, townships, lines, totals, unit, unitColumn, strays);
    }

    /** Without a unit column (wide, long) or unit row (transposed). */
    SubmittedSheet withoutUnitColumn() {
        return new SubmittedSheet(name, layout, townships, lines, totals, unitLine, false, strays);
    }

    /** With a value below the table that no label places. */
    SubmittedSheet withStray(String value) {
        List<String> more = new ArrayList<>(strays);
        more.add(value);
        return new SubmittedSheet(name, layout, townships, lines, totals, unitLine, unitColumn, more);
    }

    String name() {
        return name;
    }

    /** The sheet as the parser hands it over, its places in {@code file}. */
    SubmissionSheet build(String file) {
        List<SubmittedValue> values = new ArrayList<>();
        List<SubmittedValue> unplaced = new ArrayList<>();
        for (Cell cell : cells()) {
            SourceRef source = SourceRef.of(file, name, cell.row(), cell.column());
            if (cell.line() < 0) {
                unplaced.add(new SubmittedValue(source, SourceRef.none(), SourceRef.none(), "", "", "", "", "",
                        reading(cell.value()), false));
                continue;
            }
            Line line = lines.get(cell.line());
            values.add(new SubmittedValue(source, place(file, cell.labelRow(), cell.labelColumn()),
                    place(file, cell.unitRow(), cell.unitColumn()), line.label(), line.no(), cell.township(),
                    cell.village(), line.unit().isBlank() ? unitLine : line.unit(), reading(cell.value()),
                    cell.total() || TOTAL_LINE.matcher(line.label()).matches()));
        }
        return new SubmissionSheet(name, layout, SourceRef.of(file, name, FIRST_ROW - 1, 0), values, unplaced);
    }

    /** How many value cells the parser reads from the sheet: blanks, totals and stray cells included. */
    int valueCount() {
        return cells().size();
    }

    /** The cell of the line's value for the township (its first village's, in a long sheet with villages). */
    String cell(Line line, String township) {
        return find(line, c -> !c.total() && c.township().equals(township));
    }

    String cell(Line line, String township, String village) {
        return find(line, c -> c.township().equals(township) && c.village().equals(village));
    }

    /** The cell of the township's 小计 over its villages. */
    String subtotalCell(Line line, String township) {
        return find(line, c -> c.total() && c.township().equals(township));
    }

    /** The cell of the line's 合计. */
    String totalCell(Line line) {
        return find(line, c -> c.total() && c.township().equals("合计"));
    }

    String labelCell(Line line) {
        Cell any = cells().stream().filter(c -> c.line() == index(line)).findFirst().orElseThrow();
        return SourceRef.a1(any.labelRow(), any.labelColumn());
    }

    String unitCell(Line line) {
        Cell any = cells().stream().filter(c -> c.line() == index(line)).findFirst().orElseThrow();
        return any.unitRow() < 0 ? "" : SourceRef.a1(any.unitRow(), any.unitColumn());
    }

    private String find(Line line, Predicate<Cell> which) {
        int index = index(line);
        return cells().stream().filter(c -> c.line() == index && which.test(c)).findFirst()
                .map(c -> SourceRef.a1(c.row(), c.column()))
                .orElseThrow(() -> new IllegalArgumentException("no such cell of " + line.label()));
    }

    private int index(Line line) {
        int index = lines.indexOf(line);
        if (index < 0) {
            throw new IllegalArgumentException("not a line of the sheet: " + line.label());
        }
        return index;
    }

    private SourceRef place(String file, int row, int column) {
        return row < 0 ? SourceRef.none() : SourceRef.of(file, name, row, column);
    }

    /** Every value cell, in the order the parser reads them (row by row). */
    private List<Cell> cells() {
        List<Cell> cells = switch (layout) {
            case WIDE -> wideCells();
            case TRANSPOSED -> transposedCells();
            case LONG -> longCells();
            case HIDDEN -> new ArrayList<>();
        };
        int below = cells.stream().mapToInt(Cell::row).max().orElse(FIRST_ROW) + 2;
        for (int i = 0; i < strays.size(); i++) {
            cells.add(new Cell(-1, "", "", false, below + i, 1, -1, -1, -1, -1, strays.get(i)));
        }
        return cells;
    }

    private List<Cell> wideCells() {
        List<Cell> cells = new ArrayList<>();
        int first = unitColumn ? 3 : 2;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int row = FIRST_ROW + i;
            int[] unit = unitPlace(line, row, 2);
            for (int t = 0; t < townships.size(); t++) {
                cells.add(new Cell(i, townships.get(t), "", false, row, first + t, row, 1, unit[0], unit[1],
                        own(line, townships.get(t))));
            }
            if (totals) {
                cells.add(new Cell(i, "合计", "", true, row, first + townships.size(), row, 1, unit[0], unit[1],
                        total(line)));
            }
        }
        return cells;
    }

    private List<Cell> transposedCells() {
        List<Cell> cells = new ArrayList<>();
        int first = FIRST_ROW + 1;
        for (int t = 0; t <= townships.size(); t++) {
            if (t == townships.size() && !totals) {
                break;
            }
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                int[] unit = unitPlace(line, FIRST_ROW, 1 + i);
                boolean total = t == townships.size();
                String township = total ? "合计" : townships.get(t);
                cells.add(new Cell(i, township, "", total, first + t, 1 + i, FIRST_ROW - 1, 1 + i, unit[0], unit[1],
                        total ? total(line) : own(line, township)));
            }
        }
        return cells;
    }

    private List<Cell> longCells() {
        List<Cell> cells = new ArrayList<>();
        int row = FIRST_ROW;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            for (Map.Entry<String, List<Line.Part>> township : line.parts().entrySet()) {
                for (Line.Part part : township.getValue()) {
                    boolean subtotal = part.village().equals("小计");
                    int[] unit = unitPlace(line, row, 3);
                    cells.add(new Cell(i, township.getKey(), subtotal ? "" : part.village(), subtotal, row, 4, row,
                            2, unit[0], unit[1], part.value()));
                    row++;
                }
            }
            if (totals) {
                int[] unit = unitPlace(line, row, 3);
                cells.add(new Cell(i, "合计", "", true, row, 4, row, 2, unit[0], unit[1], total(line)));
                row++;
            }
        }
        return cells;
    }

    /** Where the line's unit is written: its own unit cell, else the unit line, else nowhere. */
    private int[] unitPlace(Line line, int row, int column) {
        if (unitColumn && !line.unit().isBlank()) {
            return new int[] {row, column};
        }
        return unitLine.isBlank() ? new int[] {-1, -1} : new int[] {1, 0};
    }

    private static String own(Line line, String township) {
        String value = line.value(township);
        return value == null ? "" : value;
    }

    /** The line's stated total, else the sum of its numbers (a village's 小计 left out). */
    private static String total(Line line) {
        if (line.total() != null) {
            return line.total();
        }
        return line.parts().values().stream().flatMap(List::stream)
                .filter(p -> !p.village().equals("小计"))
                .map(p -> number(p.value())).flatMap(Optional::stream)
                .reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString();
    }

    private static Optional<BigDecimal> number(String value) {
        return value.matches("-?[0-9]+(\\.[0-9]+)?") ? Optional.of(new BigDecimal(value)) : Optional.empty();
    }

    /** What the parser makes of a cell typed as {@code value}. */
    static Reading reading(String value) {
        if (value == null || value.isEmpty()) {
            return new Reading.Blank();
        }
        if (value.startsWith("=")) {
            return new Reading.FormulaWithoutValue(value.substring(1));
        }
        return number(value).<Reading>map(Reading.Number::new).orElseGet(() -> new Reading.Text(value));
    }

    @Override
    public String toString() {
        return "SubmittedSheet[" + name + ", " + layout + ", " + lines.stream().map(Line::label).toList() + "]";
    }
}

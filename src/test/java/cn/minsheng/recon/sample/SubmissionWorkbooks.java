package cn.minsheng.recon.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a department submission as a clerk sends it (XSSF for .xlsx, HSSF for .xls) in any layout of
 * SPEC §3.2, and tells where every value, label, unit and 合计 landed so tests can name the A1 cells
 * that findings must cite.
 *
 * <p>The content ({@link Report}) says what the department states; the {@link Options} say how its
 * sheet looks. Defects are planted through the content: a {@link Text} where a number is due, a negative
 * {@link Num}, a {@link Formula} without cached value, an {@link Item} twice, a {@code 合计} that is not the
 * sum of its parts.
 */
public final class SubmissionWorkbooks {

    static final String DATA_SHEET = "Sheet1";
    static final String INSTRUCTIONS_SHEET = "填报说明";
    static final String DATA_SHEET_AFTER_INSTRUCTIONS = "报送表";
    /** Rows SXSSF keeps in memory when writing streaming; the rest are flushed to a temporary file. */
    private static final int STREAMING_WINDOW = 200;

    private SubmissionWorkbooks() {
    }

    // ---- content

    /** How township names are spelled in the sheet. */
    public enum TownshipNames {
        /** As in the official table: {@code 归义街道}. */
        FULL,
        /** Without 街道/镇/乡: {@code 归义}, {@code 屈子祠}. */
        SHORT,
        /** Short, two-character names spread by a full-width space as clerks align them: {@code 归　义}. */
        SHORT_SPACED
    }

    /** What one cell states. */
    public sealed interface Value permits Num, Text, Formula, Villages {
    }

    /** A number; written as a number, or as text when the options say so. */
    public record Num(BigDecimal value) implements Value {
    }

    /** A text where a number is due ({@code 待定}). */
    public record Text(String text) implements Value {
    }

    /**
     * A formula; {@code SUM} alone ({@link #sum}) sums the item's township cells. A null {@code cached} writes the
     * formula without a cached value, as a generator does (XSSF only: a BIFF8 formula record always holds one).
     */
    public record Formula(String formula, BigDecimal cached) implements Value {
    }

    /** A township's value given per village (long layout with a 村/社区 column only), in row order. */
    public record Villages(LinkedHashMap<String, Value> byVillage) implements Value {
    }

    public static Num num(String value) {
        return new Num(new BigDecimal(value));
    }

    public static Text text(String text) {
        return new Text(text);
    }

    /** {@code SUM} over the item's township cells, with the sum of its numbers as cached value or none. */
    public static Formula sum(boolean cached) {
        return new Formula(SUM, cached ? BigDecimal.ZERO : null);
    }

    /** Village → value pairs: {@code villages("城东社区", num("1"), "城西社区", num("1"))}. */
    public static Villages villages(Object... villageThenValue) {
        LinkedHashMap<String, Value> byVillage = new LinkedHashMap<>();
        for (int i = 0; i < villageThenValue.length; i += 2) {
            byVillage.put((String) villageThenValue[i], (Value) villageThenValue[i + 1]);
        }
        return new Villages(byVillage);
    }

    private static final String SUM = "SUM";

    /**
     * One indicator as the department writes it.
     *
     * @param number    what its 序号 cell says (wide layout), null for blank: the indicator's own number or the
     *                  clerk's running number
     * @param label     the indicator as written, with or without its number prefix
     * @param unit      the unit as written, null for blank
     * @param townships township (official spelling, or a raw unknown name) → value, in the order long rows are
     *                  written; a township without entry is a blank cell in the wide and transposed layouts
     * @param cityWide  one value for the whole city: merged across the township columns (wide), or in the 合计
     *                  row (transposed); null when none
     * @param total     what the 合计 cell says when not the plain sum of the township numbers; null for that sum
     * @param completion township → cumulative completion (累计完成), written beside the targets or on a progress
     *                   sheet when the options say so; a township without entry is a blank cell
     */
    public record Item(String number, String label, String unit, LinkedHashMap<String, Value> townships,
                       Value cityWide, Value total, LinkedHashMap<String, Value> completion) {

        public Item {
            townships = new LinkedHashMap<>(townships);
            completion = new LinkedHashMap<>(completion);
        }

        /** An item without completion figures. */
        public Item(String number, String label, String unit, LinkedHashMap<String, Value> townships, Value cityWide,
                    Value total) {
            this(number, label, unit, townships, cityWide, total, new LinkedHashMap<>());
        }

        @Override
        public LinkedHashMap<String, Value> townships() {
            return new LinkedHashMap<>(townships);
        }

        @Override
        public LinkedHashMap<String, Value> completion() {
            return new LinkedHashMap<>(completion);
        }

        public static Item of(String number, String label, String unit) {
            return new Item(number, label, unit, new LinkedHashMap<>(), null, null);
        }

        /** Sets one township's completion; null removes it (a blank cell). */
        public Item withCompletion(String township, Value value) {
            return new Item(number, label, unit, townships, cityWide, total, set(completion(), township, value));
        }

        /** Every township of {@code values} as a completion number, in its order. */
        public Item withCompletions(Map<String, BigDecimal> values) {
            Item item = this;
            for (Map.Entry<String, BigDecimal> entry : values.entrySet()) {
                item = item.withCompletion(entry.getKey(), new Num(entry.getValue()));
            }
            return item;
        }

        /** The same row with its completion figures as its values: what a progress sheet shows. */
        Item asCompletion() {
            return new Item(number, label, unit, completion, null, null);
        }

        /** Sets one township; null removes it (a blank cell). */
        public Item with(String township, Value value) {
            return new Item(number, label, unit, set(townships(), township, value), cityWide, total, completion);
        }

        /** {@code values} with the township set to {@code value}, or without it for null. */
        private static LinkedHashMap<String, Value> set(LinkedHashMap<String, Value> values, String township,
                                                        Value value) {
            if (value == null) {
                values.remove(township);
            } else {
                values.put(township, value);
            }
            return values;
        }

        public Item with(String township, String number) {
            return with(township, num(number));
        }

        /** Every township of {@code values} as a number, in its order. */
        public Item withNumbers(Map<String, BigDecimal> values) {
            Item item = this;
            for (Map.Entry<String, BigDecimal> entry : values.entrySet()) {
                item = item.with(entry.getKey(), new Num(entry.getValue()));
            }
            return item;
        }

        public Item withCityWide(Value cityWide) {
            return new Item(number, label, unit, townships, cityWide, total, completion);
        }

        public Item withTotal(Value total) {
            return new Item(number, label, unit, townships, cityWide, total, completion);
        }

        /** Rate units (%, anything per something) are never summed, so a rate row has no 合计. */
        boolean rate() {
            return unit != null && (unit.contains("%") || unit.contains("/"));
        }

        BigDecimal numberSum() {
            return sumOf(townships);
        }

        BigDecimal completionSum() {
            return sumOf(completion);
        }

        private static BigDecimal sumOf(Map<String, Value> values) {
            return values.values().stream().filter(Num.class::isInstance).map(v -> ((Num) v).value())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /**
     * What a department states.
     *
     * @param title      the title row
     * @param department the 填报单位 as written, null when the sheet has none
     * @param date       the 填报日期 as written ({@code 2026年3月28日}), null when none
     * @param townships  the township columns (wide) or rows (transposed), official spellings
     * @param items      the indicators, in row (wide, long) or column (transposed) order
     */
    public record Report(String title, String department, String date, List<String> townships, List<Item> items) {

        public Report {
            townships = List.copyOf(townships);
            items = List.copyOf(items);
        }
    }

    /**
     * How the sheet looks. Build with {@link #of} and the {@code with…} copies.
     *
     * @param unitLine          a {@code 单位：万元} line above the header, or null
     * @param unitColumn        a 单位 column (wide, long) or a 单位 row under the header (transposed)
     * @param totals            a 合计 column (wide) or row (transposed); long sheets have none
     * @param totalFormulas     the automatic 合计 is {@code SUM(…)} with its cached value rather than a typed number
     * @param villages          a 村/社区 column (long layout)
     * @param stray             a number typed two columns right of the table, on its first data row, or null
     * @param besideTargets     the items' completion beside their targets: each township merged over
     *                          {@code 目标任务 | 累计完成} (wide), a {@code 累计完成} column (long)
     * @param progressSheet     a second sheet of that name, laid out like the first, holding the items'
     *                          completion instead of their targets (titled {@code progressTitle}); null for none
     */
    public record Options(SubmissionLayout layout, boolean xls, TownshipNames names, boolean numbersAsText,
                          boolean instructionsFirst, String unitLine, boolean unitColumn, boolean totals,
                          boolean totalFormulas, boolean villages, BigDecimal stray, boolean besideTargets,
                          String progressSheet, String progressTitle) {

        public static Options of(SubmissionLayout layout) {
            return new Options(layout, false, TownshipNames.FULL, false, false, null, true, false, true, false, null,
                    false, null, null);
        }

        public Options withXls() {
            return new Options(layout, true, names, numbersAsText, instructionsFirst, unitLine, unitColumn, totals,
                    totalFormulas, villages, stray, besideTargets, progressSheet, progressTitle);
        }

        public Options withNames(TownshipNames names) {
            return new Options(layout, xls, names, numbersAsText, instructionsFirst, unitLine, unitColumn, totals,
                    totalFormulas, villages, stray, besideTargets, progressSheet, progressTitle);
        }

        /** Numbers stored as text: alternately ASCII and full-width digits, thousands separated from 1,000. */
        public Options withNumbersAsText() {
            return new Options(layout, xls, names, true, instructionsFirst, unitLine, unitColumn, totals,
                    totalFormulas, villages, stray, besideTargets, progressSheet, progressTitle);
        }

        public Options withInstructionsFirst() {
            return new Options(layout, xls, names, numbersAsText, true, unitLine, unitColumn, totals,
                    totalFormulas, villages, stray, besideTargets, progressSheet, progressTitle);
        }

        public Options withUnitLine(String unitLine) {
            return new Options(layout, xls, names, numbersAsText, instructionsFirst, unitLine, unitColumn, totals,
                    totalFormulas, villages, stray, besideTargets, progressSheet, progressTitle);
        }

        public Options withoutUnitColumn() {
            return new Options(layout, xls, names, numbersAsText, instructionsFirst, unitLine, false, totals,
                    totalFormulas, villages, stray, besideTargets, progressSheet, progressTitle);
        }

        /** A 合计 column or row: {@code SUM(…)} formulas with cached values when {@code formulas}, else typed numbers. */
        public Options withTotals(boolean formulas) {
            return new Options(layout, xls, names, numbersAsText, instructionsFirst, unitLine, unitColumn, true,
                    formulas, villages, stray, besideTargets, progressSheet, progressTitle);
        }

        public Options withVillages() {
            return new Options(layout, xls, names, numbersAsText, instructionsFirst, unitLine, unitColumn, totals,
                    totalFormulas, true, stray, besideTargets, progressSheet, progressTitle);
        }

        public Options withStray(String number) {
            return new Options(layout, xls, names, numbersAsText, instructionsFirst, unitLine, unitColumn, totals,
                    totalFormulas, villages, new BigDecimal(number), besideTargets, progressSheet, progressTitle);
        }

        /** The completion beside the targets: {@code 目标任务 | 累计完成} under each township (wide), a column (long). */
        public Options withCompletionBesideTargets() {
            return new Options(layout, xls, names, numbersAsText, instructionsFirst, unitLine, unitColumn, totals,
                    totalFormulas, villages, stray, true, progressSheet, progressTitle);
        }

        /** The completion on a second sheet named {@code sheet} (e.g. {@code 3月完成情况}), titled {@code title}. */
        public Options withProgressSheet(String sheet, String title) {
            return new Options(layout, xls, names, numbersAsText, instructionsFirst, unitLine, unitColumn, totals,
                    totalFormulas, villages, stray, besideTargets, sheet, title);
        }
    }

    // ---- where things landed

    /**
     * A value cell: an item (by position in the report), a township as the report names it (null for a city-wide
     * value merged across the township columns), a village or null.
     */
    public record Place(int item, String township, String village) {
    }

    /**
     * A written submission: the data sheet's name and the A1 cell of every value (blanks of the wide and
     * transposed grids included), label, unit and 合计, with what was written there ({@link #shown}); and the cell
     * of every completion figure written beside the targets ({@code completions}: a progress sheet's are not kept).
     */
    public record Written(Path file, String sheet, List<Item> items, Map<Place, String> values,
                          Map<Integer, String> labels, Map<Integer, String> units, Map<Integer, String> totals,
                          Map<String, String> shown, String strayCell, Map<Place, String> completions) {

        public Written {
            items = List.copyOf(items);
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            completions = Collections.unmodifiableMap(new LinkedHashMap<>(completions));
            labels = Map.copyOf(labels);
            units = Map.copyOf(units);
            totals = Map.copyOf(totals);
            shown = Map.copyOf(shown);
        }

        /** The cell of a township's value (or of its only village row). */
        public String cell(Item item, String township) {
            Place place = new Place(index(item), township, null);
            if (values.containsKey(place)) {
                return values.get(place);
            }
            List<String> villageCells = values.entrySet().stream()
                    .filter(e -> e.getKey().item() == place.item() && township.equals(e.getKey().township()))
                    .map(Map.Entry::getValue).toList();
            if (villageCells.size() != 1) {
                throw new IllegalArgumentException(item.label() + " has " + villageCells.size() + " cells for " + township);
            }
            return villageCells.get(0);
        }

        /** The cell of a township's completion figure written beside its target (blank or not). */
        public String completionCell(Item item, String township) {
            return require(completions.get(new Place(index(item), township, null)), item, "累计完成 of " + township);
        }

        /** The cell of a city-wide value: merged across the township columns (wide) or the 合计 cell (transposed). */
        public String cityWideCell(Item item) {
            String merged = values.get(new Place(index(item), null, null));
            return merged != null ? merged : totalCell(item);
        }

        public String cell(Item item, String township, String village) {
            return require(values.get(new Place(index(item), township, village)), item, township + "/" + village);
        }

        /** The cell naming the item (its first row's in the long layout). */
        public String labelCell(Item item) {
            return require(labels.get(index(item)), item, "label");
        }

        public String unitCell(Item item) {
            return require(units.get(index(item)), item, "unit");
        }

        public String totalCell(Item item) {
            return require(totals.get(index(item)), item, "合计");
        }

        /** What was written in a cell: a plain decimal, the text, {@code =formula}, or empty for a blank. */
        public String shown(String cell) {
            return shown.getOrDefault(cell, "");
        }

        public String fileName() {
            return file.getFileName().toString();
        }

        private int index(Item item) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) == item) {
                    return i;
                }
            }
            throw new IllegalArgumentException("not in this report: " + item.label());
        }

        private static String require(String cell, Item item, String what) {
            if (cell == null) {
                throw new IllegalArgumentException(item.label() + " has no cell for " + what);
            }
            return cell;
        }
    }

    // ---- writing

    /** Writes {@code report} to {@code file}; the options' {@code xls} must agree with the file's extension. */
    public static Written write(Path file, Report report, Options options) {
        return write(file, report, options, false);
    }

    /**
     * As {@link #write}, but an .xlsx is written through SXSSF, which keeps only a window of rows in memory: for
     * the long files of a benchmark corpus. Rows must then be written top to bottom, so no stray number (it goes
     * back to the first data row) and no transposed layout taller than the window; SXSSF also writes a cached 0
     * for a formula without one, so no {@code sum(false)}.
     */
    public static Written writeStreaming(Path file, Report report, Options options) {
        if (options.stray() != null || options.layout() == SubmissionLayout.TRANSPOSED
                && report.townships().size() > STREAMING_WINDOW / 2) {
            throw new IllegalArgumentException("not writable row by row: " + file.getFileName());
        }
        return write(file, report, options, true);
    }

    private static Written write(Path file, Report report, Options options, boolean streaming) {
        boolean xlsName = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xls");
        if (xlsName != options.xls()) {
            throw new IllegalArgumentException(file.getFileName() + " does not fit xls=" + options.xls());
        }
        try (Workbook workbook = streaming && !options.xls() ? new SXSSFWorkbook(STREAMING_WINDOW)
                : newWorkbook(options.xls())) {
            Written written = addSheets(workbook, file, report, options);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short name: {@code 归义街道} → {@code 归义}, {@code 三阳乡} → {@code 三阳}; names of two characters stay. */
    public static String shortName(String township) {
        String shorter = township.replaceFirst("(街道|镇|乡)$", "");
        return shorter.length() >= 2 ? shorter : township;
    }

    /** The township as the options spell it. */
    public static String spelled(String township, TownshipNames names) {
        return switch (names) {
            case FULL -> township;
            case SHORT -> shortName(township);
            case SHORT_SPACED -> {
                String shorter = shortName(township);
                yield shorter.length() == 2 ? shorter.charAt(0) + "\u3000" + shorter.charAt(1) : shorter;
            }
        };
    }

    /** The text a number is typed as in a numbers-as-text sheet; {@code fullWidth} for the odd ones. */
    public static String numberText(BigDecimal value, boolean fullWidth, String unit) {
        boolean thousands = value.abs().compareTo(new BigDecimal("1000")) >= 0;
        String digits = thousands
                ? new DecimalFormat("#,##0.########", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value)
                : value.stripTrailingZeros().toPlainString();
        if (unit != null && unit.contains("%")) {
            digits += "%";
        }
        if (!fullWidth || thousands) {
            return digits;
        }
        StringBuilder wide = new StringBuilder();
        for (char c : digits.toCharArray()) {
            wide.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : c);
        }
        return wide.toString();
    }

    private static Written addSheets(Workbook workbook, Path file, Report report, Options options) {
        if (options.instructionsFirst()) {
            writeInstructions(workbook.createSheet(INSTRUCTIONS_SHEET));
        }
        String sheetName = options.instructionsFirst() ? DATA_SHEET_AFTER_INSTRUCTIONS : DATA_SHEET;
        Canvas canvas = draw(workbook.createSheet(sheetName), report, options);
        if (options.progressSheet() != null) {
            // the same layout once more, the completion where the targets were, for the items that have any
            Report progress = new Report(options.progressTitle(), report.department(), report.date(),
                    report.townships(), report.items().stream().filter(item -> !item.completion().isEmpty()).map(Item::asCompletion).toList());
            draw(workbook.createSheet(options.progressSheet()), progress, options.withProgressSheet(null, null));
        }
        return new Written(file, sheetName, report.items(), canvas.values, canvas.labels, canvas.units, canvas.totals,
                canvas.shown, canvas.strayCell, canvas.completions);
    }

    private static Canvas draw(Sheet sheet, Report report, Options options) {
        Canvas canvas = new Canvas(sheet, options, report.items());
        switch (options.layout()) {
            case WIDE -> {
                if (options.besideTargets()) {
                    writeWidePaired(canvas, report, options);
                } else {
                    writeWide(canvas, report, options);
                }
            }
            case TRANSPOSED -> {
                if (options.besideTargets()) {
                    throw new IllegalArgumentException("a transposed sheet has its completion on a progress sheet");
                }
                writeTransposed(canvas, report, options);
            }
            case LONG -> writeLong(canvas, report, options);
        }
        return canvas;
    }

    /** Title, 填报单位/填报日期 line and unit line; returns the header's row. */
    private static int writeTop(Canvas canvas, Report report, Options options, int lastColumn) {
        int row = 0;
        canvas.merged(row++, 0, lastColumn, report.title(), canvas.title);
        if (report.department() != null || report.date() != null) {
            List<String> parts = new ArrayList<>();
            if (report.department() != null) {
                parts.add("填报单位：" + report.department());
            }
            if (report.date() != null) {
                parts.add("填报日期：" + report.date());
            }
            canvas.merged(row++, 0, lastColumn, String.join("    ", parts), canvas.plain);
        }
        if (options.unitLine() != null) {
            canvas.merged(row++, 0, lastColumn, options.unitLine(), canvas.plain);
        }
        return row;
    }

    private static void writeWide(Canvas canvas, Report report, Options options) {
        List<String> townships = report.townships();
        int unitColumn = options.unitColumn() ? 2 : -1;
        int first = options.unitColumn() ? 3 : 2;
        int last = first + townships.size() - 1;
        int totalColumn = options.totals() ? last + 1 : -1;
        int lastColumn = Math.max(last, totalColumn);
        int header = writeTop(canvas, report, options, lastColumn);

        canvas.text(header, 0, "序号", canvas.header);
        canvas.text(header, 1, "指标", canvas.header);
        if (unitColumn >= 0) {
            canvas.text(header, unitColumn, "单位", canvas.header);
        }
        for (int t = 0; t < townships.size(); t++) {
            canvas.text(header, first + t, spelled(townships.get(t), options.names()), canvas.header);
        }
        if (totalColumn >= 0) {
            canvas.text(header, totalColumn, "合计", canvas.header);
        }
        canvas.widths(widths(new int[] {4, 30, 6}, townships.size() + 1, 7));

        List<Item> items = report.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int row = header + 1 + i;
            canvas.text(row, 0, item.number(), canvas.centered);
            canvas.label(i, row, 1, item.label());
            if (unitColumn >= 0) {
                canvas.unit(i, row, unitColumn, item.unit());
            }
            requireColumns(item, townships);
            if (item.cityWide() != null) {
                canvas.mergedValue(i, row, first, last, item.cityWide(), item.unit());
            } else {
                for (int t = 0; t < townships.size(); t++) {
                    canvas.value(new Place(i, townships.get(t), null), row, first + t, item.townships().get(townships.get(t)), item.unit());
                }
            }
            if (totalColumn >= 0) {
                canvas.total(i, row, totalColumn, item.total(), a1(row, first) + ":" + a1(row, last));
            }
        }
        canvas.stray(header + 1, lastColumn + 2);
    }

    /**
     * Wide, each township (and the 合计) merged over two columns on the header row, with {@code 目标任务 | 累计完成}
     * under them; 序号, 指标 and 单位 merged down both header rows.
     */
    private static void writeWidePaired(Canvas canvas, Report report, Options options) {
        List<String> townships = report.townships();
        int unitColumn = options.unitColumn() ? 2 : -1;
        int first = options.unitColumn() ? 3 : 2;
        int pairs = townships.size() + (options.totals() ? 1 : 0);
        int lastColumn = first + 2 * pairs - 1;
        int header = writeTop(canvas, report, options, lastColumn);

        List<String> leading = new ArrayList<>(List.of("序号", "指标"));
        if (unitColumn >= 0) {
            leading.add("单位");
        }
        for (int c = 0; c < leading.size(); c++) {
            canvas.mergedDown(header, header + 1, c, leading.get(c));
        }
        for (int p = 0; p < pairs; p++) {
            String name = p < townships.size() ? spelled(townships.get(p), options.names()) : "合计";
            canvas.merged(header, first + 2 * p, first + 2 * p + 1, name, canvas.header);
            canvas.text(header + 1, first + 2 * p, "目标任务", canvas.header);
            canvas.text(header + 1, first + 2 * p + 1, "累计完成", canvas.header);
        }
        canvas.widths(widths(new int[] {4, 30, 6}, 2 * pairs, 6));

        List<Item> items = report.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int row = header + 2 + i;
            if (item.cityWide() != null) {
                throw new IllegalArgumentException("no city-wide row in a paired sheet: " + item.label());
            }
            canvas.text(row, 0, item.number(), canvas.centered);
            canvas.label(i, row, 1, item.label());
            if (unitColumn >= 0) {
                canvas.unit(i, row, unitColumn, item.unit());
            }
            requireColumns(item, townships);
            List<String> targetCells = new ArrayList<>();
            List<String> completionCells = new ArrayList<>();
            for (int t = 0; t < townships.size(); t++) {
                String township = townships.get(t);
                int column = first + 2 * t;
                canvas.value(new Place(i, township, null), row, column, item.townships().get(township), item.unit());
                canvas.completion(new Place(i, township, null), row, column + 1, item.completion().get(township),
                        item.unit());
                targetCells.add(a1(row, column));
                completionCells.add(a1(row, column + 1));
            }
            if (options.totals()) {
                int total = first + 2 * townships.size();
                canvas.total(i, row, total, item.total(), String.join(",", targetCells));
                canvas.completionTotal(i, row, total + 1, String.join(",", completionCells));
            }
        }
        canvas.stray(header + 2, lastColumn + 2);
    }

    private static void writeTransposed(Canvas canvas, Report report, Options options) {
        List<String> townships = report.townships();
        List<Item> items = report.items();
        int first = 2;
        int lastColumn = first + items.size() - 1;
        int header = writeTop(canvas, report, options, lastColumn);
        int unitRow = options.unitColumn() ? header + 1 : -1;
        int firstRow = header + (options.unitColumn() ? 2 : 1);
        int lastRow = firstRow + townships.size() - 1;
        int totalRow = options.totals() ? lastRow + 1 : -1;

        canvas.text(header, 0, "序号", canvas.header);
        canvas.text(header, 1, "乡镇（街道）", canvas.header);
        if (unitRow >= 0) {
            canvas.text(unitRow, 0, null, canvas.header);
            canvas.text(unitRow, 1, "单位", canvas.header);
        }
        for (int t = 0; t < townships.size(); t++) {
            canvas.text(firstRow + t, 0, String.valueOf(t + 1), canvas.centered);
            canvas.text(firstRow + t, 1, spelled(townships.get(t), options.names()), canvas.centered);
        }
        if (totalRow >= 0) {
            canvas.text(totalRow, 0, null, canvas.centered);
            canvas.text(totalRow, 1, "合计", canvas.header);
        }
        canvas.widths(widths(new int[] {4, 10}, items.size(), 14));

        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int column = first + i;
            canvas.label(i, header, column, item.label());
            if (unitRow >= 0) {
                canvas.unit(i, unitRow, column, item.unit());
            }
            requireColumns(item, townships);
            for (int t = 0; t < townships.size(); t++) {
                canvas.value(new Place(i, townships.get(t), null), firstRow + t, column, item.townships().get(townships.get(t)), item.unit());
            }
            if (item.cityWide() != null && totalRow < 0) {
                throw new IllegalArgumentException("a city-wide value needs the 合计 row: " + item.label());
            }
            if (totalRow >= 0) {
                Value total = item.cityWide() != null ? item.cityWide() : item.total();
                canvas.total(i, totalRow, column, total, a1(firstRow, column) + ":" + a1(lastRow, column));
            }
        }
        canvas.stray(firstRow, lastColumn + 2);
    }

    private static void writeLong(Canvas canvas, Report report, Options options) {
        if (options.totals()) {
            throw new IllegalArgumentException("a long sheet has no 合计");
        }
        List<String> columns = new ArrayList<>(List.of("序号", "乡镇（街道）"));
        if (options.villages()) {
            columns.add("村/社区");
        }
        int labelColumn = columns.size();
        columns.add("指标");
        int unitColumn = -1;
        if (options.unitColumn()) {
            unitColumn = columns.size();
            columns.add("单位");
        }
        int valueColumn = columns.size();
        columns.add("目标任务数");
        int completionColumn = -1;
        if (options.besideTargets()) {
            completionColumn = columns.size();
            columns.add("累计完成");
        }
        int header = writeTop(canvas, report, options, columns.size() - 1);
        for (int c = 0; c < columns.size(); c++) {
            canvas.text(header, c, columns.get(c), canvas.header);
        }
        canvas.widths(widths(new int[] {4, 10}, columns.size() - 2, 10));
        canvas.sheet.setColumnWidth(labelColumn, 30 * 2 * 256);

        int row = header + 1;
        List<Item> items = report.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.cityWide() != null) {
                throw new IllegalArgumentException("a long sheet has no city-wide row: " + item.label());
            }
            for (Map.Entry<String, Value> entry : item.townships().entrySet()) {
                Map<String, Value> byVillage = new LinkedHashMap<>();
                if (entry.getValue() instanceof Villages villages) {
                    if (!options.villages()) {
                        throw new IllegalArgumentException("villages without a 村/社区 column: " + item.label());
                    }
                    byVillage.putAll(villages.byVillage());
                } else {
                    byVillage.put(null, entry.getValue());
                }
                for (Map.Entry<String, Value> village : byVillage.entrySet()) {
                    canvas.text(row, 0, String.valueOf(row - header), canvas.centered);
                    canvas.text(row, 1, spelled(entry.getKey(), options.names()), canvas.centered);
                    if (options.villages()) {
                        canvas.text(row, 2, village.getKey(), canvas.centered);
                    }
                    canvas.label(i, row, labelColumn, item.label());
                    if (unitColumn >= 0) {
                        canvas.unit(i, row, unitColumn, item.unit());
                    }
                    canvas.value(new Place(i, entry.getKey(), village.getKey()), row, valueColumn, village.getValue(), item.unit());
                    if (completionColumn >= 0) {
                        if (options.villages()) {
                            throw new IllegalArgumentException("no completion per village: " + item.label());
                        }
                        canvas.completion(new Place(i, entry.getKey(), null), row, completionColumn,
                                item.completion().get(entry.getKey()), item.unit());
                    }
                    row++;
                }
            }
        }
        canvas.stray(header + 1, columns.size() + 1);
    }

    /** {@code leading} widths followed by {@code count} columns of {@code each}. */
    private static int[] widths(int[] leading, int count, int each) {
        int[] widths = Arrays.copyOf(leading, leading.length + count);
        Arrays.fill(widths, leading.length, widths.length, each);
        return widths;
    }

    private static void requireColumns(Item item, List<String> townships) {
        for (String township : item.townships().keySet()) {
            if (!townships.contains(township)) {
                throw new IllegalArgumentException(township + " of " + item.label() + " is not a column of the sheet");
            }
        }
    }

    private static void writeInstructions(Sheet sheet) {
        String[] lines = {
                "填报说明",
                "1. 请按乡镇（街道）填报本单位牵头指标的目标任务数，数据以市重点民生实事指标任务分解表为准。",
                "2. 单位与分解表不一致的，请在“单位”栏注明。",
                "3. 请于每月25日前报送市重点民生实事工作专班办公室。"};
        for (int i = 0; i < lines.length; i++) {
            sheet.createRow(i).createCell(0).setCellValue(lines[i]);
        }
        sheet.setColumnWidth(0, 90 * 256);
    }

    private static String a1(int row, int column) {
        return new CellReference(row, column).formatAsString();
    }

    private static Workbook newWorkbook(boolean xls) {
        if (!xls) {
            return new XSSFWorkbook();
        }
        HSSFWorkbook workbook = new HSSFWorkbook();
        workbook.createInformationProperties();
        workbook.getSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_GBK);
        workbook.getDocumentSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_GBK);
        return workbook;
    }

    /** One data sheet being written, recording where things land. */
    private static final class Canvas {

        final Sheet sheet;
        final Options options;
        final List<Item> items;
        final CellStyle title;
        final CellStyle plain;
        final CellStyle header;
        final CellStyle centered;
        final CellStyle text;
        final Map<Place, String> values = new LinkedHashMap<>();
        final Map<Place, String> completions = new LinkedHashMap<>();
        final Map<Integer, String> labels = new LinkedHashMap<>();
        final Map<Integer, String> units = new LinkedHashMap<>();
        final Map<Integer, String> totals = new LinkedHashMap<>();
        final Map<String, String> shown = new LinkedHashMap<>();
        String strayCell;
        private int textNumbers;
        private int completionNumbers;

        Canvas(Sheet sheet, Options options, List<Item> items) {
            this.sheet = sheet;
            this.options = options;
            this.items = items;
            Workbook workbook = sheet.getWorkbook();
            title = style(workbook, "黑体", 16, false, HorizontalAlignment.CENTER);
            plain = style(workbook, "仿宋", 11, false, HorizontalAlignment.LEFT);
            header = style(workbook, "黑体", 11, true, HorizontalAlignment.CENTER);
            centered = style(workbook, "宋体", 11, true, HorizontalAlignment.CENTER);
            text = style(workbook, "仿宋", 11, true, HorizontalAlignment.LEFT);
        }

        void text(int row, int column, String value, CellStyle style) {
            Cell cell = create(row, column, style);
            if (value != null) {
                cell.setCellValue(value);
                shown.put(a1(row, column), value);
            }
        }

        void merged(int row, int left, int right, String value, CellStyle style) {
            for (int c = left; c <= right; c++) {
                create(row, c, style);
            }
            text(row, left, value, style);
            if (right > left) {
                sheet.addMergedRegion(new CellRangeAddress(row, row, left, right));
            }
        }

        void label(int item, int row, int column, String label) {
            labels.putIfAbsent(item, a1(row, column));
            text(row, column, label, text);
        }

        void unit(int item, int row, int column, String unit) {
            units.putIfAbsent(item, a1(row, column));
            text(row, column, unit, centered);
        }

        void value(Place place, int row, int column, Value value, String unit) {
            values.put(place, a1(row, column));
            put(create(row, column, centered), value, unit);
        }

        /** A completion figure beside its target; a null value leaves the cell blank. */
        void completion(Place place, int row, int column, Value value, String unit) {
            completions.put(place, a1(row, column));
            // numbers typed as text alternate in the completion column on their own, leaving the targets as they were
            int targets = textNumbers;
            textNumbers = completionNumbers;
            put(create(row, column, centered), value, unit);
            completionNumbers = textNumbers;
            textNumbers = targets;
        }

        /** The 合计 of a row's completion: the sum of its figures, as the targets' 合计 is written; blank without any. */
        void completionTotal(int item, int row, int column, String cells) {
            Cell cell = create(row, column, centered);
            Item of = items.get(item);
            if (of.completion().isEmpty()) {
                return;
            }
            if (options.totalFormulas()) {
                put(cell, new Formula("SUM(" + cells + ")", of.completionSum()), of.unit());
            } else {
                cell.setCellValue(of.completionSum().doubleValue());
                shown.put(cell.getAddress().formatAsString(), plain(of.completionSum()));
            }
        }

        /** A header cell merged down from {@code top} to {@code bottom}. */
        void mergedDown(int top, int bottom, int column, String value) {
            for (int r = top; r <= bottom; r++) {
                create(r, column, header);
            }
            text(top, column, value, header);
            sheet.addMergedRegion(new CellRangeAddress(top, bottom, column, column));
        }

        /** A city-wide value over the township columns: it belongs to no one township. */
        void mergedValue(int item, int row, int left, int right, Value value, String unit) {
            values.put(new Place(item, null, null), a1(row, left));
            for (int c = left; c <= right; c++) {
                create(row, c, centered);
            }
            put(sheet.getRow(row).getCell(left), value, unit);
            if (right > left) {
                sheet.addMergedRegion(new CellRangeAddress(row, row, left, right));
            }
        }

        /** The 合计 cell: {@code override} when given, else the automatic sum (none for a rate or city-wide row). */
        void total(int item, int row, int column, Value override, String range) {
            totals.put(item, a1(row, column));
            Cell cell = create(row, column, centered);
            Item of = items.get(item);
            Value total = override;
            if (total == null && !of.rate() && of.cityWide() == null && !of.townships().isEmpty()) {
                total = options.totalFormulas() ? sum(true) : new Num(of.numberSum());
            }
            if (total instanceof Formula formula && SUM.equals(formula.formula())) {
                total = new Formula("SUM(" + range + ")", formula.cached() == null ? null : of.numberSum());
            }
            if (total instanceof Num number) {
                cell.setCellValue(number.value().doubleValue()); // a typed total is a number even in a text sheet
                shown.put(cell.getAddress().formatAsString(), plain(number.value()));
            } else {
                put(cell, total, of.unit());
            }
        }

        void stray(int row, int column) {
            if (options.stray() != null) {
                strayCell = a1(row, column);
                create(row, column, null).setCellValue(options.stray().doubleValue()); // a number even in a text sheet
                shown.put(strayCell, plain(options.stray()));
            }
        }

        private void put(Cell cell, Value value, String unit) {
            String address = cell.getAddress().formatAsString();
            if (value == null) {
                return;
            }
            if (value instanceof Num number) {
                if (options.numbersAsText()) {
                    String typed = numberText(number.value(), textNumbers++ % 2 == 1, unit);
                    cell.setCellValue(typed);
                    shown.put(address, typed);
                } else {
                    cell.setCellValue(number.value().doubleValue());
                    shown.put(address, plain(number.value()));
                }
            } else if (value instanceof Text typed) {
                cell.setCellValue(typed.text());
                shown.put(address, typed.text());
            } else if (value instanceof Formula formula) {
                cell.setCellFormula(formula.formula());
                if (formula.cached() != null) {
                    cell.setCellValue(formula.cached().doubleValue()); // keeps the formula, sets its cached result
                } else if (options.xls()) {
                    throw new IllegalArgumentException("a BIFF8 formula always holds a cached value: " + address);
                }
                shown.put(address, "=" + formula.formula());
            } else if (value instanceof Villages) {
                throw new IllegalArgumentException("village values belong to a long sheet's rows: " + address);
            }
        }

        private Cell create(int row, int column, CellStyle style) {
            Row existing = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
            Cell cell = existing.getCell(column) != null ? existing.getCell(column) : existing.createCell(column);
            if (style != null) {
                cell.setCellStyle(style);
            }
            return cell;
        }

        /** Column widths in characters, from column A. */
        void widths(int... characters) {
            for (int c = 0; c < characters.length; c++) {
                sheet.setColumnWidth(c, Math.min(255, characters[c] * 2) * 256);
            }
        }

        private static String plain(BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }

        private static CellStyle style(Workbook workbook, String fontName, int points, boolean bordered,
                                       HorizontalAlignment alignment) {
            return OfficeStyles.style(workbook, fontName, points, bordered, alignment, true);
        }
    }
}

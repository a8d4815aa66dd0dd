package cn.minsheng.recon.workbook;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * One cell per text and per stored number within a sheet: a long sheet repeats its townships, villages, units and
 * small counts row after row, and a cell is immutable, so each is held once. A number is one cell per number format
 * as well: the same 0.9 shows as 90 in a percent column.
 */
final class RecurringCells {

    private final Map<String, SheetCell> texts = new HashMap<>();
    private final Map<String, Map<Object, SheetCell>> numbers = new HashMap<>();
    /** The format of the number before, and its cells: a column keeps its format row after row. */
    private String lastFormat;
    private Map<Object, SheetCell> lastByStored;

    SheetCell text(String text) {
        SheetCell cell = texts.get(text);
        if (cell == null) {
            cell = CellValues.text(text);
            texts.put(text, cell);
        }
        return cell;
    }

    /** The cell of a number as stored ({@code "12.5"}, or a double) under {@code format}, made by {@code make}. */
    <T> SheetCell number(T stored, String format, BiFunction<T, String, SheetCell> make) {
        String key = format == null ? "" : format;
        Map<Object, SheetCell> byStored = key.equals(lastFormat) ? lastByStored
                : numbers.computeIfAbsent(key, f -> new HashMap<>());
        lastFormat = key;
        lastByStored = byStored;
        SheetCell cell = byStored.get(stored);
        if (cell == null) {
            cell = make.apply(stored, format);
            byStored.put(stored, cell);
        }
        return cell;
    }
}

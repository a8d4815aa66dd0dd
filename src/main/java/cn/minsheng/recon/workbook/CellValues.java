package cn.minsheng.recon.workbook;

import cn.minsheng.recon.domain.model.Decimals;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a cell's stored value becomes in a {@link SheetCell}, whichever library read it: both readers hand over the
 * same primitive facts (a double or its stored text, the number format, a string, a boolean, an error, a formula
 * without a cached value), so a workbook reads the same through POI and through the streaming reader.
 */
final class CellValues {

    /** OOXML's escape for characters XML cannot hold, {@code _x000D_}; POI decodes it in every string it reads. */
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** The significant digits Excel shows of a number. */
    private static final MathContext SHOWN = new MathContext(15);

    private CellValues() {
    }

    /**
     * The number as the sheet shows it: a percent-formatted 0.9 is the 90 of a % column. Going through the double
     * (as POI does) keeps what Excel shows: it stores 1.1 as {@code 1.1000000000000001}, whose double prints 1.1;
     * and, as Excel shows no more than 15 significant digits, a formula's sum cached as
     * {@code 0.3600000000000001} is the 0.36 its sheet shows.
     */
    static SheetCell number(double value, String format) {
        BigDecimal number = new BigDecimal(Double.toString(value)).round(SHOWN);
        if (format != null && format.contains("%")) {
            return SheetCell.percent(Decimals.strip(number.movePointRight(2)));
        }
        return SheetCell.number(Decimals.strip(number));
    }

    /**
     * A number from the text an .xlsx stores in {@code <v>}, read as POI reads it: empty is 0, and text that is no
     * number makes the file unreadable, as POI's own type mismatch does.
     */
    static SheetCell number(String stored, String format) {
        if (stored.isEmpty()) {
            return number(0.0, format);
        }
        try {
            return number(Double.parseDouble(stored), format);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Cannot get a NUMERIC value from a STRING cell", e);
        }
    }

    static SheetCell text(String value) {
        return SheetCell.text(value);
    }

    /** A string read from an .xlsx part, its {@code _xHHHH_} escapes decoded. */
    static SheetCell ooxmlText(String stored) {
        return SheetCell.text(decoded(stored));
    }

    static SheetCell bool(boolean value) {
        return SheetCell.text(String.valueOf(value));
    }

    static SheetCell error() {
        return new SheetCell(SheetCell.Kind.ERROR, null, "#ERROR");
    }

    /** A formula its program never computed: a finding (SUB_FORMULA_NO_VALUE), never a value. */
    static SheetCell formulaWithoutValue(String formula) {
        return new SheetCell(SheetCell.Kind.FORMULA_NO_VALUE, null, formula == null ? "" : formula);
    }

    static String decoded(String value) {
        if (value == null || !value.contains("_x")) {
            return value;
        }
        Matcher m = ESCAPE.matcher(value);
        StringBuilder decoded = new StringBuilder(value.length());
        int from = 0;
        while (m.find()) {
            decoded.append(value, from, m.start()).append((char) Integer.parseInt(m.group(1), 16));
            from = m.end();
        }
        return from == 0 ? value : decoded.append(value, from, value.length()).toString();
    }
}

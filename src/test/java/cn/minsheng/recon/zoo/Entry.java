package cn.minsheng.recon.zoo;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One value as a clerk wrote it into a submission: a number, or a number typed as text (plain, full-width,
 * with thousands separators), a formula with or without its cached result, or text where a number is due.
 * A planted entry carries the finding the SPEC says it must raise, recorded with the cell it lands in.
 */
record Entry(BigDecimal value, Form form, String text, Plant plant) {

    enum Form {
        NUMBER, TEXT, FULL_WIDTH, THOUSANDS, FORMULA, FORMULA_NO_CACHE, INVALID;

        /** Whether the cell holds a number the run must read and compare (expected-values.csv). */
        boolean counted() {
            return this != FORMULA_NO_CACHE && this != INVALID;
        }
    }

    /** Columns of a planted finding left blank ("any"), where the SPEC leaves their content open. */
    enum Any {
        DEPARTMENT, INDICATOR, TOWNSHIP, CELL
    }

    /** A finding planted at this cell. */
    record Plant(String rule, String severity, Set<Any> blanks) {
    }

    static Entry of(BigDecimal value) {
        return new Entry(value, Form.NUMBER, null, null);
    }

    static Entry of(String value) {
        return of(new BigDecimal(value));
    }

    /** A formula whose result the workbook caches, as WPS and Excel save it. */
    static Entry formula(String formula, String value) {
        return new Entry(new BigDecimal(value), Form.FORMULA, formula, null);
    }

    /** A formula saved without its result (exported by a platform, never recalculated). */
    static Entry formulaWithoutValue(String formula) {
        return new Entry(null, Form.FORMULA_NO_CACHE, formula, null);
    }

    static Entry invalid(String text) {
        return new Entry(null, Form.INVALID, text, null);
    }

    Entry plant(String rule, String severity, Any... blanks) {
        Set<Any> set = EnumSet.noneOf(Any.class);
        set.addAll(List.of(blanks));
        return new Entry(value, form, text, new Plant(rule, severity, set));
    }

    Entry as(Form newForm) {
        return new Entry(value, newForm, text, plant);
    }

    /** The string a text cell shows, or null for a number or a formula. */
    String shown() {
        return switch (form) {
            case TEXT -> value.toPlainString();
            case FULL_WIDTH -> toFullWidth(value.toPlainString());
            case THOUSANDS -> new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
            case INVALID -> text;
            default -> null;
        };
    }

    static String toFullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            if (c >= '0' && c <= '9') {
                out.append((char) ('０' + (c - '0')));
            } else if (c == '.') {
                out.append('．');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

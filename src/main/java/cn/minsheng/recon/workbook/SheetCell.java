package cn.minsheng.recon.workbook;

import java.math.BigDecimal;

/**
 * One cell as read, before any meaning is given to it.
 *
 * @param kind   what the cell holds
 * @param number the value of a NUMBER cell (percent-formatted cells as displayed: 90 for 90%)
 * @param text   the text of a TEXT cell, or the display text of any other; null for a NUMBER cell, whose text is
 *               its plain digits, made when asked for (a long sheet holds many numbers and few are ever shown)
 * @param percent whether a NUMBER cell is shown as a percentage (a percent number format): 90 for 90% is then a
 *                share, which a count column cannot hold
 */
public record SheetCell(Kind kind, BigDecimal number, String text, boolean percent) {

    public enum Kind { NUMBER, TEXT, BLANK, FORMULA_NO_VALUE, ERROR }

    private static final SheetCell BLANK = new SheetCell(Kind.BLANK, null, "");

    /** A cell that is no percentage. */
    public SheetCell(Kind kind, BigDecimal number, String text) {
        this(kind, number, text, false);
    }

    public static SheetCell blank() {
        return BLANK;
    }

    public static SheetCell number(BigDecimal value) {
        return new SheetCell(Kind.NUMBER, value, null);
    }

    /** A number shown as a percentage, {@code value} as shown: 90 for 90%. */
    public static SheetCell percent(BigDecimal value) {
        return new SheetCell(Kind.NUMBER, value, null, true);
    }

    public static SheetCell text(String value) {
        return value == null || value.isBlank() ? BLANK : new SheetCell(Kind.TEXT, null, value);
    }

    @Override
    public String text() {
        return text == null ? number.toPlainString() : text;
    }

    public boolean isBlank() {
        return kind == Kind.BLANK;
    }
}

package cn.minsheng.recon.progress;

import java.math.BigDecimal;

/**
 * One completion figure as a clerk typed it: a number, a percentage (typed {@code 50%}, which a spreadsheet stores
 * as 0.5 shown as 50%), text where a number is due, or nothing.
 */
record Figure(Form form, BigDecimal value, String text) {

    enum Form {
        NUMBER, PERCENT, TEXT, BLANK
    }

    /** {@code 46}, {@code 0.52}, {@code -2}, {@code 50%}, {@code 正在推进} or an empty string. */
    static Figure parse(String token) {
        String t = token.trim();
        if (t.isEmpty()) {
            return new Figure(Form.BLANK, null, "");
        }
        if (t.endsWith("%")) {
            return new Figure(Form.PERCENT, new BigDecimal(t.substring(0, t.length() - 1)).movePointLeft(2), t);
        }
        if (t.matches("-?\\d+(\\.\\d+)?")) {
            return new Figure(Form.NUMBER, new BigDecimal(t), null);
        }
        return new Figure(Form.TEXT, null, t);
    }

    /** What the answer key states: the number in plain decimals, else the text as the cell shows it. */
    String shown() {
        return form == Form.NUMBER ? plain(value) : text;
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}

package cn.minsheng.recon.report;

/**
 * Neutralises text that a spreadsheet would run as a formula: text from an input that starts with
 * {@code = + - @}, a tab, CR or LF gets a leading apostrophe. Numbers we compute are written as numbers and
 * never pass through here.
 */
public final class FormulaText {

    private FormulaText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r' || first == '\n' || first == '＝' || first == '＋' || first == '－' || first == '＠';
        return risky ? "'" + text : text;
    }
}

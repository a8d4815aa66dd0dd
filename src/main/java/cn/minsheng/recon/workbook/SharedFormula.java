package cn.minsheng.recon.workbook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellReference;

/**
 * The text of a shared formula ({@code <f t="shared">}, which Excel writes once for a filled-down range) at one cell
 * of its range: the first cell's formula with its relative references moved by the cell's offset, as POI renders
 * it. Only a cell whose formula has no cached value needs it.
 */
final class SharedFormula {

    private static final Pattern CELL = Pattern.compile("(\\$?)([A-Za-z]{1,3})(\\$?)([0-9]{1,7})");

    private SharedFormula() {
    }

    /** {@code formula} moved down {@code rows} and right {@code columns}. */
    static String moved(String formula, int rows, int columns) {
        StringBuilder out = new StringBuilder(formula.length() + 8);
        int i = 0;
        while (i < formula.length()) {
            char ch = formula.charAt(i);
            if (ch == '"' || ch == '\'') {
                int end = formula.indexOf(ch, i + 1); // a doubled quote reads as two literals in a row
                end = end < 0 ? formula.length() : end + 1;
                out.append(formula, i, end);
                i = end;
            } else if (ch == '[') {
                int end = closing(formula, i);
                out.append(formula, i, end);
                i = end;
            } else if (isWordChar(ch)) {
                int end = i;
                while (end < formula.length() && isWordChar(formula.charAt(end))) {
                    end++;
                }
                String word = formula.substring(i, end);
                char next = end < formula.length() ? formula.charAt(end) : ' ';
                // a function name (LOG10) or a sheet name (Q1!) may look like a reference
                out.append(next == '(' || next == '!' ? word : reference(word, rows, columns));
                i = end;
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isWordChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '_' || ch == '.' || ch == '$' || ch == '\\';
    }

    /** After the bracket opening at {@code from} closes (structured references nest them). */
    private static int closing(String formula, int from) {
        int depth = 0;
        for (int i = from; i < formula.length(); i++) {
            if (formula.charAt(i) == '[') {
                depth++;
            } else if (formula.charAt(i) == ']' && --depth == 0) {
                return i + 1;
            }
        }
        return formula.length();
    }

    private static String reference(String word, int rows, int columns) {
        Matcher m = CELL.matcher(word);
        if (!m.matches()) {
            return word;
        }
        int column = CellReference.convertColStringToIndex(m.group(2));
        int row = Integer.parseInt(m.group(4)) - 1;
        if (column > SpreadsheetVersion.EXCEL2007.getLastColumnIndex()) {
            return word;
        }
        column += m.group(1).isEmpty() ? columns : 0;
        row += m.group(3).isEmpty() ? rows : 0;
        if (column < 0 || row < 0) {
            return "#REF!";
        }
        return m.group(1) + CellReference.convertNumToColString(column) + m.group(3) + (row + 1);
    }
}

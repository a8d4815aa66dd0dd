package cn.minsheng.recon.domain.matching;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a number typed as text: full-width digits, thousands separators, surrounding spaces. */
public final class NumberText {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]");
    private static final Pattern PLACEHOLDER = Pattern.compile("[-—–－/\\\\_~.。]+|无|空|/");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    private NumberText() {
    }

    /** {@code "１２３"} → 123, {@code "1,234.5"} → 1234.5, {@code " 90 "} → 90; anything else is empty. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = compact(text);
        if (!NUMBER.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(value.replace(",", "")));
    }

    /**
     * A number typed with its unit: {@code "92%"} in a % column, {@code "3个"} in a 个 column. Only the unit the
     * column names is taken off; anything else stays text.
     */
    public static Optional<BigDecimal> parse(String text, String unit) {
        Optional<BigDecimal> plain = parse(text);
        if (plain.isPresent() || text == null || unit == null || unit.isBlank()) {
            return plain;
        }
        String value = compact(text);
        String suffix = compact(unit);
        return value.endsWith(suffix) ? parse(value.substring(0, value.length() - suffix.length())) : Optional.empty();
    }

    /** Half-width, without any kind of space. */
    private static String compact(String text) {
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** A cell that says "nothing here" in words: dashes, slashes, 无. */
    public static boolean isPlaceholder(String text) {
        String value = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
        return value.isEmpty() || PLACEHOLDER.matcher(value).matches();
    }
}

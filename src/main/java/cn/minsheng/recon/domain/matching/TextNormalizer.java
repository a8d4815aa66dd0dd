package cn.minsheng.recon.domain.matching;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings text typed in Chinese office documents to one spelling, so that names, units and numbers
 * written with full-width characters, stray spaces or typographic quotes compare equal.
 */
public final class TextNormalizer {

    /** {@code 13.}, {@code 13．}, {@code 13、}, {@code (13)}, {@code （13）}; a decimal such as {@code 1.5万亩} is not a numbering. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:[(（]\\s*([0-9０-９]+)\\s*[)）]|([0-9０-９]+)\\s*[.．、](?![0-9０-９]))\\s*");

    private static final Memo<String> NORMALIZED = new Memo<>(4_096, TextNormalizer::fold);
    private static final Memo<String> KEYS = new Memo<>(4_096, TextNormalizer::reduce);

    private TextNormalizer() {
    }

    /**
     * NFKC (full-width digits, letters and punctuation become ASCII), no whitespace at all, and one form for
     * quotes, brackets, dashes and middle dots. {@code null} becomes {@code ""}.
     */
    public static String normalize(String s) {
        return s == null ? "" : plain(s, false) ? s : NORMALIZED.get(s);
    }

    static String fold(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> {
            // NFKC turns U+3000 and NBSP into spaces, but a zero-width or odd space may survive: test both ways.
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                return;
            }
            out.append(switch (c) {
                case '“', '”', '„', '「', '」', '『', '』' -> "\"";
                case '‘', '’', '‚' -> "'";
                case '【', '〔', '［' -> "[";
                case '】', '〕', '］' -> "]";
                case '—', '–', '―', '‐', '‑', '‒', '−', '─' -> "-";
                case '•', '・', '‧', '∙', '⋅' -> "·";
                default -> new String(Character.toChars(c));
            });
        });
        return out.toString();
    }

    /**
     * The normalised text reduced to CJK characters, letters, digits and {@code %}, in lower case: what two
     * spellings of one name still share ({@code “高效办成一件事”事项} and {@code 高效办成一件事 事项}).
     */
    public static String key(String s) {
        return s == null ? "" : plain(s, true) ? s : KEYS.get(s);
    }

    /**
     * The text is its own normal form ({@code asKey}: its own key) without a look at it: only ASCII other than
     * spaces (for a key: lower-case letters, digits and {@code %}) and CJK unified ideographs, which NFKC leaves
     * alone. Most names in a sheet are (城关镇, 新市社区, 户, 2026): a long sheet asks for them row after row, and
     * a memo's lookup of each had cost more than this test.
     */
    private static boolean plain(String s, boolean asKey) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean kept = c >= '\u4E00' && c <= '\u9FFF' ? !asKey || Character.isLetterOrDigit(c)
                    : c < 0x80 && (asKey ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '%'
                            : !Character.isWhitespace(c) && !Character.isSpaceChar(c));
            if (!kept) {
                return false;
            }
        }
        return true;
    }

    static String reduce(String s) {
        StringBuilder out = new StringBuilder();
        normalize(s).toLowerCase(Locale.ROOT).codePoints()
                .filter(c -> Character.isLetterOrDigit(c) || c == '%')
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The text without a leading indicator number ({@code 13.提升…} → {@code 提升…}), trimmed. */
    public static String stripNumbering(String s) {
        if (s == null) {
            return "";
        }
        Matcher m = NUMBERING.matcher(s);
        return (m.find() ? s.substring(m.end()) : s).strip();
    }

    /** The leading indicator number in ASCII digits ({@code （13）提升…} → {@code 13}), if there is one. */
    public static Optional<String> numbering(String s) {
        if (s == null) {
            return Optional.empty();
        }
        Matcher m = NUMBERING.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        String digits = m.group(1) != null ? m.group(1) : m.group(2);
        return Optional.of(Normalizer.normalize(digits, Normalizer.Form.NFKC));
    }
}

package cn.minsheng.recon.domain.matching;

import cn.minsheng.recon.domain.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads unit text ({@code 万人}, {@code 万方}, {@code 元/月·人}, {@code 场(次)}) into a {@link Unit} with its family,
 * scale and rate flag, and tells which words after a number are units at all.
 */
public final class UnitDirectory {

    /** Written forms of a base unit, as they come out of {@link TextNormalizer#normalize} ({@code m³} is {@code m3}). */
    private static final Map<String, String> DEFAULT_ALIASES = Map.ofEntries(
            Map.entry("方", "立方米"), Map.entry("立方", "立方米"), Map.entry("m3", "立方米"),
            Map.entry("平米", "平方米"), Map.entry("m2", "平方米"),
            Map.entry("千米", "公里"), Map.entry("km", "公里"),
            Map.entry("名", "人"), Map.entry("人·次", "人次"), Map.entry("人/次", "人次"));

    /**
     * Base units a number can be counted in. A closed list on purpose: {@code 4G}, {@code 10千伏}, {@code 2024年} and
     * {@code 60岁} must not read as targets.
     */
    private static final Set<String> BASE_UNITS = Set.of(
            "人", "人次", "户", "户次", "个", "所", "座", "台", "家", "张", "处", "套", "项", "件", "支", "公里", "米",
            "辆", "栋", "幢", "条", "村", "批", "亩", "公顷", "立方米", "平方米", "平方公里", "元", "场", "场次", "次",
            "间", "床", "吨", "只", "头", "本", "册", "班", "篇", "盏", "根", "块", "宗", "例", "份", "棵", "株", "千瓦",
            "部", "台套", "辆次", "课时", "学时");

    /** What may stand after the slash of a rate ({@code 元/月·人}). */
    private static final Set<String> DENOMINATORS = Set.of("月", "年", "人", "日", "天", "周", "季", "季度", "次", "人次", "户", "亩");

    /** Longest first, so that 千万元 is not read as 千 + 万元. */
    private static final List<Prefix> PREFIXES = List.of(
            new Prefix("千万", new BigDecimal("10000000")), new Prefix("百万", new BigDecimal("1000000")),
            new Prefix("亿", new BigDecimal("100000000")), new Prefix("万", new BigDecimal("10000")));

    /** Words that begin like a unit but are not one: {@code 8个月}, {@code 3方面}, {@code 5家庭}. */
    private static final List<String> NOT_UNITS = List.of(
            "个月", "方面", "方案", "方式", "方向", "家庭", "家长", "名单", "项目", "件事", "次日", "台账", "条件", "支持",
            "所有", "座谈", "人民");

    /** A parenthesised alternative: {@code 场(次)}. */
    private static final Pattern ALTERNATIVE = Pattern.compile("^([^()]+)\\(([^()]+)\\)$");

    private static final Pattern DENOMINATOR_SEPARATOR = Pattern.compile("[/·*×]");

    private static final int LONGEST_WORD = 12;

    private final Map<String, String> aliases;

    /** The defaults with {@code aliases} (alias → canonical unit, e.g. from a county's config) merged over them. */
    public UnitDirectory(Map<String, String> aliases) {
        Map<String, String> merged = new HashMap<>(DEFAULT_ALIASES);
        aliases.forEach((alias, canonical) -> {
            String from = TextNormalizer.normalize(alias);
            if (!from.isEmpty()) {
                merged.put(from, TextNormalizer.normalize(canonical));
            }
        });
        this.aliases = Map.copyOf(merged);
    }

    public static UnitDirectory defaults() {
        return new UnitDirectory(Map.of());
    }

    /** The unit the text names; empty for blank text. Any word is a unit of its own family, scale 1. */
    public Optional<Unit> parse(String unitText) {
        String text = TextNormalizer.normalize(unitText);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        text = aliases.getOrDefault(text, text);
        if (text.equals("%")) {
            return Optional.of(new Unit("%", "%", BigDecimal.ONE, true));
        }
        if (text.equals("‰")) {
            return Optional.of(new Unit("‰", "%", new BigDecimal("0.1"), true));
        }
        Matcher alternative = ALTERNATIVE.matcher(text);
        if (alternative.matches()) {
            // 场(次): the office counts in either word; the first one names the family.
            Unit first = countUnit(alternative.group(1));
            return Optional.of(new Unit(text, first.family(), first.scale(), false));
        }
        int slash = text.indexOf('/');
        if (slash > 0 && slash < text.length() - 1) {
            Unit numerator = countUnit(text.substring(0, slash));
            return Optional.of(new Unit(text, rateFamily(numerator.family(), text.substring(slash + 1)), numerator.scale(), true));
        }
        if (text.contains("/") || text.contains("%")) {
            return Optional.of(new Unit(text, text, BigDecimal.ONE, true));
        }
        return Optional.of(countUnit(text));
    }

    /** Whether the words written in {@code column}'s unit column accept a number written in {@code written}. */
    public boolean matches(Unit column, Unit written) {
        return column.convertsTo(written) || alternatives(column).contains(written.family());
    }

    /**
     * Whether {@code s} is a unit a number is counted in: a known base unit or alias, with an optional 万/亿 prefix,
     * optionally a rate ({@code 元/月·人}), or {@code %}/{@code ‰}.
     */
    public boolean isUnitWord(String s) {
        String text = TextNormalizer.normalize(s);
        if (text.equals("%") || text.equals("‰") || aliases.containsKey(text)) {
            return true;
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            return isCountWord(text);
        }
        if (!isCountWord(text.substring(0, slash)) || slash == text.length() - 1) {
            return false;
        }
        for (String part : DENOMINATOR_SEPARATOR.split(text.substring(slash + 1))) {
            if (!DENOMINATORS.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The longest unit word that starts at {@code index} of normalised {@code text}, also accepting the words of
     * {@code column} (so an office's own unit such as {@code 种} is found after a number).
     */
    public Optional<String> unitWordAt(String text, int index, Optional<Unit> column) {
        Set<String> columnWords = column.map(this::wordsOf).orElse(Set.of());
        for (int end = Math.min(text.length(), index + LONGEST_WORD); end > index; end--) {
            String word = text.substring(index, end);
            if ((isUnitWord(word) || columnWords.contains(word)) && !startsNonUnit(text, index, word)) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    private boolean startsNonUnit(String text, int index, String word) {
        for (String nonUnit : NOT_UNITS) {
            if (nonUnit.length() > word.length() && nonUnit.startsWith(word) && text.startsWith(nonUnit, index)) {
                return true;
            }
        }
        return false;
    }

    /** The words that may follow a number counted in {@code column}: its symbol, its family, its alternatives. */
    private Set<String> wordsOf(Unit column) {
        Set<String> words = new LinkedHashSet<>(alternatives(column));
        words.add(column.symbol());
        if (!column.rate()) {
            words.add(column.family());
        }
        return words;
    }

    private Set<String> alternatives(Unit column) {
        Matcher alternative = ALTERNATIVE.matcher(column.symbol());
        if (!alternative.matches()) {
            return Set.of();
        }
        String first = canonicalBase(alternative.group(1));
        String second = canonicalBase(alternative.group(2));
        return Set.of(first, second, first + second);
    }

    private boolean isCountWord(String text) {
        Prefix prefix = prefixOf(text);
        String base = text.substring(prefix.word().length());
        return BASE_UNITS.contains(base) || aliases.containsKey(base) || aliases.containsValue(base);
    }

    private Unit countUnit(String text) {
        Prefix prefix = prefixOf(text);
        String base = canonicalBase(text.substring(prefix.word().length()));
        return new Unit(prefix.word() + base, base, prefix.scale(), false);
    }

    private String canonicalBase(String base) {
        return aliases.getOrDefault(base, base);
    }

    /** The 万/亿 in front of a base; {@code 万} alone is a word, not a prefix. */
    private static Prefix prefixOf(String text) {
        for (Prefix prefix : PREFIXES) {
            if (text.length() > prefix.word().length() && text.startsWith(prefix.word())) {
                return prefix;
            }
        }
        return Prefix.NONE;
    }

    /**
     * 元/月·人 and 元/人·月 are a monthly amount per person, the same family as 元/月: per-person is how such
     * standards are always meant. 元/人 alone stays a per-person amount.
     */
    private static String rateFamily(String numeratorFamily, String denominator) {
        List<String> parts = new ArrayList<>(List.of(DENOMINATOR_SEPARATOR.split(denominator)));
        parts.removeIf(String::isEmpty);
        if (parts.size() > 1) {
            parts.remove("人");
        }
        return numeratorFamily + "/" + String.join("·", new TreeSet<>(parts));
    }

    private record Prefix(String word, BigDecimal scale) {
        static final Prefix NONE = new Prefix("", BigDecimal.ONE);
    }
}

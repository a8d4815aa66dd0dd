package cn.minsheng.recon.domain.official;

import cn.minsheng.recon.domain.matching.TextNormalizer;
import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.model.Comparison;
import cn.minsheng.recon.domain.model.Headline;
import cn.minsheng.recon.domain.model.Quantity;
import cn.minsheng.recon.domain.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the headline target printed in an indicator's name ({@code 培训乡村医生30人} → 30 人 EXACT,
 * {@code 家庭医生签约服务目标人群数不少于17.14万人} → 17.14 万人 AT_LEAST).
 */
public final class HeadlineParser {

    /** With thousands separators ({@code 1,234}) or without; an optional decimal part. */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)|\\d+(?:\\.\\d+)?");

    /**
     * Words before a number that make it a minimum. 达 (and so 达到) is checked apart: 下达, 送达 and 达标 are not 达,
     * nor is the 达到 of 下达到各镇.
     */
    private static final List<String> AT_LEAST_BEFORE = List.of(
            "不少于", "不低于", "不得低于", "不得少于", "至少", "超过", "多于", "高于", "大于", "提高到", "提高至",
            "提升到", "提升至", "增加到", "增加至", "增长到", "增长至", "增至", "≥", ">=");

    private static final Pattern REACHES = Pattern.compile("(?<![下到送表传])达(?!标)");

    private static final List<String> AT_LEAST_AFTER = List.of("及以上", "以上", "或以上");

    /** How far back a comparator word may stand: {@code 提高至分别不低于770元/月} reaches, the previous clause does not. */
    private static final int LOOK_BACK = 12;

    /** Clause breaks: a comparator word never applies across them. */
    private static final String CLAUSE_BREAKS = ",;。:()[]\"'!?";

    /** What may stand between the numbers of one list ({@code 分别不低于770元/月和520元/月}). */
    private static final Pattern LIST_GAP = Pattern.compile("[、和及与或,]+");

    private final UnitDirectory units;

    public HeadlineParser(UnitDirectory units) {
        this.units = units;
    }

    /**
     * The target in {@code text}: the first number in the unit column's family when there is one, else the first
     * number followed by a known unit. The starting value of a "from X to Y" phrase is never a target.
     */
    public Optional<Headline> parse(String text, Optional<Unit> unitColumn) {
        return parseAll(text, unitColumn).stream().findFirst();
    }

    /**
     * Every target in {@code text}, in order: all numbers in the unit column's family, or, without a unit column, all
     * numbers in the family of the first one ({@code 分别不低于770元/月和520元/月} → 770, 520).
     */
    public List<Headline> parseAll(String text, Optional<Unit> unitColumn) {
        String s = TextNormalizer.stripNumbering(TextNormalizer.normalize(text));
        List<Written> found = numbersWithUnits(s, unitColumn);
        if (unitColumn.isEmpty() && !found.isEmpty()) {
            Unit first = found.get(0).unit();
            found.removeIf(w -> !w.unit().convertsTo(first));
        }
        List<Headline> headlines = new ArrayList<>();
        int boundary = 0;
        Comparison previous = null;
        for (int i = 0; i < found.size(); i++) {
            Written w = found.get(i);
            int clauseStart = clauseStart(s, w.start(), boundary);
            String before = s.substring(clauseStart, w.start());
            boundary = w.end();
            if (i + 1 < found.size() && isStartingValue(before, s.substring(w.end(), found.get(i + 1).start()))) {
                previous = null;
                continue;
            }
            Unit unit = unitColumn.filter(column -> !column.convertsTo(w.unit())).orElse(w.unit());
            String after = s.substring(w.end());
            String trailing = AT_LEAST_AFTER.stream().filter(after::startsWith).findFirst().orElse("");
            int wordAt = atLeastWordAt(before);
            Comparison comparison;
            String phrase;
            if (wordAt >= 0 || !trailing.isEmpty()) {
                comparison = Comparison.AT_LEAST;
                phrase = s.substring(wordAt >= 0 ? clauseStart + wordAt : w.start(), w.end() + trailing.length());
            } else if (previous != null && LIST_GAP.matcher(before).matches()) {
                // 分别不低于770元/月和520元/月: the second number is bound like the first.
                comparison = previous;
                phrase = s.substring(w.start(), w.end());
            } else {
                comparison = Comparison.EXACT;
                phrase = s.substring(w.start(), w.end());
            }
            headlines.add(new Headline(new Quantity(w.value(), unit), comparison, phrase));
            previous = comparison;
        }
        return headlines;
    }

    /** Numbers followed by a unit word (in the column's family when given), in order of appearance. */
    private List<Written> numbersWithUnits(String s, Optional<Unit> unitColumn) {
        List<Written> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            if (m.start() > 0 && isCodePart(s.charAt(m.start() - 1))) {
                continue;
            }
            Optional<String> word = units.unitWordAt(s, m.end(), unitColumn);
            if (word.isEmpty()) {
                continue;
            }
            Optional<Unit> unit = units.parse(word.get());
            if (unit.isEmpty() || unitColumn.isPresent() && !units.matches(unitColumn.get(), unit.get())) {
                continue;
            }
            BigDecimal value = new BigDecimal(m.group().replace(",", ""));
            found.add(new Written(value, unit.get(), m.start(), m.end() + word.get().length()));
        }
        return found;
    }

    /** G106, K16+000, DB43/T 2755.1: digits after these are road, stake and standard codes, not quantities. */
    private static boolean isCodePart(char c) {
        return c < 128 && (Character.isLetter(c) || c == '+' || c == '.' || c == '/');
    }

    /** Where the words that may qualify a number at {@code numberStart} begin. */
    private static int clauseStart(String s, int numberStart, int previousEnd) {
        int start = Math.max(previousEnd, numberStart - LOOK_BACK);
        for (int i = numberStart - 1; i >= start; i--) {
            if (CLAUSE_BREAKS.indexOf(s.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return start;
    }

    /** {@code 从650元/月提高到700元/月}: the first number is where the value comes from, the second the target. */
    private static boolean isStartingValue(String before, String between) {
        return before.contains("从") && (between.contains("到") || between.contains("至"));
    }

    /** Index in {@code before} of the first word that makes the number a minimum, or -1. */
    private static int atLeastWordAt(String before) {
        int first = -1;
        for (String word : AT_LEAST_BEFORE) {
            int at = before.indexOf(word);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        Matcher reaches = REACHES.matcher(before);
        if (reaches.find() && (first < 0 || reaches.start() < first)) {
            first = reaches.start();
        }
        return first;
    }

    /** A number as written, with its unit and where it stands (start of the number, end of the unit). */
    private record Written(BigDecimal value, Unit unit, int start, int end) {
    }
}

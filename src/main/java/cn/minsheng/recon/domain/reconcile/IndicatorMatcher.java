package cn.minsheng.recon.domain.reconcile;

import cn.minsheng.recon.domain.matching.DepartmentDirectory;
import cn.minsheng.recon.domain.matching.NameSimilarity;
import cn.minsheng.recon.domain.matching.TextNormalizer;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the official indicator a submitted row is about (SPEC §3.2): by its number when the names agree, else by
 * its name — exact, then contained, then similar — preferring the submitting department's own indicators, and
 * says when the match was fuzzy or could not choose between several.
 */
public final class IndicatorMatcher {

    /** A unit put after a label in brackets ({@code 乡村医生培训（人）}): it says how to count, not what. */
    private static final Pattern UNIT_AFTER = Pattern.compile("\\([^()]{1,4}\\)$");

    /** An indicator number typed in its own cell: {@code 13}, {@code 13.0} (a numeric cell), {@code （13）}. */
    private static final Pattern NUMBER_CELL = Pattern.compile("^[(]?(\\d+)(?:\\.0*)?[)]?[.、]?$");

    /** Where an indicator name splits into clauses a department may quote on their own. */
    private static final Pattern CLAUSES = Pattern.compile("[,，、;；。:：()（）]");

    /** A clause shorter than this ({@code 全市}) says too little to match on. */
    private static final int SHORTEST_CLAUSE = 4;

    private static final double TIE = 1e-9;

    /** How alike a label must be to the department's own closest indicator, and by how much the closest. */
    private static final double LOOSE_THRESHOLD = 0.3;
    private static final double LOOSE_MARGIN = 0.1;

    private final List<Indicator> indicators;
    private final Map<Indicator, Set<String>> leadUnits = new HashMap<>();

    public IndicatorMatcher(OfficialTables tables) {
        this.indicators = tables.breakdown().indicators();
        for (Indicator indicator : indicators) {
            leadUnits.put(indicator, tables.responsibility(indicator)
                    .map(ResponsibilityRow::leadUnit)
                    .map(IndicatorMatcher::units)
                    .orElse(Set.of()));
        }
    }

    /**
     * @param label       the row's indicator text, perhaps with its number ({@code 13.提升…})
     * @param indicatorNo the number from a separate 序号 column, or blank
     * @param department  the submitting unit as spelled in the responsibility table, when known
     */
    public Match match(String label, String indicatorNo, Optional<String> department) {
        String name = withoutUnit(TextNormalizer.stripNumbering(label == null ? "" : label));
        boolean nameless = TextNormalizer.key(name).isEmpty();
        for (String no : numbers(label, indicatorNo)) {
            Optional<Indicator> numbered = indicators.stream().filter(i -> i.no().equals(no)).findFirst();
            if (numbered.isPresent() && (nameless || score(name, numbered.get()) >= NameSimilarity.THRESHOLD)) {
                return Match.exact(numbered.get());
            }
        }
        String key = TextNormalizer.key(name);
        // one character (人, a stray 1) is contained in, and so similar to, almost every name
        if (key.replaceAll("[0-9.%]", "").length() < 2) {
            return Match.none();
        }
        List<Indicator> exact = indicators.stream().filter(i -> TextNormalizer.key(i.name()).equals(key)).toList();
        if (!exact.isEmpty()) {
            return choose(exact, department, false);
        }
        List<Indicator> contained = indicators.stream().filter(i -> contains(i, key)).toList();
        if (!contained.isEmpty()) {
            return choose(contained, department, true);
        }
        Match similar = choose(mostSimilar(name), department, true);
        return similar.matched() || similar.ambiguous() ? similar : ownLoosely(name, department);
    }

    /**
     * A clerk's short wording of one of the department's own indicators ({@code 电梯更新} for
     * {@code 更新住宅老旧电梯7台}): below the general threshold, but clearly the closest of the few it leads.
     */
    private Match ownLoosely(String name, Optional<String> department) {
        String unit = department.map(DepartmentDirectory::core).orElse("");
        if (unit.isEmpty()) {
            return Match.none();
        }
        List<Indicator> own = indicators.stream().filter(i -> leadUnits.get(i).contains(unit))
                .sorted(Comparator.comparingDouble((Indicator i) -> score(name, i)).reversed())
                .toList();
        if (own.isEmpty() || score(name, own.get(0)) < LOOSE_THRESHOLD
                || own.size() > 1 && score(name, own.get(1)) > score(name, own.get(0)) - LOOSE_MARGIN) {
            return Match.none();
        }
        return Match.of(own.get(0), true);
    }

    /** The label's number first, then the separate cell's: they usually agree, and either may be a typo. */
    private static List<String> numbers(String label, String indicatorNo) {
        Set<String> numbers = new LinkedHashSet<>();
        TextNormalizer.numbering(label).ifPresent(numbers::add);
        Matcher cell = NUMBER_CELL.matcher(TextNormalizer.normalize(indicatorNo));
        if (cell.matches()) {
            numbers.add(String.valueOf(Integer.parseInt(cell.group(1))));
        }
        return List.copyOf(numbers);
    }

    private static String withoutUnit(String name) {
        String normalized = TextNormalizer.normalize(name);
        String stripped = UNIT_AFTER.matcher(normalized).replaceFirst("");
        return stripped.isEmpty() ? normalized : stripped;
    }

    private static boolean contains(Indicator indicator, String key) {
        String official = TextNormalizer.key(indicator.name());
        return official.contains(key) || key.contains(official);
    }

    /** The indicators scoring best at or above the threshold; several when they tie. */
    private List<Indicator> mostSimilar(String name) {
        double best = NameSimilarity.THRESHOLD;
        List<Indicator> found = new ArrayList<>();
        for (Indicator indicator : indicators) {
            double score = score(name, indicator);
            if (score > best + TIE) {
                best = score;
                found.clear();
            }
            if (score >= best - TIE) {
                found.add(indicator);
            }
        }
        return found;
    }

    /**
     * How alike the label is to the indicator's whole name or to one of its clauses: a department often quotes
     * only the clause it counts ({@code 培训乡村医生} of {@code 提升基层医疗卫生服务能力，培训乡村医生30人}).
     */
    private static double score(String name, Indicator indicator) {
        double best = NameSimilarity.score(name, indicator.name());
        for (String clause : CLAUSES.split(TextNormalizer.normalize(indicator.name()))) {
            if (TextNormalizer.key(clause).replaceAll("[0-9.%]", "").length() >= SHORTEST_CLAUSE) {
                best = Math.max(best, NameSimilarity.score(name, clause));
            }
        }
        return best;
    }

    /** One candidate is the match; several are split by the department's own indicators, else ambiguous. */
    private Match choose(List<Indicator> candidates, Optional<String> department, boolean fuzzy) {
        if (candidates.isEmpty()) {
            return Match.none();
        }
        if (candidates.size() == 1) {
            return Match.of(candidates.get(0), fuzzy);
        }
        String unit = department.map(DepartmentDirectory::core).orElse("");
        List<Indicator> own = unit.isEmpty() ? List.of()
                : candidates.stream().filter(i -> leadUnits.get(i).contains(unit)).toList();
        if (own.size() == 1) {
            return Match.of(own.get(0), fuzzy);
        }
        return Match.ambiguous(own.isEmpty() ? candidates : own);
    }

    /** The lead units a cell names, as cores ({@code 市人社局、市财政局} leads jointly; 人社局 is 市人社局). */
    private static Set<String> units(String leadUnit) {
        Set<String> units = new LinkedHashSet<>();
        for (String unit : Normalizer.normalize(leadUnit, Normalizer.Form.NFKC).split("[、,，;；/]")) {
            String key = DepartmentDirectory.core(unit);
            if (!key.isEmpty()) {
                units.add(key);
            }
        }
        return units;
    }

    /**
     * What a row matched.
     *
     * @param indicator  the indicator, when exactly one was found
     * @param fuzzy      found by containment or similarity rather than by number or exact name
     * @param candidates the indicators it could not choose between (or the one it chose)
     */
    public record Match(Optional<Indicator> indicator, boolean fuzzy, List<Indicator> candidates) {

        public Match {
            candidates = List.copyOf(candidates);
        }

        static Match none() {
            return new Match(Optional.empty(), false, List.of());
        }

        static Match exact(Indicator indicator) {
            return of(indicator, false);
        }

        static Match of(Indicator indicator, boolean fuzzy) {
            return new Match(Optional.of(indicator), fuzzy, List.of(indicator));
        }

        static Match ambiguous(List<Indicator> candidates) {
            return new Match(Optional.empty(), false, candidates);
        }

        public boolean matched() {
            return indicator.isPresent();
        }

        /** Several indicators fit equally well: a finding lists them. */
        public boolean ambiguous() {
            return indicator.isEmpty() && candidates.size() > 1;
        }
    }
}

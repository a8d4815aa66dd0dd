package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.progress.Light;
import cn.minsheng.recon.domain.reconcile.ProgressFigure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The progress traffic lights as 首页 and 督办清单 count them (SPEC §7): one item per indicator × township. An
 * indicator's total restates its townships and is not counted again; the indicator as a whole counts only when no
 * township figure of it has a light — a county-wide (统筹) indicator, judged on the lead unit's total alone. A
 * figure stated twice (two files of one unit) counts once, as last stated. It also knows which figures a PRG_SUPERVISED
 * finding proposes for 挂牌督办.
 */
final class LightTally {

    /** The order lights are named in: the worst first. */
    static final List<Light> WORST_FIRST = List.of(Light.RED, Light.YELLOW, Light.GREEN);

    private final List<ProgressFigure> lit;
    private final List<ProgressFigure> counted;
    private final Set<ProgressFigure> countedOnes;

    private final Set<String> supervised;

    /**
     * @param progress the run's judged figures, in the order judged
     * @param findings the run's findings, whose PRG_SUPERVISED ones propose figures for 挂牌督办
     */
    LightTally(List<ProgressFigure> progress, List<Finding> findings) {
        supervised = findings.stream().filter(f -> f.rule() == RuleCode.PRG_SUPERVISED)
                .map(f -> f.department() + "|" + f.indicatorNo() + "|" + f.township()).collect(Collectors.toSet());
        Map<String, ProgressFigure> once = new LinkedHashMap<>();
        progress.stream().filter(f -> f.light().isPresent()).forEach(f -> once.put(key(f), f));
        lit = List.copyOf(once.values());
        Set<String> byTownship = lit.stream().filter(f -> !f.whole()).map(f -> f.department() + "|" + f.indicatorNo())
                .collect(Collectors.toSet());
        counted = lit.stream().filter(f -> !f.whole() || !byTownship.contains(f.department() + "|" + f.indicatorNo()))
                .toList();
        countedOnes = Set.copyOf(counted);
    }

    /** Every figure with a light, each once, in the order judged: the counted ones and the totals beside them. */
    List<ProgressFigure> lit() {
        return lit;
    }

    /** Whether the figure is one of the items counted, rather than a total of counted township items. */
    boolean counts(ProgressFigure figure) {
        return countedOnes.contains(figure);
    }

    /** Whether a PRG_SUPERVISED finding proposes the figure for 挂牌督办. */
    boolean supervised(ProgressFigure figure) {
        return supervised.contains(key(figure));
    }

    Map<Light, Long> total() {
        return lights(counted);
    }

    /** Per unit, its items' lights; the units with the most red first, then the most yellow, ties in judged order. */
    Map<String, Map<Light, Long>> byUnit() {
        return grouped(counted, ProgressFigure::department);
    }

    /** Per indicator number of {@code unit}, its items' lights, the most red first, then the most yellow. */
    Map<String, Map<Light, Long>> byIndicator(String unit) {
        return grouped(counted.stream().filter(f -> f.department().equals(unit)).toList(),
                ProgressFigure::indicatorNo);
    }

    /** {@code 红灯 8 项　黄灯 2 项　绿灯 30 项}. */
    static String text(Map<Light, Long> counts, String separator) {
        return WORST_FIRST.stream().map(l -> l.label() + " " + counts.getOrDefault(l, 0L) + " 项")
                .collect(Collectors.joining(separator));
    }

    static long count(Map<Light, Long> counts, Light light) {
        return counts.getOrDefault(light, 0L);
    }

    /** Whether any item of {@code counts} is red or yellow. */
    static boolean troubled(Map<Light, Long> counts) {
        return count(counts, Light.RED) + count(counts, Light.YELLOW) > 0;
    }

    private static Map<String, Map<Light, Long>> grouped(List<ProgressFigure> figures,
            Function<ProgressFigure, String> by) {
        Map<String, List<ProgressFigure>> groups = figures.stream()
                .collect(Collectors.groupingBy(by, LinkedHashMap::new, Collectors.toList()));
        List<Map.Entry<String, List<ProgressFigure>>> entries = new ArrayList<>(groups.entrySet());
        entries.sort(Comparator.comparing((Map.Entry<String, List<ProgressFigure>> e) -> lights(e.getValue()),
                Comparator.comparingLong((Map<Light, Long> c) -> -count(c, Light.RED))
                        .thenComparingLong(c -> -count(c, Light.YELLOW))));
        Map<String, Map<Light, Long>> sorted = new LinkedHashMap<>();
        entries.forEach(e -> sorted.put(e.getKey(), lights(e.getValue())));
        return sorted;
    }

    private static Map<Light, Long> lights(List<ProgressFigure> figures) {
        Map<Light, Long> counts = new EnumMap<>(Light.class);
        figures.forEach(f -> counts.merge(f.light().orElseThrow(), 1L, Long::sum));
        return counts;
    }

    /** The figure's place: a unit's indicator in a township, or as a whole. */
    private static String key(ProgressFigure figure) {
        return figure.department() + "|" + figure.indicatorNo() + "|" + figure.township();
    }
}

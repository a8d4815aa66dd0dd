package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import cn.minsheng.recon.domain.progress.Light;
import cn.minsheng.recon.domain.progress.ProgressVerdict;
import cn.minsheng.recon.domain.reconcile.ProgressFigure;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The completion figures the reports show for each indicator (SPEC §7): those of its lead unit, else of the first
 * unit that reported its completion. An indicator's light is the worst of its figures': a red township makes it red,
 * as 督办清单 lists it, even when the indicator as a whole keeps up.
 */
final class ProgressStanding {

    private final OfficialTables tables;
    private final Map<String, List<ProgressFigure>> byIndicator;
    private final Set<String> completed = new LinkedHashSet<>();

    /** @param findings the run's findings: an indicator whose completion is only under PRG_ findings has some too */
    ProgressStanding(OfficialTables tables, List<ProgressFigure> progress, List<Finding> findings) {
        this.tables = tables;
        this.byIndicator = progress.stream().collect(Collectors.groupingBy(ProgressFigure::indicatorNo,
                LinkedHashMap::new, Collectors.toList()));
        completed.addAll(byIndicator.keySet());
        findings.stream().filter(f -> f.rule().progress()).map(Finding::indicatorNo).forEach(completed::add);
    }

    /** Whether the run has any completion to show. */
    boolean present() {
        return !completed.isEmpty();
    }

    /** The numbers of the indicators with completion figures or findings about their completion. */
    Set<String> completed() {
        return Set.copyOf(completed);
    }

    /** The indicator's figures shown: its lead unit's, else those of the first unit that reported its completion. */
    List<ProgressFigure> figures(Indicator indicator) {
        List<ProgressFigure> all = byIndicator.getOrDefault(indicator.no(), List.of());
        if (all.isEmpty()) {
            return all;
        }
        String lead = tables.responsibility(indicator).map(ResponsibilityRow::leadUnit).orElse("");
        String shown = all.stream().anyMatch(f -> f.department().equals(lead)) ? lead : all.get(0).department();
        return all.stream().filter(f -> f.department().equals(shown)).toList();
    }

    /**
     * The figure for the indicator as a whole. A rate's or standard's figures are never summed: beside township
     * figures, a whole one held to a minimum is their sum, no figure of its own, and left out.
     */
    Optional<ProgressFigure> whole(Indicator indicator) {
        List<ProgressFigure> figures = figures(indicator);
        boolean townships = figures.stream().anyMatch(f -> !f.whole());
        return figures.stream().filter(ProgressFigure::whole)
                .filter(f -> !townships || f.verdict().map(ProgressVerdict::onSchedule).orElse(true)).findFirst();
    }

    /** A figure's completion rate against its target; none for a rate or standard, whose ratio to its minimum is no rate. */
    static Optional<BigDecimal> rate(Optional<ProgressFigure> figure) {
        return figure.flatMap(ProgressFigure::verdict).filter(ProgressVerdict::onSchedule).map(ProgressVerdict::rate);
    }

    /** The figure of one township. */
    Optional<ProgressFigure> of(Indicator indicator, String township) {
        return figures(indicator).stream().filter(f -> f.township().equals(township)).findFirst();
    }

    /** The indicator's light: the worst of its figures' (townships' and its own); empty when none is lit. */
    Optional<Light> light(Indicator indicator) {
        return Stream.concat(whole(indicator).stream(), figures(indicator).stream().filter(f -> !f.whole()))
                .map(ProgressFigure::light).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /** How many of the indicators are red, yellow and green. */
    EnumMap<Light, Long> counts(Collection<Indicator> indicators) {
        EnumMap<Light, Long> counts = new EnumMap<>(Light.class);
        for (Indicator indicator : indicators) {
            light(indicator).ifPresent(light -> counts.merge(light, 1L, Long::sum));
        }
        return counts;
    }

    /** The progress in words written beside the indicator's figures, a township's after its name; empty for none. */
    String notes(Indicator indicator) {
        return figures(indicator).stream().filter(f -> !f.note().isBlank())
                .map(f -> f.whole() ? f.note() : f.township() + "：" + f.note()).distinct()
                .collect(Collectors.joining("\n"));
    }

    /** Whether any figure shown has words beside it. */
    boolean anyNotes(Collection<Indicator> indicators) {
        return indicators.stream().anyMatch(i -> !notes(i).isEmpty());
    }
}

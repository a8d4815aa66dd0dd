package cn.minsheng.recon.domain.progress;

import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.model.Standard;
import cn.minsheng.recon.domain.official.Indicator;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a completion figure is held to: a target reached over the year on schedule, or a floor — a rate's or a
 * STANDARD's minimum — kept at every month, with no schedule (SPEC §7).
 */
sealed interface Goal permits Goal.Target, Goal.Floor {

    /** The official figure: the target, or the minimum. */
    BigDecimal amount();

    /** A quantity to reach by the year's end (an additive unit): judged against the schedule. */
    record Target(BigDecimal amount) implements Goal {
    }

    /** A minimum to keep (a rate, 元/月, a STANDARD directive): judged against itself. */
    record Floor(BigDecimal amount) implements Goal {
    }

    /** Held to a floor rather than scheduled: a rate or ratio, or an indicator with a STANDARD directive. */
    static boolean floorBound(Indicator indicator) {
        return indicator.rate() || standard(indicator).isPresent();
    }

    /**
     * The goal of an item: for a township, its own official figure (a blank cell of an indicator allocated by
     * township is a target of 0, SPEC §3.1); for the indicator as a whole, its whole target. A STANDARD holds every
     * township to the minimum its label calls for; a rate without a township figure to its headline. Empty when the
     * official tables give nothing to hold the figure to — a township of a county-wide indicator among them.
     */
    static Optional<Goal> of(ProgressItem item) {
        Indicator indicator = item.indicator();
        Optional<Standard> standard = standard(indicator);
        if (standard.isPresent()) {
            return Optional.of(new Floor(standard.get().minimumFor(item.label())));
        }
        if (indicator.rate()) {
            return townshipNumber(item).or(() -> headline(indicator)).map(Floor::new);
        }
        if (item.whole()) {
            return indicator.wholeTarget().map(Target::new);
        }
        return townshipNumber(item)
                .or(() -> indicator.allocatedByTownship() && indicator.townships().containsKey(item.township())
                        ? Optional.of(BigDecimal.ZERO) : Optional.empty())
                .map(Target::new);
    }

    private static Optional<BigDecimal> townshipNumber(ProgressItem item) {
        return item.whole() ? Optional.empty()
                : Optional.ofNullable(item.indicator().townships().get(item.township()))
                        .filter(CellValue.Number.class::isInstance).map(v -> ((CellValue.Number) v).value());
    }

    private static Optional<BigDecimal> headline(Indicator indicator) {
        return indicator.headline().flatMap(h -> indicator.workingUnit().flatMap(h.quantity()::in));
    }

    private static Optional<Standard> standard(Indicator indicator) {
        return indicator.directive().flatMap(CellValue.Directive::standard);
    }
}

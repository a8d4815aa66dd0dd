package cn.minsheng.recon.domain.progress;

import cn.minsheng.recon.domain.model.Period;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The completion figures earlier periods recorded (SPEC §7): what PRG_REGRESSION compares with and what tells how
 * many months in a row an item has been red. One figure per period, unit, indicator and township (empty township:
 * the indicator as a whole).
 *
 * @param recorded every figure of the earlier periods on record
 */
public record ProgressHistory(List<Recorded> recorded) {

    /**
     * One recorded figure.
     *
     * @param light its traffic light; empty when it had no verdict (no target)
     */
    public record Recorded(Period period, String department, String indicatorNo, String township,
                           BigDecimal completion, Optional<Light> light) {
    }

    public ProgressHistory {
        recorded = List.copyOf(recorded);
    }

    /** Nothing on record: a first period. */
    public static ProgressHistory none() {
        return new ProgressHistory(List.of());
    }

    /** The item's figure of the latest period before {@code period}, if any was recorded. */
    public Optional<Recorded> latestBefore(Period period, ProgressItem item) {
        return of(item).filter(r -> r.period().compareTo(period) < 0).max(Comparator.comparing(Recorded::period));
    }

    /** The item's light in each earlier period that judged it. */
    public Map<Period, Light> lights(ProgressItem item) {
        return of(item).filter(r -> r.light().isPresent())
                .collect(Collectors.toMap(Recorded::period, r -> r.light().get(), (a, b) -> b));
    }

    private Stream<Recorded> of(ProgressItem item) {
        return recorded.stream().filter(r -> r.department().equals(item.department())
                && r.indicatorNo().equals(item.indicator().no()) && r.township().equals(item.township()));
    }
}

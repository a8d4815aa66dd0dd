package cn.minsheng.recon.domain.model;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The minimums of a STANDARD directive, in the order written. {@code 分别不低于770元/月和520元/月} for 城乡低保
 * names the urban then the rural minimum.
 *
 * @param minimums   the numbers, in the order written (at least one)
 * @param unit       their unit
 * @param urbanRural whether the first is the urban (城市/城镇) and the second the rural (农村) minimum
 */
public record Standard(List<BigDecimal> minimums, Unit unit, boolean urbanRural) {

    public Standard {
        minimums = List.copyOf(minimums);
        if (minimums.isEmpty()) {
            throw new IllegalArgumentException("a standard needs at least one minimum");
        }
    }

    /** The minimum that applies to a value labelled {@code label}: its own when urban/rural, else the lowest. */
    public BigDecimal minimumFor(String label) {
        if (urbanRural && minimums.size() >= 2 && label != null) {
            if (label.contains("城市") || label.contains("城镇")) {
                return minimums.get(0);
            }
            if (label.contains("农村")) {
                return minimums.get(1);
            }
        }
        return minimums.stream().min(Comparator.naturalOrder()).orElseThrow();
    }
}

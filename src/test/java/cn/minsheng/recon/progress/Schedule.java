package cn.minsheng.recon.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * 序时进度 as SPEC §7 defines it: month m → m/12, unless {@code schedule.csv} sets milestones for an indicator;
 * linear from 0 at month 0 to the first milestone and between milestones, flat after the last.
 */
final class Schedule {

    /**
     * The fixture's {@code schedule.csv}: 农村户厕改造 half done by April, 90 % by June (before the rainy season),
     * all by September — early enough to make it red in May and June. Shares in both spellings the SPEC accepts.
     */
    static final String FIXTURE_CSV = """
            indicator_no,month,share
            12,4,0.5
            12,6,90%
            12,9,100%
            """;

    private static final BigDecimal TWELVE = new BigDecimal("12");

    private final Map<Integer, NavigableMap<Integer, BigDecimal>> milestones;

    private Schedule(Map<Integer, NavigableMap<Integer, BigDecimal>> milestones) {
        this.milestones = milestones;
    }

    static Schedule byDefault() {
        return new Schedule(Map.of());
    }

    static Schedule parse(String csv) {
        Map<Integer, NavigableMap<Integer, BigDecimal>> byIndicator = new HashMap<>();
        csv.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
            String[] f = line.split(",");
            String share = f[2].trim();
            BigDecimal fraction = share.endsWith("%")
                    ? new BigDecimal(share.substring(0, share.length() - 1)).movePointLeft(2) : new BigDecimal(share);
            byIndicator.computeIfAbsent(Integer.parseInt(f[0].trim()), k -> new TreeMap<>())
                    .put(Integer.parseInt(f[1].trim()), fraction);
        });
        return new Schedule(byIndicator);
    }

    Set<Integer> indicators() {
        return milestones.keySet();
    }

    /** The share of the indicator due by the end of {@code month} (1–12), to ten decimals. */
    BigDecimal share(int indicatorNo, int month) {
        NavigableMap<Integer, BigDecimal> points = milestones.get(indicatorNo);
        if (points == null) {
            return new BigDecimal(month).divide(TWELVE, 10, RoundingMode.HALF_UP);
        }
        Map.Entry<Integer, BigDecimal> after = points.ceilingEntry(month);
        if (after == null) {
            return points.lastEntry().getValue();
        }
        Map.Entry<Integer, BigDecimal> before = points.floorEntry(month);
        int m0 = before == null ? 0 : before.getKey();
        BigDecimal s0 = before == null ? BigDecimal.ZERO : before.getValue();
        if (m0 == after.getKey()) {
            return s0;
        }
        BigDecimal step = after.getValue().subtract(s0).multiply(new BigDecimal(month - m0));
        return s0.add(step.divide(new BigDecimal(after.getKey() - m0), 10, RoundingMode.HALF_UP));
    }
}

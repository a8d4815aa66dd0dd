package cn.minsheng.recon.domain.progress;

import cn.minsheng.recon.domain.model.Decimals;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.official.Indicator;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The time-proportional schedule (序时进度, SPEC §7): the share of the year's target due by a month's end. Month m is
 * m/12 of the year, unless the office set milestones for an indicator ({@code config/schedule.csv}): then the share
 * runs linearly from 0 at month 0 to the first milestone and from one milestone to the next, and stays at the last
 * one after it. A rate or a standard has no schedule: it is held to its minimum every month.
 */
public final class Schedule {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    /**
     * A share of the year's target due by the end of a month.
     *
     * @param month 1 to 12
     * @param share a fraction from 0 to 1 ({@code 0.8} for 80 %), held without trailing zeros: 80% and 0.8 are one
     *              milestone
     */
    public record Milestone(int month, BigDecimal share) {

        public Milestone {
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("a milestone's month is 1 to 12, not " + month);
            }
            if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("a milestone's share is 0 to 1, not " + share);
            }
            share = Decimals.strip(share);
        }
    }

    private final Map<String, List<Milestone>> milestones;

    /**
     * @param milestones indicator number ({@code 13}) → its milestones, in any order; at most one per month, the
     *                   shares never falling from one month to a later one (the schedule is cumulative)
     */
    public Schedule(Map<String, List<Milestone>> milestones) {
        Map<String, List<Milestone>> sorted = new LinkedHashMap<>();
        milestones.forEach((no, list) -> sorted.put(no, sorted(no, list)));
        this.milestones = Map.copyOf(sorted);
    }

    /** Month m → m/12 for every indicator. */
    public static Schedule linear() {
        return new Schedule(Map.of());
    }

    /** The milestones set for indicator {@code no}, by month; empty when it follows m/12. */
    public List<Milestone> milestones(String no) {
        return milestones.getOrDefault(no, List.of());
    }

    /**
     * The share of the indicator's target due by the end of {@code period}'s month; empty for a rate or an
     * indicator with a STANDARD directive, which have no schedule.
     */
    public Optional<BigDecimal> share(Indicator indicator, Period period) {
        return Goal.floorBound(indicator) ? Optional.empty()
                : Optional.of(share(indicator.no(), period.month().getMonthValue()));
    }

    /** The share of indicator {@code no}'s target due by the end of {@code month} (1 to 12). */
    public BigDecimal share(String no, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("a month is 1 to 12, not " + month);
        }
        List<Milestone> set = milestones(no);
        if (set.isEmpty()) {
            return Decimals.strip(BigDecimal.valueOf(month).divide(MONTHS, Decimals.CONTEXT));
        }
        // the year starts at 0: month 0 is the point before the first milestone
        int fromMonth = 0;
        BigDecimal fromShare = BigDecimal.ZERO;
        for (Milestone next : set) {
            if (month <= next.month()) {
                // one division, last: the share rounds once, as m/12 does
                BigDecimal rise = next.share().subtract(fromShare).multiply(BigDecimal.valueOf(month - fromMonth))
                        .divide(BigDecimal.valueOf(next.month() - fromMonth), Decimals.CONTEXT);
                return Decimals.strip(fromShare.add(rise));
            }
            fromMonth = next.month();
            fromShare = next.share();
        }
        return Decimals.strip(fromShare);
    }

    private static List<Milestone> sorted(String no, List<Milestone> list) {
        List<Milestone> sorted = list.stream().sorted(Comparator.comparingInt(Milestone::month)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            Milestone earlier = sorted.get(i - 1);
            Milestone later = sorted.get(i);
            if (earlier.month() == later.month()) {
                throw new IllegalArgumentException("indicator " + no + ": two milestones for month " + later.month());
            }
            if (later.share().compareTo(earlier.share()) < 0) {
                throw new IllegalArgumentException("indicator " + no + ": the share falls after month "
                        + earlier.month());
            }
        }
        return sorted;
    }
}

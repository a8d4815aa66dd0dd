package cn.minsheng.recon.domain.progress;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How one completion figure stands: what the reports show of it (督办清单: target, completion, rate against the
 * schedule). Shares and rates are fractions ({@code 0.375} for 37.5 %); points are percentage points.
 *
 * @param target       the official figure it is held to: the target, or for a rate or standard its minimum
 * @param completion   the cumulative completion submitted (for a rate or standard, the value now reached)
 * @param rate         completion ÷ target
 * @param scheduled    the share of the target due by the period's month end; empty for a rate or standard
 * @param pointsBehind how many percentage points the rate is behind the schedule (negative when ahead); empty for a
 *                     rate or standard
 * @param light        green, yellow or red
 */
public record ProgressVerdict(BigDecimal target, BigDecimal completion, BigDecimal rate,
        Optional<BigDecimal> scheduled, Optional<BigDecimal> pointsBehind, Light light) {

    /** Judged against a schedule, as opposed to a rate's or standard's minimum. */
    public boolean onSchedule() {
        return scheduled.isPresent();
    }
}

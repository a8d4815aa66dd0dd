package cn.minsheng.recon.domain.progress;

import java.math.BigDecimal;

/**
 * How far behind the schedule turns the light yellow or red, and how many red months in a row propose an item for
 * 挂牌督办 (SPEC §7, {@code recon.progress.*}).
 *
 * @param yellow         percentage points behind the schedule beyond which the light is yellow (10)
 * @param red            percentage points behind the schedule beyond which the light is red (20)
 * @param superviseAfter consecutive calendar months in red that propose supervision (2)
 */
public record ProgressThresholds(BigDecimal yellow, BigDecimal red, int superviseAfter) {

    public ProgressThresholds {
        if (yellow == null || red == null || yellow.signum() < 0 || red.compareTo(yellow) < 0) {
            throw new IllegalArgumentException(
                    "进度阈值设置有误：黄灯落后 " + yellow + " 个百分点、红灯落后 " + red + " 个百分点（应为 0 ≤ 黄灯 ≤ 红灯）");
        }
        if (superviseAfter < 1) {
            throw new IllegalArgumentException("进度阈值设置有误：连续红灯 " + superviseAfter + " 个月建议督办（应至少为 1）");
        }
    }

    /** 10 points yellow, 20 points red, supervision after 2 red months. */
    public static ProgressThresholds defaults() {
        return new ProgressThresholds(BigDecimal.TEN, BigDecimal.valueOf(20), 2);
    }

    /** The light of a figure {@code pointsBehind} the schedule: only more than a threshold crosses it. */
    public Light light(BigDecimal pointsBehind) {
        if (pointsBehind.compareTo(red) > 0) {
            return Light.RED;
        }
        return pointsBehind.compareTo(yellow) > 0 ? Light.YELLOW : Light.GREEN;
    }

    /** Whether {@code consecutiveRedMonths} in red propose the item for supervision. */
    public boolean supervise(int consecutiveRedMonths) {
        return consecutiveRedMonths >= superviseAfter;
    }
}

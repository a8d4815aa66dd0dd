package cn.minsheng.recon.domain.progress;

import cn.minsheng.recon.domain.model.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How progress messages and reports write their figures: amounts with their unit, shares and points to one
 * decimal.
 */
public final class Wording {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Wording() {
    }

    /** {@code 指标“6.开展职业技能培训480人次”：城关镇}: the indicator as people cite it, then the township if any. */
    static String subject(ProgressItem item) {
        return "指标“" + item.indicator().label() + "”：" + item.township();
    }

    /** {@code 45人次}. */
    static String amount(BigDecimal value, ProgressItem item) {
        return Decimals.plain(value) + item.unit();
    }

    /** A fraction as a percentage to one decimal: {@code 0.375} → {@code 37.5%}. */
    public static String percent(BigDecimal fraction) {
        return points(fraction.multiply(HUNDRED)) + "%";
    }

    /** Percentage points to one decimal: {@code 12.5}. */
    public static String points(BigDecimal points) {
        return points.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}

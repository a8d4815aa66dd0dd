package cn.minsheng.recon.domain.progress;

import cn.minsheng.recon.domain.model.Period;
import java.util.Map;

/** How long an item has been red: the run of calendar months in red that ends at a period (SPEC §7 督办). */
public final class RedMonths {

    private RedMonths() {
    }

    /**
     * The number of consecutive calendar months, ending with {@code at}, whose light is red; 0 when {@code at} is
     * not red. A month with no light (nothing reported, nothing judged) breaks the run, as a green or yellow one
     * does.
     *
     * @param lights the item's light per period: earlier periods from the history, and {@code at} itself
     */
    public static int endingAt(Period at, Map<Period, Light> lights) {
        int months = 0;
        for (Period month = at; lights.get(month) == Light.RED; month = month.previous()) {
            months++;
        }
        return months;
    }
}

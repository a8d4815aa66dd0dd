package cn.minsheng.recon.domain.model;

/** How a headline target binds: exactly the number, or the number as a minimum (以上, 不少于, 达 …). */
public enum Comparison {
    EXACT,
    AT_LEAST;

    /** Whether {@code actual} satisfies a target of {@code target} under this comparison. */
    public boolean accepts(java.math.BigDecimal actual, java.math.BigDecimal target) {
        int order = actual.compareTo(target);
        return this == EXACT ? order == 0 : order >= 0;
    }
}

package cn.minsheng.recon.domain.model;

import java.math.BigDecimal;
import java.math.MathContext;

/** Decimal helpers shared by the domain: exact arithmetic and plain rendering. */
public final class Decimals {

    /** Division context: unit scales are powers of ten, so 34 digits never round in practice. */
    public static final MathContext CONTEXT = MathContext.DECIMAL128;

    private Decimals() {
    }

    /** Drops trailing zeros without switching to exponent notation for whole numbers. */
    public static BigDecimal strip(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** {@code 17.14}, {@code 90}, {@code -2}: no trailing zeros, never an exponent. */
    public static String plain(BigDecimal value) {
        return value == null ? "" : strip(value).toPlainString();
    }
}

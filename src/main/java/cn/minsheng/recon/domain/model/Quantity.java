package cn.minsheng.recon.domain.model;

import java.math.BigDecimal;
import java.util.Optional;

/** A number with its unit. */
public record Quantity(BigDecimal value, Unit unit) {

    /** This quantity expressed in {@code target}; empty when the units do not convert. */
    public Optional<BigDecimal> in(Unit target) {
        return unit.convert(value, target);
    }

    @Override
    public String toString() {
        return Decimals.plain(value) + unit.symbol();
    }
}

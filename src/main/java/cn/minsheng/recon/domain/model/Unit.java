package cn.minsheng.recon.domain.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A unit of measure as written in a table ({@code 万人}, {@code 元/月}, {@code %}).
 *
 * @param symbol the unit as written, normalised ({@code 万人})
 * @param family the base unit values convert within ({@code 人}); units of different families never convert
 * @param scale  how many base units one of this unit is ({@code 10000} for 万人)
 * @param rate   a rate or ratio ({@code %}, anything with {@code /}): never summed across townships
 */
public record Unit(String symbol, String family, BigDecimal scale, boolean rate) {

    public boolean convertsTo(Unit other) {
        return family.equals(other.family);
    }

    /** {@code value} in this unit expressed in {@code target}, exactly; empty when the families differ. */
    public Optional<BigDecimal> convert(BigDecimal value, Unit target) {
        if (!convertsTo(target)) {
            return Optional.empty();
        }
        if (scale.compareTo(target.scale) == 0) {
            return Optional.of(value);
        }
        return Optional.of(Decimals.strip(value.multiply(scale).divide(target.scale, Decimals.CONTEXT)));
    }

    @Override
    public String toString() {
        return symbol;
    }
}

package cn.minsheng.recon.domain.official;

import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.model.DirectiveKind;
import cn.minsheng.recon.domain.model.Headline;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.model.Unit;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the breakdown table: an indicator with its target per township.
 *
 * @param no           the indicator's own number ({@code 13} from {@code 13.提升…})
 * @param projectNo    the project's 序号, as written
 * @param project      the project name ({@code 病有所医}), or the indicator name for a one-indicator project
 * @param group        the sub-heading between project and indicator, or empty
 * @param name         the indicator name without its number
 * @param unitText     the unit column as written
 * @param unit         the parsed unit, when the unit column has one
 * @param townships    a value for every township of the table, in header order
 * @param townshipRefs where each township value stands
 * @param spanning     one value written across the township columns (belongs to no township)
 * @param spanningRef  where that value stands
 * @param total        the explicit total column (全县目标 / 合计), when there is one and it holds a number
 * @param totalRef     where the total stands
 * @param headline     the target printed in the name
 * @param nameRef      where the name stands
 */
public record Indicator(
        String no,
        String projectNo,
        String project,
        String group,
        String name,
        String unitText,
        Optional<Unit> unit,
        Map<String, CellValue> townships,
        Map<String, SourceRef> townshipRefs,
        Optional<CellValue> spanning,
        SourceRef spanningRef,
        Optional<BigDecimal> total,
        SourceRef totalRef,
        Optional<Headline> headline,
        SourceRef nameRef) {

    public Indicator {
        townships = Collections.unmodifiableMap(new LinkedHashMap<>(townships));
        townshipRefs = Collections.unmodifiableMap(new LinkedHashMap<>(townshipRefs));
    }

    /**
     * Of the number, name and name cell only: the default would hash every township's value and cell, and
     * indicators are map keys for every value reconciled. Equal indicators still hash alike.
     */
    @Override
    public int hashCode() {
        return Objects.hash(no, name, nameRef);
    }

    /** Allocated by township: at least one township cell holds a number (SPEC §3.2). */
    public boolean allocatedByTownship() {
        return townships.values().stream().anyMatch(CellValue.Number.class::isInstance);
    }

    /** A rate or ratio: never summed. */
    public boolean rate() {
        return unit.map(Unit::rate).orElse(false);
    }

    /** The directive written instead of numbers, across the townships or in the total column. */
    public Optional<CellValue.Directive> directive() {
        return spanning.filter(CellValue.Directive.class::isInstance).map(CellValue.Directive.class::cast);
    }

    /** A single city-wide number written across the township columns. */
    public Optional<BigDecimal> spanningNumber() {
        return spanning.filter(CellValue.Number.class::isInstance).map(v -> ((CellValue.Number) v).value());
    }

    /** The unit values are compared in: the unit column, else the headline's. */
    public Optional<Unit> workingUnit() {
        return unit.or(() -> headline.map(h -> h.quantity().unit()));
    }

    /**
     * The indicator's target as a whole, in its working unit: the headline, else the total column, else the number
     * written across the townships, else the quantity a directive states ({@code 全市完成550户}), else the sum of
     * the township numbers — never for a rate, which is not summed. Empty when none of these gives one.
     */
    public Optional<BigDecimal> wholeTarget() {
        Optional<Unit> working = workingUnit();
        return headline.flatMap(h -> working.flatMap(h.quantity()::in))
                .or(() -> total)
                .or(this::spanningNumber)
                .or(() -> directive().flatMap(CellValue.Directive::stated).flatMap(q -> working.flatMap(q::in)))
                .or(() -> allocatedByTownship() && !rate() ? Optional.of(townshipSum()) : Optional.empty());
    }

    /** The townships allocated a target (a number above 0), with it, in the table's order. */
    public Map<String, BigDecimal> townshipTargets() {
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        townships.forEach((township, value) -> {
            if (value instanceof CellValue.Number number && number.value().signum() > 0) {
                targets.put(township, number.value());
            }
        });
        return targets;
    }

    /** The sum of the township numbers. */
    public BigDecimal townshipSum() {
        return townships.values().stream()
                .filter(CellValue.Number.class::isInstance)
                .map(v -> ((CellValue.Number) v).value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The lead unit is expected to report it (SPEC §3.2): allocated by township, a city-wide number or total to
     * split, or a CENTRAL or PENDING directive; an UPPER_LEVEL or STANDARD indicator is not split here.
     */
    public boolean expectsSubmission() {
        Optional<DirectiveKind> kind = directive().map(CellValue.Directive::kind);
        return allocatedByTownship() || spanningNumber().isPresent() || total.isPresent()
                || kind.map(k -> k == DirectiveKind.CENTRAL || k == DirectiveKind.PENDING).orElse(false);
    }

    /** {@code 13.提升…} as people cite it. */
    public String label() {
        return no + "." + name;
    }
}

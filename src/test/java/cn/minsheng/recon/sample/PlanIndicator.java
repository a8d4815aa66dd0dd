package cn.minsheng.recon.sample;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One indicator of an official breakdown table, as a test plan holds it.
 * Its target is printed as township values, or as one city/county-wide number ({@code cityTotal}),
 * or as a text ({@code directive}); the writers print the first of directive, township values
 * and city total that is present (the one-row layout also puts {@code cityTotal} in its total column).
 *
 * @param no         the indicator's own number ({@code 13} of {@code 13.提升…})
 * @param projectNo  the project's 序号
 * @param project    the project name, null when the single indicator is the project itself
 * @param group      the sub-heading between project and indicator, or null
 * @param townships  township → value, in township order; empty when not allocated by township
 * @param cityTotal  a single value printed across the township columns, or null
 * @param directive  a text printed across the township columns, or null
 * @param leadUnit   the 牵头单位 named for it in the responsibility table
 */
public record PlanIndicator(int no, int projectNo, String project, String group, String name, String unit,
                            LinkedHashMap<String, BigDecimal> townships, BigDecimal cityTotal, String directive,
                            String leadUnit) {

    public PlanIndicator {
        townships = new LinkedHashMap<>(townships == null ? Map.of() : townships);
    }

    /** A copy: the plan stays immutable even though the component type is a mutable map. */
    @Override
    public LinkedHashMap<String, BigDecimal> townships() {
        return new LinkedHashMap<>(townships);
    }

    /** The name as the printed table shows it: {@code 13.提升…}. */
    public String numberedName() {
        return no + "." + name;
    }

    /** Rate units (%, anything per something) are never summed. */
    public boolean hasRateUnit() {
        return unit.contains("%") || unit.contains("/");
    }

    public BigDecimal townshipSum() {
        return townships.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public PlanIndicator withNo(int no) {
        return new PlanIndicator(no, projectNo, project, group, name, unit, townships, cityTotal, directive, leadUnit);
    }

    public PlanIndicator withProject(int projectNo, String project) {
        return new PlanIndicator(no, projectNo, project, group, name, unit, townships, cityTotal, directive, leadUnit);
    }

    public PlanIndicator withGroup(String group) {
        return new PlanIndicator(no, projectNo, project, group, name, unit, townships, cityTotal, directive, leadUnit);
    }

    public PlanIndicator withName(String name) {
        return new PlanIndicator(no, projectNo, project, group, name, unit, townships, cityTotal, directive, leadUnit);
    }

    public PlanIndicator withUnit(String unit) {
        return new PlanIndicator(no, projectNo, project, group, name, unit, townships, cityTotal, directive, leadUnit);
    }

    public PlanIndicator withTownships(Map<String, BigDecimal> townships) {
        return new PlanIndicator(no, projectNo, project, group, name, unit, new LinkedHashMap<>(townships),
                cityTotal, directive, leadUnit);
    }

    /** Sets one township's value; {@code null} removes it (a blank cell). */
    public PlanIndicator withTownship(String township, BigDecimal value) {
        LinkedHashMap<String, BigDecimal> changed = townships();
        if (value == null) {
            changed.remove(township);
        } else {
            changed.put(township, value);
        }
        return withTownships(changed);
    }

    public PlanIndicator withTownship(String township, String value) {
        return withTownship(township, value == null ? null : new BigDecimal(value));
    }

    public PlanIndicator withCityTotal(BigDecimal cityTotal) {
        return new PlanIndicator(no, projectNo, project, group, name, unit, townships, cityTotal, directive, leadUnit);
    }

    public PlanIndicator withDirective(String directive) {
        return new PlanIndicator(no, projectNo, project, group, name, unit, townships, cityTotal, directive, leadUnit);
    }

    public PlanIndicator withLeadUnit(String leadUnit) {
        return new PlanIndicator(no, projectNo, project, group, name, unit, townships, cityTotal, directive, leadUnit);
    }
}

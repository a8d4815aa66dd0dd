package cn.minsheng.recon.zoo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One indicator of a county's plan: its row of the breakdown table and its line of the responsibility table.
 * Built fluently by the county classes; the official writers and the submissions both read it, so a submission
 * that copies the official figures copies exactly these.
 */
final class Ind {

    final County county;
    final int projectNo;
    final String project;
    final String group;
    final int no;
    final String name;
    final String unit;
    Kind kind = Kind.ALLOCATED;
    final Map<Town, BigDecimal> targets = new LinkedHashMap<>();
    String directive;
    BigDecimal headline;
    String totalText;
    String lead;
    String leader;
    String related;
    String responsibilityName;
    boolean inResponsibility = true;
    String tier;

    Ind(County county, int projectNo, String project, String group, int no, String name, String unit) {
        this.county = county;
        this.projectNo = projectNo;
        this.project = project;
        this.group = group;
        this.no = no;
        this.name = name;
        this.unit = unit;
    }

    /** Township targets in the county's township order; an empty field is a blank cell. */
    Ind alloc(String csv) {
        List<Town> towns = county.towns();
        String[] fields = csv.split(",", -1);
        if (fields.length != towns.size()) {
            throw new IllegalArgumentException(name + ": " + fields.length + " values for " + towns.size() + " townships");
        }
        for (int i = 0; i < fields.length; i++) {
            if (!fields[i].isBlank()) {
                targets.put(towns.get(i), new BigDecimal(fields[i].trim()));
            }
        }
        kind = unit.contains("%") || unit.contains("/") ? Kind.RATE : Kind.ALLOCATED;
        return this;
    }

    /** The same target in every township. */
    Ind each(String value) {
        county.towns().forEach(t -> targets.put(t, new BigDecimal(value)));
        kind = unit.contains("%") || unit.contains("/") ? Kind.RATE : Kind.ALLOCATED;
        return this;
    }

    Ind rate(String value) {
        each(value);
        kind = Kind.RATE;
        return this;
    }

    Ind citywide(String value) {
        kind = Kind.CITYWIDE;
        headline = new BigDecimal(value);
        return this;
    }

    Ind directive(Kind kind, String text) {
        this.kind = kind;
        this.directive = text;
        return this;
    }

    Ind headline(String value) {
        headline = new BigDecimal(value);
        return this;
    }

    /** What the total column states, when the table has one and it is not simply the sum or the headline. */
    Ind total(String text) {
        totalText = text;
        return this;
    }

    Ind lead(String unit, String leaderName, String relatedUnits) {
        this.lead = unit;
        this.leader = leaderName;
        this.related = relatedUnits;
        return this;
    }

    Ind responsibilityName(String text) {
        responsibilityName = text;
        return this;
    }

    Ind noResponsibility() {
        inResponsibility = false;
        return this;
    }

    Ind tier(String text) {
        tier = text;
        return this;
    }

    BigDecimal target(Town town) {
        return targets.get(town);
    }

    BigDecimal sum() {
        return targets.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** {@code 13.提升…}: the name as the breakdown table prints it. */
    String numbered() {
        return no + "." + name;
    }

    /** The total column's cell: explicit text, else the township sum or the headline, else blank. */
    Object totalCell() {
        if (totalText != null) {
            return totalText;
        }
        if (kind == Kind.ALLOCATED) {
            return sum();
        }
        if (kind == Kind.CENTRAL || kind == Kind.PENDING || kind == Kind.CITYWIDE) {
            return headline;
        }
        return null;
    }

    String respName() {
        return responsibilityName != null ? responsibilityName : name;
    }

    @Override
    public String toString() {
        return county.name() + " " + numbered();
    }
}

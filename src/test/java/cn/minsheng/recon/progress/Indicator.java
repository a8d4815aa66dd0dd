package cn.minsheng.recon.progress;

import cn.minsheng.recon.sample.PlanIndicator;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One indicator of the county's plan: its row of the breakdown table (township targets, a directive or a
 * standard) and its line of the responsibility table (lead unit and leader).
 */
final class Indicator {

    final int no;
    final int projectNo;
    final String project;
    final String name;
    final String unit;
    final Kind kind;
    final String department;
    final String leader;
    final String related;
    private final Map<Town, BigDecimal> targets;
    private final BigDecimal headline;
    private final String directive;
    private final List<Town> towns;

    private Indicator(Builder b) {
        no = b.no;
        projectNo = b.projectNo;
        project = b.project;
        name = b.name;
        unit = b.unit;
        kind = b.kind;
        department = b.department;
        leader = b.leader;
        related = b.related;
        targets = b.targets;
        headline = b.headline;
        directive = b.directive;
        towns = b.towns;
    }

    /** The places a unit owes figures for, in the county's order: townships with a target, or the whole county. */
    List<Town> places() {
        return switch (kind) {
            case CENTRAL -> List.of(Town.WHOLE_COUNTY);
            case STANDARD -> towns;
            default -> List.copyOf(targets.keySet());
        };
    }

    /** The official target of a place (the standard for a STANDARD row, the headline for the whole county). */
    BigDecimal target(Town place) {
        return switch (kind) {
            case CENTRAL, STANDARD -> headline;
            default -> targets.get(place);
        };
    }

    /** Counted against the schedule (序时进度); rates and standards are compared with their standard instead. */
    boolean scheduled() {
        return kind == Kind.ALLOCATED || kind == Kind.CENTRAL;
    }

    /** The clerk's short label, which must be part of the official name so that matching never needs a guess. */
    String label(String words) {
        if (!name.contains(words)) {
            throw new IllegalArgumentException("「" + words + "」 is not part of 「" + name + "」");
        }
        return words;
    }

    /** The row as the sample's official writer takes it. */
    PlanIndicator toPlan() {
        String printed = switch (kind) {
            case CENTRAL, STANDARD -> directive;
            default -> null;
        };
        Map<String, BigDecimal> byName = new LinkedHashMap<>();
        targets.forEach((town, value) -> byName.put(town.name(), value));
        return new PlanIndicator(no, projectNo, project, null, name, unit, new LinkedHashMap<>(byName), null, printed,
                department);
    }

    @Override
    public String toString() {
        return no + "." + name;
    }

    /** Builds an indicator from the county's township list. */
    static final class Builder {

        private final List<Town> towns;
        private final int no;
        private final int projectNo;
        private final String project;
        private final String name;
        private final String unit;
        private Kind kind = Kind.ALLOCATED;
        private final Map<Town, BigDecimal> targets = new LinkedHashMap<>();
        private BigDecimal headline;
        private String directive;
        private String department;
        private String leader;
        private String related;

        Builder(List<Town> towns, int no, int projectNo, String project, String name, String unit) {
            this.towns = List.copyOf(towns);
            this.no = no;
            this.projectNo = projectNo;
            this.project = project;
            this.name = name;
            this.unit = unit;
        }

        /** Township targets in the county's order; an empty field is a blank cell (nothing allocated there). */
        Builder targets(String csv) {
            String[] fields = csv.split(",", -1);
            if (fields.length != towns.size()) {
                throw new IllegalArgumentException(name + ": " + fields.length + " targets for " + towns.size() + " townships");
            }
            for (int i = 0; i < fields.length; i++) {
                if (!fields[i].isBlank()) {
                    targets.put(towns.get(i), new BigDecimal(fields[i].trim()));
                }
            }
            kind = unit.contains("%") || unit.contains("/") ? Kind.RATE : Kind.ALLOCATED;
            return this;
        }

        /** 由县…统筹安排: the headline is the county's one target. */
        Builder central(String text, String total) {
            kind = Kind.CENTRAL;
            directive = text;
            headline = new BigDecimal(total);
            return this;
        }

        /** 不低于 X 元/月 merged across the townships. */
        Builder standard(String text, String minimum) {
            kind = Kind.STANDARD;
            directive = text;
            headline = new BigDecimal(minimum);
            return this;
        }

        Indicator lead(String unitName, String leaderName, String relatedUnits) {
            department = unitName;
            leader = leaderName;
            related = relatedUnits;
            return new Indicator(this);
        }
    }
}

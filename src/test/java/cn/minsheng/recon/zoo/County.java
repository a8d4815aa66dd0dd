package cn.minsheng.recon.zoo;

import java.util.ArrayList;
import java.util.List;

/**
 * An invented county's plan: its townships in the breakdown table's column order, its indicators, and the
 * responsibility rows that name no indicator of the breakdown table.
 */
final class County {

    private final String name;
    private final List<Town> towns = new ArrayList<>();
    private final List<Ind> inds = new ArrayList<>();
    final List<String[]> strayResponsibilities = new ArrayList<>();

    County(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    /** 县 or 区: the word the county's clerks put before a department (县人社局, 区人社局). */
    String level() {
        return name.substring(name.length() - 1);
    }

    Town town(String full, String shortName) {
        Town town = new Town(full, shortName);
        towns.add(town);
        return town;
    }

    List<Town> towns() {
        return List.copyOf(towns);
    }

    List<Ind> inds() {
        return List.copyOf(inds);
    }

    Town town(String shortName) {
        return towns.stream().filter(t -> t.shortName().equals(shortName) || t.name().equals(shortName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " has no township " + shortName));
    }

    Ind ind(int no) {
        return inds.stream().filter(i -> i.no == no).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " has no indicator " + no));
    }

    Ind ind(int projectNo, String project, String group, int no, String indName, String unit) {
        Ind ind = new Ind(this, projectNo, project, group, no, indName, unit);
        inds.add(ind);
        return ind;
    }

    /** A responsibility row naming a task the breakdown table does not have (OFF_UNMATCHED_RESPONSIBILITY). */
    void strayResponsibility(String project, String leader, String lead, String related) {
        strayResponsibilities.add(new String[] {project, leader, lead, related});
    }

    /** Lead units that the SPEC (§3.2) expects to submit: allocated, central, pending or county-wide indicators. */
    List<String> expectedUnits() {
        List<String> units = new ArrayList<>();
        for (Ind ind : inds) {
            boolean expected = ind.kind == Kind.ALLOCATED || ind.kind == Kind.RATE || ind.kind == Kind.CENTRAL
                    || ind.kind == Kind.PENDING || ind.kind == Kind.CITYWIDE;
            if (expected && ind.inResponsibility && ind.lead != null && !units.contains(ind.lead)) {
                units.add(ind.lead);
            }
        }
        return units;
    }
}

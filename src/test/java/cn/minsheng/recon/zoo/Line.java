package cn.minsheng.recon.zoo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One indicator as a department reports it: the label and unit the clerk wrote, and the value per township
 * (or per village). Starts from the official targets or from the department's own split and is then bent by the
 * county code into what the clerk actually sent. A line without an indicator is a category row (一、…) or a task
 * that matches no official indicator.
 */
final class Line {

    record Village(String name, Entry entry) {
    }

    final Ind ind;
    final boolean category;
    String label;
    String unit;
    final Map<Town, Entry> entries = new LinkedHashMap<>();
    final Map<Town, List<Village>> villages = new LinkedHashMap<>();
    final Map<Town, String> notes = new LinkedHashMap<>();
    String note;
    Object total;

    private Line(Ind ind, boolean category, String label, String unit) {
        this.ind = ind;
        this.category = category;
        this.label = label;
        this.unit = unit;
    }

    static Line category(String text) {
        return new Line(null, true, text, null);
    }

    /** The official township targets, copied as numbers. */
    static Line official(Ind ind) {
        Line line = new Line(ind, false, ind.name, ind.unit);
        ind.targets.forEach((town, value) -> line.entries.put(town, Entry.of(value)));
        return line;
    }

    /** The department's own split of a central, pending or county-wide target, in the county's township order. */
    static Line split(Ind ind, String csv) {
        Line line = new Line(ind, false, ind.name, ind.unit);
        List<Town> towns = ind.county.towns();
        String[] fields = csv.split(",", -1);
        if (fields.length != towns.size()) {
            throw new IllegalArgumentException(ind + ": split of " + fields.length + " for " + towns.size());
        }
        for (int i = 0; i < fields.length; i++) {
            if (!fields[i].isBlank()) {
                line.entries.put(towns.get(i), Entry.of(fields[i].trim()));
            }
        }
        return line;
    }

    /** A task the clerk added that is in no official table. */
    static Line unknown(String label, String unit) {
        return new Line(null, false, label, unit);
    }

    Line label(String text) {
        label = text;
        return this;
    }

    Line unit(String text) {
        unit = text;
        return this;
    }

    Line note(String text) {
        note = text;
        return this;
    }

    Line note(Town town, String text) {
        notes.put(town, text);
        return this;
    }

    Line total(Object value) {
        total = value;
        return this;
    }

    Line set(Town town, Entry entry) {
        entries.put(town, entry);
        return this;
    }

    Line drop(Town town) {
        entries.remove(town);
        return this;
    }

    /** Every value in another form (numbers typed as text, full-width digits …). */
    Line form(Entry.Form form) {
        entries.replaceAll((town, entry) -> entry.as(form));
        return this;
    }

    Line form(Town town, Entry.Form form) {
        entries.computeIfPresent(town, (t, entry) -> entry.as(form));
        return this;
    }

    /** Values multiplied into another unit of the same family (万人 → 人: factor 10000). */
    Line scale(String factor, String newUnit) {
        BigDecimal f = new BigDecimal(factor);
        entries.replaceAll((town, entry) -> new Entry(entry.value().multiply(f).stripTrailingZeros(), entry.form(),
                entry.text(), entry.plant()));
        unit = newUnit;
        return this;
    }

    /** The township's value broken down by village: {@code "桂花社区:2", "文昌社区:2"}. */
    Line villages(Town town, String... nameColonValue) {
        List<Village> list = new ArrayList<>();
        for (String item : nameColonValue) {
            int colon = item.lastIndexOf(':');
            list.add(new Village(item.substring(0, colon), Entry.of(item.substring(colon + 1))));
        }
        villages.put(town, list);
        return this;
    }

    /** One village row written as given (a planted entry, a township no alias resolves). */
    Line village(Town town, String name, Entry entry) {
        villages.computeIfAbsent(town, t -> new ArrayList<>()).add(new Village(name, entry));
        return this;
    }

    /**
     * Fails unless the clerk's label is part of the official name: the fixtures rely on containment, never on a
     * similarity guess, so that a finding they expect cannot hinge on a fuzzy match.
     */
    Line checked() {
        if (ind != null && !ind.name.contains(label)) {
            throw new IllegalStateException("label 「" + label + "」 is not part of 「" + ind.name + "」");
        }
        return this;
    }

    boolean additive() {
        return unit != null && !unit.contains("%") && !unit.contains("/");
    }
}

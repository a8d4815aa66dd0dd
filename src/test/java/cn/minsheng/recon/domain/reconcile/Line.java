package cn.minsheng.recon.domain.reconcile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a submission states for one indicator: its row (wide), column (transposed) or rows (long), as test data.
 * A value is written as a clerk types it: a decimal is a number ({@code -2} too), {@code ""} a blank cell,
 * {@code =…} a formula without its value, anything else text ({@code 待定}). A township left out has no value: a
 * blank cell in a wide or transposed sheet, no row at all in a long one.
 *
 * @param no     the 序号 written beside it, or empty
 * @param label  the indicator text as written ({@code 8.培训乡村医生})
 * @param unit   the unit cell, or empty
 * @param parts  township label → its values: one without a village, or one per village (long sheets)
 * @param total  the sheet's own 合计 for it, when the sheet has one: null is the sum of its numbers
 */
record Line(String no, String label, String unit, Map<String, List<Part>> parts, String total) {

    /** One value of a township: its own ({@code village} empty) or a village's; {@code 小计} is the subtotal. */
    record Part(String village, String value) {
    }

    Line {
        Map<String, List<Part>> copy = new LinkedHashMap<>();
        parts.forEach((township, values) -> copy.put(township, List.copyOf(values)));
        parts = Collections.unmodifiableMap(copy);
    }

    static Line of(String label, String unit) {
        return new Line("", label, unit, Map.of(), null);
    }

    Line no(String number) {
        return new Line(number, label, unit, parts, total);
    }

    Line unit(String text) {
        return new Line(no, label, text, parts, total);
    }

    /** The township's value; null leaves the township out. */
    Line with(String township, String value) {
        Map<String, List<Part>> changed = new LinkedHashMap<>(parts);
        if (value == null) {
            changed.remove(township);
        } else {
            changed.put(township, List.of(new Part("", value)));
        }
        return new Line(no, label, unit, changed, total);
    }

    /** Every township's value from {@code values}, in its order. */
    Line with(Map<String, String> values) {
        Line line = this;
        for (Map.Entry<String, String> value : values.entrySet()) {
            line = line.with(value.getKey(), value.getValue());
        }
        return line;
    }

    /** The township's village rows: village, value, village, value … */
    Line withVillages(String township, String... villagesAndValues) {
        List<Part> villages = new ArrayList<>();
        for (int i = 0; i < villagesAndValues.length; i += 2) {
            villages.add(new Part(villagesAndValues[i], villagesAndValues[i + 1]));
        }
        Map<String, List<Part>> changed = new LinkedHashMap<>(parts);
        changed.put(township, villages);
        return new Line(no, label, unit, changed, total);
    }

    /** The sheet's own 合计 for this indicator, as written. */
    Line withTotal(String value) {
        return new Line(no, label, unit, parts, value);
    }

    /** The value written for the township (its first part), or null when it is left out. */
    String value(String township) {
        List<Part> given = parts.get(township);
        return given == null ? null : given.get(0).value();
    }
}

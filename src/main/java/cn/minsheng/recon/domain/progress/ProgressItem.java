package cn.minsheng.recon.domain.progress;

import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.model.Unit;
import cn.minsheng.recon.domain.official.Indicator;

/**
 * What one completion figure is about: a department's progress on an indicator in one township, or on the
 * indicator as a whole, and the cell the figure stands in. Every PRG_ finding is about one item.
 *
 * @param department the lead unit that reports it, as the responsibility table spells it
 * @param indicator  the official indicator
 * @param township   the township as in the breakdown table's header; empty for the indicator as a whole — a
 *                   county-wide (统筹) indicator, or an indicator's total
 * @param source     the cell of the completion (a 合计 cell, or the indicator's label, for a total worked out from
 *                   several cells); {@link SourceRef#none()} when there is none
 * @param label      the words that place the figure when they tell an urban from a rural standard ({@code 城市低保});
 *                   empty otherwise
 */
public record ProgressItem(String department, Indicator indicator, String township, SourceRef source, String label) {

    public ProgressItem {
        if (indicator == null) {
            throw new IllegalArgumentException("a progress item needs its indicator");
        }
        department = department == null ? "" : department;
        township = township == null ? "" : township;
        source = source == null ? SourceRef.none() : source;
        label = label == null ? "" : label;
    }

    /** An item without a label. */
    public static ProgressItem of(String department, Indicator indicator, String township, SourceRef source) {
        return new ProgressItem(department, indicator, township, source, "");
    }

    /** About the indicator as a whole rather than one township. */
    public boolean whole() {
        return township.isEmpty();
    }

    /** The unit figures are in: the indicator's working unit, else its unit column as written. */
    String unit() {
        return indicator.workingUnit().map(Unit::symbol).orElse(indicator.unitText());
    }
}

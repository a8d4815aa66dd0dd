package cn.minsheng.recon.domain.submission;

import cn.minsheng.recon.domain.model.SourceRef;
import java.util.Objects;

/**
 * One value as a submission states it, with the labels that place it, before any matching.
 *
 * <p>The cells of its label and unit, on the value's own sheet as nearly always, are held as row and column numbers
 * and made into places when asked for: a long sheet has a label and a unit cell of its own on every row, and a county's
 * files hold tens of thousands of values.
 */
public final class SubmittedValue {

    private final SourceRef source;
    /** The label's and the unit's place when it is not held as numbers on the value's sheet; else null. */
    private final SourceRef label;
    private final SourceRef unit;
    private final int labelRow;
    private final int labelColumn;
    private final int unitRow;
    private final int unitColumn;
    private final String indicatorLabel;
    private final String indicatorNo;
    private final String townshipLabel;
    private final String village;
    private final String unitText;
    private final Reading reading;
    private final boolean total;
    private final Measure measure;

    /**
     * @param source         the cell that holds the value
     * @param label          the cell of the indicator label that places it: its row's name cell (wide), its column's
     *                       header cell (transposed), its row's indicator cell (long); {@link SourceRef#none()} for a
     *                       stray cell no indicator heads. Findings about the whole row or column cite it, not a
     *                       value.
     * @param unit           the cell where its unit is written: the row's unit cell, the unit row's cell of its
     *                       column, or the sheet's {@code 单位：万元} line; {@link SourceRef#none()} when no unit is
     *                       written. Unit findings cite it.
     * @param indicatorLabel the indicator text that heads its row or column, with any number prefix ({@code 13.提升…})
     * @param indicatorNo    the indicator number written in a 序号/编号 cell of its row or column, or empty
     * @param townshipLabel  the township as written ({@code 归义}, {@code 三 阳}); {@code 合计} for a total
     * @param village        the 村/社区 of a long layout's row, or empty
     * @param unitText       the unit the value is in: its unit cell, the sheet's {@code 单位：万元} line, or empty
     * @param reading        what the cell says
     * @param total          the cell is the sheet's own 合计 (row or column), not a township's value
     */
    public SubmittedValue(SourceRef source, SourceRef label, SourceRef unit, String indicatorLabel,
            String indicatorNo, String townshipLabel, String village, String unitText, Reading reading,
            boolean total) {
        this(source, label, unit, indicatorLabel, indicatorNo, townshipLabel, village, unitText, reading, total,
                Measure.TARGET);
    }

    /** As above, a value of the given {@code measure}: a target, or a cumulative completion. */
    public SubmittedValue(SourceRef source, SourceRef label, SourceRef unit, String indicatorLabel,
            String indicatorNo, String townshipLabel, String village, String unitText, Reading reading,
            boolean total, Measure measure) {
        this.source = source;
        this.measure = measure;
        boolean labelHere = onSheetAsNumbers(source, label);
        this.label = labelHere ? null : label;
        this.labelRow = labelHere ? label.row() : -1;
        this.labelColumn = labelHere ? label.column() : -1;
        boolean unitHere = onSheetAsNumbers(source, unit);
        this.unit = unitHere ? null : unit;
        this.unitRow = unitHere ? unit.row() : -1;
        this.unitColumn = unitHere ? unit.column() : -1;
        this.indicatorLabel = indicatorLabel;
        this.indicatorNo = indicatorNo;
        this.townshipLabel = townshipLabel;
        this.village = village;
        this.unitText = unitText;
        this.reading = reading;
        this.total = total;
    }

    private static boolean onSheetAsNumbers(SourceRef source, SourceRef place) {
        return place.row() >= 0 && place.file().equals(source.file()) && place.sheet().equals(source.sheet());
    }

    public SourceRef source() {
        return source;
    }

    public SourceRef label() {
        return label != null ? label : SourceRef.of(source.file(), source.sheet(), labelRow, labelColumn);
    }

    public SourceRef unit() {
        return unit != null ? unit : SourceRef.of(source.file(), source.sheet(), unitRow, unitColumn);
    }

    public String indicatorLabel() {
        return indicatorLabel;
    }

    public String indicatorNo() {
        return indicatorNo;
    }

    public String townshipLabel() {
        return townshipLabel;
    }

    public String village() {
        return village;
    }

    public String unitText() {
        return unitText;
    }

    public Reading reading() {
        return reading;
    }

    public boolean total() {
        return total;
    }

    public Measure measure() {
        return measure;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SubmittedValue value && total == value.total && measure == value.measure
                && Objects.equals(source, value.source) && Objects.equals(label(), value.label())
                && Objects.equals(unit(), value.unit()) && Objects.equals(indicatorLabel, value.indicatorLabel)
                && Objects.equals(indicatorNo, value.indicatorNo) && Objects.equals(townshipLabel, value.townshipLabel)
                && Objects.equals(village, value.village) && Objects.equals(unitText, value.unitText)
                && Objects.equals(reading, value.reading);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, indicatorLabel, indicatorNo, townshipLabel, village, reading, total, measure);
    }

    @Override
    public String toString() {
        return "SubmittedValue[source=" + source + ", label=" + label() + ", unit=" + unit() + ", indicatorLabel="
                + indicatorLabel + ", indicatorNo=" + indicatorNo + ", townshipLabel=" + townshipLabel + ", village="
                + village + ", unitText=" + unitText + ", reading=" + reading + ", total=" + total + ", measure=" + measure + "]";
    }
}

package cn.minsheng.recon.domain.reconcile;

import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.progress.Light;
import cn.minsheng.recon.domain.progress.ProgressVerdict;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A completion figure a file states and its verdict, as the reports show it and the history keeps it for the next
 * periods.
 *
 * @param township  the township's official spelling; empty for the indicator as a whole
 * @param verdict   how it stands against its target and schedule; empty when it had none (no target)
 * @param redMonths the calendar months in a row, ending with this period, that it has been red; 0 unless red
 * @param note      the progress in words (进展情况) the file wrote beside the figure, as written; empty for none
 */
public record ProgressFigure(String department, String indicatorNo, String township, BigDecimal completion,
                             Optional<ProgressVerdict> verdict, int redMonths, SourceRef source, String note) {

    public ProgressFigure {
        note = note == null ? "" : note;
    }

    /** Its traffic light; empty when it had no verdict. */
    public Optional<Light> light() {
        return verdict.map(ProgressVerdict::light);
    }

    /** About the indicator as a whole rather than one township. */
    public boolean whole() {
        return township.isEmpty();
    }
}

package cn.minsheng.recon.domain.reconcile;

import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.submission.Measure;
import cn.minsheng.recon.domain.submission.SubmittedValue;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A submitted value placed on an official indicator and township, in the official unit.
 *
 * @param file       the file it came from
 * @param department the file's department, empty when unknown
 * @param township   the township's official spelling; empty for the sheet's own 合计
 * @param value      the number; empty for a blank cell or a flagged one
 * @param origin     the value as read, with its source cell
 * @param flagged    the cell is already under a finding (text, a negative, a formula without value): the
 *                   comparison neither uses it nor reports its township missing
 */
record ResolvedValue(ReceivedFile file, String department, Indicator indicator, String township,
                     Optional<BigDecimal> value, SubmittedValue origin, boolean flagged) {

    boolean total() {
        return origin.total();
    }

    String sheet() {
        return origin.source().sheet();
    }

    /** A target, or a cumulative completion. */
    Measure measure() {
        return origin.measure();
    }
}

package cn.minsheng.recon.domain.reconcile;

import cn.minsheng.recon.domain.model.SourceRef;
import java.math.BigDecimal;

/**
 * A number a file states for an official indicator and township, in the official unit, as it stands after newer
 * files replaced older ones: villages summed into their township, the sheet's own totals left out.
 *
 * @param department the file's department, empty when unknown
 * @param township   the township's official spelling
 * @param source     the cell the number was read from (the first village's for a sum)
 */
public record SubmittedFigure(String indicatorNo, String township, BigDecimal value, String department,
                              SourceRef source) {
}

package cn.minsheng.recon.domain.reconcile;

import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.progress.Light;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A completion figure a file states and its verdict, as the history keeps it for the next periods.
 *
 * @param township the township's official spelling; empty for the indicator as a whole
 * @param light    its traffic light; empty when it had no verdict (no target)
 */
public record ProgressFigure(String department, String indicatorNo, String township, BigDecimal completion,
                             Optional<Light> light, SourceRef source) {
}

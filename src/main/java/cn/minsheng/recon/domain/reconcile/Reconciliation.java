package cn.minsheng.recon.domain.reconcile;

import cn.minsheng.recon.domain.finding.Finding;
import java.util.List;

/**
 * The outcome of reconciling a period's submissions.
 *
 * @param findings the SUB_ and FILE_ findings, in file order
 * @param files    the ledger line of every file received
 * @param missing  expected departments that sent nothing
 * @param figures  the submitted numbers that stand, file by file
 * @param progress the completion figures judged, with their verdicts
 */
public record Reconciliation(List<Finding> findings, List<FileOutcome> files, List<String> missing,
                             List<SubmittedFigure> figures, List<ProgressFigure> progress) {
}

package cn.minsheng.recon.domain.reconcile;

/**
 * What became of one file: the ledger's counts. {@code valuesRead == valuesReconciled + valuesUnderFinding}.
 *
 * @param department        the lead unit it was attributed to, empty when unknown
 * @param valuesRead        every data cell read from it, blanks included
 * @param valuesReconciled  cells compared with the official table
 * @param valuesUnderFinding cells that are the subject of a finding instead (unknown township, invalid text …)
 * @param findings          findings about the file
 */
public record FileOutcome(String file, String department, FileStatus status, int valuesRead, int valuesReconciled,
                          int valuesUnderFinding, int findings) {
}

package cn.minsheng.recon.domain.reconcile;

/**
 * What became of one file: the ledger's counts. {@code valuesRead == valuesReconciled + valuesUnderFinding}, each
 * cell counted once: a cell that was compared and is also the subject of a finding (a township value that differs,
 * a blank where a target is allocated, the parts of a split that misses its target, a 合计 that is not the sum of
 * its parts) is under the finding, and so is every data cell a finding points at.
 *
 * @param department        the lead unit it was attributed to, empty when unknown
 * @param valuesRead        every data cell read from it, blanks included
 * @param valuesReconciled  cells compared with the official table and found in order: a value converted from another
 *                          unit (SUB_UNIT_CONVERTED is about the unit, not the value) and one that repeats an
 *                          earlier value that agrees count here
 * @param valuesUnderFinding cells that are the subject of a finding: compared and found wrong, or not compared at
 *                          all (unknown township or indicator, text, a unit that does not convert, an upper level's
 *                          figure only noted, a value a newer file of the unit replaced)
 * @param findings          findings about the file
 */
public record FileOutcome(String file, String department, FileStatus status, int valuesRead, int valuesReconciled,
                          int valuesUnderFinding, int findings) {
}

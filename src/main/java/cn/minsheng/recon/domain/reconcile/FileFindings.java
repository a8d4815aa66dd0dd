package cn.minsheng.recon.domain.reconcile;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.submission.SubmittedValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings about one file and the bookkeeping that nothing read is lost: each value is either reconciled
 * or under a finding, and counted once.
 */
final class FileFindings {

    private final List<Finding> findings = new ArrayList<>();
    private final Map<SubmittedValue, Boolean> underFinding = new IdentityHashMap<>();
    private int reconciled;

    /** A finding about one value. */
    void add(SubmittedValue value, Finding finding) {
        findings.add(finding);
        count(value);
    }

    /** A finding about several values at once (an unknown indicator row). */
    void addAll(Collection<SubmittedValue> values, Finding finding) {
        findings.add(finding);
        values.forEach(this::count);
    }

    /** A finding that concerns no particular value (a unit converted, a file superseded …). */
    void note(Finding finding) {
        findings.add(finding);
    }

    /** A value under a finding already raised about its kind (the same unknown township again). */
    void count(SubmittedValue value) {
        underFinding.put(value, Boolean.TRUE);
    }

    void reconciled(SubmittedValue value) {
        reconciled++;
    }

    /** A value placed earlier that a later check (a newer file, say) took out of the comparison. */
    void withdraw(ResolvedValue value) {
        if (!value.flagged()) {
            reconciled--;
        }
        count(value.origin());
    }

    List<Finding> findings() {
        return findings;
    }

    int reconciledCount() {
        return reconciled;
    }

    int underFindingCount() {
        return underFinding.size();
    }
}

package cn.minsheng.recon.domain.reconcile;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.submission.SubmittedValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings about one file and the bookkeeping that nothing read is lost: each value is either reconciled
 * or under a finding, and counted once. A value under a finding is counted there even when it was compared too (a
 * township's value that differs from the official one), and so is every value a finding points at: a cell marked
 * in the unit's feedback file is never counted as reconciled.
 */
final class FileFindings {

    private final List<Finding> findings = new ArrayList<>();
    /** Each value accounted for, by identity: {@code true} when under a finding, {@code false} when reconciled. */
    private final Map<SubmittedValue, Boolean> values = new IdentityHashMap<>();
    /** A value that repeats an earlier one (the same number again): it lands where the earlier one does. */
    private final Map<SubmittedValue, SubmittedValue> repeats = new IdentityHashMap<>();

    /** A finding about one value. */
    void add(SubmittedValue value, Finding finding) {
        findings.add(finding);
        count(value);
    }

    /** A finding about several values at once (an unknown indicator row, a township's villages, a sum). */
    void addAll(Collection<SubmittedValue> about, Finding finding) {
        findings.add(finding);
        about.forEach(this::count);
    }

    /** A finding that concerns no particular value (a unit converted, a file superseded …). */
    void note(Finding finding) {
        findings.add(finding);
    }

    /** A value under a finding already raised about its kind (the same unknown township again). */
    void count(SubmittedValue value) {
        values.put(value, Boolean.TRUE);
    }

    /** A value compared with the official table; a finding about it later takes it over. */
    void reconciled(SubmittedValue value) {
        values.putIfAbsent(value, Boolean.FALSE);
    }

    /** A value that says again what {@code earlier} said: it is reconciled or under a finding as that one is. */
    void repeats(SubmittedValue value, SubmittedValue earlier) {
        repeats.put(value, earlier);
    }

    /** A value placed earlier that a later check (a newer file, say) took out of the comparison. */
    void withdraw(ResolvedValue value) {
        count(value.origin());
    }

    List<Finding> findings() {
        return findings;
    }

    int reconciledCount() {
        return values.size() + repeats.size() - underFindingCount();
    }

    int underFindingCount() {
        Set<SourceRef> cited = new HashSet<>();
        findings.forEach(f -> cited.add(f.source()));
        int under = 0;
        for (Map.Entry<SubmittedValue, Boolean> value : values.entrySet()) {
            under += underFinding(value.getKey(), cited) ? 1 : 0;
        }
        for (Map.Entry<SubmittedValue, SubmittedValue> repeat : repeats.entrySet()) {
            under += cited.contains(repeat.getKey().source()) || underFinding(repeat.getValue(), cited) ? 1 : 0;
        }
        return under;
    }

    private boolean underFinding(SubmittedValue value, Set<SourceRef> cited) {
        return values.getOrDefault(value, Boolean.FALSE) || cited.contains(value.source());
    }
}

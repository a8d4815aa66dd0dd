package cn.minsheng.recon.domain.reconcile;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.progress.ProgressItem;
import cn.minsheng.recon.domain.progress.ProgressJudge;
import cn.minsheng.recon.domain.submission.Reading;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges one file's completion cells for one indicator (SPEC §7) and accounts for each: a cell that cannot stand
 * as a completion, a blank one where the file reports others, a figure behind the schedule or above the target
 * is under a finding; any other is reconciled. A township's figure is judged on its own, and the indicator as a
 * whole on the file's 合计 (else on the sum of its townships' figures when they cover every township owed); a
 * county-wide (统筹) indicator only as a whole.
 */
final class ProgressChecks {

    private final ProgressJudge judge;
    private final Period period;

    /** @param period the period reconciled, whose month end the schedule is taken at */
    ProgressChecks(ProgressJudge judge, Period period) {
        this.judge = judge;
        this.period = period;
    }

    void check(String department, Indicator indicator, List<ResolvedValue> completions, FileFindings out) {
        boolean reports = completions.stream().anyMatch(v -> !(v.origin().reading() instanceof Reading.Blank));
        boolean whole = !indicator.allocatedByTownship();
        BigDecimal sum = BigDecimal.ZERO;
        Optional<ResolvedValue> total = Optional.empty();
        Optional<ResolvedValue> first = Optional.empty();
        Set<String> judged = new HashSet<>();
        for (ResolvedValue value : completions) {
            ProgressItem item = ProgressItem.of(department, indicator, value.township(), value.origin().source());
            Reading reading = value.origin().reading();
            if (reading instanceof Reading.Blank) {
                Optional<Finding> missing = reports && !value.total() && !whole ? judge.missing(item)
                        : Optional.empty();
                account(value, missing.map(List::of).orElse(List.of()), out);
                continue;
            }
            Optional<Finding> invalid = judge.invalid(item, reading, value.origin().unitText().contains("%"));
            if (invalid.isPresent() || value.value().isEmpty()) {
                account(value, invalid.map(List::of).orElse(List.of()), out);
                continue;
            }
            if (value.total()) {
                total = value.township().isEmpty() ? Optional.of(value) : total;
                account(value, List.of(), out);
                continue;
            }
            first = first.isPresent() ? first : Optional.of(value);
            sum = sum.add(value.value().get());
            judged.add(value.township());
            account(value, whole ? List.of() : judge.judge(item, value.value().get(), period).findings(), out);
        }
        // the indicator as a whole: on the file's own 合计, else on the sum when it covers every township owed
        boolean covered = whole || judged.containsAll(indicator.townshipTargets().keySet());
        Optional<ResolvedValue> cited = total.isPresent() ? total : first.filter(v -> covered);
        if (cited.isPresent()) {
            BigDecimal figure = total.flatMap(ResolvedValue::value).orElse(sum);
            ProgressItem item = ProgressItem.of(department, indicator, "", cited.get().origin().source());
            account(cited.get(), judge.judge(item, figure, period).findings(), out);
        }
    }

    private static void account(ResolvedValue value, List<Finding> findings, FileFindings out) {
        if (findings.isEmpty()) {
            out.reconciled(value.origin());
        }
        findings.forEach(f -> out.add(value.origin(), f));
    }
}

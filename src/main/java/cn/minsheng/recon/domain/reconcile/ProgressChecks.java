package cn.minsheng.recon.domain.reconcile;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.progress.Judgement;
import cn.minsheng.recon.domain.progress.Light;
import cn.minsheng.recon.domain.progress.ProgressHistory;
import cn.minsheng.recon.domain.progress.ProgressItem;
import cn.minsheng.recon.domain.progress.ProgressJudge;
import cn.minsheng.recon.domain.progress.ProgressVerdict;
import cn.minsheng.recon.domain.progress.RedMonths;
import cn.minsheng.recon.domain.submission.Reading;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Judges one file's completion cells for one indicator (SPEC §7) and accounts for each: a cell that cannot stand
 * as a completion, a blank one where the file reports others, a figure behind the schedule or above the target
 * is under a finding; any other is reconciled. A township's figure is judged on its own, and the indicator as a
 * whole on the file's 合计 (else on the sum of its townships' figures when they cover every township owed); a
 * county-wide (统筹) indicator only as a whole; a standard across the townships (不低于560元/月) township by township.
 */
final class ProgressChecks {

    private final ProgressJudge judge;
    private final Period period;
    private final ProgressHistory history;
    private final List<ProgressFigure> figures = new ArrayList<>();

    /**
     * @param period  the period reconciled, whose month end the schedule is taken at
     * @param history the figures earlier periods recorded: a fall from the latest is PRG_REGRESSION, and red months
     *                in a row PRG_SUPERVISED
     */
    ProgressChecks(ProgressJudge judge, Period period, ProgressHistory history) {
        this.judge = judge;
        this.period = period;
        this.history = history;
    }

    /** The figures judged so far, with their verdicts. */
    List<ProgressFigure> figures() {
        return List.copyOf(figures);
    }

    void check(String department, Indicator indicator, List<ResolvedValue> completions, FileFindings out) {
        boolean reports = completions.stream().anyMatch(v -> !(v.origin().reading() instanceof Reading.Blank));
        // a standard written across the townships holds each of them to its minimum: judged township by township,
        // as an allocation is, never on a sum
        boolean standard = indicator.directive().flatMap(CellValue.Directive::standard).isPresent();
        boolean whole = !indicator.allocatedByTownship() && !standard;
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
            account(value, whole ? List.of() : judged(item, value.value().get()), out);
        }
        // the indicator as a whole: on the file's own 合计, else on the sum when it covers every township owed — a
        // sum of rates or of standards is no figure
        boolean covered = whole || judged.containsAll(indicator.townshipTargets().keySet())
                && !indicator.rate() && !standard;
        Optional<ResolvedValue> cited = total.isPresent() ? total : first.filter(v -> covered);
        if (cited.isPresent()) {
            BigDecimal figure = total.flatMap(ResolvedValue::value).orElse(sum);
            ProgressItem item = ProgressItem.of(department, indicator, "", cited.get().origin().source());
            account(cited.get(), judged(item, figure), out);
        }
    }

    /**
     * The findings about a figure that passed the checks: against the schedule, against the latest earlier
     * period's figure, and, when red, for the months in a row it has been; the figure is kept with its verdict.
     */
    private List<Finding> judged(ProgressItem item, BigDecimal completion) {
        Judgement judgement = judge.judge(item, completion, period);
        List<Finding> findings = new ArrayList<>(judgement.findings());
        history.latestBefore(period, item).flatMap(earlier -> judge.regression(item, period, completion,
                earlier.period(), earlier.completion())).ifPresent(findings::add);
        Optional<ProgressVerdict> verdict = judgement.verdict();
        int redMonths = 0;
        if (verdict.isPresent() && verdict.get().light() == Light.RED) {
            Map<Period, Light> lights = new HashMap<>(history.lights(item));
            lights.put(period, Light.RED);
            redMonths = RedMonths.endingAt(period, lights);
            judge.supervised(item, verdict.get(), redMonths).ifPresent(findings::add);
        }
        figures.add(new ProgressFigure(item.department(), item.indicator().no(), item.township(), completion,
                verdict, redMonths, item.source(), ""));
        return findings;
    }

    private static void account(ResolvedValue value, List<Finding> findings, FileFindings out) {
        if (findings.isEmpty()) {
            out.reconciled(value.origin());
        }
        findings.forEach(f -> out.add(value.origin(), f));
    }
}

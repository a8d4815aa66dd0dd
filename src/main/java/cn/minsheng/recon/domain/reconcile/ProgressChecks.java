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
import cn.minsheng.recon.domain.model.Decimals;
import cn.minsheng.recon.domain.submission.Measure;
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

    /**
     * Judges the file's completion, rate and note cells of one indicator ({@link Measure}): notes are kept beside the
     * figures of their township (or of the row), rates checked against the completions beside them.
     */
    void check(String department, Indicator indicator, List<ResolvedValue> values, FileFindings out) {
        Map<String, String> notes = notes(values, out);
        List<ResolvedValue> completions = values.stream().filter(v -> v.measure() == Measure.COMPLETION).toList();
        boolean reports = completions.stream().anyMatch(v -> !(v.origin().reading() instanceof Reading.Blank));
        // a standard written across the townships holds each of them to its minimum: judged township by township,
        // as an allocation is, never on a sum
        boolean standard = indicator.directive().flatMap(CellValue.Directive::standard).isPresent();
        boolean whole = !indicator.allocatedByTownship() && !standard;
        BigDecimal sum = BigDecimal.ZERO;
        Optional<ResolvedValue> total = Optional.empty();
        Optional<ResolvedValue> first = Optional.empty();
        // the completions that passed the checks, per township ("" for the indicator as a whole): what rates are
        // checked against
        Map<String, BigDecimal> stated = new HashMap<>();
        Set<String> judged = new HashSet<>();
        Map<String, ResolvedValue> blanks = new HashMap<>();
        for (ResolvedValue value : completions) {
            ProgressItem item = ProgressItem.of(department, indicator, value.township(), value.origin().source());
            Reading reading = value.origin().reading();
            if (reading instanceof Reading.Blank) {
                ResolvedValue earlier = blanks.putIfAbsent(String.join("|", value.township(),
                        value.origin().village(), value.origin().indicatorLabel(), String.valueOf(value.total())), value);
                if (earlier != null) {
                    // the same blank again (a row pasted twice): it stands or falls with the first
                    out.repeats(value.origin(), earlier.origin());
                    continue;
                }
                Optional<Finding> missing = reports && !value.total() && !whole ? judge.missing(item)
                        : Optional.empty();
                account(value, noted(missing, note(notes, item)), out);
                continue;
            }
            Optional<Finding> invalid = judge.invalid(item, reading, percent(value));
            if (invalid.isPresent() || value.value().isEmpty()) {
                account(value, noted(invalid, note(notes, item)), out);
                continue;
            }
            if (value.total()) {
                total = value.township().isEmpty() ? Optional.of(value) : total;
                stated.merge(value.township(), value.value().get(), BigDecimal::add);
                account(value, List.of(), out);
                continue;
            }
            first = first.isPresent() ? first : Optional.of(value);
            sum = sum.add(value.value().get());
            judged.add(value.township());
            stated.merge(value.township(), value.value().get(), BigDecimal::add);
            account(value, whole ? List.of() : judged(item, value.value().get(), note(notes, item)), out);
        }
        // the indicator as a whole: on the file's own 合计, else on the sum when it covers every township owed — a
        // sum of rates or of standards is no figure
        boolean covered = whole || judged.containsAll(indicator.townshipTargets().keySet())
                && !indicator.rate() && !standard;
        Optional<ResolvedValue> cited = total.isPresent() ? total : first.filter(v -> covered);
        if (cited.isPresent()) {
            BigDecimal figure = total.flatMap(ResolvedValue::value).orElse(sum);
            stated.putIfAbsent("", figure);
            ProgressItem item = ProgressItem.of(department, indicator, "", cited.get().origin().source());
            account(cited.get(), judged(item, figure, note(notes, item)), out);
        }
        values.stream().filter(v -> v.measure() == Measure.RATE).forEach(rate -> {
            ProgressItem item = ProgressItem.of(department, indicator, rate.township(), rate.origin().source());
            account(rate, judge.rate(item, rate.origin().reading(), percent(rate),
                    Optional.ofNullable(stated.get(rate.township()))).map(List::of).orElse(List.of()), out);
        });
    }

    /** Whether a cell showed a percentage: by its number format, or by the % of its column's unit. */
    private static boolean percent(ResolvedValue value) {
        return value.origin().reading() instanceof Reading.Number number && number.percent()
                || value.origin().unitText().contains("%");
    }

    /** The file's progress in words per township ("" for a row's own), each cell kept and accounted for. */
    private static Map<String, String> notes(List<ResolvedValue> values, FileFindings out) {
        Map<String, String> notes = new HashMap<>();
        for (ResolvedValue value : values) {
            if (value.measure() != Measure.NOTE) {
                continue;
            }
            Reading reading = value.origin().reading();
            String text = reading instanceof Reading.Text t ? t.text()
                    : reading instanceof Reading.Number n ? Decimals.plain(n.value()) : "";
            if (!text.isBlank()) {
                notes.merge(value.total() ? "" : value.township(), text.strip(), (a, b) -> a + "；" + b);
            }
            out.reconciled(value.origin());
        }
        return notes;
    }

    /** A finding about a completion that yields no figure carries the words beside it, which no figure shows. */
    private static List<Finding> noted(Optional<Finding> finding, String note) {
        return finding.map(f -> note.isEmpty() ? f : f.withMessageAdded("（进展情况：" + note + "）")).stream().toList();
    }

    /** The note of an item's township, else the row's. */
    private static String note(Map<String, String> notes, ProgressItem item) {
        return notes.getOrDefault(item.township(), notes.getOrDefault("", ""));
    }

    /**
     * The findings about a figure that passed the checks: against the schedule, against the latest earlier
     * period's figure, and, when red, for the months in a row it has been; the figure is kept with its verdict.
     */
    private List<Finding> judged(ProgressItem item, BigDecimal completion, String note) {
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
                verdict, redMonths, item.source(), note));
        return findings;
    }

    private static void account(ResolvedValue value, List<Finding> findings, FileFindings out) {
        if (findings.isEmpty()) {
            out.reconciled(value.origin());
        }
        findings.forEach(f -> out.add(value.origin(), f));
    }
}

package cn.minsheng.recon.domain.reconcile;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.FindingBuilder;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.model.Comparison;
import cn.minsheng.recon.domain.model.Decimals;
import cn.minsheng.recon.domain.model.DirectiveKind;
import cn.minsheng.recon.domain.model.Headline;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.model.Standard;
import cn.minsheng.recon.domain.model.Unit;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.submission.SubmittedValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares one file's values of one indicator with the official row (SPEC §3.2): township by township where
 * the official table allocates by township; by their sum where the target is city-wide, CENTRAL or PENDING;
 * each against its minimum for a STANDARD; an UPPER_LEVEL indicator is only noted.
 */
final class ValueComparison {

    /**
     * A township's value in the official unit and the cells it is made of: its villages summed, the first cell
     * standing for them; for a rate, its first number, at that number's cell.
     */
    private record TownshipValue(Optional<BigDecimal> value, List<ResolvedValue> cells) {

        ResolvedValue first() {
            return cells.get(0);
        }
    }

    void compare(Indicator indicator, List<ResolvedValue> values, FileFindings out) {
        // the sheet's own 合计 is no part, but a missed headline is cited there
        List<ResolvedValue> totals = values.stream().filter(ResolvedValue::total).toList();
        List<ResolvedValue> parts = values.stream().filter(v -> !v.total()).toList();
        if (parts.isEmpty()) {
            return;
        }
        List<String> flaggedTownships = parts.stream().filter(ResolvedValue::flagged).map(ResolvedValue::township)
                .toList();
        ResolvedValue first = parts.get(0);
        parts = parts.stream().filter(v -> !v.flagged()).toList();
        if (parts.isEmpty() && !indicator.allocatedByTownship()) {
            return;
        }
        Optional<CellValue.Directive> directive = indicator.directive();
        if (directive.map(d -> d.kind() == DirectiveKind.UPPER_LEVEL).orElse(false)) {
            // recorded, never compared: the values are the subject of the note, not reconciled
            out.addAll(origins(values), SubmissionResolver.about(RuleCode.SUB_UPPER_LEVEL_REPORTED,
                            first.department(), indicator, first.origin())
                    .source(SubmissionResolver.labelCell(first.origin()))
                    .message("该指标由上级统筹（" + directive.get().text() + "），本级报送的数值仅作记录").build());
            return;
        }
        Optional<Standard> standard = directive.flatMap(CellValue.Directive::standard);
        if (standard.isPresent()) {
            belowStandard(indicator, standard.get(), parts, out);
            return;
        }
        Map<String, TownshipValue> byTownship = byTownship(indicator.rate(), parts);
        if (indicator.allocatedByTownship()) {
            flaggedTownships.forEach(byTownship::remove);
            perTownship(indicator, byTownship, flaggedTownships, first, out);
        } else {
            bySum(indicator, byTownship, first, totals, out);
        }
    }

    /** A rate is never summed (SPEC §3.1): its villages' first number stands for the township, as in the figures. */
    private static Map<String, TownshipValue> byTownship(boolean rate, List<ResolvedValue> parts) {
        Map<String, TownshipValue> byTownship = new LinkedHashMap<>();
        for (ResolvedValue part : parts) {
            byTownship.merge(part.township(), new TownshipValue(part.value(), List.of(part)), (a, b) -> rate
                    ? (a.value().isPresent() || b.value().isEmpty() ? a : b)
                    : new TownshipValue(sum(a.value(), b.value()), concat(a.cells(), b.cells())));
        }
        return byTownship;
    }

    private static Optional<BigDecimal> sum(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().add(b.get()));
    }

    private static List<ResolvedValue> concat(List<ResolvedValue> a, List<ResolvedValue> b) {
        List<ResolvedValue> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    /** The cells as read: what a finding about these values is counted against. */
    private static List<SubmittedValue> origins(Collection<ResolvedValue> values) {
        return values.stream().map(ResolvedValue::origin).toList();
    }

    private static void perTownship(Indicator indicator, Map<String, TownshipValue> submitted,
            List<String> flagged, ResolvedValue first, FileFindings out) {
        boolean rate = indicator.rate();
        for (Map.Entry<String, CellValue> official : indicator.townships().entrySet()) {
            String township = official.getKey();
            if (flagged.contains(township)) {
                continue;
            }
            Optional<BigDecimal> expected = official.getValue() instanceof CellValue.Number n
                    ? Optional.of(n.value()) : Optional.empty();
            TownshipValue given = submitted.get(township);
            Optional<BigDecimal> actual = given == null ? Optional.empty() : given.value();
            ResolvedValue at = given == null ? first : given.first();
            // a finding about the township's value is about every cell it is made of (none when it sent no row)
            List<SubmittedValue> cells = given == null ? List.of() : origins(given.cells());
            boolean allocated = expected.map(e -> e.signum() > 0).orElse(false);
            if (allocated && actual.isEmpty()) {
                out.addAll(cells, finding(RuleCode.SUB_MISSING_TOWNSHIP, indicator, township, at, expected, actual,
                        given == null ? "未报送" + township + "的数值" : township + "的数值为空",
                        given != null));
            } else if (allocated && actual.get().compareTo(expected.get()) != 0) {
                out.addAll(cells, finding(RuleCode.SUB_VALUE_MISMATCH, indicator, township, at, expected, actual,
                        township + "报送" + Decimals.plain(actual.get()) + "，官方分解为" + Decimals.plain(expected.get()),
                        true));
            } else if (!allocated && !rate && actual.map(a -> a.signum() > 0).orElse(false)) {
                out.addAll(cells, finding(RuleCode.SUB_EXTRA_TOWNSHIP, indicator, township, at,
                        Optional.of(expected.orElse(BigDecimal.ZERO)), actual,
                        "官方分解表未给" + township + "分配任务，报送了" + Decimals.plain(actual.get()), true));
            } else if (rate && expected.isPresent() && actual.isPresent()
                    && actual.get().compareTo(expected.get()) != 0) {
                out.addAll(cells, finding(RuleCode.SUB_VALUE_MISMATCH, indicator, township, at, expected, actual,
                        township + "报送" + Decimals.plain(actual.get()) + "，官方为" + Decimals.plain(expected.get()),
                        true));
            }
        }
    }

    /**
     * A split of a target the official table does not allocate: only its sum is checked. A miss is cited at the
     * indicator's 合计 cell in the sheet of {@code first} when it has one, else at the indicator's label: the sum
     * is at fault, not any one township's value.
     */
    private static void bySum(Indicator indicator, Map<String, TownshipValue> submitted, ResolvedValue first,
            List<ResolvedValue> totals, FileFindings out) {
        Optional<Unit> unit = indicator.workingUnit();
        if (unit.isEmpty() || indicator.rate()) {
            return;
        }
        Optional<Headline> headline = indicator.headline();
        Optional<BigDecimal> target = headline.flatMap(h -> h.quantity().in(unit.get()))
                .or(indicator::total)
                .or(indicator::spanningNumber)
                .or(() -> indicator.directive().flatMap(CellValue.Directive::stated).flatMap(q -> q.in(unit.get())));
        if (target.isEmpty()) {
            return;
        }
        BigDecimal sum = submitted.values().stream().map(TownshipValue::value).flatMap(Optional::stream)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean atLeast = headline.map(h -> h.comparison() == Comparison.AT_LEAST)
                .orElse(false);
        boolean fine = atLeast ? sum.compareTo(target.get()) >= 0 : sum.compareTo(target.get()) == 0;
        if (!fine) {
            // a village's 小计 is a total too, but of one township: only the sheet's 合计 states the sum
            Optional<ResolvedValue> total = totals.stream()
                    .filter(t -> t.sheet().equals(first.sheet()) && "合计".equals(t.origin().townshipLabel()))
                    .findFirst();
            SourceRef at = total.map(t -> t.origin().source())
                    .orElseGet(() -> SubmissionResolver.labelCell(first.origin()));
            // the sum is the unit's submitted figure: each of its parts is under the finding, and the 合计 cited
            List<ResolvedValue> summed = new ArrayList<>();
            submitted.values().forEach(township -> summed.addAll(township.cells()));
            total.ifPresent(summed::add);
            out.addAll(origins(summed), SubmissionResolver.about(RuleCode.SUB_SUM_MISMATCH, first.department(),
                            indicator, first.origin())
                    .values(target.get(), sum)
                    .source(at)
                    .message("指标“" + indicator.label() + "”：各乡镇报送合计" + Decimals.plain(sum) + "，与全域目标"
                            + Decimals.plain(target.get()) + (atLeast ? "（不少于）" : "") + "不符")
                    .build());
        }
    }

    private static void belowStandard(Indicator indicator, Standard standard, List<ResolvedValue> parts,
            FileFindings out) {
        for (ResolvedValue part : parts) {
            if (part.value().isEmpty()) {
                continue;
            }
            String label = part.origin().village() + part.origin().indicatorLabel() + part.origin().townshipLabel();
            BigDecimal minimum = standard.minimumFor(label);
            if (part.value().get().compareTo(minimum) < 0) {
                out.add(part.origin(), finding(RuleCode.SUB_BELOW_STANDARD, indicator, part.township(), part,
                        Optional.of(minimum), part.value(), "报送" + Decimals.plain(part.value().get())
                                + "，低于标准" + Decimals.plain(minimum) + standard.unit().symbol(), true));
            }
        }
    }

    private static Finding finding(RuleCode rule, Indicator indicator, String township, ResolvedValue at,
            Optional<BigDecimal> official, Optional<BigDecimal> submitted, String detail, boolean hasCell) {
        FindingBuilder builder = SubmissionResolver.about(rule, at.department(), indicator, at.origin())
                .township(township)
                .values(official.orElse(null), submitted.orElse(null))
                .message("指标“" + indicator.label() + "”：" + detail);
        if (!hasCell) {
            builder.source(new SourceRef(at.origin().source().file(),
                    at.origin().source().sheet(), ""));
        }
        return builder.build();
    }
}

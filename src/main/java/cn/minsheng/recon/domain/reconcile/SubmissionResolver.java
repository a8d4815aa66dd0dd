package cn.minsheng.recon.domain.reconcile;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.FindingBuilder;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.matching.TextNormalizer;
import cn.minsheng.recon.domain.matching.TownshipDirectory;
import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.model.Decimals;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.model.Unit;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.submission.Measure;
import cn.minsheng.recon.domain.submission.Reading;
import cn.minsheng.recon.domain.submission.Submission;
import cn.minsheng.recon.domain.submission.SubmissionSheet;
import cn.minsheng.recon.domain.submission.SubmittedValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Places each value of a file on an official indicator and township in the official unit, and raises a finding
 * for every value it cannot place: unknown township or indicator, text or a negative where a number is due, a
 * formula without its value, a unit that does not convert, a township × indicator given twice.
 */
final class SubmissionResolver {

    /** The values of one indicator row or column of a sheet: its number and label as written. */
    private record IndicatorKey(String no, String label) {
    }

    /**
     * Where a value stands, for telling a township given twice: a key made of the parts themselves, not a text
     * joined for every value of a long sheet.
     */
    /** Where a value stands: a township's target and its completion stand apart. */
    private record Place(String indicatorNo, String township, String village, boolean total, String label,
                         Measure measure) {
    }

    private final TownshipDirectory townships;
    private final IndicatorMatcher indicators;
    private final UnitDirectory units;

    SubmissionResolver(TownshipDirectory townships, IndicatorMatcher indicators, UnitDirectory units) {
        this.townships = townships;
        this.indicators = indicators;
        this.units = units;
    }

    /** The values placed; findings and the count of values under them go to {@code out}. */
    List<ResolvedValue> resolve(ReceivedFile file, String department, Submission submission, FileFindings out) {
        List<ResolvedValue> placed = new ArrayList<>();
        Map<Place, ResolvedValue> seen = new HashMap<>();
        for (SubmissionSheet sheet : submission.sheets()) {
            sheet.unplaced().forEach(value -> out.add(value, Finding.of(RuleCode.SUB_UNKNOWN_INDICATOR)
                    .department(department)
                    .source(value.source())
                    .message("单元格 " + value.source().cell() + " 在表格数据区之外，无法对应到指标和乡镇")
                    .build()));
            placed.addAll(resolveSheet(file, department, sheet, seen, out));
        }
        return placed;
    }

    private List<ResolvedValue> resolveSheet(ReceivedFile file, String department, SubmissionSheet sheet,
            Map<Place, ResolvedValue> seen, FileFindings out) {
        Map<IndicatorKey, List<SubmittedValue>> byIndicator = sheet.values().stream()
                .collect(Collectors.groupingBy(v -> new IndicatorKey(v.indicatorNo(), v.indicatorLabel()),
                        LinkedHashMap::new, Collectors.toList()));
        Set<String> unknownTownships = new HashSet<>();
        // a long sheet states a unit on every row, in a few spellings
        Map<String, Optional<Unit>> statedUnits = new HashMap<>();
        List<ResolvedValue> placed = new ArrayList<>();
        for (List<SubmittedValue> values : byIndicator.values()) {
            SubmittedValue first = values.get(0);
            if (acrossIndicators(first)) {
                // a 合计 row or column over indicators of different units adds nothing to check
                values.forEach(out::reconciled);
                continue;
            }
            IndicatorMatcher.Match match = indicators.match(first.indicatorLabel(), first.indicatorNo(),
                    Optional.of(department).filter(d -> !d.isEmpty()));
            if (match.indicator().isEmpty()) {
                out.addAll(values, Finding.of(RuleCode.SUB_UNKNOWN_INDICATOR)
                        .department(department)
                        .indicator("", first.indicatorLabel())
                        .source(labelCell(first))
                        .message(unknownIndicator(first, match))
                        .build());
                continue;
            }
            Indicator indicator = match.indicator().get();
            Optional<Unit> unit = unitOf(department, indicator, values, out);
            if (unit.isEmpty()) {
                continue;
            }
            for (SubmittedValue value : values) {
                // a total on a township's row is its 小计; any other total is the sheet's 合计
                String township = value.total() ? townships.resolve(value.townshipLabel()).orElse("")
                        : townships.resolve(value.townshipLabel()).orElse(null);
                if (township == null && value.reading() instanceof Reading.Blank) {
                    out.reconciled(value); // an empty cell under an unknown name says nothing to flag
                    continue;
                }
                if (township == null) {
                    // one finding per indicator and unknown name: the first cell that holds something
                    if (unknownTownships.add(indicator.no() + "|" + value.townshipLabel())) {
                        out.add(value, about(RuleCode.SUB_UNKNOWN_TOWNSHIP, department, indicator, value)
                                .township(value.townshipLabel())
                                .message("乡镇（街道）名称“" + value.townshipLabel() + "”不在指标任务分解表中，也没有别名对应")
                                .build());
                    } else {
                        out.count(value);
                    }
                    // kept as flagged so that the sheet's 合计, which includes it, is not judged against the rest
                    placed.add(new ResolvedValue(file, department, indicator, "", Optional.empty(), value, true));
                    continue;
                }
                Optional<Unit> stated = statedUnits.computeIfAbsent(value.unitText(), units::parse);
                resolveValue(file, department, indicator, township, stated, unit.get(), value, seen, out)
                        .ifPresent(placed::add);
            }
        }
        return placed;
    }

    /** {@code stated}: the unit the value's own unit text names, if it names one. */
    private Optional<ResolvedValue> resolveValue(ReceivedFile file, String department, Indicator indicator,
            String township, Optional<Unit> stated, Unit unit, SubmittedValue value, Map<Place, ResolvedValue> seen,
            FileFindings out) {
        Reading reading = value.reading();
        boolean progress = value.measure() != Measure.TARGET;
        if (reading instanceof Reading.Text && progress) {
            // what a completion or rate cell cannot stand for, and what a note says, is the progress checks' to say
            // (ProgressChecks)
            return Optional.of(new ResolvedValue(file, department, indicator, township, Optional.empty(), value,
                    false));
        }
        if (reading instanceof Reading.Text text) {
            out.add(value, about(RuleCode.SUB_INVALID_VALUE, department, indicator, value).township(township)
                    .values(official(indicator, township), null)
                    .message("此处应填数字，实际为“" + text.text() + "”").build());
            return Optional.of(flagged(file, department, indicator, township, value));
        }
        if (reading instanceof Reading.FormulaWithoutValue formula) {
            out.add(value, about(RuleCode.SUB_FORMULA_NO_VALUE, department, indicator, value).township(township)
                    .message("公式“" + formula.formula() + "”没有保存计算结果，无法确定数值（请在 Excel/WPS 中重新计算并保存）")
                    .build());
            return Optional.of(flagged(file, department, indicator, township, value));
        }
        Optional<BigDecimal> number = Optional.empty();
        if (reading instanceof Reading.Number n) {
            if (n.value().signum() < 0 && !progress) {
                out.add(value, about(RuleCode.SUB_INVALID_VALUE, department, indicator, value).township(township)
                        .values(official(indicator, township), n.value())
                        .message("目标值不能为负数：" + Decimals.plain(n.value())).build());
                return Optional.of(flagged(file, department, indicator, township, value));
            }
            number = stated.flatMap(u -> u.convert(n.value(), unit)).or(() -> Optional.of(n.value()));
        }
        // a STANDARD is reported per label (城市低保 / 农村低保): the same township twice is no duplicate there
        String label = indicator.directive().flatMap(d -> d.standard()).isPresent() ? value.indicatorLabel() : "";
        Place key = new Place(indicator.no(), township, value.village(), value.total(), label, value.measure());
        ResolvedValue resolved = new ResolvedValue(file, department, indicator, township, number, value, false);
        ResolvedValue earlier = number.isPresent() ? seen.putIfAbsent(key, resolved) : null;
        if (earlier != null) {
            BigDecimal first = earlier.value().orElseThrow();
            if (first.compareTo(number.get()) == 0) {
                // the same number again stands or falls with the first
                out.repeats(value, earlier.origin());
            } else if (value.total()) {
                // a second, other 合计 belongs to a repeated row, whose own values are judged (SUB_DUPLICATE) instead
                out.count(value);
            } else {
                out.add(value, about(RuleCode.SUB_DUPLICATE, department, indicator, value).township(township)
                        .values(official(indicator, township), number.get())
                        .compared(first, "先报的数值")
                        .message("同一指标、同一乡镇报送了两次且数值不同：先为" + Decimals.plain(first) + "（"
                                + place(earlier.origin().source(), value.source()) + "），此处为"
                                + Decimals.plain(number.get())).build());
            }
            return Optional.empty();
        }
        if (!progress) {
            out.reconciled(value);
        }
        return Optional.of(resolved);
    }

    /** A cell as a message names it beside {@code here}: its address, with its sheet when that is another. */
    private static String place(SourceRef cell, SourceRef here) {
        return (cell.sheet().equals(here.sheet()) ? "" : cell.sheet() + " / ") + cell.cell();
    }

    /**
     * The unit the indicator's values are in, when they convert to the official unit; a finding otherwise, at the
     * cell where that unit is written (else the indicator's label): the unit is at fault, not any one value.
     * The first unit stated for the indicator speaks for all of its values.
     */
    private Optional<Unit> unitOf(String department, Indicator indicator, List<SubmittedValue> values,
            FileFindings out) {
        Optional<Unit> official = indicator.workingUnit();
        SubmittedValue stating = values.stream().filter(v -> !v.unitText().isBlank()).findFirst()
                .orElse(values.get(0));
        String stated = stating.unitText();
        Optional<Unit> submitted = units.parse(stated);
        if (official.isEmpty() || submitted.isEmpty() || submitted.get().symbol().equals(official.get().symbol())) {
            return official.or(() -> submitted).or(() -> Optional.of(new Unit("", "", BigDecimal.ONE, false)));
        }
        SourceRef unitCell = stating.unit().cell().isEmpty() ? labelCell(stating) : stating.unit();
        if (!submitted.get().convertsTo(official.get())) {
            out.addAll(values, about(RuleCode.SUB_UNIT_MISMATCH, department, indicator, stating)
                    .source(unitCell)
                    .message("报送单位“" + stated + "”无法换算为官方单位“" + official.get().symbol() + "”")
                    .build());
            return Optional.empty();
        }
        out.note(about(RuleCode.SUB_UNIT_CONVERTED, department, indicator, stating)
                .source(unitCell)
                .message("报送单位“" + stated + "”已换算为官方单位“" + official.get().symbol() + "”").build());
        return official;
    }

    private static ResolvedValue flagged(ReceivedFile file, String department, Indicator indicator, String township,
            SubmittedValue value) {
        return new ResolvedValue(file, department, indicator, township, Optional.empty(), value, true);
    }

    /** The official table's number for the township, when it has one. */
    private static BigDecimal official(Indicator indicator, String township) {
        return indicator.townships().get(township) instanceof CellValue.Number n ? n.value() : null;
    }

    private static boolean acrossIndicators(SubmittedValue value) {
        return value.total() && TextNormalizer.key(value.indicatorLabel()).matches("合计|总计|小计|总数");
    }

    private static String unknownIndicator(SubmittedValue value, IndicatorMatcher.Match match) {
        if (match.candidates().size() > 1) {
            return "“" + value.indicatorLabel() + "”可能对应多个指标："
                    + match.candidates().stream().map(Indicator::label).collect(Collectors.joining("；"));
        }
        return "“" + value.indicatorLabel() + "”对应不到指标任务分解表中的任何指标";
    }

    /**
     * Where a finding about a value's whole row or column points: the cell of its indicator label, else (a value no
     * label heads) the value's own cell.
     */
    static SourceRef labelCell(SubmittedValue value) {
        return value.label().cell().isEmpty() ? value.source() : value.label();
    }

    static FindingBuilder about(RuleCode rule, String department, Indicator indicator, SubmittedValue value) {
        return Finding.of(rule).department(department).indicator(indicator.no(), indicator.name())
                .unit(indicator.workingUnit().map(Unit::symbol).orElse(indicator.unitText()))
                .source(value.source());
    }
}

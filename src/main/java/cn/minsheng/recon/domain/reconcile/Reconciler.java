package cn.minsheng.recon.domain.reconcile;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.matching.DepartmentDirectory;
import cn.minsheng.recon.domain.matching.TownshipDirectory;
import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.model.Decimals;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import cn.minsheng.recon.domain.progress.ProgressHistory;
import cn.minsheng.recon.domain.progress.ProgressJudge;
import cn.minsheng.recon.domain.submission.Measure;
import cn.minsheng.recon.domain.submission.Submission;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reconciles a period's department files with the official tables: who sent each file, which values stand (the
 * newest file per department and indicator), how they compare, and who sent nothing.
 */
public final class Reconciler {

    private final OfficialTables tables;
    private final DepartmentDirectory departments;
    private final SubmissionResolver resolver;
    private final ValueComparison comparison = new ValueComparison();
    private final ProgressChecks progress;

    /**
     * @param judge   how completion is judged (schedule, thresholds)
     * @param period  the period reconciled
     * @param history the completion figures of earlier periods on record
     */
    public Reconciler(OfficialTables tables, TownshipDirectory townships, DepartmentDirectory departments,
            UnitDirectory units, ProgressJudge judge, Period period, ProgressHistory history) {
        this.tables = tables;
        this.departments = departments;
        this.resolver = new SubmissionResolver(townships, new IndicatorMatcher(tables), units);
        this.progress = new ProgressChecks(judge, period, history);
    }

    /** One file on its way through: what it says, who sent it, what it placed. */
    private record Work(ReceivedFile file, String department, Optional<Submission> submission,
                        FileFindings findings, List<ResolvedValue> values) {
    }

    /** What a newer file of a department reported: an indicator's targets, or its completion. */
    private record Taken(Indicator indicator, Measure measure) {
    }

    /** An indicator's township, the place a file's figures are summed to. */
    private record Place(String indicatorNo, String township) {
    }

    /**
     * What one file comes to, kept once its values are let go.
     *
     * @param lines        the file's ledger line, then one per hidden sheet it holds
     * @param unattributed for a file of no known department, the indicators it reports values for; else none
     */
    private record Outcome(List<Finding> findings, List<FileOutcome> lines, List<SubmittedFigure> figures,
                           List<Indicator> unattributed) {
    }

    /**
     * The files are taken one at a time, each department's newest first (which decides what supersedes what), so
     * that only one file's values are held at once; the findings come out in the order of {@code files}.
     */
    public Reconciliation reconcile(List<ReceivedFile> files) {
        List<String> departments = files.stream().map(this::department).toList();
        Outcome[] outcomes = new Outcome[files.size()];
        for (List<Integer> group : newestFirstPerDepartment(files, departments)) {
            Set<Taken> taken = new LinkedHashSet<>();
            for (int i : group) {
                outcomes[i] = reconcile(read(files.get(i), departments.get(i)), taken);
            }
        }
        List<Finding> findings = new ArrayList<>();
        Arrays.stream(outcomes).forEach(outcome -> findings.addAll(outcome.findings()));
        List<String> missing = missing(departments);
        missing.forEach(unit -> findings.add(Finding.of(RuleCode.SUB_MISSING_SUBMISSION)
                .department(unit)
                .routing(leaderOf(unit), unit)
                .message(missingMessage(unit, unattributed(unit, files, outcomes)))
                .build()));
        return new Reconciliation(findings, Arrays.stream(outcomes).flatMap(o -> o.lines().stream()).toList(), missing,
                Arrays.stream(outcomes).flatMap(outcome -> outcome.figures().stream()).toList(), progress.figures());
    }

    private Outcome reconcile(Work work, Set<Taken> taken) {
        Map<Indicator, List<ResolvedValue>> byIndicator = work.values().stream()
                .collect(Collectors.groupingBy(ResolvedValue::indicator, LinkedHashMap::new, Collectors.toList()));
        boolean lost = supersede(work, byIndicator, taken);
        byIndicator.forEach((indicator, values) -> {
            List<ResolvedValue> targets = values.stream().filter(v -> v.measure() == Measure.TARGET).toList();
            if (!targets.isEmpty()) {
                comparison.compare(indicator, targets, work.findings());
                totalRows(indicator, targets, work.findings());
            }
            List<ResolvedValue> progressed = values.stream().filter(v -> v.measure() != Measure.TARGET).toList();
            if (!progressed.isEmpty()) {
                progress.check(work.department(), indicator, progressed, work.findings());
            }
            leadUnit(indicator, work, values.get(0));
        });
        List<Finding> routed = work.findings().findings().stream().map(this::routed).toList();
        FileStatus status = work.submission().isEmpty() ? FileStatus.UNREADABLE
                : lost ? FileStatus.SUPERSEDED : FileStatus.SUBMITTED;
        List<FileOutcome> lines = new ArrayList<>();
        lines.add(new FileOutcome(work.file().name(), work.department(), status,
                work.submission().map(Submission::valueCount).orElse(0), work.findings().reconciledCount(),
                work.findings().underFindingCount(), routed.size()));
        work.submission().map(Submission::hiddenSheets).orElse(List.of()).forEach(sheet -> lines.add(
                new FileOutcome(work.file().name() + " / " + sheet, work.department(), FileStatus.HIDDEN_SHEET,
                        0, 0, 0, 0)));
        return new Outcome(routed, lines, figures(work),
                work.department().isEmpty() ? List.copyOf(byIndicator.keySet()) : List.of());
    }

    /**
     * Why a unit is 未报送, in words it can act on. Its values may have come in a file nobody could attribute
     * ({@code unattributed}: file → the unit's indicators it reports): the unit did send something, and is told
     * which file and how to make it its own, not that it sent nothing.
     */
    private static String missingMessage(String unit, Map<String, List<Indicator>> unattributed) {
        if (unattributed.isEmpty()) {
            return unit + "本期没有报送（应报送其牵头的按乡镇分解或统筹安排的指标）";
        }
        String where = unattributed.entrySet().stream()
                .map(file -> "文件“" + file.getKey() + "”中有其牵头指标"
                        + file.getValue().stream().map(Indicator::label).collect(Collectors.joining("、")) + "的数值")
                .collect(Collectors.joining("；"));
        return unit + "本期没有以本单位名义报送的文件：" + where + "，但从文件名和填报单位看不出是哪个单位报送的。如系" + unit + "报送，请将文件名改为含“" + unit + "”的名称（或在表头写明“填报单位：" + unit
                + "”）后重新报送";
    }

    /** The files of no known department that report indicators {@code unit} leads, with those indicators. */
    private Map<String, List<Indicator>> unattributed(String unit, List<ReceivedFile> files, Outcome[] outcomes) {
        Map<String, List<Indicator>> byFile = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            List<Indicator> led = outcomes[i].unattributed().stream()
                    .filter(indicator -> tables.responsibility(indicator).map(ResponsibilityRow::leadUnit)
                            .filter(unit::equals).isPresent())
                    .toList();
            if (!led.isEmpty()) {
                byFile.put(files.get(i).name(), led);
            }
        }
        return byFile;
    }

    /**
     * The order the files are taken in, as groups of indices: a department's files in one group, newest first (by
     * 填报日期, else by modification time); a file of no known department alone.
     */
    private static List<List<Integer>> newestFirstPerDepartment(List<ReceivedFile> files, List<String> departments) {
        Map<String, List<Integer>> byDepartment = new LinkedHashMap<>();
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (departments.get(i).isEmpty()) {
                groups.add(List.of(i));
            } else {
                byDepartment.computeIfAbsent(departments.get(i), d -> new ArrayList<>()).add(i);
            }
        }
        Comparator<Integer> newest = Comparator.<Integer, Instant>comparing(i -> received(files.get(i)))
                .thenComparing(i -> files.get(i).modified()).reversed();
        byDepartment.values().forEach(group -> groups.add(group.stream().sorted(newest).toList()));
        return groups;
    }

    /**
     * The file's numbers per indicator and township, villages summed, in the order first read; a rate or a
     * standard is never summed: its first number stands for the township.
     */
    private static List<SubmittedFigure> figures(Work work) {
        Map<Place, SubmittedFigure> byPlace = new LinkedHashMap<>();
        for (ResolvedValue value : work.values()) {
            if (value.total() || value.flagged() || value.value().isEmpty() || value.township().isEmpty()
                    || value.measure() != Measure.TARGET) {
                continue;
            }
            SubmittedFigure figure = new SubmittedFigure(value.indicator().no(), value.township(), value.value().get(),
                    work.department(), value.origin().source());
            boolean summed = !value.indicator().rate()
                    && value.indicator().directive().flatMap(CellValue.Directive::standard).isEmpty();
            byPlace.merge(new Place(figure.indicatorNo(), figure.township()), figure, (a, b) -> summed
                    ? new SubmittedFigure(a.indicatorNo(), a.township(), a.value().add(b.value()), a.department(),
                            a.source())
                    : a);
        }
        return List.copyOf(byPlace.values());
    }

    private Work read(ReceivedFile file, String department) {
        FileFindings out = new FileFindings();
        SourceRef fileRef = new SourceRef(file.name(), "", "");
        Optional<Submission> read = file.submission();
        if (read.isEmpty()) {
            out.note(Finding.of(RuleCode.FILE_UNREADABLE).department(department).source(fileRef)
                    .message("文件无法读取：" + file.unreadable()).build());
            return new Work(file, department, read, out, new ArrayList<>());
        }
        Submission submission = read.get();
        if (department.isEmpty()) {
            out.note(Finding.of(RuleCode.FILE_UNKNOWN_DEPARTMENT).source(fileRef)
                    .message("无法确定报送单位：" + submission.declaredDepartment().map(d -> "填报单位“" + d + "”和")
                            .orElse("") + "文件名都对应不到责任分解表中的牵头单位").build());
        }
        if (submission.dataSheets().isEmpty()) {
            out.note(Finding.of(RuleCode.SUB_TEMPLATE_MISMATCH).department(department).source(fileRef)
                    .message("文件中没有可识别的报送表：找不到含乡镇（街道）和指标的表头").build());
            return new Work(file, department, read, out, new ArrayList<>());
        }
        submission.sheets().forEach(sheet -> sheet.ambiguities().forEach(column -> out.note(
                Finding.of(RuleCode.LAYOUT_AMBIGUOUS_COLUMN).department(department).source(column.otherCell())
                        .message("“" + column.read() + "”（" + column.readCell().cell() + "）和“" + column.other() + "”（"
                                + column.otherCell().cell() + "）两列都可作为" + column.role() + "，已读取“"
                                + column.read() + "”，请确认或删去另一列").build())));
        return new Work(file, department, read, out, resolver.resolve(file, department, submission, out));
    }

    /**
     * The 填报单位 the file declares, else its name, else the folder it came in ({@code 区卫健局/3月报送.xlsx}:
     * the nearest folder first).
     */
    private String department(ReceivedFile file) {
        Optional<String> declared = file.declaredDepartment().flatMap(departments::resolve);
        List<String> parts = List.of(file.name().split("/"));
        Optional<String> named = declared.or(() -> departments.resolve(
                parts.get(parts.size() - 1).replaceFirst("\\.[^.]+$", "")));
        for (int i = parts.size() - 2; i >= 0 && named.isEmpty(); i--) {
            named = departments.resolve(parts.get(i));
        }
        return named.orElse("");
    }

    /**
     * Several files of one department: per indicator the newest file that reports it wins — its targets and its
     * completion apart, so a file of completion beside a file of targets replaces neither; the values this file
     * reports for an indicator a newer file of its department has {@code taken} are withdrawn and the file is
     * FILE_SUPERSEDED for them, and they leave {@code byIndicator}, the file's values by indicator, as well. Returns
     * whether the file lost every indicator it reported.
     */
    private static boolean supersede(Work work, Map<Indicator, List<ResolvedValue>> byIndicator,
            Set<Taken> taken) {
        boolean reported = !byIndicator.isEmpty();
        List<Indicator> replaced = new ArrayList<>();
        Set<ResolvedValue> withdrawn = Collections.newSetFromMap(new IdentityHashMap<>());
        byIndicator.forEach((indicator, values) -> values.stream().map(ResolvedValue::measure).distinct()
                .filter(measure -> !taken.add(new Taken(indicator, measure)))
                .forEach(measure -> {
                    values.stream().filter(v -> v.measure() == measure).forEach(v -> {
                        work.findings().withdraw(v);
                        withdrawn.add(v);
                    });
                    if (!replaced.contains(indicator)) {
                        replaced.add(indicator);
                    }
                }));
        if (!replaced.isEmpty()) {
            work.values().removeIf(withdrawn::contains);
            byIndicator.values().forEach(values -> values.removeIf(withdrawn::contains));
            byIndicator.values().removeIf(List::isEmpty);
            work.findings().note(Finding.of(RuleCode.FILE_SUPERSEDED).department(work.department())
                    .source(new SourceRef(work.file().name(), "", ""))
                    .message("同一单位本期有更新的文件，本文件中以下指标的数值已被替代："
                            + replaced.stream().map(Indicator::label).collect(Collectors.joining("；")))
                    .build());
        }
        return reported && work.values().isEmpty();
    }

    private static Instant received(ReceivedFile file) {
        return file.declaredDate()
                .map(date -> date.atStartOfDay(ZoneId.systemDefault()).toInstant())
                .orElse(file.modified());
    }

    /**
     * The sheet's own 合计 must equal the sum of its parts, a township's 小计 the sum of its villages. Rates are
     * never summed, and a sheet with a part under a finding (text, an unknown township) cannot be judged.
     */
    private static void totalRows(Indicator indicator, List<ResolvedValue> values, FileFindings out) {
        if (indicator.rate()) {
            return;
        }
        Map<String, List<ResolvedValue>> bySheet = values.stream()
                .collect(Collectors.groupingBy(ResolvedValue::sheet, LinkedHashMap::new, Collectors.toList()));
        bySheet.values().forEach(sheet -> {
            if (sheet.stream().anyMatch(v -> v.flagged() && !v.total())) {
                return;
            }
            sheet.stream().filter(ResolvedValue::total).filter(v -> v.value().isPresent()).forEach(total -> {
                BigDecimal parts = sheet.stream()
                        .filter(v -> !v.total() && (total.township().isEmpty() || v.township().equals(total.township())))
                        .map(ResolvedValue::value).flatMap(Optional::stream).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (total.value().get().compareTo(parts) != 0) {
                    out.add(total.origin(), SubmissionResolver.about(RuleCode.SUB_TOTAL_ROW_MISMATCH,
                                    total.department(), indicator, total.origin())
                            .township(total.township())
                            .values(null, total.value().get())
                            .compared(parts, "各部分之和")
                            .message((total.township().isEmpty() ? "表内合计" : total.township() + "小计")
                                    + Decimals.plain(total.value().get()) + "与各部分之和" + Decimals.plain(parts) + "不符")
                            .build());
                }
            });
        });
    }

    /**
     * A department reports an indicator it does not lead: a warning, a note when it is a related unit; cited at
     * the indicator's label, since the whole row or column is reported by the wrong unit.
     */
    private void leadUnit(Indicator indicator, Work work, ResolvedValue first) {
        Optional<ResponsibilityRow> lead = tables.responsibility(indicator);
        if (work.department().isEmpty() || lead.isEmpty() || lead.get().leadUnit().equals(work.department())) {
            return;
        }
        boolean related = lead.get().relatedUnits().contains(work.department());
        Finding finding = SubmissionResolver.about(RuleCode.SUB_NOT_LEAD_UNIT, work.department(), indicator,
                        first.origin())
                .source(SubmissionResolver.labelCell(first.origin()))
                .message(work.department() + "报送了不由其牵头的指标（牵头单位：" + lead.get().leadUnit() + "）"
                        + (related ? "，其为相关责任单位" : "")).build();
        work.findings().note(related ? finding.withSeverity(Severity.INFO) : finding);
    }

    /** Expected departments (SPEC §3.2) without any file. */
    private List<String> missing(List<String> departments) {
        Set<String> sent = Set.copyOf(departments);
        Set<String> expected = new LinkedHashSet<>();
        for (Indicator indicator : tables.breakdown().indicators()) {
            if (indicator.expectsSubmission()) {
                tables.responsibility(indicator).map(ResponsibilityRow::leadUnit).filter(u -> !u.isBlank())
                        .ifPresent(expected::add);
            }
        }
        return expected.stream().filter(unit -> !sent.contains(unit)).toList();
    }

    private Finding routed(Finding finding) {
        return tables.breakdown().indicator(finding.indicatorNo())
                .flatMap(tables::responsibility)
                .map(row -> finding.withRouting(row.leader(), row.leadUnit()))
                .orElse(finding);
    }

    private String leaderOf(String unit) {
        return tables.responsibilities().stream().filter(r -> r.leadUnit().equals(unit))
                .map(ResponsibilityRow::leader).filter(l -> !l.isBlank()).findFirst().orElse("");
    }
}

package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import cn.minsheng.recon.domain.progress.Light;
import cn.minsheng.recon.domain.reconcile.FileStatus;
import cn.minsheng.recon.domain.reconcile.ProgressFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * 总览: every unit and what it leads, worst first. A line per unit — what it sent, its status, its findings by
 * severity — then a line per indicator it leads: the official target, the submitted total, a status colour and the
 * findings about the indicator. Units are ranked by their errors, then warnings, then notes; indicators likewise
 * within their unit. The official tables and files of no known unit come as units of their own. When the run has
 * cumulative completion (SPEC §7), each indicator's line also gives its completion, rate and traffic light (in
 * words, for a page printed in black and white) and the progress in words when any file wrote some; each unit's
 * line counts its indicators' lights.
 */
final class OverviewSheet {

    static final String NAME = "总览";
    static final String NO_LEAD_UNIT = "（未列牵头单位）";
    /** The row of the table's header. */
    static final int HEADER = 2;
    /** The first of the three columns of counts (错误, 警告, 提示). */
    static final int COUNTS = 7;
    /** The first of the progress columns (累计完成, 完成率, 进度, then 进展情况), after the counts. */
    static final int PROGRESS = COUNTS + 3;
    /** The order the status summary names the indicators' statuses in. */
    private static final List<String> STATUS_ORDER = List.of("有错误", "有警告", "未报送", "一致", "无需报送");

    /** What an indicator's or a department's line says, with its colour. */
    private record Status(String text, Optional<CellMark> mark) {
    }

    private final OfficialTables tables;
    private final StandingFigures figures;
    private final ProgressStanding progress;

    OverviewSheet(OfficialTables tables, StandingFigures figures, ProgressStanding progress) {
        this.tables = tables;
        this.figures = figures;
        this.progress = progress;
    }

    void write(SheetWriter sheet, RunSummary run, List<Finding> findings, List<UnitProblems> ranked) {
        List<Indicator> indicators = tables.breakdown().indicators();
        boolean notes = progress.anyNotes(indicators);
        List<String> headers = new ArrayList<>(List.of("单位", "指标编号", "指标 / 报送文件", "计量单位", "官方目标",
                "报送合计", "状态", Severity.ERROR.label(), Severity.WARNING.label(), Severity.INFO.label()));
        if (!progress.present()) {
            sheet.widths(16, 8, 44, 8, 16, 11, 16, 6, 6, 6);
        } else if (notes) {
            sheet.widths(14, 6, 36, 6, 14, 10, 12, 6, 6, 6, 10, 8, 6, 30);
            headers.addAll(List.of("累计完成", "完成率", "进度", "进展情况"));
        } else {
            sheet.widths(16, 8, 44, 8, 16, 11, 16, 6, 6, 6, 10, 8, 6);
            headers.addAll(List.of("累计完成", "完成率", "进度"));
        }
        int last = headers.size() - 1;
        // the findings about each indicator, by severity
        Map<String, Map<Severity, Long>> counts = findings.stream().collect(Collectors.groupingBy(
                Finding::indicatorNo, Collectors.collectingAndThen(Collectors.toList(), Severity::counts)));
        Map<String, Long> statusCounts = new TreeMap<>(Comparator.comparingInt(STATUS_ORDER::indexOf));
        for (Indicator indicator : indicators) {
            statusCounts.merge(status(indicator, counts.getOrDefault(indicator.no(), Map.of())).text(), 1L,
                    Long::sum);
        }
        Row title = sheet.row(0);
        sheet.text(title, 0, "民生实事任务分解对账总览（" + run.period() + "）", sheet.styles().title());
        title.setHeightInPoints(28);
        sheet.sheet().addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        Row summary = sheet.row(1);
        sheet.text(summary, 0, "对账时间 " + run.runTime().format(LedgerSheet.TIME) + "；指标 " + indicators.size()
                + " 个：" + String.join("，", statusCounts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + " 个").toList())
                + (progress.present() ? "；进度 " + ProgressWords.counts(progress.counts(indicators)) : ""),
                sheet.styles().note());
        sheet.sheet().addMergedRegion(new CellRangeAddress(1, 1, 0, last));
        summary.setHeightInPoints(SheetWriter.LINE_POINTS * 2);
        sheet.header(HEADER, headers.toArray(String[]::new));
        Map<String, List<LedgerEntry>> ledger = byUnit(run.ledger());
        Map<String, List<Indicator>> led = led(indicators);
        Map<String, List<Finding>> byUnit = ranked.stream()
                .collect(Collectors.toMap(UnitProblems::unit, UnitProblems::findings));
        int r = HEADER + 1;
        for (String unit : units(ranked, ledger, led)) {
            List<Indicator> its = new ArrayList<>(led.getOrDefault(unit, List.of()));
            if (progress.present()) {
                unitLights(sheet, sheet.row(r), its, last);
            }
            r = unitLine(sheet, r, unit, ledger.getOrDefault(unit, List.of()),
                    Severity.counts(byUnit.getOrDefault(unit, List.of())));
            its.sort(Comparator.comparing(i -> counts.getOrDefault(i.no(), Map.of()), UnitProblems.WORST_FIRST));
            for (Indicator indicator : its) {
                r = indicatorLine(sheet, r, indicator, counts.getOrDefault(indicator.no(), Map.of()));
                if (progress.present()) {
                    progressColumns(sheet, sheet.row(r - 1), indicator, notes);
                }
            }
        }
        sheet.sheet().createFreezePane(0, HEADER + 1);
        sheet.print(HEADER);
    }

    /** The units in the order of the table: those with findings ranked, then the rest as the ledger and tables name them. */
    private static Set<String> units(List<UnitProblems> ranked, Map<String, List<LedgerEntry>> ledger,
            Map<String, List<Indicator>> led) {
        Set<String> units = new LinkedHashSet<>();
        ranked.forEach(u -> units.add(u.unit()));
        units.addAll(ledger.keySet());
        units.addAll(led.keySet());
        return units;
    }

    private int unitLine(SheetWriter sheet, int r, String unit, List<LedgerEntry> lines, Map<Severity, Long> own) {
        Row row = sheet.row(r);
        var style = sheet.styles().unit();
        sheet.text(row, 0, unit, style);
        sheet.text(row, 1, "", style);
        String files = String.join("\n", lines.stream().map(e -> e.outcome().file()).filter(f -> !f.isEmpty())
                .toList());
        sheet.text(row, 2, unit.equals(UnitProblems.OFFICIAL_TABLES) ? "指标任务分解表与责任分解表本身的问题"
                : files.isEmpty() ? "（无报送文件）" : files, style);
        for (int c = 3; c < 6; c++) {
            sheet.text(row, c, "", style);
        }
        sheet.sheet().addMergedRegion(new CellRangeAddress(r, r, 2, 5));
        status(sheet, row, 6, unit.equals(UnitProblems.OFFICIAL_TABLES) || unit.equals(UnitProblems.UNKNOWN_UNIT)
                ? troubled(own, "").orElse(new Status("", Optional.empty())) : status(lines, own));
        counts(sheet, row, COUNTS, own);
        row.setHeightInPoints(SheetWriter.LINE_POINTS * Math.max(1, files.split("\n").length));
        return r + 1;
    }

    private int indicatorLine(SheetWriter sheet, int r, Indicator indicator, Map<Severity, Long> counts) {
        Row row = sheet.row(r);
        var plain = sheet.styles().plain();
        sheet.text(row, 0, "", plain);
        sheet.text(row, 1, indicator.no(), sheet.styles().centred());
        sheet.text(row, 2, indicator.name(), plain);
        sheet.text(row, 3, indicator.unitText(), plain);
        sheet.text(row, 4, ReconciledTableSheet.target(indicator), plain);
        sheet.number(row, 5, figures.of(indicator).filter(x -> !indicator.rate())
                .map(StandingFigures.Reported::sum), plain);
        status(sheet, row, 6, status(indicator, counts));
        counts(sheet, row, COUNTS, counts);
        sheet.fitHeight(row);
        return r + 1;
    }

    /** The unit's line across the progress columns: how many of its indicators are red, yellow and green. */
    private void unitLights(SheetWriter sheet, Row row, List<Indicator> its, int last) {
        var style = sheet.styles().unit();
        Map<Light, Long> lights = progress.counts(its);
        sheet.text(row, PROGRESS, lights.isEmpty() ? "" : ProgressWords.counts(lights), style);
        for (int c = PROGRESS + 1; c <= last; c++) {
            sheet.text(row, c, "", style);
        }
        sheet.sheet().addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), PROGRESS, last));
    }

    /** An indicator's 累计完成 (as a whole), 完成率, its light in words and colour, and 进展情况 when shown. */
    private void progressColumns(SheetWriter sheet, Row row, Indicator indicator, boolean notes) {
        var plain = sheet.styles().plain();
        Optional<ProgressFigure> whole = progress.whole(indicator);
        sheet.number(row, PROGRESS, whole.map(ProgressFigure::completion), plain);
        sheet.number(row, PROGRESS + 1, ProgressStanding.rate(whole), sheet.styles().percent());
        Optional<Light> light = progress.light(indicator);
        sheet.text(row, PROGRESS + 2, light.map(Light::label).orElse(""),
                light.map(sheet.styles()::light).orElse(plain));
        if (notes) {
            sheet.text(row, PROGRESS + 3, progress.notes(indicator), plain);
        }
        sheet.fitHeight(row);
    }

    /** The indicators by the unit that leads them, in the official order. */
    private Map<String, List<Indicator>> led(List<Indicator> indicators) {
        Map<String, List<Indicator>> led = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            String unit = tables.responsibility(indicator).map(ResponsibilityRow::leadUnit)
                    .filter(u -> !u.isBlank()).orElse(NO_LEAD_UNIT);
            led.computeIfAbsent(unit, u -> new ArrayList<>()).add(indicator);
        }
        return led;
    }

    /** The ledger's lines by unit; a file of no known unit under {@link UnitProblems#UNKNOWN_UNIT}. */
    private static Map<String, List<LedgerEntry>> byUnit(List<LedgerEntry> ledger) {
        Map<String, List<LedgerEntry>> units = new LinkedHashMap<>();
        for (LedgerEntry entry : ledger) {
            if (entry.outcome().status().ignored()) {
                continue;
            }
            String unit = entry.outcome().department();
            units.computeIfAbsent(unit == null || unit.isEmpty() ? UnitProblems.UNKNOWN_UNIT : unit,
                    u -> new ArrayList<>()).add(entry);
        }
        return units;
    }

    private Status status(Indicator indicator, Map<Severity, Long> counts) {
        Optional<Status> troubled = troubled(counts, "");
        if (troubled.isPresent()) {
            return troubled.get();
        }
        if (figures.of(indicator).isPresent()) {
            return new Status("一致", Optional.of(CellMark.AGREES));
        }
        return indicator.expectsSubmission() ? new Status("未报送", Optional.of(CellMark.UNREPORTED))
                : new Status("无需报送", Optional.empty());
    }

    /** A department's status: what it sent (its ledger lines), then how its findings weigh. */
    private static Status status(List<LedgerEntry> lines, Map<Severity, Long> counts) {
        List<FileStatus> sent = lines.stream().map(line -> line.outcome().status()).toList();
        boolean used = sent.contains(FileStatus.SUBMITTED) || sent.contains(FileStatus.SUPERSEDED);
        if (!used && sent.contains(FileStatus.UNREADABLE)) {
            return new Status("无法读取", Optional.of(CellMark.ERROR));
        }
        if (!used && sent.contains(FileStatus.NOT_SUBMITTED)) {
            return new Status("未报送", Optional.of(CellMark.UNREPORTED));
        }
        String prefix = used ? "已报送" : "";
        return troubled(counts, prefix).orElse(new Status(used ? "已报送" : "无问题", Optional.of(CellMark.AGREES)));
    }

    private static Optional<Status> troubled(Map<Severity, Long> counts, String prefix) {
        String open = prefix.isEmpty() ? "" : prefix + "（";
        String close = prefix.isEmpty() ? "" : "）";
        if (counts.containsKey(Severity.ERROR)) {
            return Optional.of(new Status(open + "有错误" + close, Optional.of(CellMark.ERROR)));
        }
        if (counts.containsKey(Severity.WARNING)) {
            return Optional.of(new Status(open + "有警告" + close, Optional.of(CellMark.WARNING)));
        }
        return Optional.empty();
    }

    private static void status(SheetWriter sheet, Row row, int column, Status status) {
        sheet.text(row, column, status.text(), status.mark().map(sheet.styles()::mark).orElse(sheet.styles().plain()));
    }

    private static void counts(SheetWriter sheet, Row row, int column, Map<Severity, Long> counts) {
        for (Severity severity : Severity.values()) {
            sheet.number(row, column++, Optional.of(BigDecimal.valueOf(counts.getOrDefault(severity, 0L))),
                    sheet.styles().plain());
        }
    }
}

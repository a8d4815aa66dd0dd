package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.FindingChanges;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import cn.minsheng.recon.domain.reconcile.FileStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * 总览: what a leader reads first. Per project and indicator the official target, the submitted total, a status
 * colour and the findings by severity; per department its status and findings; a chart of findings by department
 * ({@link FindingsChart}).
 */
final class OverviewSheet {

    static final String NAME = "总览";
    static final String UNKNOWN_DEPARTMENT = "（未识别单位）";
    static final String OFFICIAL_TABLES = "（官方表本身）";
    /** The first of the three columns of counts (错误, 警告, 提示), in both sections. */
    static final int COUNTS = 7;

    /** What an indicator's or a department's line says, with its colour. */
    private record Status(String text, Optional<CellMark> mark) {
    }

    private final OfficialTables tables;
    private final StandingFigures figures;

    OverviewSheet(OfficialTables tables, StandingFigures figures) {
        this.tables = tables;
        this.figures = figures;
    }

    void write(SheetWriter sheet, RunSummary run, List<Finding> findings) {
        sheet.widths(20, 16, 44, 8, 18, 12, 10, 8, 8, 8, 18);
        List<Indicator> indicators = tables.breakdown().indicators();
        Map<String, Long> statusCounts = new LinkedHashMap<>();
        List<Status> statuses = new ArrayList<>();
        for (Indicator indicator : indicators) {
            Status status = status(indicator, counts(findings, f -> f.indicatorNo().equals(indicator.no())));
            statuses.add(status);
            statusCounts.merge(status.text(), 1L, Long::sum);
        }
        Row title = sheet.row(0);
        sheet.text(title, 0, "民生实事任务分解对账总览（" + run.period() + "）", sheet.styles().title());
        title.setHeightInPoints(28);
        sheet.sheet().addMergedRegion(new CellRangeAddress(0, 0, 0, 10));
        Map<Severity, Long> all = counts(findings, f -> true);
        sheet.pair(1, "运行时间", run.runTime().format(LedgerSheet.TIME));
        sheet.pair(2, "指标状态", "指标 " + indicators.size() + " 个：" + String.join("，", statusCounts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + " 个").toList()));
        sheet.pair(3, "问题", "共 " + findings.size() + " 条：" + String.join("，", all.entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue() + " 条").toList()));
        sheet.pair(4, "与上次相比", run.changes().previousRun()
                .map(t -> "上次对账 " + t.format(LedgerSheet.TIME) + "：新增问题 " + run.changes().added().size()
                        + " 条，已解决 " + run.changes().resolved().size() + " 条（明细见本表末尾）")
                .orElse("本期首次对账"));
        for (int r = 1; r <= 4; r++) {
            sheet.sheet().addMergedRegion(new CellRangeAddress(r, r, 1, 10));
        }
        int r = 6;
        sheet.header(r++, "项目", "指标编号", "指标", "单位", "官方目标", "报送合计", "状态", "错误", "警告", "提示", "牵头单位");
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            Row row = sheet.row(r++);
            sheet.text(row, 0, indicator.project(), sheet.styles().plain());
            sheet.text(row, 1, indicator.no(), sheet.styles().plain());
            sheet.text(row, 2, indicator.name(), sheet.styles().plain());
            sheet.text(row, 3, indicator.unitText(), sheet.styles().plain());
            sheet.text(row, 4, ReconciledTableSheet.target(indicator), sheet.styles().plain());
            sheet.number(row, 5, figures.of(indicator).filter(x -> !indicator.rate())
                    .map(StandingFigures.Reported::sum), sheet.styles().plain());
            status(sheet, row, 6, statuses.get(i));
            counts(sheet, row, COUNTS, counts(findings, f -> f.indicatorNo().equals(indicator.no())));
            sheet.text(row, 10, tables.responsibility(indicator).map(ResponsibilityRow::leadUnit).orElse(""),
                    sheet.styles().plain());
            sheet.fitHeight(row);
        }
        r++;
        int departmentHeader = r;
        sheet.header(r++, "单位", "状态", "报送文件", "", "", "", "", "错误", "警告", "提示", "问题合计");
        sheet.sheet().addMergedRegion(new CellRangeAddress(departmentHeader, departmentHeader, 2, 6));
        for (Map.Entry<String, List<LedgerEntry>> department : departments(run.ledger(), findings).entrySet()) {
            String name = department.getKey();
            Map<Severity, Long> own = counts(findings, about(name));
            Row row = sheet.row(r);
            sheet.text(row, 0, name, sheet.styles().plain());
            status(sheet, row, 1, status(department.getValue(), own));
            for (int c = 2; c <= 6; c++) {
                sheet.text(row, c, "", sheet.styles().plain());
            }
            sheet.text(row, 2, String.join("\n", department.getValue().stream().map(e -> e.outcome().file())
                    .filter(file -> !file.isEmpty()).toList()), sheet.styles().plain());
            sheet.sheet().addMergedRegion(new CellRangeAddress(r, r, 2, 6));
            counts(sheet, row, COUNTS, own);
            sheet.number(row, COUNTS + 3, Optional.of(BigDecimal.valueOf(own.values().stream()
                    .mapToLong(Long::longValue).sum())), sheet.styles().plain());
            row.setHeightInPoints(SheetWriter.LINE_POINTS * Math.max(1, department.getValue().stream()
                    .filter(e -> !e.outcome().file().isEmpty()).count()));
            r++;
        }
        int lastDepartment = r - 1;
        r = changes(sheet, r + 1, run.changes());
        if (lastDepartment > departmentHeader) {
            new FindingsChart().draw(sheet.sheet(), departmentHeader, lastDepartment, COUNTS, r + 1);
        }
        sheet.print(0);
    }

    /** The findings new and gone since the previous run, one per line; returns the row after them. */
    private static int changes(SheetWriter sheet, int r, FindingChanges changes) {
        if (changes.added().isEmpty() && changes.resolved().isEmpty()) {
            return r;
        }
        sheet.header(r++, "变化", "级别", "问题", "指标编号", "乡镇", "单位", "说明");
        sheet.sheet().addMergedRegion(new CellRangeAddress(r - 1, r - 1, 6, 10));
        for (Finding finding : changes.added()) {
            r = change(sheet, r, "新增", finding);
        }
        for (Finding finding : changes.resolved()) {
            r = change(sheet, r, "已解决", finding);
        }
        return r;
    }

    private static int change(SheetWriter sheet, int r, String what, Finding finding) {
        Row row = sheet.row(r);
        sheet.text(row, 0, what, what.equals("新增") ? sheet.styles().severity(finding.severity())
                : sheet.styles().mark(CellMark.AGREES));
        sheet.text(row, 1, finding.severity().label(), sheet.styles().plain());
        sheet.text(row, 2, finding.rule().title(), sheet.styles().plain());
        sheet.text(row, 3, finding.indicatorNo(), sheet.styles().plain());
        sheet.text(row, 4, finding.township(), sheet.styles().plain());
        sheet.text(row, 5, finding.department(), sheet.styles().plain());
        for (int c = 6; c <= 10; c++) {
            sheet.text(row, c, c == 6 ? finding.message() : "", sheet.styles().plain());
        }
        sheet.sheet().addMergedRegion(new CellRangeAddress(r, r, 6, 10));
        row.setHeightInPoints(SheetWriter.LINE_POINTS * Math.max(1, (finding.message().length() + 25) / 26));
        return r + 1;
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

    /**
     * The lines of the department section: every department of the ledger in its order, then the official tables
     * when they have findings, then the files nobody could be found for.
     */
    private static Map<String, List<LedgerEntry>> departments(List<LedgerEntry> ledger, List<Finding> findings) {
        Map<String, List<LedgerEntry>> departments = new LinkedHashMap<>();
        List<LedgerEntry> unknown = new ArrayList<>();
        for (LedgerEntry entry : ledger) {
            String department = entry.outcome().department();
            if (entry.outcome().status().ignored()) {
                continue;
            }
            if (department == null || department.isEmpty()) {
                unknown.add(entry);
            } else {
                departments.computeIfAbsent(department, d -> new ArrayList<>()).add(entry);
            }
        }
        findings.stream().filter(f -> !f.rule().official() && !f.department().isEmpty())
                .forEach(f -> departments.putIfAbsent(f.department(), new ArrayList<>()));
        if (findings.stream().anyMatch(f -> f.rule().official())) {
            departments.put(OFFICIAL_TABLES, List.of());
        }
        if (!unknown.isEmpty() || findings.stream().anyMatch(f -> !f.rule().official() && f.department().isEmpty())) {
            departments.put(UNKNOWN_DEPARTMENT, unknown);
        }
        return departments;
    }

    /** Which findings a line of the department section counts. */
    private static Predicate<Finding> about(String department) {
        if (OFFICIAL_TABLES.equals(department)) {
            return f -> f.rule().official();
        }
        if (UNKNOWN_DEPARTMENT.equals(department)) {
            return f -> !f.rule().official() && f.department().isEmpty();
        }
        return f -> !f.rule().official() && f.department().equals(department);
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

    private static Map<Severity, Long> counts(List<Finding> findings, Predicate<Finding> which) {
        return Severity.counts(findings.stream().filter(which).toList());
    }
}

package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.FindingChanges;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.reconcile.ProgressFigure;
import cn.minsheng.recon.domain.reconcile.SubmittedFigure;
import cn.minsheng.recon.workbook.InputFile;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes {@code reconciliation-<period>.xlsx} for leaders, its sheets in the order of SPEC §5: 首页 (who must fix
 * what by when, and the progress lights when the run judged progress), 督办清单 (the red progress items, only then),
 * 总览 (units and their indicators, worst first), 分解对账, 一镇一表, 问题清单 (every finding, linked to
 * its cell), 报送情况 (the ledger), 官方分解表 (the official table as read, with its own findings) and 说明 (run,
 * inputs, legend, rule glossary, changes). It opens on 首页, the only sheet selected.
 */
public final class ReconciliationWorkbookWriter {

    static final String ABOUT_SHEET = "说明";

    /**
     * Writes the workbook to {@code target}, or beside it when someone has {@code target} open (see
     * {@link AtomicFiles#writeBesideLocked}); returns the file written.
     *
     * @param submitted the submitted numbers that stand
     * @param progress  the completion figures judged, with their verdicts (SPEC §7); empty when no file reported
     *                  completion
     */
    public Path write(Path target, RunSummary run, OfficialTables tables, List<Finding> findings,
            List<SubmittedFigure> submitted, List<ProgressFigure> progress) throws IOException {
        // streamed: POI serialises an XSSF sheet node by node, most of the time a report took; every row stays in
        // memory (-1; a county's report is small) so that the chart and the comments can still look at its cells
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, -1, false, false)) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            BreakdownLayout layout = new BreakdownLayout(tables.breakdown());
            StandingFigures figures = new StandingFigures(tables, submitted);
            ProgressStanding standing = new ProgressStanding(tables, progress, findings);
            BreakdownLayout withCompletion = new BreakdownLayout(tables.breakdown(), standing.completed());
            List<Finding> official = findings.stream().filter(f -> f.rule().official()).toList();
            List<Finding> fromSubmissions = findings.stream().filter(f -> !f.rule().official()).toList();
            List<UnitProblems> ranked = UnitProblems.ranked(findings, tables, run.reply().office());
            Optional<LightTally> lights = progress.isEmpty() ? Optional.empty()
                    : Optional.of(new LightTally(progress, findings));
            IndicatorLeads leads = new IndicatorLeads(tables);
            Map<String, String> leaders = ranked.stream()
                    .collect(Collectors.toMap(UnitProblems::unit, UnitProblems::leaders));
            new FrontPage(ranked, lights.map(tally -> new FrontPageLights(tally, leads, leaders)))
                    .write(new SheetWriter(workbook.createSheet(FrontPage.NAME), styles), run, findings);
            if (lights.isPresent()) {
                new SupervisionSheet(leads, lights.get())
                        .write(new SheetWriter(workbook.createSheet(SupervisionSheet.NAME), styles), run);
            }
            new OverviewSheet(tables, figures, standing)
                    .write(new SheetWriter(workbook.createSheet(OverviewSheet.NAME), styles), run, findings, ranked);
            new ReconciledTableSheet(withCompletion, tables, figures, standing)
                    .write(new SheetWriter(workbook.createSheet(ReconciledTableSheet.NAME), styles), fromSubmissions);
            new TownshipSheet(withCompletion, figures, standing)
                    .write(new SheetWriter(workbook.createSheet(TownshipSheet.NAME), styles), fromSubmissions);
            new FindingsSheet(layout, withCompletion, run.ledger())
                    .write(new SheetWriter(workbook.createSheet(FindingsSheet.NAME), styles), findings);
            new LedgerSheet().write(new SheetWriter(workbook.createSheet(LedgerSheet.NAME), styles), run.ledger());
            new OfficialTableSheet(layout, tables)
                    .write(new SheetWriter(workbook.createSheet(OfficialTableSheet.NAME), styles), official);
            about(new SheetWriter(workbook.createSheet(ABOUT_SHEET), styles), run, tables, findings);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            workbook.setFirstVisibleTab(0);
            return AtomicFiles.writeBesideLocked(target, workbook::write);
        }
    }

    private static void about(SheetWriter sheet, RunSummary run, OfficialTables tables, List<Finding> findings) {
        sheet.widths(30, 40, 66, 12, 20);
        Map<Severity, Long> counts = Severity.counts(findings);
        int r = 0;
        r = sheet.pair(r, "对账期间", run.period().toString());
        r = sheet.pair(r, "运行时间", run.runTime().format(LedgerSheet.TIME));
        r = sheet.pair(r, "整改反馈截止", run.reply().dueText());
        r = sheet.pair(r, "指标数", String.valueOf(tables.breakdown().indicators().size()));
        r = sheet.pair(r, "乡镇（街道）数", String.valueOf(tables.breakdown().townships().size()));
        r = sheet.pair(r, "责任分解表行数", String.valueOf(tables.responsibilities().size()));
        for (Severity severity : Severity.values()) {
            r = sheet.pair(r, "问题：" + severity.label() + "（" + severity + "）",
                    String.valueOf(counts.getOrDefault(severity, 0L)));
        }
        r++;
        sheet.header(r++, "颜色", "含义");
        for (CellMark mark : CellMark.values()) {
            Row row = sheet.row(r++);
            sheet.text(row, 0, mark.label(), sheet.styles().mark(mark));
            sheet.text(row, 1, mark.meaning(), sheet.styles().plain());
        }
        r++;
        sheet.header(r++, "规则代码", "名称", "默认级别");
        for (RuleCode rule : RuleCode.values()) {
            Row row = sheet.row(r++);
            sheet.text(row, 0, rule.name(), sheet.styles().plain());
            sheet.text(row, 1, rule.title(), sheet.styles().plain());
            sheet.text(row, 2, rule.defaultSeverity().label(), sheet.styles().plain());
            sheet.fitHeight(row);
        }
        r++;
        sheet.header(r++, "输入文件", "文件", "SHA-256", "大小（字节）", "修改时间");
        for (InputFile input : run.inputs()) {
            r = input(sheet, r, "官方表", input.name(), input.sha256(), input.size(), input.modified());
        }
        for (LedgerEntry entry : run.ledger()) {
            if (entry.modified().isPresent()) {
                r = input(sheet, r, "报送", entry.outcome().file(), entry.sha256(), entry.size(),
                        entry.modified().get());
            }
        }
        changes(sheet, r + 1, run.changes());
        sheet.print(-1);
    }

    /** The findings new and gone since the previous run, one per line. */
    private static void changes(SheetWriter sheet, int r, FindingChanges changes) {
        if (changes.added().isEmpty() && changes.resolved().isEmpty()) {
            return;
        }
        sheet.header(r++, "与上次对账相比", "单位", "问题", "指标编号", "乡镇");
        for (Finding finding : changes.added()) {
            r = change(sheet, r, "新增（" + finding.severity().label() + "）", finding);
        }
        for (Finding finding : changes.resolved()) {
            r = change(sheet, r, "已解决", finding);
        }
    }

    private static int change(SheetWriter sheet, int r, String what, Finding finding) {
        Row row = sheet.row(r);
        sheet.text(row, 0, what, what.startsWith("新增") ? sheet.styles().severity(finding.severity())
                : sheet.styles().mark(CellMark.AGREES));
        sheet.text(row, 1, UnitProblems.unitOf(finding), sheet.styles().plain());
        sheet.text(row, 2, finding.rule().title() + "：" + finding.message(), sheet.styles().plain());
        sheet.text(row, 3, finding.indicatorNo(), sheet.styles().plain());
        sheet.text(row, 4, finding.township(), sheet.styles().plain());
        sheet.fitHeight(row);
        return r + 1;
    }

    private static int input(SheetWriter sheet, int r, String kind, String name, String sha256, long size,
            Instant modified) {
        Row row = sheet.row(r);
        sheet.text(row, 0, kind, sheet.styles().plain());
        sheet.text(row, 1, name, sheet.styles().plain());
        sheet.text(row, 2, sha256, sheet.styles().plain());
        sheet.number(row, 3, Optional.of(BigDecimal.valueOf(size)), sheet.styles().plain());
        sheet.text(row, 4, modified.atZone(ZoneId.systemDefault()).format(LedgerSheet.TIME), sheet.styles().plain());
        sheet.fitHeight(row);
        return r + 1;
    }
}

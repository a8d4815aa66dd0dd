package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.reconcile.FileStatus;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * 问题清单: every finding, one per row, the most serious first and then by unit, with its rule's Chinese name,
 * severity-coloured, filterable under a frozen header, each with a link to the cell it is about in 分解对账 (官方分解表
 * for the official tables' own) or, for a finding about a file or a department, to its line in 报送情况.
 */
final class FindingsSheet {

    static final String NAME = "问题清单";
    static final int LINK = 19;

    /**
     * Errors, then warnings, then notes; within each, by unit in the order of its Chinese name, the findings of no
     * unit (the official tables', a file of no known unit) last; the sort is stable, so a unit's findings keep
     * the order they were raised in.
     */
    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::department, Comparator.comparing(String::isEmpty)
                    .thenComparing(Collator.getInstance(Locale.CHINA)));

    private final BreakdownLayout official;
    private final BreakdownLayout reconciled;
    private final List<LedgerEntry> ledger;

    /**
     * @param official   the grid of 官方分解表
     * @param reconciled the grid of 分解对账, with its 累计完成 rows
     * @param ledger     the lines of 报送情况, in order, below its header row
     */
    FindingsSheet(BreakdownLayout official, BreakdownLayout reconciled, List<LedgerEntry> ledger) {
        this.official = official;
        this.reconciled = reconciled;
        this.ledger = ledger;
    }

    void write(SheetWriter sheet, List<Finding> findings) {
        // narrow enough for A3 landscape at a legible scale (PagePlan); text wraps
        sheet.widths(22, 14, 5, 12, 5, 24, 8, 9, 9, 8, 9, 10, 6, 20, 8, 6, 40, 8, 12, 14);
        sheet.header(0, "规则", "规则名称", "级别", "部门", "指标编号", "指标", "乡镇", "官方值", "报送值", "差额", "比对值",
                "比对对象", "单位", "文件", "工作表", "单元格", "说明", "牵头领导", "牵头单位", "对账表位置");
        int r = 1;
        for (Finding f : findings.stream().sorted(ORDER).toList()) {
            Row row = sheet.row(r++);
            var style = sheet.styles().severity(f.severity());
            var plain = sheet.styles().plain();
            sheet.text(row, 0, f.rule().name(), style);
            sheet.text(row, 1, f.rule().title(), style);
            sheet.text(row, 2, f.severity().label(), style);
            sheet.text(row, 3, f.department(), plain);
            sheet.text(row, 4, f.indicatorNo(), plain);
            sheet.text(row, 5, f.indicator(), plain);
            sheet.text(row, 6, f.township(), plain);
            sheet.number(row, 7, Optional.ofNullable(f.officialValue()), plain);
            sheet.number(row, 8, Optional.ofNullable(f.submittedValue()), plain);
            sheet.number(row, 9, Optional.ofNullable(f.difference()), plain);
            sheet.number(row, 10, Optional.ofNullable(f.comparedValue()), plain);
            sheet.text(row, 11, f.comparedWith(), plain);
            sheet.text(row, 12, f.unit(), plain);
            sheet.text(row, 13, f.source().file(), plain);
            sheet.text(row, 14, f.source().sheet(), plain);
            sheet.text(row, 15, f.source().cell(), plain);
            sheet.text(row, 16, f.message(), plain);
            sheet.text(row, 17, f.leadLeader(), plain);
            sheet.text(row, 18, f.leadUnit(), plain);
            Optional<String> target = target(f);
            if (target.isPresent()) {
                sheet.link(row, LINK, target.get().replace("'", ""), target.get());
            } else {
                sheet.text(row, LINK, "", plain);
            }
            sheet.fitHeight(row);
        }
        sheet.sheet().createFreezePane(0, 1);
        sheet.sheet().setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, LINK));
        sheet.print(0);
    }

    /** Where the finding's link goes, as a workbook address ({@code '分解对账'!H5}). */
    Optional<String> target(Finding finding) {
        boolean off = finding.rule().official();
        Optional<CellAddress> cell = (off ? official : reconciled).cellOf(finding);
        if (cell.isPresent()) {
            String sheet = off ? OfficialTableSheet.NAME : ReconciledTableSheet.NAME;
            return Optional.of("'" + sheet + "'!" + cell.get().formatAsString());
        }
        for (int i = 0; i < ledger.size(); i++) {
            var line = ledger.get(i).outcome();
            boolean sameFile = !finding.source().file().isEmpty() && finding.source().file().equals(line.file());
            boolean sameSilentDepartment = finding.source().file().isEmpty() && line.status() == FileStatus.NOT_SUBMITTED
                    && line.department().equals(finding.department());
            if (sameFile || sameSilentDepartment) {
                return Optional.of("'" + LedgerSheet.NAME + "'!A" + (i + 2));
            }
        }
        return Optional.empty();
    }
}

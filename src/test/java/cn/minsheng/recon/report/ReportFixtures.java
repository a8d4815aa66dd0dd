package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.official.BreakdownTable;
import cn.minsheng.recon.domain.official.OfficialTables;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What report tests share. */
final class ReportFixtures {

    /** Reply terms of a run on 2026-03-31, due seven days later. */
    static final ReplyTerms REPLY = new ReplyTerms(LocalDate.of(2026, 4, 7), "民生实事工作专班办公室", "联系人：王某，电话 0730-5200000");

    /** Official tables with no indicator: a unit that sent nothing owes nothing by them. */
    static final OfficialTables NO_TABLES = new OfficialTables(
            new BreakdownTable(List.of(), List.of(), "分解表.xlsx", "Sheet1"), List.of(), Map.of());

    private ReportFixtures() {
    }
}

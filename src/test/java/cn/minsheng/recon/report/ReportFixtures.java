package cn.minsheng.recon.report;

import java.time.LocalDate;

/** What report tests share. */
final class ReportFixtures {

    /** Reply terms of a run on 2026-03-31, due seven days later. */
    static final ReplyTerms REPLY = new ReplyTerms(LocalDate.of(2026, 4, 7), "民生实事工作专班办公室", "联系人：王某，电话 0730-5200000");

    private ReportFixtures() {
    }
}

package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.reconcile.FileOutcome;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

/** 报送情况: the submission ledger, a line per file received and per expected department that sent nothing. */
final class LedgerSheet {

    static final String NAME = "报送情况";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    void write(SheetWriter sheet, List<LedgerEntry> ledger) {
        sheet.widths(30, 14, 12, 12, 19, 34, 10, 10, 10, 8);
        sheet.header(0, "文件", "报送单位", "状态", "大小（字节）", "修改时间", "SHA-256", "读取单元格", "参与对账", "列入问题",
                "问题数");
        int r = 1;
        for (LedgerEntry entry : ledger) {
            Row row = sheet.row(r++);
            var plain = sheet.styles().plain();
            FileOutcome outcome = entry.outcome();
            sheet.text(row, 0, outcome.file(), plain);
            sheet.text(row, 1, outcome.department(), plain);
            sheet.text(row, 2, outcome.status().label(), plain);
            sheet.number(row, 3, entry.modified().map(m -> BigDecimal.valueOf(entry.size())), plain);
            sheet.text(row, 4, entry.modified().map(m -> m.atZone(ZoneId.systemDefault()).format(TIME)).orElse(""),
                    plain);
            sheet.text(row, 5, entry.sha256(), plain);
            int column = 6;
            for (int count : new int[] {outcome.valuesRead(), outcome.valuesReconciled(), outcome.valuesUnderFinding(),
                outcome.findings()}) {
                sheet.number(row, column++, Optional.of(BigDecimal.valueOf(count)), plain);
            }
            sheet.fitHeight(row);
        }
        sheet.sheet().createFreezePane(0, 1);
        sheet.sheet().setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, 9));
        sheet.print(0);
    }
}

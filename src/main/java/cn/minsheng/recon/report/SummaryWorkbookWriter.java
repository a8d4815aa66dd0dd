package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.model.Period;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes {@code summary-<period>.xlsx} for a run of several counties ({@code --input}): one sheet, 汇总, with a line
 * per county — its status, findings by severity, departments that sent nothing and files read — and a chart of the
 * findings by county, styled and print-ready like the reconciliation workbook.
 */
public final class SummaryWorkbookWriter {

    static final String NAME = "汇总";
    static final String CHART_TITLE = "各县（市、区）问题数";
    /** The row of the county table's header. */
    static final int HEADER = 5;
    /** The first of the three columns of counts (错误, 警告, 提示). */
    static final int COUNTS = 2;

    /**
     * Writes the workbook to {@code target}, or beside it when someone has {@code target} open (see
     * {@link AtomicFiles#writeBesideLocked}); returns the file written.
     */
    public Path write(Path target, Period period, LocalDateTime runTime, List<CountySummary> counties)
            throws IOException {
        // streamed: POI serialises an XSSF sheet node by node, most of the time a report took; every row stays in
        // memory (-1; a county's report is small) so that the chart and the comments can still look at its cells
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, -1, false, false)) {
            SheetWriter sheet = new SheetWriter(workbook.createSheet(NAME), new WorkbookStyles(workbook));
            sheet.widths(20, 16, 8, 8, 8, 14, 12, 60);
            heading(sheet, period, runTime, counties);
            sheet.header(HEADER, "县（市、区）", "状态", Severity.ERROR.label(), Severity.WARNING.label(),
                    Severity.INFO.label(), "未报送单位数", "报送文件数", "说明");
            int r = HEADER + 1;
            for (CountySummary county : counties) {
                line(sheet, sheet.row(r++), county);
            }
            sheet.print(HEADER);
            if (!counties.isEmpty()) {
                new FindingsChart().draw(sheet.sheet(), CHART_TITLE, HEADER, r - 1, 0,
                        new int[] {COUNTS, COUNTS + 1, COUNTS + 2},
                        new CellRangeAddress(r + 1, r + Math.max(2 * counties.size() + 6, 16), 0, COUNTS + 3));
            }
            return AtomicFiles.writeBesideLocked(target, workbook::write);
        }
    }

    private static void heading(SheetWriter sheet, Period period, LocalDateTime runTime,
            List<CountySummary> counties) {
        Row title = sheet.row(0);
        sheet.text(title, 0, "民生实事任务分解对账汇总（" + period + "）", sheet.styles().title());
        title.setHeightInPoints(28);
        sheet.sheet().addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
        Map<String, Long> statuses = new LinkedHashMap<>();
        counties.forEach(c -> statuses.merge(c.status().label(), 1L, Long::sum));
        sheet.pair(1, "运行时间", runTime.format(LedgerSheet.TIME));
        sheet.pair(2, "县（市、区）", "共 " + counties.size() + " 个：" + String.join("，", statuses.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + " 个").toList()));
        sheet.pair(3, "问题", "已完成的县共 " + String.join("，", List.of(Severity.values()).stream()
                .map(s -> s.label() + " " + counties.stream().mapToLong(c -> c.findings(s)).sum() + " 条").toList()));
        for (int r = 1; r <= 3; r++) {
            sheet.sheet().addMergedRegion(new CellRangeAddress(r, r, 1, 7));
        }
    }

    private static void line(SheetWriter sheet, Row row, CountySummary county) {
        CellStyle plain = sheet.styles().plain();
        sheet.text(row, 0, county.county(), plain);
        sheet.text(row, 1, county.status().label(), county.status().mark().map(sheet.styles()::mark).orElse(plain));
        Severity[] severities = Severity.values();
        for (int s = 0; s < severities.length; s++) {
            sheet.number(row, COUNTS + s, count(county, county.findings(severities[s])),
                    county.findings(severities[s]) > 0 ? sheet.styles().severity(severities[s]) : plain);
        }
        sheet.number(row, COUNTS + 3, count(county, county.missingSubmissions()), plain);
        sheet.number(row, COUNTS + 4, count(county, county.filesRead()), plain);
        sheet.text(row, COUNTS + 5, county.problem(), plain);
        sheet.fitHeight(row);
    }

    /** A count of a completed county; a county that did not complete has none to show. */
    private static Optional<BigDecimal> count(CountySummary county, long count) {
        return county.completed() ? Optional.of(BigDecimal.valueOf(count)) : Optional.empty();
    }
}

package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.model.DirectiveKind;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.reconcile.FileOutcome;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import cn.minsheng.recon.domain.reconcile.Finding;
import cn.minsheng.recon.domain.reconcile.Severity;
import cn.minsheng.recon.sheet.InputFile;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code reconciliation-<period>.xlsx}: 说明 (run, inputs, colour legend), 分解表 (the official table as
 * parsed, each cell with a finding coloured by severity and commented) and 问题清单 (every finding).
 */
public final class ReconciliationWorkbookWriter {

    static final String ABOUT_SHEET = "说明";
    static final String TABLE_SHEET = "分解表";
    static final String FINDINGS_SHEET = "问题清单";
    static final String LEDGER_SHEET = "报送情况";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Map<DirectiveKind, String> KIND_NAMES = Map.of(
            DirectiveKind.CENTRAL, "本级统筹", DirectiveKind.UPPER_LEVEL, "上级统筹", DirectiveKind.PENDING, "待定",
            DirectiveKind.STANDARD, "标准", DirectiveKind.OTHER, "其他");

    public void write(Path target, RunSummary run, OfficialTables tables, List<Finding> findings) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            SheetWriter about = new SheetWriter(workbook.createSheet(ABOUT_SHEET), styles);
            about(about, run, tables, findings);
            table(new SheetWriter(workbook.createSheet(TABLE_SHEET), styles), tables, findings);
            findings(new SheetWriter(workbook.createSheet(FINDINGS_SHEET), styles), findings);
            ledger(new SheetWriter(workbook.createSheet(LEDGER_SHEET), styles), run.ledger());
            AtomicFiles.write(target, workbook::write);
        }
    }

    private static void about(SheetWriter sheet, RunSummary run, OfficialTables tables, List<Finding> findings) {
        sheet.widths(24, 66, 14, 22);
        Map<Severity, Long> counts = findings.stream()
                .collect(Collectors.groupingBy(Finding::severity, () -> new EnumMap<>(Severity.class),
                        Collectors.counting()));
        int r = 0;
        r = sheet.pair(r, "对账期间", run.period());
        r = sheet.pair(r, "运行时间", run.runTime().format(TIME));
        r = sheet.pair(r, "指标数", String.valueOf(tables.breakdown().indicators().size()));
        r = sheet.pair(r, "乡镇（街道）数", String.valueOf(tables.breakdown().townships().size()));
        r = sheet.pair(r, "责任分解表行数", String.valueOf(tables.responsibilities().size()));
        for (Severity severity : Severity.values()) {
            r = sheet.pair(r, "问题：" + severity.label() + "（" + severity + "）",
                    String.valueOf(counts.getOrDefault(severity, 0L)));
        }
        r++;
        sheet.header(r++, "颜色", "含义");
        for (Severity severity : Severity.values()) {
            Row row = sheet.row(r++);
            sheet.text(row, 0, severity.label() + "（" + severity + "）", sheet.styles().severity(severity));
            sheet.text(row, 1, "分解表中有" + severity.label() + "级问题的单元格，批注写明问题",
                    sheet.styles().plain());
        }
        r++;
        sheet.header(r++, "官方表文件", "SHA-256", "大小（字节）", "修改时间");
        for (InputFile input : run.inputs()) {
            Row row = sheet.row(r++);
            sheet.text(row, 0, input.name(), sheet.styles().plain());
            sheet.text(row, 1, input.sha256(), sheet.styles().plain());
            sheet.text(row, 2, String.valueOf(input.size()), sheet.styles().plain());
            sheet.text(row, 3, input.modified().atZone(ZoneId.systemDefault()).format(TIME), sheet.styles().plain());
        }
        sheet.print(0);
    }

    private static void table(SheetWriter sheet, OfficialTables tables, List<Finding> findings) {
        List<String> townships = tables.breakdown().townships();
        List<String> headers = new ArrayList<>(List.of("项目序号", "项目", "指标编号", "指标", "单位", "名称中的目标", "全域目标/合计"));
        headers.addAll(townships);
        headers.addAll(List.of("牵头领导", "牵头单位"));
        int firstTownship = 7;
        int[] widths = new int[headers.size()];
        Arrays.fill(widths, 10);
        widths[1] = 14;
        widths[3] = 44;
        widths[5] = 18;
        widths[6] = 14;
        widths[headers.size() - 1] = 18;
        sheet.widths(widths);
        sheet.header(0, headers.toArray(String[]::new));
        int r = 1;
        for (Indicator indicator : tables.breakdown().indicators()) {
            Row row = sheet.row(r++);
            List<Finding> own = findings.stream().filter(f -> f.indicatorNo().equals(indicator.no())).toList();
            sheet.text(row, 0, indicator.projectNo(), sheet.styles().plain());
            sheet.text(row, 1, indicator.project(), sheet.styles().plain());
            sheet.text(row, 2, indicator.no(), sheet.styles().plain());
            sheet.flagged(row, 3, own.stream().filter(f -> f.township().isEmpty()).toList(), indicator.name());
            sheet.text(row, 4, indicator.unitText(), sheet.styles().plain());
            sheet.text(row, 5, indicator.headline().map(h -> h.phrase()).orElse(""), sheet.styles().plain());
            sheet.number(row, 6, indicator.total().or(indicator::spanningNumber), sheet.styles().plain());
            for (int t = 0; t < townships.size(); t++) {
                String township = townships.get(t);
                List<Finding> here = own.stream().filter(f -> f.township().equals(township)).toList();
                CellValue value = indicator.townships().get(township);
                if (value instanceof CellValue.Number n) {
                    sheet.flaggedNumber(row, firstTownship + t, here, n.value());
                } else {
                    sheet.flagged(row, firstTownship + t, here,
                            value instanceof CellValue.Directive d ? d.text() : "");
                }
            }
            indicator.spanning().ifPresent(value -> spanning(sheet, row, value, firstTownship, townships.size()));
            Optional<ResponsibilityRow> lead = tables.responsibility(indicator);
            sheet.text(row, firstTownship + townships.size(), lead.map(ResponsibilityRow::leader).orElse(""),
                    sheet.styles().plain());
            sheet.text(row, firstTownship + townships.size() + 1, lead.map(ResponsibilityRow::leadUnit).orElse(""),
                    sheet.styles().plain());
            sheet.fitHeight(row);
        }
        sheet.sheet().createFreezePane(4, 1);
        sheet.print(0);
    }

    /** One value across the township columns, merged and centred as the official table has it. */
    private static void spanning(SheetWriter sheet, Row row, CellValue value, int first, int count) {
        if (value instanceof CellValue.Number n) {
            sheet.number(row, first, Optional.of(n.value()), sheet.styles().centred());
        } else if (value instanceof CellValue.Directive d) {
            sheet.text(row, first, d.text() + "（" + KIND_NAMES.get(d.kind()) + "）", sheet.styles().centred());
        }
        for (int c = first + 1; c < first + count; c++) {
            row.getCell(c).setCellStyle(sheet.styles().centred());
        }
        if (count > 1) {
            sheet.sheet().addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first,
                    first + count - 1));
        }
    }

    private static void findings(SheetWriter sheet, List<Finding> findings) {
        sheet.widths(28, 10, 16, 8, 40, 10, 12, 12, 12, 8, 34, 10, 8, 64, 10, 18);
        sheet.header(0, "规则", "级别", "部门", "指标编号", "指标", "乡镇", "官方值", "报送值", "差额", "单位", "文件",
                "工作表", "单元格", "说明", "牵头领导", "牵头单位");
        int r = 1;
        for (Finding f : findings) {
            Row row = sheet.row(r++);
            var style = sheet.styles().severity(f.severity());
            var plain = sheet.styles().plain();
            sheet.text(row, 0, f.rule().name(), style);
            sheet.text(row, 1, f.severity().name(), style);
            sheet.text(row, 2, f.department(), plain);
            sheet.text(row, 3, f.indicatorNo(), plain);
            sheet.text(row, 4, f.indicator(), plain);
            sheet.text(row, 5, f.township(), plain);
            sheet.number(row, 6, Optional.ofNullable(f.officialValue()), plain);
            sheet.number(row, 7, Optional.ofNullable(f.submittedValue()), plain);
            sheet.number(row, 8, Optional.ofNullable(f.difference()), plain);
            sheet.text(row, 9, f.unit(), plain);
            sheet.text(row, 10, f.source().file(), plain);
            sheet.text(row, 11, f.source().sheet(), plain);
            sheet.text(row, 12, f.source().cell(), plain);
            sheet.text(row, 13, f.message(), plain);
            sheet.text(row, 14, f.leadLeader(), plain);
            sheet.text(row, 15, f.leadUnit(), plain);
            sheet.fitHeight(row);
        }
        sheet.sheet().createFreezePane(0, 1);
        sheet.sheet().setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, 15));
        sheet.print(0);
    }

    private static void ledger(SheetWriter sheet, List<LedgerEntry> ledger) {
        sheet.widths(40, 18, 10, 12, 22, 66, 12, 12, 12, 10);
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

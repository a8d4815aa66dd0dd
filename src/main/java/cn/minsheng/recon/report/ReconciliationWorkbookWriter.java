package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.model.Decimals;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import cn.minsheng.recon.domain.reconcile.Finding;
import cn.minsheng.recon.domain.reconcile.Severity;
import cn.minsheng.recon.sheet.InputFile;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code reconciliation-<period>.xlsx}: 说明 (run and inputs), 分解表 (the official table as parsed, cells
 * with findings coloured) and 问题清单 (every finding).
 */
public final class ReconciliationWorkbookWriter {

    static final String ABOUT_SHEET = "说明";
    static final String TABLE_SHEET = "分解表";
    static final String FINDINGS_SHEET = "问题清单";

    private static final String[] FINDING_HEADERS = {"规则", "级别", "部门", "指标编号", "指标", "乡镇", "官方值", "报送值",
        "差额", "单位", "文件", "工作表", "单元格", "说明", "牵头领导", "牵头单位"};

    public void write(Path target, RunSummary run, OfficialTables tables, List<Finding> findings) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            about(workbook.createSheet(ABOUT_SHEET), styles, run, tables, findings);
            table(workbook.createSheet(TABLE_SHEET), styles, tables, findings);
            findings(workbook.createSheet(FINDINGS_SHEET), styles, findings);
            AtomicFiles.write(target, workbook::write);
        }
    }

    private static void about(Sheet sheet, Styles styles, RunSummary run, OfficialTables tables,
            List<Finding> findings) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"对账期间", run.period()});
        lines.add(new String[] {"运行时间", run.runTime().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))});
        lines.add(new String[] {"指标数", String.valueOf(tables.breakdown().indicators().size())});
        lines.add(new String[] {"乡镇（街道）数", String.valueOf(tables.breakdown().townships().size())});
        lines.add(new String[] {"责任分解表行数", String.valueOf(tables.responsibilities().size())});
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        findings.forEach(f -> counts.merge(f.severity(), 1L, Long::sum));
        for (Severity severity : Severity.values()) {
            lines.add(new String[] {"问题（" + severity + "）", String.valueOf(counts.getOrDefault(severity, 0L))});
        }
        int r = 0;
        for (String[] line : lines) {
            Row row = sheet.createRow(r++);
            text(row, 0, line[0], styles.header);
            text(row, 1, line[1], styles.plain);
        }
        r++;
        Row head = sheet.createRow(r++);
        String[] headers = {"输入文件", "大小（字节）", "修改时间", "SHA-256"};
        for (int c = 0; c < headers.length; c++) {
            text(head, c, headers[c], styles.header);
        }
        for (InputFile input : run.inputs()) {
            Row row = sheet.createRow(r++);
            text(row, 0, input.name(), styles.plain);
            text(row, 1, String.valueOf(input.size()), styles.plain);
            text(row, 2, input.modified().toString(), styles.plain);
            text(row, 3, input.sha256(), styles.plain);
        }
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 24 * 256);
        sheet.setColumnWidth(2, 26 * 256);
        sheet.setColumnWidth(3, 70 * 256);
    }

    private static void table(Sheet sheet, Styles styles, OfficialTables tables, List<Finding> findings) {
        List<String> townships = tables.breakdown().townships();
        List<String> headers = new ArrayList<>(List.of("项目序号", "项目", "指标编号", "指标", "单位", "名称中的目标", "合计栏"));
        headers.addAll(townships);
        headers.addAll(List.of("牵头领导", "牵头单位"));
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            text(head, c, headers.get(c), styles.header);
        }
        int firstTownship = 7;
        int r = 1;
        for (Indicator indicator : tables.breakdown().indicators()) {
            Row row = sheet.createRow(r);
            boolean flagged = findings.stream().anyMatch(f -> f.indicatorNo().equals(indicator.no())
                    && f.township().isEmpty() && f.rule().name().startsWith("OFF_"));
            text(row, 0, indicator.projectNo(), styles.plain);
            text(row, 1, indicator.project(), styles.plain);
            text(row, 2, indicator.no(), styles.plain);
            text(row, 3, indicator.name(), flagged ? styles.flagged : styles.plain);
            text(row, 4, indicator.unitText(), styles.plain);
            text(row, 5, indicator.headline().map(h -> h.phrase()).orElse(""), styles.plain);
            number(row, 6, indicator.total(), styles.plain);
            for (int t = 0; t < townships.size(); t++) {
                String township = townships.get(t);
                boolean bad = findings.stream().anyMatch(f -> f.indicatorNo().equals(indicator.no())
                        && f.township().equals(township));
                CellStyle style = bad ? styles.flagged : styles.plain;
                CellValue value = indicator.townships().get(township);
                if (value instanceof CellValue.Number n) {
                    number(row, firstTownship + t, Optional.of(n.value()), style);
                } else if (value instanceof CellValue.Directive d) {
                    text(row, firstTownship + t, d.text(), style);
                } else {
                    text(row, firstTownship + t, "", style);
                }
            }
            indicator.spanning().ifPresent(value -> spanning(sheet, row, value, firstTownship, townships.size(),
                    styles));
            Optional<ResponsibilityRow> lead = tables.responsibility(indicator);
            text(row, firstTownship + townships.size(), lead.map(ResponsibilityRow::leader).orElse(""), styles.plain);
            text(row, firstTownship + townships.size() + 1, lead.map(ResponsibilityRow::leadUnit).orElse(""),
                    styles.plain);
            r++;
        }
        sheet.createFreezePane(4, 1);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(3, 48 * 256);
        sheet.setColumnWidth(5, 18 * 256);
    }

    /** One value across the township columns, merged as the official table has it. */
    private static void spanning(Sheet sheet, Row row, CellValue value, int first, int count, Styles styles) {
        if (value instanceof CellValue.Number n) {
            number(row, first, Optional.of(n.value()), styles.plain);
        } else if (value instanceof CellValue.Directive d) {
            text(row, first, d.text() + "（" + d.kind() + "）", styles.plain);
        }
        if (count > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, first + count - 1));
        }
    }

    private static void findings(Sheet sheet, Styles styles, List<Finding> findings) {
        Row head = sheet.createRow(0);
        for (int c = 0; c < FINDING_HEADERS.length; c++) {
            text(head, c, FINDING_HEADERS[c], styles.header);
        }
        int r = 1;
        for (Finding f : findings) {
            Row row = sheet.createRow(r++);
            CellStyle style = styles.severity.get(f.severity());
            text(row, 0, f.rule().name(), style);
            text(row, 1, f.severity().name(), style);
            text(row, 2, f.department(), styles.plain);
            text(row, 3, f.indicatorNo(), styles.plain);
            text(row, 4, f.indicator(), styles.plain);
            text(row, 5, f.township(), styles.plain);
            number(row, 6, Optional.ofNullable(f.officialValue()), styles.plain);
            number(row, 7, Optional.ofNullable(f.submittedValue()), styles.plain);
            number(row, 8, Optional.ofNullable(f.difference()), styles.plain);
            text(row, 9, f.unit(), styles.plain);
            text(row, 10, f.source().file(), styles.plain);
            text(row, 11, f.source().sheet(), styles.plain);
            text(row, 12, f.source().cell(), styles.plain);
            text(row, 13, f.message(), styles.plain);
            text(row, 14, f.leadLeader(), styles.plain);
            text(row, 15, f.leadUnit(), styles.plain);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, FINDING_HEADERS.length - 1));
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(4, 40 * 256);
        sheet.setColumnWidth(13, 80 * 256);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(FormulaText.neutralise(value));
        cell.setCellStyle(style);
    }

    /** Numbers are written as numbers; the cell text of the decimal keeps 17.14 exact as Excel shows it. */
    private static void number(Row row, int column, Optional<BigDecimal> value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        value.ifPresent(v -> cell.setCellValue(Double.parseDouble(Decimals.plain(v))));
    }

    /** The few styles the workbook uses. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle plain;
        final CellStyle flagged;
        final Map<Severity, CellStyle> severity = new EnumMap<>(Severity.class);

        Styles(XSSFWorkbook workbook) {
            Font body = workbook.createFont();
            body.setFontName("宋体");
            body.setFontHeightInPoints((short) 11);
            Font bold = workbook.createFont();
            bold.setFontName("黑体");
            bold.setFontHeightInPoints((short) 11);
            bold.setBold(true);
            header = style(workbook, bold, IndexedColors.GREY_25_PERCENT);
            plain = style(workbook, body, null);
            flagged = style(workbook, body, IndexedColors.ROSE);
            severity.put(Severity.ERROR, style(workbook, body, IndexedColors.ROSE));
            severity.put(Severity.WARNING, style(workbook, body, IndexedColors.LIGHT_YELLOW));
            severity.put(Severity.INFO, style(workbook, body, IndexedColors.LIGHT_TURQUOISE));
        }

        private static CellStyle style(XSSFWorkbook workbook, Font font, IndexedColors fill) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setWrapText(true);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            if (fill != null) {
                style.setFillForegroundColor(fill.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return style;
        }
    }
}

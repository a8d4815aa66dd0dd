package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.reconcile.Severity;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of our workbooks: 宋体 body, 黑体 headers, one fill colour per severity. */
final class WorkbookStyles {

    private static final Map<Severity, IndexedColors> FILLS = Map.of(
            Severity.ERROR, IndexedColors.ROSE, Severity.WARNING, IndexedColors.LIGHT_YELLOW,
            Severity.INFO, IndexedColors.LIGHT_TURQUOISE);

    private final CellStyle header;
    private final CellStyle plain;
    private final CellStyle centred;
    private final Map<Severity, CellStyle> severities = new EnumMap<>(Severity.class);

    WorkbookStyles(Workbook workbook) {
        Font body = font(workbook, "宋体", false);
        header = style(workbook, font(workbook, "黑体", true), IndexedColors.GREY_25_PERCENT);
        header.setAlignment(HorizontalAlignment.CENTER);
        plain = style(workbook, body, null);
        centred = style(workbook, body, null);
        centred.setAlignment(HorizontalAlignment.CENTER);
        FILLS.forEach((severity, fill) -> severities.put(severity, style(workbook, body, fill)));
    }

    CellStyle header() {
        return header;
    }

    CellStyle plain() {
        return plain;
    }

    CellStyle centred() {
        return centred;
    }

    CellStyle severity(Severity severity) {
        return severities.get(severity);
    }

    private static Font font(Workbook workbook, String name, boolean bold) {
        Font font = workbook.createFont();
        font.setFontName(name);
        font.setFontHeightInPoints((short) 11);
        font.setBold(bold);
        return font;
    }

    private static CellStyle style(Workbook workbook, Font font, IndexedColors fill) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
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

package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.progress.Light;
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

/**
 * The few cell styles of our workbooks: 宋体 body, 黑体 headers and titles, a fill per {@link CellMark} (severities
 * included) and per progress {@link Light}, blue underlined links.
 */
final class WorkbookStyles {

    private final CellStyle title;
    private final CellStyle headline;
    private final CellStyle section;
    private final CellStyle note;
    private final CellStyle header;
    private final CellStyle unit;
    private final CellStyle plain;
    private final CellStyle centred;
    private final CellStyle percent;
    private final CellStyle link;
    private final Map<CellMark, CellStyle> marks = new EnumMap<>(CellMark.class);
    private final Map<Light, CellStyle> lights = new EnumMap<>(Light.class);

    WorkbookStyles(Workbook workbook) {
        Font body = font(workbook, "宋体", false, 11);
        title = unboxed(workbook, font(workbook, "黑体", false, 18));
        headline = unboxed(workbook, font(workbook, "黑体", true, 16));
        section = unboxed(workbook, font(workbook, "黑体", true, 13));
        note = unboxed(workbook, font(workbook, "宋体", false, 11));
        note.setWrapText(true);
        header = style(workbook, font(workbook, "黑体", true, 11), IndexedColors.GREY_25_PERCENT);
        header.setAlignment(HorizontalAlignment.CENTER);
        unit = style(workbook, font(workbook, "黑体", true, 11), IndexedColors.GREY_25_PERCENT);
        plain = style(workbook, body, null);
        centred = style(workbook, body, null);
        centred.setAlignment(HorizontalAlignment.CENTER);
        percent = style(workbook, body, null);
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        Font blue = font(workbook, "宋体", false, 11);
        blue.setColor(IndexedColors.BLUE.getIndex());
        blue.setUnderline(Font.U_SINGLE);
        link = style(workbook, blue, null);
        for (CellMark mark : CellMark.values()) {
            marks.put(mark, style(workbook, body, mark.fill()));
        }
        Font white = font(workbook, "黑体", true, 11);
        white.setColor(IndexedColors.WHITE.getIndex());
        lights.put(Light.GREEN, style(workbook, body, IndexedColors.BRIGHT_GREEN));
        lights.put(Light.YELLOW, style(workbook, body, IndexedColors.YELLOW));
        lights.put(Light.RED, style(workbook, white, IndexedColors.RED));
        lights.values().forEach(style -> style.setAlignment(HorizontalAlignment.CENTER));
    }

    CellStyle title() {
        return title;
    }

    /** Figures in large type, without a border (首页). */
    CellStyle headline() {
        return headline;
    }

    /** A section's heading above its table. */
    CellStyle section() {
        return section;
    }

    /** A sentence across the page, wrapped, without a border. */
    CellStyle note() {
        return note;
    }

    CellStyle link() {
        return link;
    }

    CellStyle mark(CellMark mark) {
        return marks.get(mark);
    }

    /**
     * A traffic light's cell: green, yellow, or red with white type. The cell should also say the light in words
     * ({@link Light#label()}), which a page printed in black and white keeps.
     */
    CellStyle light(Light light) {
        return lights.get(light);
    }

    CellStyle header() {
        return header;
    }

    /** A unit's line above its own lines, as a header row but left-aligned. */
    CellStyle unit() {
        return unit;
    }

    CellStyle plain() {
        return plain;
    }

    CellStyle centred() {
        return centred;
    }

    /** A fraction shown as a percentage to one decimal (0.375 → 37.5%): a rate stays a number. */
    CellStyle percent() {
        return percent;
    }

    CellStyle severity(Severity severity) {
        return marks.get(CellMark.of(severity));
    }

    private static Font font(Workbook workbook, String name, boolean bold, int points) {
        Font font = workbook.createFont();
        font.setFontName(name);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        return font;
    }

    private static CellStyle unboxed(Workbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
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

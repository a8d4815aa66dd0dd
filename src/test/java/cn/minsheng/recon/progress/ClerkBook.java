package cn.minsheng.recon.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A unit's workbook as its clerk's WPS saves it: .xls (HSSF) or .xlsx (XSSF), an office's fonts, formulas saved
 * with their results, the file dated when it was sent.
 */
final class ClerkBook {

    final Workbook wb;
    final CellStyle title;
    final CellStyle line;
    final CellStyle section;
    final CellStyle header;
    final CellStyle text;
    final CellStyle center;
    final CellStyle number;
    final CellStyle rate;
    final CellStyle percent;

    ClerkBook(boolean xls) {
        wb = xls ? new HSSFWorkbook() : new XSSFWorkbook();
        title = style(font("方正小标宋简体", 16, false), HorizontalAlignment.CENTER, false);
        line = style(font("仿宋_GB2312", 11, false), HorizontalAlignment.LEFT, false);
        section = style(font("黑体", 12, false), HorizontalAlignment.LEFT, false);
        header = style(font("黑体", 10.5, false), HorizontalAlignment.CENTER, true);
        header.setWrapText(true);
        Font body = font("仿宋_GB2312", 11, false);
        text = style(body, HorizontalAlignment.LEFT, true);
        text.setWrapText(true);
        center = style(body, HorizontalAlignment.CENTER, true);
        number = style(body, HorizontalAlignment.CENTER, true);
        rate = style(body, HorizontalAlignment.CENTER, true);
        rate.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
        percent = style(body, HorizontalAlignment.CENTER, true);
        percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
    }

    Grid sheet(String name) {
        return new Grid(this, wb.createSheet(name));
    }

    /** Computes every formula's result, as WPS does on saving, and writes the file with the given time. */
    void save(Path file, LocalDateTime sent) {
        Date when = Date.from(sent.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        if (wb instanceof XSSFWorkbook x) {
            x.getProperties().getCoreProperties().setCreator("Administrator");
            x.getProperties().getCoreProperties().setCreated(Optional.of(when));
            x.getProperties().getCoreProperties().setModified(Optional.of(when));
        } else if (wb instanceof HSSFWorkbook h) {
            h.createInformationProperties();
            h.getSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_GBK);
            h.getDocumentSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_GBK);
            h.getSummaryInformation().setAuthor("Administrator");
            h.getSummaryInformation().setLastSaveDateTime(when);
        }
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.close();
            Files.setLastModifiedTime(file, FileTime.from(when.toInstant()));
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private Font font(String name, double points, boolean bold) {
        Font font = wb.createFont();
        font.setFontName(name);
        font.setFontHeight((short) Math.round(points * 20));
        font.setBold(bold);
        return font;
    }

    private CellStyle style(Font font, HorizontalAlignment align, boolean borders) {
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        style.setAlignment(align);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (borders) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}

package cn.minsheng.recon.zoo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook being written the way a clerk's WPS would save it: .xls (HSSF) or .xlsx (XSSF), fonts of a
 * government office, formulas saved with their results unless a cell is marked as exported without one.
 */
final class Book {

    enum Format {
        XLS, XLSX
    }

    final Format format;
    final Workbook wb;
    final CellStyle title;
    final CellStyle attachment;
    final CellStyle line;
    final CellStyle header;
    final CellStyle text;
    final CellStyle center;
    final CellStyle number;
    final CellStyle textNumber;
    final CellStyle category;
    final CellStyle plain;
    private final Set<Cell> withoutCachedValue = new HashSet<>();
    private String author = "Administrator";

    Book(Format format) {
        this.format = format;
        this.wb = format == Format.XLS ? new HSSFWorkbook() : new XSSFWorkbook();
        Font titleFont = font("方正小标宋简体", 16, false);
        Font heiti = font("黑体", 12, false);
        Font headerFont = font("黑体", 10.5, false);
        Font body = font("仿宋_GB2312", 11, false);
        Font bold = font("宋体", 11, true);
        title = style(titleFont, HorizontalAlignment.CENTER, false, false);
        attachment = style(heiti, HorizontalAlignment.LEFT, false, false);
        line = style(body, HorizontalAlignment.LEFT, false, false);
        plain = style(body, HorizontalAlignment.LEFT, false, true);
        header = style(headerFont, HorizontalAlignment.CENTER, true, true);
        text = style(body, HorizontalAlignment.LEFT, true, true);
        center = style(body, HorizontalAlignment.CENTER, true, true);
        number = style(body, HorizontalAlignment.CENTER, true, false);
        textNumber = style(body, HorizontalAlignment.CENTER, true, false);
        textNumber.setDataFormat(wb.createDataFormat().getFormat("@"));
        category = style(bold, HorizontalAlignment.LEFT, true, false);
    }

    Book author(String name) {
        this.author = name;
        return this;
    }

    Page page(String name) {
        return new Page(this, wb.createSheet(name));
    }

    void hide(Page page) {
        wb.setSheetHidden(wb.getSheetIndex(page.sheet), true);
    }

    void withoutCachedValue(Cell cell) {
        if (format == Format.XLS) {
            throw new IllegalStateException("a BIFF formula record always carries a result");
        }
        withoutCachedValue.add(cell);
    }

    /** Writes the workbook opening on its first visible sheet, with the given modification time. */
    void save(Path file, LocalDateTime modified) {
        try {
            Files.createDirectories(file.getParent());
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA && !withoutCachedValue.contains(cell)) {
                            evaluator.evaluateFormulaCell(cell);
                        }
                    }
                }
            }
            int firstVisible = 0;
            while (wb.isSheetHidden(firstVisible)) {
                firstVisible++;
            }
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                wb.getSheetAt(i).setSelected(i == firstVisible);
            }
            wb.setActiveSheet(firstVisible);
            wb.setFirstVisibleTab(firstVisible);
            Date when = Date.from(modified.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
            if (wb instanceof XSSFWorkbook x) {
                x.getProperties().getCoreProperties().setCreator(author);
                x.getProperties().getCoreProperties().setCreated(Optional.of(when));
                x.getProperties().getCoreProperties().setModified(Optional.of(when));
                x.getProperties().getCoreProperties().setLastModifiedByUser(author);
            } else if (wb instanceof HSSFWorkbook h) {
                h.createInformationProperties();
                h.getSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UNICODE);
                h.getDocumentSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UNICODE);
                h.getSummaryInformation().setAuthor(author);
                h.getSummaryInformation().setCreateDateTime(when);
                h.getSummaryInformation().setLastSaveDateTime(when);
                h.getSummaryInformation().setApplicationName("WPS Office");
            }
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

    private CellStyle style(Font font, HorizontalAlignment align, boolean borders, boolean wrap) {
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        style.setAlignment(align);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(wrap);
        if (borders) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}

package cn.minsheng.recon.layout;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A tiny writer for hand-made county tables: rows of values, merges, percent cells and formulas. */
final class OtherCountySheet {

    /** A number shown with a percent format (0.92 shows as 92%). */
    record Pct(double value) {
    }

    /** A formula; its cached value is computed when the workbook is saved. */
    record Formula(String text) {
    }

    private final Sheet sheet;
    private final CellStyle percent;
    private int next;

    private OtherCountySheet(Sheet sheet, CellStyle percent) {
        this.sheet = sheet;
        this.percent = percent;
    }

    static Workbook workbook(boolean xls) {
        return xls ? new HSSFWorkbook() : new XSSFWorkbook();
    }

    static OtherCountySheet of(Workbook workbook, String name) {
        CellStyle percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        return new OtherCountySheet(workbook.createSheet(name), percent);
    }

    Sheet poi() {
        return sheet;
    }

    /** The index of the next row to be written. */
    int next() {
        return next;
    }

    /** Writes a row at {@link #next()} and returns its index. */
    int row(Object... cells) {
        int r = next++;
        for (int c = 0; c < cells.length; c++) {
            put(r, c, cells[c]);
        }
        return r;
    }

    void blankRow() {
        next++;
    }

    void put(int r, int c, Object value) {
        if (value == null || value instanceof String s && s.isEmpty()) {
            return;
        }
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.createCell(c);
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Pct p) {
            cell.setCellValue(p.value());
            cell.setCellStyle(percent);
        } else if (value instanceof Formula f) {
            cell.setCellFormula(f.text());
        } else {
            throw new IllegalArgumentException("cell value " + value);
        }
    }

    /** Merges rows r1..r2 × columns c1..c2 (0-based, inclusive); a single cell is left alone. */
    void merge(int r1, int r2, int c1, int c2) {
        if (r1 == r2 && c1 == c2) {
            return;
        }
        sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
    }

    static Path save(Workbook workbook, Path file) {
        try {
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            workbook.close();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

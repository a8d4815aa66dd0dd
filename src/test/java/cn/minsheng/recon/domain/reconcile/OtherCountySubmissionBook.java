package cn.minsheng.recon.domain.reconcile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook written cell by cell, as a clerk fills it in WPS/Excel: text cells are strings, numbers are numbers
 * (Integer, Double, BigDecimal, written as doubles), null leaves the cell empty; merges and hidden sheets as given.
 * The extension of the file decides XSSF or HSSF.
 */
final class OtherCountySubmissionBook {

    static final class Page {
        final String name;
        final Map<Integer, Map<Integer, Object>> cells = new TreeMap<>();
        final List<CellRangeAddress> merges = new ArrayList<>();
        boolean hidden;
        int next;

        Page(String name) {
            this.name = name;
        }

        /** The next row, from column A. */
        Page row(Object... values) {
            return rowAt(next, 0, values);
        }

        /** The next row, from column {@code from}. */
        Page rowFrom(int from, Object... values) {
            return rowAt(next, from, values);
        }

        Page rowAt(int r, int from, Object... values) {
            Map<Integer, Object> row = cells.computeIfAbsent(r, k -> new TreeMap<>());
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    row.put(from + i, values[i]);
                }
            }
            next = Math.max(next, r + 1);
            return this;
        }

        Page blankRow() {
            next++;
            return this;
        }

        /** Zero-based, inclusive. */
        Page merge(int firstRow, int lastRow, int firstCol, int lastCol) {
            merges.add(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
            return this;
        }

        Page hidden() {
            hidden = true;
            return this;
        }

        /** Index of the row {@link #row} writes next. */
        int at() {
            return next;
        }
    }

    private final List<Page> pages = new ArrayList<>();

    Page sheet(String name) {
        Page page = new Page(name);
        pages.add(page);
        return page;
    }

    Path write(Path file) {
        boolean xls = file.getFileName().toString().toLowerCase().endsWith(".xls");
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
            for (Page page : pages) {
                Sheet sheet = wb.createSheet(page.name);
                page.cells.forEach((r, row) -> {
                    Row line = sheet.createRow(r);
                    row.forEach((c, value) -> {
                        Cell cell = line.createCell(c);
                        if (value instanceof String s) {
                            cell.setCellValue(s);
                        } else if (value instanceof BigDecimal d) {
                            cell.setCellValue(d.doubleValue());
                        } else if (value instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else {
                            throw new IllegalArgumentException("cell value " + value);
                        }
                    });
                });
                page.merges.forEach(sheet::addMergedRegion);
                if (page.hidden) {
                    wb.setSheetHidden(wb.getSheetIndex(sheet), true);
                }
            }
            if (pages.get(0).hidden && pages.size() > 1) {
                wb.setActiveSheet(1);
                wb.setFirstVisibleTab(1);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}

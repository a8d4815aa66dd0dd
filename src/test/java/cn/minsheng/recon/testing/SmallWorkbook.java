package cn.minsheng.recon.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small workbook as a clerk fills it in WPS or Excel, held in memory and written with POI: sheets of rows from any
 * column, merged ranges, hidden sheets. A {@code String} is a text cell, a {@link Number} ({@code BigDecimal}
 * included) a number cell, a {@link Pct} a number shown as a percent, a {@link Formula} a formula that is evaluated
 * on writing so that it carries its cached value; {@code null} and {@code ""} leave the cell empty. The file's
 * extension decides the format: {@code .xls} is BIFF8 (HSSF), anything else .xlsx (XSSF).
 */
public final class SmallWorkbook {

    /** A number shown with a percent format: {@code new Pct(0.92)} shows as 92%. */
    public record Pct(double value) {
    }

    /** A formula ({@code SUM(D4:K4)}, without {@code =}); its cached value is computed when the workbook is written. */
    public record Formula(String text) {
    }

    /** One sheet: cells by row and column (0-based), written in the order given. */
    public static final class Sheet {

        private final String name;
        private final Map<Integer, Map<Integer, Object>> cells = new TreeMap<>();
        private final List<CellRangeAddress> merges = new ArrayList<>();
        private boolean hidden;
        private int next;

        private Sheet(String name) {
            this.name = name;
        }

        /** The next row, from column A. */
        public Sheet row(Object... values) {
            return rowFrom(0, values);
        }

        /** The next row, from column {@code from} (0-based). */
        public Sheet rowFrom(int from, Object... values) {
            int r = next;
            for (int i = 0; i < values.length; i++) {
                put(r, from + i, values[i]);
            }
            next = Math.max(next, r + 1);
            return this;
        }

        /** Leaves the next row empty. */
        public Sheet blankRow() {
            next++;
            return this;
        }

        /** One cell (0-based); the next row is then below it at the least. An empty value clears the cell. */
        public Sheet put(int r, int c, Object value) {
            if (value == null || value instanceof String s && s.isEmpty()) {
                Map<Integer, Object> row = cells.get(r);
                if (row != null) {
                    row.remove(c);
                }
            } else {
                cells.computeIfAbsent(r, k -> new TreeMap<>()).put(c, checked(value));
            }
            next = Math.max(next, r + 1);
            return this;
        }

        /** What cell (r, c) holds, or null. */
        public Object get(int r, int c) {
            Map<Integer, Object> row = cells.get(r);
            return row == null ? null : row.get(c);
        }

        /** Merges rows r1..r2 × columns c1..c2 (0-based, inclusive); a single cell is left alone. */
        public Sheet merge(int r1, int r2, int c1, int c2) {
            if (r1 != r2 || c1 != c2) {
                merges.add(new CellRangeAddress(r1, r2, c1, c2));
            }
            return this;
        }

        public Sheet hidden() {
            hidden = true;
            return this;
        }

        /** The index of the row {@link #row} writes next. */
        public int next() {
            return next;
        }

        private static Object checked(Object value) {
            if (value instanceof String || value instanceof Number || value instanceof Pct
                    || value instanceof Formula) {
                return value;
            }
            throw new IllegalArgumentException("cell value " + value);
        }
    }

    private final List<Sheet> sheets = new ArrayList<>();

    /** A new sheet after the others. */
    public Sheet sheet(String name) {
        Sheet sheet = new Sheet(name);
        sheets.add(sheet);
        return sheet;
    }

    /** Writes the workbook to {@code file} (its folder created when missing) and returns the file. */
    public Path write(Path file) {
        boolean xls = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xls");
        try (Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            for (Sheet sheet : sheets) {
                org.apache.poi.ss.usermodel.Sheet poi = workbook.createSheet(sheet.name);
                sheet.cells.forEach((r, row) -> {
                    Row line = poi.createRow(r);
                    row.forEach((c, value) -> put(line.createCell(c), value, percent));
                });
                sheet.merges.forEach(poi::addMergedRegion);
                if (sheet.hidden) {
                    workbook.setSheetHidden(workbook.getSheetIndex(poi), true);
                }
            }
            int firstVisible = firstVisible();
            if (firstVisible > 0) {
                workbook.setActiveSheet(firstVisible);
                workbook.setFirstVisibleTab(firstVisible);
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private int firstVisible() {
        for (int i = 0; i < sheets.size(); i++) {
            if (!sheets.get(i).hidden) {
                return i;
            }
        }
        return 0;
    }

    private static void put(Cell cell, Object value, CellStyle percent) {
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Pct pct) {
            cell.setCellValue(pct.value());
            cell.setCellStyle(percent);
        } else if (value instanceof Formula formula) {
            cell.setCellFormula(formula.text());
        }
    }
}

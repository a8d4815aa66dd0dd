package cn.minsheng.recon.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * P, the naive Java way: one thread, POI's usermodel ({@link WorkbookFactory}) opening every workbook of a county
 * whole and reading every cell into memory, then an XSSF report: the official tables copied cell by cell (what
 * 分解对账 shows) and one line per submission file with its cells and the sum of its numbers. It reconciles nothing,
 * so it is a lower bound of what a naive implementation of the job would cost.
 */
final class NaiveReconciliation {

    /** Cells read. */
    static long county(Path county, String period, Path output) {
        Map<String, List<List<Object>>> official = new LinkedHashMap<>();
        long cells = 0;
        for (Path file : files(county.resolve("official"))) {
            List<List<Object>> rows = readAll(file);
            official.put(file.getFileName().toString(), rows);
            cells += rows.stream().mapToLong(List::size).sum();
        }
        List<Object[]> lines = new ArrayList<>();
        for (Path file : files(county.resolve("submissions").resolve(period))) {
            List<List<Object>> rows = readAll(file);
            long count = rows.stream().mapToLong(List::size).sum();
            BigDecimal sum = rows.stream().flatMap(List::stream).filter(BigDecimal.class::isInstance)
                    .map(BigDecimal.class::cast).reduce(BigDecimal.ZERO, BigDecimal::add);
            lines.add(new Object[] {file.getFileName().toString(), count, sum});
            cells += count;
        }
        write(output.resolve(period).resolve("naive-report-" + period + ".xlsx"), official, lines);
        return cells;
    }

    private NaiveReconciliation() {
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var listing = Files.list(folder)) {
            return listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every cell as BigDecimal or String, row by row; an unreadable file is empty. */
    private static List<List<Object>> readAll(Path file) {
        List<List<Object>> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    List<Object> values = new ArrayList<>();
                    for (Cell cell : row) {
                        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                                : cell.getCellType();
                        if (type == CellType.NUMERIC) {
                            values.add(BigDecimal.valueOf(cell.getNumericCellValue()));
                        } else if (type == CellType.STRING) {
                            values.add(cell.getStringCellValue());
                        }
                    }
                    rows.add(values);
                }
            }
        } catch (Exception e) {
            // a corrupt file: the naive way lists it with no cells
        }
        return rows;
    }

    private static void write(Path file, Map<String, List<List<Object>>> official, List<Object[]> lines) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            int n = 0;
            for (List<List<Object>> rows : official.values()) {
                XSSFSheet sheet = workbook.createSheet("官方表" + (++n));
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> values = rows.get(r);
                    for (int c = 0; c < values.size(); c++) {
                        put(row.createCell(c), values.get(c));
                    }
                }
            }
            XSSFSheet ledger = workbook.createSheet("报送情况");
            for (int r = 0; r < lines.size(); r++) {
                Row row = ledger.createRow(r);
                for (int c = 0; c < lines.get(r).length; c++) {
                    put(row.createCell(c), lines.get(r)[c]);
                }
            }
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Cell cell, Object value) {
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Long number) {
            cell.setCellValue(number);
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }
}

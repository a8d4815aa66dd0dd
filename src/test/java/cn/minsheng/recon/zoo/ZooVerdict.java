package cn.minsheng.recon.zoo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * One zoo county's run against its expectations: the expected findings the run missed, the ERROR and WARNING
 * findings it raised that no expectation lists, and, per submission, how many values the run read against how many
 * the file holds.
 *
 * @param county    the county's folder name
 * @param missed    expected findings no finding of the run matches, as their CSV lines
 * @param falseOnes ERROR and WARNING findings of the run no expectation matches, as the run's CSV lines
 * @param files     per submission file: the values it holds, and what the ledger says the run read and reconciled
 */
public record ZooVerdict(String county, List<String> missed, List<String> falseOnes, List<FileCount> files) {

    /** What the ledger (报送情况) says of one file, beside what the file holds. */
    public record FileCount(String file, int holds, int read, int reconciled, int underFinding, String status) {

        /** Every value the file holds was read, and the file was taken as a submission. */
        public boolean fullyRead() {
            return read >= holds && (status.equals("已报送") || status.equals("已被替代"));
        }
    }

    private static final List<String> MATCHED = List.of("rule", "severity", "department", "indicator_no", "township",
            "file", "sheet", "cell");
    private static final Set<String> ALARMS = Set.of("ERROR", "WARNING");
    private static final String PERIOD = "2026-03";

    /** The verdict on {@code zoo/<county>} of the run whose outputs are in {@code output/<period>/<county>}. */
    public static ZooVerdict of(Path countyFolder, Path output) {
        String county = countyFolder.getFileName().toString();
        Path outputs = output.resolve(PERIOD).resolve(county);
        List<CSVRecord> expected = records(countyFolder.resolve("expected-findings.csv"));
        List<CSVRecord> found = Files.exists(outputs.resolve("findings.csv"))
                ? records(outputs.resolve("findings.csv")) : List.of();
        List<String> missed = new ArrayList<>();
        for (CSVRecord expectation : expected) {
            if (found.stream().noneMatch(finding -> matches(expectation, finding))) {
                missed.add(line(expectation, MATCHED));
            }
        }
        List<String> falseOnes = new ArrayList<>();
        for (CSVRecord finding : found) {
            if (ALARMS.contains(finding.get("severity"))
                    && expected.stream().noneMatch(expectation -> matches(expectation, finding))) {
                falseOnes.add(line(finding, List.of("rule", "severity", "department", "indicator_no", "township",
                        "file", "sheet", "cell", "message")));
            }
        }
        Map<String, int[]> ledger = ledger(outputs.resolve("reconciliation-" + PERIOD + ".xlsx"));
        Map<String, String> statuses = statuses(outputs.resolve("reconciliation-" + PERIOD + ".xlsx"));
        List<FileCount> files = new ArrayList<>();
        for (CSVRecord holds : records(countyFolder.resolve("expected-values.csv"))) {
            String file = holds.get("file");
            int[] counts = ledger.getOrDefault(file, new int[3]);
            files.add(new FileCount(file, Integer.parseInt(holds.get("values")), counts[0], counts[1], counts[2],
                    statuses.getOrDefault(file, "（不在报送情况中）")));
        }
        return new ZooVerdict(county, missed, falseOnes, files);
    }

    /** An expectation's non-blank columns all equal the finding's. */
    private static boolean matches(CSVRecord expectation, CSVRecord finding) {
        for (String column : MATCHED) {
            String wanted = expectation.get(column);
            if (!wanted.isBlank() && !wanted.equals(finding.get(column))) {
                return false;
            }
        }
        return true;
    }

    private static String line(CSVRecord record, List<String> columns) {
        return String.join(",", columns.stream().map(record::get).toList());
    }

    private static List<CSVRecord> records(Path csv) {
        try (Reader reader = new java.io.InputStreamReader(BOMInputStream.builder().setPath(csv).get(),
                StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(csv.toString(), e);
        }
    }

    /** File → values read, reconciled, under a finding, from the workbook's 报送情况 sheet. */
    private static Map<String, int[]> ledger(Path workbook) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        forEachLedgerRow(workbook, row -> counts.put(text(row.getCell(0)), new int[] {number(row.getCell(6)),
            number(row.getCell(7)), number(row.getCell(8))}));
        return counts;
    }

    private static Map<String, String> statuses(Path workbook) {
        Map<String, String> statuses = new LinkedHashMap<>();
        forEachLedgerRow(workbook, row -> statuses.put(text(row.getCell(0)), text(row.getCell(2))));
        return statuses;
    }

    private static void forEachLedgerRow(Path workbook, java.util.function.Consumer<Row> action) {
        if (!Files.exists(workbook)) {
            return;
        }
        try (Workbook book = WorkbookFactory.create(workbook.toFile(), null, true)) {
            Sheet ledger = book.getSheet("报送情况");
            for (Row row : ledger) {
                if (row.getRowNum() > 0 && row.getCell(0) != null && !text(row.getCell(0)).isEmpty()) {
                    action.accept(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(workbook.toString(), e);
        }
    }

    private static String text(Cell cell) {
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    private static int number(Cell cell) {
        return cell == null || cell.getCellType() != CellType.NUMERIC ? 0 : (int) cell.getNumericCellValue();
    }
}

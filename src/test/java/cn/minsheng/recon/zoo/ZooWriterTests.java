package cn.minsheng.recon.zoo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the zoo writer itself — files, CSVs, workbooks that POI opens — never the reconciliation.
 */
class ZooWriterTests {

    private static final String PERIOD = "2026-03";

    @TempDir
    static Path zoo;

    @BeforeAll
    static void writeTheZoo() {
        ZooWriter.writeAll(zoo);
    }

    @Test
    void writesFourToSixCountiesEachWithOfficialTablesSubmissionsAndExpectations() throws IOException {
        List<Path> counties = counties(zoo);

        assertThat(counties).hasSizeBetween(4, 6);
        for (Path county : counties) {
            assertThat(workbooks(county.resolve("official"))).as("%s official", county).isNotEmpty();
            assertThat(workbooks(submissions(county))).as("%s submissions", county).hasSizeBetween(8, 12);
            assertThat(county.resolve("expected-findings.csv")).isRegularFile();
            assertThat(county.resolve("expected-values.csv")).isRegularFile();
        }
    }

    @Test
    void writesAtLeastFortyWorkbooksInBothFormats() throws IOException {
        List<Path> all = workbooks(zoo);

        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all).anyMatch(p -> p.toString().endsWith(".xls")).anyMatch(p -> p.toString().endsWith(".xlsx"));
    }

    @Test
    void opensEveryXlsWithHssfAndEveryXlsxWithXssf() throws IOException {
        for (Path file : workbooks(zoo)) {
            try (Workbook wb = open(file)) {
                assertThat(wb.getNumberOfSheets()).as(file.toString()).isPositive();
                if (file.toString().endsWith(".xls")) {
                    assertThat(wb).isInstanceOf(HSSFWorkbook.class);
                } else {
                    assertThat(wb).isInstanceOf(XSSFWorkbook.class);
                }
            }
        }
    }

    @Test
    void findingsParseWithTheirHeaderAndNameRulesAndSeverities() throws IOException {
        for (Path county : counties(zoo)) {
            List<CSVRecord> records = parse(county.resolve("expected-findings.csv"), Expectations.FINDING_HEADER);

            assertThat(records).as(county.toString()).isNotEmpty();
            for (CSVRecord record : records) {
                assertThat(record.size()).isEqualTo(Expectations.FINDING_HEADER.length);
                assertThat(record.get("rule")).matches("[A-Z]+(_[A-Z]+)+");
                assertThat(record.get("severity")).isIn("ERROR", "WARNING", "INFO");
                assertThat(record.get("indicator_no")).matches("\\d*");
                assertThat(record.get("cell")).matches("([A-Z]{1,3}[1-9]\\d*)?");
            }
        }
    }

    @Test
    void valuesNameEverySubmissionWorkbookExactlyOnce() throws IOException {
        for (Path county : counties(zoo)) {
            Path submissions = submissions(county);
            List<CSVRecord> records = parse(county.resolve("expected-values.csv"), Expectations.VALUES_HEADER);
            Set<String> named = records.stream().map(r -> r.get("file")).collect(Collectors.toSet());
            Set<String> written = workbooks(submissions).stream()
                    .map(p -> submissions.relativize(p).toString().replace('\\', '/')).collect(Collectors.toSet());

            assertThat(named).as(county.toString()).hasSize(records.size()).isEqualTo(written);
            assertThat(records).allSatisfy(r -> assertThat(r.get("values")).matches("0|[1-9]\\d*"));
        }
    }

    @Test
    void everyFileSheetAndCellNamedInTheFindingsExists() throws IOException {
        for (Path county : counties(zoo)) {
            for (CSVRecord f : parse(county.resolve("expected-findings.csv"), Expectations.FINDING_HEADER)) {
                if (f.get("file").isEmpty()) {
                    continue;
                }
                Path file = submissions(county).resolve(f.get("file"));
                assertThat(file).as(f.toString()).isRegularFile();
                if (f.get("sheet").isEmpty()) {
                    continue;
                }
                try (Workbook wb = open(file)) {
                    Sheet sheet = wb.getSheet(f.get("sheet"));
                    assertThat(sheet).as(f.toString()).isNotNull();
                    if (!f.get("cell").isEmpty()) {
                        CellReference ref = new CellReference(f.get("cell"));
                        Row row = sheet.getRow(ref.getRow());
                        Cell cell = row == null ? null : row.getCell(ref.getCol());
                        assertThat(cell).as(f.toString()).isNotNull();
                        assertThat(cell.getCellType()).as(f.toString()).isNotEqualTo(CellType.BLANK);
                    }
                }
            }
        }
    }

    @Test
    void findingsNameOnlySubmissionFilesAndDepartmentsOfTheirCounty() throws IOException {
        for (Path county : counties(zoo)) {
            for (CSVRecord f : parse(county.resolve("expected-findings.csv"), Expectations.FINDING_HEADER)) {
                if (f.get("rule").startsWith("OFF_")) {
                    assertThat(f.get("department")).isEmpty();
                    assertThat(f.get("file")).isEmpty();
                }
                if (f.get("rule").equals("SUB_MISSING_SUBMISSION")) {
                    assertThat(f.get("department")).isNotEmpty();
                    assertThat(f.get("file")).isEmpty();
                }
            }
        }
    }

    @Test
    void keepsTheTrapsTheIssueNames() throws IOException {
        Map<String, Boolean> traps = new LinkedHashMap<>();
        traps.put("a hidden sheet before two visible sheets", false);
        traps.put("an .xlsx formula saved without its result", false);
        traps.put("an Excel owner file beside a workbook", false);
        for (Path file : workbooks(zoo)) {
            try (Workbook wb = open(file)) {
                if (wb.getNumberOfSheets() >= 3 && wb.isSheetHidden(0) && !wb.isSheetHidden(1) && !wb.isSheetHidden(2)) {
                    traps.put("a hidden sheet before two visible sheets", true);
                }
            }
            if (file.toString().endsWith(".xlsx") && hasFormulaWithoutValue(file)) {
                traps.put("an .xlsx formula saved without its result", true);
            }
        }
        try (Stream<Path> files = Files.walk(zoo)) {
            if (files.anyMatch(p -> p.getFileName().toString().startsWith("~$"))) {
                traps.put("an Excel owner file beside a workbook", true);
            }
        }

        assertThat(traps).allSatisfy((trap, found) -> assertThat(found).as(trap).isTrue());
    }

    @Test
    void writesTheSameZooTwice(@TempDir Path again) throws IOException {
        ZooWriter.writeAll(again);

        assertThat(contents(again)).isEqualTo(contents(zoo));
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        DataFormatter formatter = new DataFormatter();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(file).toString();
                if (isWorkbook(file)) {
                    StringBuilder text = new StringBuilder();
                    try (Workbook wb = open(file)) {
                        for (Sheet sheet : wb) {
                            text.append('#').append(sheet.getSheetName()).append(sheet.getMergedRegions()).append('\n');
                            for (Row row : sheet) {
                                for (Cell cell : row) {
                                    text.append(cell.getAddress()).append('=').append(formatter.formatCellValue(cell))
                                            .append(';');
                                }
                                text.append('\n');
                            }
                        }
                    }
                    contents.put(name, text.toString());
                } else {
                    contents.put(name, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                }
                contents.put(name + "@mtime", Files.getLastModifiedTime(file).toString());
            }
        }
        return contents;
    }

    private static boolean hasFormulaWithoutValue(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/")).toList()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    if (xml.matches("(?s).*<f>[^<]*</f></c>.*")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<CSVRecord> parse(Path csv, String[] header) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            assertThat(parser.getHeaderNames()).as(csv.toString()).containsExactly(header);
            return new ArrayList<>(parser.getRecords());
        }
    }

    private static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return file.toString().endsWith(".xls") ? new HSSFWorkbook(in) : new XSSFWorkbook(in);
        }
    }

    private static List<Path> counties(Path root) throws IOException {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static Path submissions(Path county) {
        return county.resolve("submissions").resolve(PERIOD);
    }

    private static List<Path> workbooks(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(ZooWriterTests::isWorkbook).sorted().toList();
        }
    }

    private static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith("~$") && (name.endsWith(".xls") || name.endsWith(".xlsx"));
    }
}

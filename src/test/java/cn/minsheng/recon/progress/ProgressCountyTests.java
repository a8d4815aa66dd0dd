package cn.minsheng.recon.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the progress zoo itself — files written, workbooks POI opens, every cell the answer key names holding what
 * it says, the planted cases where the key puts them — never the reconciliation.
 */
class ProgressCountyTests {

    private static final List<String> MONTHS = List.of("2026-05", "2026-06");

    @TempDir
    static Path folder;

    private static final Map<String, Workbook> OPEN = new HashMap<>();

    @BeforeAll
    static void writeTheCounty() {
        ProgressCounty.write(folder);
    }

    @AfterAll
    static void closeWorkbooks() throws IOException {
        for (Workbook wb : OPEN.values()) {
            wb.close();
        }
    }

    @Test
    void writesBothOfficialTablesNineFilesAMonthTheScheduleAndTheAnswers() throws IOException {
        assertThat(workbooks(folder.resolve("official"))).hasSize(2);
        for (String month : MONTHS) {
            List<Path> files = workbooks(folder.resolve("submissions").resolve(month));
            assertThat(files).as(month).hasSize(9);
            assertThat(files).as(month).filteredOn(p -> p.toString().endsWith(".xls")).hasSize(2);
            assertThat(files).as(month).anyMatch(p -> p.getFileName().toString().endsWith("完成情况.xlsx"));
        }
        assertThat(Files.readString(folder.resolve("schedule.csv"))).startsWith("indicator_no,month,share\n");
        assertThat(folder.resolve("answers.csv")).isRegularFile();
        assertThat(folder.resolve("expected-findings.csv")).isRegularFile();
        assertThat(folder.resolve("expected-findings-with-schedule.csv")).isRegularFile();
        assertThat(folder.resolve("schedule-difference.csv")).isRegularFile();
    }

    @Test
    void opensEveryXlsWithHssfAndEveryXlsxWithXssf() throws IOException {
        for (Path file : workbooks(folder)) {
            Workbook wb = open(file);
            assertThat(wb.getNumberOfSheets()).as(file.toString()).isPositive();
            assertThat(wb).as(file.toString())
                    .isInstanceOf(file.toString().endsWith(".xls") ? HSSFWorkbook.class : XSSFWorkbook.class);
        }
    }

    @Test
    void answersNameACompletionForEveryPlaceEachUnitOwesInBothMonths() throws IOException {
        CountyPlan plan = CountyPlan.fengchuan();
        int owed = plan.indicators.stream().mapToInt(i -> i.places().size()).sum();

        List<CSVRecord> completions = records("answers.csv").stream().filter(r -> r.get("kind").equals("completion"))
                .toList();

        assertThat(completions).hasSize(owed * MONTHS.size());
        assertThat(completions).extracting(r -> r.get("status")).containsOnly("ok", "invalid", "missing");
        assertThat(records("answers.csv")).extracting(r -> r.get("kind"))
                .contains("completion", "target", "rate", "note");
    }

    @Test
    void everyCellOfTheAnswerKeyHoldsTheValueItStates() throws IOException {
        DataFormatter formatter = new DataFormatter();
        for (CSVRecord answer : records("answers.csv")) {
            Cell cell = cell(answer.get("month"), answer.get("file"), answer.get("sheet"), answer.get("cell"));
            String value = answer.get("value");
            boolean figure = answer.get("kind").equals("completion") || answer.get("kind").equals("target");
            if (figure && value.matches("-?\\d+(\\.\\d+)?")) {
                assertThat(cell.getCellType()).as(answer.toString()).isEqualTo(CellType.NUMERIC);
                assertThat(new BigDecimal(Double.toString(cell.getNumericCellValue())))
                        .as(answer.toString()).isEqualByComparingTo(value);
            } else {
                Workbook wb = cell.getSheet().getWorkbook();
                String shown = formatter.formatCellValue(cell, wb.getCreationHelper().createFormulaEvaluator());
                assertThat(shown).as(answer.toString()).isEqualTo(value);
            }
        }
    }

    @Test
    void everyFindingNamesAFileOfItsMonthAndACellOfTheAnswerKey() throws IOException {
        Set<String> answered = records("answers.csv").stream()
                .map(r -> r.get("month") + "|" + r.get("file") + "|" + r.get("sheet") + "|" + r.get("cell"))
                .collect(Collectors.toSet());
        for (String name : List.of("expected-findings.csv", "expected-findings-with-schedule.csv")) {
            for (CSVRecord f : records(name)) {
                assertThat(folder.resolve("submissions").resolve(f.get("month")).resolve(f.get("file")))
                        .as(f.toString()).isRegularFile();
                if (!f.get("cell").isEmpty()) {
                    assertThat(answered).as(f.toString())
                            .contains(f.get("month") + "|" + f.get("file") + "|" + f.get("sheet") + "|" + f.get("cell"));
                }
            }
        }
    }

    @Test
    void juneHoldsEachPlantedCaseAndMayOnlyTheIndicatorFarBehind() throws IOException {
        List<CSVRecord> findings = records("expected-findings.csv");
        Set<String> june = findings.stream().filter(f -> f.get("month").equals("2026-06"))
                .map(f -> f.get("rule") + " " + f.get("severity") + " " + f.get("indicator_no") + " " + f.get("township"))
                .collect(Collectors.toSet());

        assertThat(june).contains(
                "PRG_REGRESSION ERROR 1 清潭镇",
                "PRG_LAGGING WARNING 2 ",
                "PRG_LAGGING WARNING 4 杨柳铺镇",
                "PRG_OVER_TARGET INFO 4 桂岭乡",
                "PRG_MISSING_PROGRESS WARNING 6 茶溪乡",
                "PRG_INVALID_PROGRESS ERROR 8 茶溪乡",
                "SUB_VALUE_MISMATCH ERROR 8 桂岭乡",
                "PRG_LAGGING ERROR 9 ",
                "PRG_SUPERVISED ERROR 9 ",
                "PRG_SUPERVISED ERROR 9 枫川街道",
                "PRG_INVALID_PROGRESS ERROR 10 杨柳铺镇",
                "PRG_INVALID_PROGRESS ERROR 11 鹿鸣镇",
                "PRG_INVALID_PROGRESS ERROR 13 枫川街道");
        assertThat(findings).filteredOn(f -> f.get("month").equals("2026-05"))
                .allSatisfy(f -> assertThat(f.get("rule") + " " + f.get("indicator_no")).isEqualTo("PRG_LAGGING 9"));
    }

    @Test
    void exactlyOneStatedRateDisagreesWithItsFigures() throws IOException {
        List<CSVRecord> wrong = records("answers.csv").stream()
                .filter(r -> r.get("kind").equals("rate") && r.get("status").equals("wrong")).toList();

        assertThat(wrong).hasSize(1);
        assertThat(wrong.get(0).get("township") + " " + wrong.get(0).get("month") + " " + wrong.get(0).get("value"))
                .isEqualTo("白石镇 2026-06 60.00%");
    }

    @Test
    void theScheduleTurnsIndicator12FromGreenToRedInBothMonthsAndSupervisedInJune() throws IOException {
        List<CSVRecord> difference = records("schedule-difference.csv");
        Set<List<String>> plain = records("expected-findings.csv").stream().map(r -> List.of(r.values()))
                .collect(Collectors.toSet());
        List<CSVRecord> added = records("expected-findings-with-schedule.csv").stream()
                .filter(r -> !plain.contains(List.of(r.values()))).toList();

        assertThat(difference).hasSize(2 * 9).allSatisfy(r -> {
            assertThat(r.get("indicator_no")).isEqualTo("12");
            assertThat(r.get("light_default")).isEqualTo("GREEN");
            assertThat(r.get("light_schedule")).isEqualTo("RED");
        });
        assertThat(records("expected-findings-with-schedule.csv")).hasSize(plain.size() + added.size());
        assertThat(added).isNotEmpty().allSatisfy(r -> assertThat(r.get("indicator_no")).isEqualTo("12"));
        assertThat(added).anyMatch(r -> r.get("rule").equals("PRG_SUPERVISED") && r.get("township").isEmpty());
    }

    @Test
    void theWidePairSheetMergesEachTownshipOverItsTwoColumns() throws IOException {
        for (String month : MONTHS) {
            Path file = workbooks(folder.resolve("submissions").resolve(month)).stream()
                    .filter(p -> p.getFileName().toString().startsWith("县卫健局")).findFirst().orElseThrow();
            Sheet sheet = open(file).getSheet("进度统计");
            List<CellRangeAddress> pairs = sheet.getMergedRegions().stream()
                    .filter(r -> r.getFirstRow() == 2 && r.getLastRow() == 2 && r.getNumberOfCells() == 2).toList();

            assertThat(pairs).as(month).hasSize(8 + 1);
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("目标任务");
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("累计完成");
        }
    }

    @Test
    void writesTheSameAnswersAndFindingsTwice(@TempDir Path again) throws IOException {
        ProgressCounty.write(again);

        for (String name : List.of("answers.csv", "expected-findings.csv", "expected-findings-with-schedule.csv",
                "schedule-difference.csv", "schedule.csv")) {
            assertThat(again.resolve(name)).as(name).hasSameTextualContentAs(folder.resolve(name));
        }
    }

    private static Cell cell(String month, String file, String sheetName, String a1) throws IOException {
        Sheet sheet = open(folder.resolve("submissions").resolve(month).resolve(file)).getSheet(sheetName);
        assertThat(sheet).as(file + " " + sheetName).isNotNull();
        CellReference ref = new CellReference(a1);
        Row row = sheet.getRow(ref.getRow());
        assertThat(row).as(file + " " + a1).isNotNull();
        Cell cell = row.getCell(ref.getCol());
        assertThat(cell).as(file + " " + a1).isNotNull();
        return cell;
    }

    private static Workbook open(Path file) throws IOException {
        Workbook wb = OPEN.get(file.toString());
        if (wb == null) {
            wb = WorkbookFactory.create(file.toFile(), null, true);
            OPEN.put(file.toString(), wb);
        }
        return wb;
    }

    private static List<CSVRecord> records(String name) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(folder.resolve(name), StandardCharsets.UTF_8)) {
            return format.parse(in).getRecords();
        }
    }

    private static List<Path> workbooks(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".xls") || p.toString().endsWith(".xlsx")).sorted().toList();
        }
    }
}

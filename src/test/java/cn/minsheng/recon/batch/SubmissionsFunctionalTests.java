package cn.minsheng.recon.batch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.model.Period;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The reconcileJob on the shipped sample: the official tables of seed 004 and a month of department submissions
 * in every layout, both formats, with one planted instance of each SUB_ and FILE_ rule (the answer file).
 */
@SpringBatchTest
@SpringBootTest(properties = {"recon.command-line.enabled=false", "spring.batch.job.enabled=false"})
class SubmissionsFunctionalTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:submissions-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;

    @TempDir
    Path output;

    @Test
    void findsEveryPlantedDefectOfTheSampleMonthAndNothingElse() throws Exception {
        // given the shipped sample: input/official and input/submissions/2026-03

        // when
        JobExecution execution = jobOperatorTestUtils.startJob(request().toJobParameters(RunIdentity.of(output.toString())));

        // then
        assertFoundEveryPlantedDefectAndNothingElse(execution, output);
    }

    /** The sample job completed, read every file in a partition of its own and found exactly the answer file. */
    static void assertFoundEveryPlantedDefectAndNothingElse(JobExecution execution, Path output) throws IOException {
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long files;
        try (var listing = Files.list(Path.of("input/submissions/2026-03"))) {
            files = listing.count();
        }
        // ingest is partitioned: a few worker step executions, each reading its share of the files one per chunk,
        // every file of the folder in exactly one of them
        List<StepExecution> workers = execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith("ingestSubmissionFileStep:")).toList();
        assertThat(workers).isNotEmpty().hasSizeLessThanOrEqualTo((int) files);
        assertThat(workers.stream().mapToLong(StepExecution::getCommitCount).sum()).isEqualTo(files);
        List<CSVRecord> expected = csv(Files.newBufferedReader(
                Path.of("src/test/resources/sample/expected-findings-2026-03.csv"), StandardCharsets.UTF_8));
        List<CSVRecord> found = findings(output).stream().filter(r -> !r.get("rule").startsWith("OFF_")).toList();
        assertThat(found.stream().map(SubmissionsFunctionalTests::key).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(SubmissionsFunctionalTests::key).toList());
        assertThat(found).hasSameSizeAs(expected);
        // every planted defect that names a cell is found at that cell (file findings and a missing
        // submission name none)
        for (CSVRecord planted : expected) {
            if (!planted.get("cell").isEmpty()) {
                assertThat(found).filteredOn(r -> key(r).equals(key(planted)))
                        .extracting(r -> r.get("cell")).as(key(planted)).containsExactly(planted.get("cell"));
            }
        }
    }

    @Test
    void theLedgerListsEveryFileAndLosesNoValue() throws Exception {
        jobOperatorTestUtils.startJob(request().toJobParameters(RunIdentity.of(output.toString())));

        Path workbookFile = output.resolve("2026-03").resolve("reconciliation-2026-03.xlsx");
        try (InputStream in = Files.newInputStream(workbookFile); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet ledger = workbook.getSheet("报送情况");
            List<String> files;
            try (var listing = Files.list(Path.of("input/submissions/2026-03"))) {
                files = listing.map(p -> p.getFileName().toString()).toList();
            }
            List<Row> rows = new java.util.ArrayList<>();
            ledger.forEach(rows::add);
            List<Row> lines = rows.subList(1, rows.size());
            assertThat(lines).extracting(r -> r.getCell(0).getStringCellValue())
                    .filteredOn(name -> !name.isEmpty()).containsExactlyInAnyOrderElementsOf(files);
            assertThat(lines).filteredOn(r -> r.getCell(0).getStringCellValue().startsWith("~$"))
                    .extracting(r -> r.getCell(2).getStringCellValue()).containsExactly("已忽略");
            assertThat(lines).filteredOn(r -> r.getCell(0).getStringCellValue().isEmpty())
                    .extracting(r -> r.getCell(1).getStringCellValue() + r.getCell(2).getStringCellValue())
                    .containsExactlyInAnyOrder("市妇联未报送", "市住建局未报送");
            assertThat(lines).filteredOn(r -> r.getCell(0).getStringCellValue().equals("卫健局民生实事报送（3月20日）.xlsx"))
                    .extracting(r -> r.getCell(2).getStringCellValue()).containsExactly("已被替代");
            assertThat(lines).filteredOn(r -> r.getCell(0).getStringCellValue().equals("民生实事报送表(1).xlsx"))
                    .extracting(r -> r.getCell(2).getStringCellValue()).containsExactly("无法读取");
            for (Row line : lines) {
                double read = line.getCell(6).getNumericCellValue();
                double reconciled = line.getCell(7).getNumericCellValue();
                double underFinding = line.getCell(8).getNumericCellValue();
                assertThat(read).as(line.getCell(0).getStringCellValue()).isEqualTo(reconciled + underFinding);
            }
            assertThat(lines).filteredOn(r -> r.getCell(0).getStringCellValue().equals("供销联社报送3月.xlsx"))
                    .extracting(r -> r.getCell(6).getNumericCellValue()).allMatch(read -> read > 0);
        }
    }

    /** The rules whose cell is a data cell read: the value (or blank) a finding is about, or a sheet's own 合计. */
    private static final Set<String> AT_A_VALUE = Set.of("SUB_VALUE_MISMATCH", "SUB_MISSING_TOWNSHIP",
            "SUB_EXTRA_TOWNSHIP", "SUB_INVALID_VALUE", "SUB_FORMULA_NO_VALUE", "SUB_DUPLICATE", "SUB_BELOW_STANDARD",
            "SUB_UNKNOWN_TOWNSHIP", "SUB_TOTAL_ROW_MISMATCH", "SUB_SUM_MISMATCH");

    @Test
    void theLedgerCountsEveryFlaggedCellUnderAFindingOnceAndItsCountsAddUp() throws Exception {
        // given the shipped sample, whose answer file names the cell of each planted defect
        List<CSVRecord> planted = csv(Files.newBufferedReader(
                Path.of("src/test/resources/sample/expected-findings-2026-03.csv"), StandardCharsets.UTF_8));

        // when
        jobOperatorTestUtils.startJob(request().toJobParameters(RunIdentity.of(output.toString())));

        // then every line adds up, and a file holds at least as many cells under a finding as it has flagged cells
        Map<String, int[]> ledger = ledgerCounts(output);
        assertThat(ledger).isNotEmpty();
        ledger.forEach((file, counts) -> assertThat(counts[0]).as("%s: read = reconciled + under a finding", file)
                .isEqualTo(counts[1] + counts[2]));
        Map<String, Long> flagged = planted.stream().filter(r -> AT_A_VALUE.contains(r.get("rule")))
                .collect(Collectors.groupingBy(r -> r.get("file"), Collectors.mapping(r -> r.get("cell"),
                        Collectors.collectingAndThen(Collectors.toSet(), cells -> (long) cells.size()))));
        assertThat(flagged).hasSizeGreaterThan(5);
        flagged.forEach((file, cells) -> assertThat(ledger.get(file)[2]).as("%s: cells under a finding", file)
                .isGreaterThanOrEqualTo(cells.intValue()));
        // exactly, where the sample's plan says which cells the findings are about:
        // 市卫健局's newest file: 13 白塘镇 differs (L5), 14 神鼎山镇 is blank (R6); its 15 (another unit's
        // indicator) is compared all the same
        assertThat(ledger.get("2026年3月民生实事报送-市卫健局.xlsx")).containsExactly(112, 110, 2);
        // its older file: every value replaced by the newer one, under FILE_SUPERSEDED
        assertThat(ledger.get("卫健局民生实事报送（3月20日）.xlsx")).containsExactly(32, 0, 32);
        // 市人社局 (4 columns × 15 townships and a 合计 row): 8's split misses 6000 (its 15 parts and the 合计),
        // 10's 合计 is not the sum of its parts (1), 9 is an upper level's, only noted (its 16 cells, blanks too);
        // its 3月完成情况 sheet (8's and 10's completion, 2 columns × 15 townships and a 合计 row) is on schedule
        assertThat(ledger.get("人社局3月报表.xls")).containsExactly(64 + 32, 31 + 32, 33);
        // 市供销联社: an extra township, a negative and an unknown name; 市民政局: one value below the standard;
        // 市教体局: 待定 where a number is due (its related unit's indicator is compared all the same)
        assertThat(ledger.get("供销联社报送3月.xlsx")).containsExactly(14, 11, 3);
        assertThat(ledger.get("民政局报送表2026.3.xls")).containsExactly(75, 74, 1);
        assertThat(ledger.get("市教体局-3月民生实事报送.xls")).containsExactly(60, 59, 1);
    }

    /** 报送情况's lines of files: name → cells read, reconciled, under a finding (found by their headers). */
    private static Map<String, int[]> ledgerCounts(Path output) throws IOException {
        Path workbookFile = output.resolve("2026-03").resolve("reconciliation-2026-03.xlsx");
        Map<String, int[]> counts = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(workbookFile); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet ledger = workbook.getSheet("报送情况");
            List<String> titles = new java.util.ArrayList<>();
            ledger.getRow(0).forEach(cell -> titles.add(cell.getStringCellValue()));
            for (Row row : ledger) {
                String file = row.getCell(titles.indexOf("文件")).getStringCellValue();
                if (row.getRowNum() > 0 && !file.isEmpty()) {
                    counts.put(file, Stream.of("读取单元格", "参与对账", "列入问题")
                            .mapToInt(title -> (int) row.getCell(titles.indexOf(title)).getNumericCellValue())
                            .toArray());
                }
            }
        }
        return counts;
    }

    @Test
    void everyDepartmentGetsItsFeedbackFile() throws Exception {
        // given the shipped sample

        // when
        jobOperatorTestUtils.startJob(request().toJobParameters(RunIdentity.of(output.toString())));

        // then 市卫健局's newest file comes back marked, its findings listed first
        Path feedback = output.resolve("2026-03").resolve("feedback");
        try (InputStream in = Files.newInputStream(feedback.resolve("市卫健局.xlsx"));
                Workbook workbook = WorkbookFactory.create(in)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("问题说明");
            Sheet list = workbook.getSheetAt(0);
            assertThat(list.getRow(0).getCell(0).getStringCellValue()).contains("市卫健局", "2026年3月");
            // below the title, two lines and the header: one line per finding, its place a link to its cell
            List<String> cells = new java.util.ArrayList<>();
            for (int r = 4; r <= list.getLastRowNum(); r++) {
                var link = list.getRow(r).getCell(4).getHyperlink();
                cells.add(list.getRow(r).getCell(2).getStringCellValue() + "|"
                        + (link == null ? "" : link.getAddress()));
            }
            List<CSVRecord> expected = findings(output).stream()
                    .filter(r -> r.get("file").equals("2026年3月民生实事报送-市卫健局.xlsx")).toList();
            assertThat(expected).isNotEmpty();
            assertThat(cells).hasSameSizeAs(expected);
            assertThat(cells).anyMatch(c -> c.contains("13.") && c.contains("白塘镇") && c.endsWith("|'Sheet1'!L5"))
                    .anyMatch(c -> c.contains("14.") && c.contains("神鼎山镇") && c.endsWith("|'Sheet1'!R6"))
                    .anyMatch(c -> c.contains("市卫健局报送了不由其牵头的指标") && c.endsWith("|'Sheet1'!B10"));
            assertThat(workbook.getNumberOfSheets()).isGreaterThan(1);
        }
        // and 市妇联, which sent nothing, gets a notice of what it owes: its indicator 3, 4 场(次) in each township
        try (InputStream in = Files.newInputStream(feedback.resolve("市妇联.xlsx"));
                Workbook workbook = WorkbookFactory.create(in)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("报送提醒");
            String text = sheetText(workbook.getSheetAt(0));
            assertThat(text).contains("市妇联本期没有报送", "2026年3月", "开展60场心理健康和家庭教育指导“向阳花”活动",
                    "归义街道", "神鼎山镇");
            Row owed = workbook.getSheetAt(0).getRow(4);
            assertThat(owed.getCell(0).getStringCellValue()).isEqualTo("3");
            assertThat(owed.getLastCellNum()).isEqualTo((short) (3 + 15));
            for (int c = 3; c < 3 + 15; c++) {
                assertThat(owed.getCell(c).getNumericCellValue()).isEqualTo(4);
            }
        }
        // and 市住建局, whose values came only in a file of unknown department, is told which file, not 没有报送
        try (InputStream in = Files.newInputStream(feedback.resolve("市住建局.xlsx"));
                Workbook workbook = WorkbookFactory.create(in)) {
            String text = sheetText(workbook.getSheetAt(0));
            assertThat(text).doesNotContain("本期没有报送").contains("新建 Microsoft Excel 工作表.xlsx",
                    "请将文件名改为含“市住建局”的名称", "更新住宅老旧电梯", "不分乡镇（统筹）：7");
        }
    }

    private static String sheetText(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        sheet.forEach(row -> row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('|')));
        return text.toString();
    }

    @Test
    void everyFindingAtACellIsMarkedThereInTheDepartmentsFeedbackFileWhoseValuesStayAsSent() throws Exception {
        jobOperatorTestUtils.startJob(request().toJobParameters(RunIdentity.of(output.toString())));

        Path feedback = output.resolve("2026-03").resolve("feedback");
        int marked = 0;
        int atACell = 0;
        for (CSVRecord finding : findings(output)) {
            String file = finding.get("file");
            if (finding.get("cell").isEmpty() || finding.get("department").isEmpty()) {
                continue;
            }
            atACell++;
            String extension = file.substring(file.lastIndexOf('.'));
            Path own = feedback.resolve(finding.get("department") + extension);
            Path input = Path.of("input/submissions/2026-03", file);
            try (InputStream in = Files.newInputStream(own); Workbook marks = WorkbookFactory.create(in);
                    InputStream sent = Files.newInputStream(input); Workbook original = WorkbookFactory.create(sent)) {
                // the department's file comes back with the same cells and values (in the sample, a department's
                // findings at a cell are all in its newest file)
                assertThat(sameCells(original, marks)).as(own.toString()).isTrue();
                var cell = new org.apache.poi.ss.util.CellReference(finding.get("cell"));
                var at = marks.getSheet(finding.get("sheet")).getRow(cell.getRow()).getCell(cell.getCol());
                assertThat(at.getCellComment()).as(finding.toString()).isNotNull();
                assertThat(at.getCellComment().getString().getString()).contains(finding.get("message"));
                assertThat(at.getCellStyle().getFillPattern())
                        .isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
                marked++;
            }
        }
        // 17 planted target defects at a cell, and 5 completion figures: 43 red (三江镇), yellow (白塘镇) and over
        // target (长乐镇), 17 blank (白水镇), 18 a note (白水镇)
        assertThat(marked).isEqualTo(atACell).isEqualTo(17 + 5);
    }

    /** Every sheet of {@code original} is in {@code marked} with the same cells and values. */
    private static boolean sameCells(Workbook original, Workbook marked) {
        for (Sheet sheet : original) {
            Sheet copy = marked.getSheet(sheet.getSheetName());
            if (copy == null) {
                return false;
            }
            for (Row row : sheet) {
                for (var cell : row) {
                    Row other = copy.getRow(row.getRowNum());
                    var twin = other == null ? null : other.getCell(cell.getColumnIndex());
                    if (twin == null || !twin.toString().equals(cell.toString())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private ReconcileRequest request() {
        return sample(output);
    }

    /** The shipped sample's month, outputs under {@code output}. */
    static ReconcileRequest sample(Path output) {
        return new ReconcileRequest(Period.parse("2026-03"), Path.of("input/official"), Path.of("input/submissions/2026-03"),
                output);
    }

    private static List<CSVRecord> findings(Path output) throws IOException {
        String content = Files.readString(output.resolve("2026-03").resolve("findings.csv"), StandardCharsets.UTF_8);
        return csv(new StringReader(content.substring(1)));
    }

    private static List<CSVRecord> csv(Reader reader) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }

    private static String key(CSVRecord r) {
        return String.join("|", r.get("rule"), r.get("department"), r.get("indicator_no"), r.get("township"),
                r.get("file"));
    }
}

package cn.minsheng.recon.batch;

import static cn.minsheng.recon.sample.OfficialLayout.PRINTED;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.sample.OfficialWorkbooks;
import cn.minsheng.recon.sample.PlanFixture;
import cn.minsheng.recon.sample.PlanIndicator;
import cn.minsheng.recon.sample.SubmissionLayout;
import cn.minsheng.recon.sample.SubmissionWorkbooks;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Item;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Options;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The leaders' workbook, read back with POI after the real job ran: 总览 with its statuses and chart, 分解对账 with
 * the submitted values and every difference coloured and commented at its cell, 问题清单 linking to those cells,
 * print setup and fonts on every sheet, input text that never turns into a formula, and a workbook someone has
 * open left alone.
 */
@SpringBatchTest
@SpringBootTest(properties = {"recon.command-line.enabled=false", "spring.batch.job.enabled=false"})
class ReconciliationWorkbookTests {

    private static final String HOSTILE = "=HYPERLINK(\"http://evil.example\",\"点我\")";
    private static final short[] MARKS = {IndexedColors.CORAL.getIndex(), IndexedColors.TAN.getIndex(),
        IndexedColors.PALE_BLUE.getIndex(), IndexedColors.ROSE.getIndex(), IndexedColors.LIGHT_YELLOW.getIndex(),
        IndexedColors.LIGHT_TURQUOISE.getIndex()};
    /** The traffic lights' fills of a completion's cell. */
    private static final short[] LIGHTS = {IndexedColors.RED.getIndex(), IndexedColors.YELLOW.getIndex(),
        IndexedColors.BRIGHT_GREEN.getIndex()};

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:workbook-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;

    @TempDir
    Path work;

    @Test
    void theReconciledTableColoursAndCommentsEveryDifferenceAtItsCell() throws Exception {
        runSample(1L);

        List<CSVRecord> findings = findingsCsv();
        try (XSSFWorkbook workbook = open(workbook())) {
            Sheet table = workbook.getSheet("分解对账");
            // 13 白塘镇: the submitted value in place, coloured as a mismatch, the comment with both values and source
            CSVRecord mismatch = only(findings, "SUB_VALUE_MISMATCH", "13");
            Cell baitang = cell(table, "13", "白塘镇");
            assertThat(baitang.getNumericCellValue())
                    .isEqualTo(new BigDecimal(mismatch.get("submitted_value")).doubleValue());
            assertThat(fill(baitang)).isEqualTo(IndexedColors.CORAL.getIndex());
            assertThat(comment(baitang)).contains("数值与分解不符", "官方值：" + mismatch.get("official_value"),
                    "报送值：" + mismatch.get("submitted_value"),
                    "来源：2026年3月民生实事报送-市卫健局.xlsx / " + mismatch.get("sheet") + " / L5");
            // 14 神鼎山镇 left out: missing; 31 桃林寺镇 given a number the breakdown does not allocate: extra
            assertThat(fill(cell(table, "14", "神鼎山镇"))).isEqualTo(IndexedColors.TAN.getIndex());
            assertThat(comment(cell(table, "14", "神鼎山镇"))).contains("乡镇漏报", "R6");
            assertThat(fill(cell(table, "31", "桃林寺镇"))).isEqualTo(IndexedColors.PALE_BLUE.getIndex());
            assertThat(comment(cell(table, "31", "桃林寺镇"))).contains("乡镇多报", "F10");
            // a value that agrees: in place, green, no comment
            Cell xinshi = cell(table, "13", "新市街道");
            assertThat(xinshi.getNumericCellValue()).isEqualTo(0.8865);
            assertThat(fill(xinshi)).isEqualTo(IndexedColors.LIGHT_GREEN.getIndex());
            assertThat(xinshi.getCellComment()).isNull();
            // indicator 4 is expected from 市总工会, whose file holds no recognisable table: 未报送
            Row four = rowWhere(table, 2, "4");
            assertThat(four.getCell(6).getStringCellValue()).isEqualTo("未报送");

            // every finding about a cell of the table is coloured and commented there, and 问题清单 links to it
            Sheet list = workbook.getSheet("问题清单");
            assertThat(list.getLastRowNum()).isEqualTo(findings.size());
            Map<String, Integer> columns = columns(list);
            int linkedToTable = 0;
            for (int r = 1; r <= list.getLastRowNum(); r++) {
                Row row = list.getRow(r);
                String message = row.getCell(columns.get("说明")).getStringCellValue();
                String indicator = row.getCell(columns.get("指标编号")).getStringCellValue();
                String file = row.getCell(columns.get("文件")).getStringCellValue();
                Cell link = row.getCell(columns.get("对账表位置"));
                if (indicator.isEmpty() && file.isEmpty()
                        && !row.getCell(columns.get("部门")).getStringCellValue().isEmpty()) {
                    assertThat(link.getHyperlink()).as(message).isNotNull(); // a department that sent nothing
                }
                if (link.getHyperlink() == null) {
                    assertThat(indicator).as(message).isEmpty();
                    continue;
                }
                assertThat(link.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
                CellReference target = new CellReference(link.getHyperlink().getAddress());
                Cell cell = workbook.getSheet(target.getSheetName()).getRow(target.getRow())
                        .getCell(target.getCol());
                if (target.getSheetName().equals("报送情况")) {
                    assertThat(cell.getStringCellValue()).as(message).isEqualTo(file);
                    continue;
                }
                assertThat(target.getSheetName()).isEqualTo(row.getCell(columns.get("规则")).getStringCellValue()
                        .startsWith("OFF_")
                        ? "官方分解表" : "分解对账");
                assertThat(cell.getRow().getCell(2).getStringCellValue()).as(message).isEqualTo(indicator);
                assertThat(comment(cell)).as(message).contains(message);
                // a completion's cell is lit by its traffic light, or marked as any other when under an error
                assertThat(fill(cell)).as(message).isIn(Stream.concat(Stream.of(box(MARKS)),
                        Stream.of(box(message.contains("累计完成") ? LIGHTS : new short[0]))).toArray());
                linkedToTable++;
            }
            assertThat(linkedToTable).isEqualTo(count(findings, r -> !r.get("indicator_no").isEmpty()));
        }
    }

    @Test
    void everySheetIsInTheFontsOfAChineseOfficeAndAboutNamesEveryInputWithItsHash() throws Exception {
        runSample(1L);

        try (XSSFWorkbook workbook = open(workbook())) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getFontName())
                                .as(sheet.getSheetName() + "!" + cell.getAddress()).isIn("宋体", "黑体");
                    }
                }
            }
            // headers in 黑体
            Sheet table = workbook.getSheet("分解对账");
            assertThat(workbook.getFontAt(table.getRow(0).getCell(0).getCellStyle().getFontIndex()).getFontName())
                    .isEqualTo("黑体");
            // 说明 names every input with its SHA-256
            Sheet about = workbook.getSheet("说明");
            List<String> texts = new ArrayList<>();
            about.forEach(row -> row.forEach(cell -> texts.add(cell.getCellType() == CellType.STRING
                    ? cell.getStringCellValue() : "")));
            for (Path input : inputs()) {
                assertThat(texts).as(input.toString()).contains(input.getFileName().toString(), sha256(input));
            }
        }
    }

    @Test
    void textFromAnInputNeverTurnsIntoAFormula() throws Exception {
        // given a county one of whose townships is named like a formula, and a submission that gets it wrong
        PlanFixture plan = hostile(PlanFixture.sampleCounty());
        Path official = OfficialWorkbooks.writeSeparate(work.resolve("official"), plan, PRINTED, false);
        Path submissions = work.resolve("submissions");
        Map<String, BigDecimal> doctors = plan.indicator(8).townships();
        Item item = Item.of("8", "8.培训乡村医生", "人").withNumbers(doctors).with(HOSTILE, "5");
        SubmissionWorkbooks.write(submissions.resolve("县卫健局3月报送.xlsx"),
                new Report("2026年3月民生实事报送表", "县卫健局", "2026年3月25日", plan.townships(), List.of(item)),
                Options.of(SubmissionLayout.WIDE));

        // when
        var execution = jobOperatorTestUtils.startJob(new ReconcileRequest(Period.parse("2026-03"), official, submissions,
                work.resolve("output")).toJobParameters(RunIdentity.of(work + "/hostile")));

        // then the township is found wrong, and everywhere we wrote it, it is text
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        CSVRecord mismatch = only(findingsCsv(), "SUB_VALUE_MISMATCH", "8");
        assertThat(mismatch.get("township")).isEqualTo("'" + HOSTILE);
        try (XSSFWorkbook workbook = open(workbook())) {
            assertThat(allText(workbook)).contains("'" + HOSTILE);
            assertNoFormulaAndNothingRunnable(workbook);
            Cell hostile = cell(workbook.getSheet("分解对账"), "8", "'" + HOSTILE);
            assertThat(hostile.getNumericCellValue()).isEqualTo(5);
            assertThat(fill(hostile)).isEqualTo(IndexedColors.CORAL.getIndex());
        }
        try (InputStream in = Files.newInputStream(work.resolve("output/2026-03/feedback/县卫健局.xlsx"));
                Workbook feedback = WorkbookFactory.create(in)) {
            Sheet added = feedback.getSheet("问题说明");
            List<String> ours = new ArrayList<>();
            added.forEach(row -> row.forEach(cell -> ours.add(cell.toString())));
            // the township is named inside the finding's sentence, never at the start of a cell
            assertThat(ours).anyMatch(t -> t.contains(HOSTILE));
            assertThat(ours).noneMatch(t -> t.startsWith("="));
            for (Sheet sheet : feedback) {
                sheet.forEach(row -> row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA)));
            }
        }
    }

    @Test
    void theFindingsListPutsTheMostSeriousFirstThenGoesUnitByUnitAndNamesEachRuleInChinese() throws Exception {
        runSample(1L);

        List<CSVRecord> findings = findingsCsv();
        try (XSSFWorkbook workbook = open(workbook())) {
            Sheet list = workbook.getSheet("问题清单");
            Map<String, Integer> columns = columns(list);
            // the rule's Chinese name beside its code, the figure weighed beside the official and submitted ones
            assertThat(columns.get("规则名称")).isEqualTo(columns.get("规则") + 1);
            assertThat(columns.get("比对值")).isEqualTo(columns.get("差额") + 1);
            assertThat(columns.get("比对对象")).isEqualTo(columns.get("比对值") + 1);
            List<String> rows = new ArrayList<>();
            for (int r = 1; r <= list.getLastRowNum(); r++) {
                Row row = list.getRow(r);
                rows.add(String.join("|", row.getCell(columns.get("级别")).getStringCellValue(),
                        row.getCell(columns.get("部门")).getStringCellValue(),
                        row.getCell(columns.get("规则")).getStringCellValue(),
                        row.getCell(columns.get("规则名称")).getStringCellValue(),
                        row.getCell(columns.get("单元格")).getStringCellValue(),
                        row.getCell(columns.get("比对对象")).getStringCellValue()));
            }
            // errors, then warnings, then notes; the sample's errors unit by unit in the order of their names (供
            // gōng, 教 jiào, 民 mín, 农 nóng, 人 rén, 卫 wèi, 自 zì, 总 zǒng), those of no unit (the official tables',
            // files of no known unit) last
            assertThat(rows.stream().map(row -> row.split("\\|")[0]).distinct())
                    .containsExactly("错误", "警告", "提示");
            assertThat(rows.stream().filter(row -> row.startsWith("错误|")).map(row -> row.split("\\|")[1])
                    .distinct()).containsExactly("市供销联社", "市教体局", "市民政局", "市农业农村局", "市人社局", "市卫健局",
                    "市自然资源局", "市总工会", "");
            // and a unit's findings of one severity in the order they were raised, which is findings.csv's
            for (CSVRecord finding : findings) {
                String severity = Map.of("ERROR", "错误", "WARNING", "警告", "INFO", "提示").get(finding.get("severity"));
                String block = severity + "|" + finding.get("department") + "|";
                assertThat(rows.stream().filter(row -> row.startsWith(block)).map(row -> row.split("\\|")[2]))
                        .as(block).containsExactlyElementsOf(findings.stream()
                                .filter(f -> f.get("severity").equals(finding.get("severity"))
                                        && f.get("department").equals(finding.get("department")))
                                .map(f -> f.get("rule")).toList());
            }
            assertThat(rows).contains("错误|市卫健局|SUB_VALUE_MISMATCH|数值与分解不符|L5|",
                    "警告|市人社局|SUB_TOTAL_ROW_MISMATCH|表内合计与明细不符|D19|各部分之和",
                    "错误||OFF_SUM_MISMATCH|官方表合计不符|" + only(findings, "OFF_SUM_MISMATCH", "12").get("cell")
                            + "|各乡镇目标合计");
            assertThat(rows).hasSameSizeAs(findings);
        }
    }

    @Test
    void aWorkbookSomeoneHasOpenIsLeftAloneAndTheRunWritesBesideIt() throws Exception {
        // given a first run's workbook, open in Excel (its owner file beside it)
        runSample(1L);
        Path folder = work.resolve("output/2026-03");
        byte[] first = Files.readAllBytes(workbook());
        Files.writeString(folder.resolve("~$conciliation-2026-03.xlsx"), "owner");

        // when the period is reconciled again
        runSample(2L);

        // then the open workbook is untouched and the new one is -2
        assertThat(Files.readAllBytes(workbook())).isEqualTo(first);
        try (XSSFWorkbook second = open(folder.resolve("reconciliation-2026-03-2.xlsx"))) {
            assertThat(second.getSheet("问题清单").getLastRowNum()).isEqualTo(findingsCsv().size());
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void theFrontPageSaysWhatChangedSinceThePreviousRunOfThePeriodAndAboutListsIt() throws Exception {
        // given a first run of the sample month
        Path submissions = work.resolve("submissions");
        Files.createDirectories(submissions);
        try (Stream<Path> files = Files.list(Path.of("input/submissions/2026-03"))) {
            for (Path file : files.toList()) {
                Files.copy(file, submissions.resolve(file.getFileName()));
            }
        }
        run(submissions, 1L);

        // when 市供销联社 withdraws its file (which had three findings) and the month is reconciled again
        Files.delete(submissions.resolve("供销联社报送3月.xlsx"));
        run(submissions, 2L);

        // then 首页 counts what is new and what is gone, by unit, and 说明 lists them
        try (XSSFWorkbook workbook = open(workbook())) {
            Sheet front = workbook.getSheet("首页");
            List<String> lines = new ArrayList<>();
            front.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("与上次对账")) {
                    lines.add(cell.getStringCellValue());
                }
            }));
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0)).startsWith("与上次对账（")
                    .endsWith("）相比：新增问题 1 条（市供销联社 1），已解决 3 条（市供销联社 3）。");
            Sheet about = workbook.getSheet("说明");
            List<String> changes = new ArrayList<>();
            about.forEach(row -> {
                Cell what = row.getCell(0);
                if (what != null && what.getCellType() == CellType.STRING
                        && (what.getStringCellValue().startsWith("新增") || what.getStringCellValue().equals("已解决"))) {
                    changes.add(what.getStringCellValue() + "|" + row.getCell(1).getStringCellValue() + "|"
                            + row.getCell(2).getStringCellValue().split("：")[0] + "|"
                            + row.getCell(3).getStringCellValue());
                }
            });
            assertThat(changes).containsExactly("新增（警告）|市供销联社|未报送|", "已解决|市供销联社|数值无效|31",
                    "已解决|市供销联社|乡镇名称无法识别|31", "已解决|市供销联社|乡镇多报|31");
        }
    }

    // ---- helpers

    private void run(Path submissions, long id) throws Exception {
        var execution = jobOperatorTestUtils.startJob(new ReconcileRequest(Period.parse("2026-03"), Path.of("input/official"),
                submissions, work.resolve("output")).toJobParameters(RunIdentity.of(work + "/" + id)));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    private void runSample(long id) throws Exception {
        run(Path.of("input/submissions/2026-03"), id);
    }

    private Path workbook() {
        return work.resolve("output/2026-03/reconciliation-2026-03.xlsx");
    }

    private List<CSVRecord> findingsCsv() throws IOException {
        String content = Files.readString(work.resolve("output/2026-03/findings.csv"), StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFFrule,severity,department,indicator_no,indicator,township,"
                + "official_value,submitted_value,difference,unit,file,sheet,cell,message,"
                + "rule_name,compared_value,compared_with\r\n");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(content.substring(1))).getRecords();
    }

    private static List<Path> inputs() throws IOException {
        List<Path> inputs = new ArrayList<>();
        for (String folder : List.of("input/official", "input/submissions/2026-03")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.filter(p -> !p.getFileName().toString().startsWith("~$")
                        && !p.getFileName().toString().startsWith(".")).forEach(inputs::add);
            }
        }
        return inputs;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** A sheet's columns by the titles of its header row. */
    private static Map<String, Integer> columns(Sheet sheet) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        sheet.getRow(0).forEach(title -> columns.put(title.getStringCellValue(), title.getColumnIndex()));
        return columns;
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static Row rowWhere(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(value)) {
                return row;
            }
        }
        throw new AssertionError(sheet.getSheetName() + " has no row with " + value + " in column " + column);
    }

    /** The 分解对账 cell of an indicator (by its number) and a township (by its header). */
    private static Cell cell(Sheet table, String indicatorNo, String township) {
        Row header = table.getRow(0);
        for (Cell title : header) {
            if (title.getStringCellValue().equals(township)) {
                return rowWhere(table, 2, indicatorNo).getCell(title.getColumnIndex());
            }
        }
        throw new AssertionError("no township column " + township);
    }

    private static short fill(Cell cell) {
        return cell.getCellStyle().getFillForegroundColor();
    }

    private static String comment(Cell cell) {
        Comment comment = cell.getCellComment();
        assertThat(comment).as(cell.getSheet().getSheetName() + "!" + cell.getAddress() + " has a comment").isNotNull();
        return comment.getString().getString();
    }

    private static CSVRecord only(List<CSVRecord> findings, String rule, String indicatorNo) {
        List<CSVRecord> matching = findings.stream()
                .filter(r -> r.get("rule").equals(rule) && r.get("indicator_no").equals(indicatorNo)).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static long count(List<CSVRecord> findings, java.util.function.Predicate<CSVRecord> which) {
        return findings.stream().filter(which).count();
    }

    private static Short[] box(short[] values) {
        Short[] boxed = new Short[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    private static List<String> allText(Workbook workbook) {
        List<String> texts = new ArrayList<>();
        workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING) {
                texts.add(cell.getStringCellValue());
            }
            if (cell.getCellComment() != null) {
                texts.add(cell.getCellComment().getString().getString());
            }
        })));
        return texts;
    }

    /** No formula cell, and no text a spreadsheet would run: every such text starts with an apostrophe. */
    private static void assertNoFormulaAndNothingRunnable(Workbook workbook) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                            .isNotEqualTo(CellType.FORMULA);
                }
            }
        }
        assertThat(allText(workbook)).noneMatch(t -> !t.isEmpty() && "=+-@\t\r\n".indexOf(t.charAt(0)) >= 0);
    }

    /** The plan with its first township renamed to {@link #HOSTILE}, its values kept. */
    private static PlanFixture hostile(PlanFixture plan) {
        String first = plan.townships().get(0);
        List<String> townships = plan.townships().stream().map(t -> t.equals(first) ? HOSTILE : t).toList();
        List<PlanIndicator> indicators = plan.indicators().stream().map(indicator -> {
            LinkedHashMap<String, BigDecimal> values = new LinkedHashMap<>();
            indicator.townships().forEach((t, v) -> values.put(t.equals(first) ? HOSTILE : t, v));
            return indicator.townships().isEmpty() ? indicator : indicator.withTownships(values);
        }).toList();
        return plan.withTownships(townships).withIndicators(indicators);
    }
}

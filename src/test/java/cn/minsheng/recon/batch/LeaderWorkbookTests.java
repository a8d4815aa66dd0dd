package cn.minsheng.recon.batch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.testing.PrintedText;
import cn.minsheng.recon.testing.ReconOutputs;
import cn.minsheng.recon.testing.SampleCopy;
import cn.minsheng.recon.testing.SheetText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * The leaders' workbook as a deputy county head meets it, after the real job ran on the shipped sample: the sheets
 * in the order of SPEC §5, opening on 首页; 首页 answering who must fix what by when on one A4 page; 总览 worst
 * first; 一镇一表 a page per township; and every sheet printing its text at a legible size, its table's header
 * repeated.
 */
@SpringBatchTest
@SpringBootTest(properties = {"recon.command-line.enabled=false", "spring.batch.job.enabled=false",
    "recon.feedback.due-days=10"})
class LeaderWorkbookTests {

    private static final String PERIOD = "2026-03";
    /**
     * 首页's 需要督办 header row — one lower on a run with progress, whose lights take a headline of their own — and its
     * columns.
     */
    private static final int HEADER = 7;
    /** The units 需要督办 and the chart show beside the progress lights. */
    private static final int MOST_UNITS = 4;
    private static final int UNIT = 1;
    private static final int LEADER = 2;
    private static final int ERRORS = 3;
    private static final int WARNINGS = 4;
    private static final int PROBLEM = 5;
    private static final int DUE = 6;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:leader-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;

    @TempDir
    Path work;

    private List<CSVRecord> findings;
    private XSSFWorkbook workbook;

    @BeforeEach
    void runTheSample() throws Exception {
        var execution = jobOperatorTestUtils.startJob(new ReconcileRequest(Period.parse(PERIOD),
                Path.of("input/official"), Path.of("input/submissions/" + PERIOD), work.resolve("output"))
                .toJobParameters(RunIdentity.of(work + "/1")));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        findings = new ReconOutputs(work.resolve("output"), null).findings(PERIOD);
        try (InputStream in = Files.newInputStream(work.resolve("output/" + PERIOD + "/reconciliation-" + PERIOD
                + ".xlsx"))) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @AfterEach
    void close() throws IOException {
        workbook.close();
    }

    @Test
    void theSheetsComeInTheirOrderAndTheWorkbookOpensOnTheFrontPageAloneSelected() throws IOException {
        {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            // the sample reports completion: 督办清单 follows 首页
            assertThat(names).containsExactly("首页", "督办清单", "总览", "分解对账", "一镇一表", "问题清单", "报送情况",
                    "官方分解表", "说明");
            assertThat(workbook.getActiveSheetIndex()).isZero();
            assertThat(workbook.getFirstVisibleTab()).isZero();
            for (Sheet sheet : workbook) {
                assertThat(sheet.isSelected()).as(sheet.getSheetName()).isEqualTo(sheet.getSheetName().equals("首页"));
            }
        }
    }

    @Test
    void theFrontPageRanksTheUnitsThatMustCorrectSomethingWithTheirLeaderWorstProblemAndDueDate() throws IOException {
        {
            Sheet front = workbook.getSheet("首页");
            assertThat(text(front, HEADER, UNIT)).isEqualTo("单位");
            List<Row> lines = new ArrayList<>();
            for (int r = HEADER + 1; front.getRow(r) != null && numeric(front.getRow(r).getCell(0)); r++) {
                lines.add(front.getRow(r));
            }
            // every unit with errors or warnings is listed (at most eight), ranked by errors, then warnings
            Map<String, long[]> byUnit = openCounts();
            assertThat(lines).hasSize(Math.min(MOST_UNITS, byUnit.size()));
            long[] previous = {Long.MAX_VALUE, Long.MAX_VALUE};
            String due = LocalDate.now().plusDays(10).getYear() + "年" + LocalDate.now().plusDays(10).getMonthValue()
                    + "月" + LocalDate.now().plusDays(10).getDayOfMonth() + "日";
            for (Row line : lines) {
                String unit = line.getCell(UNIT).getStringCellValue();
                long errors = (long) line.getCell(ERRORS).getNumericCellValue();
                long warnings = (long) line.getCell(WARNINGS).getNumericCellValue();
                assertThat(byUnit).as(unit).containsKey(unit);
                assertThat(new long[] {errors, warnings}).as(unit).containsExactly(byUnit.get(unit));
                assertThat(errors < previous[0] || errors == previous[0] && warnings <= previous[1]).as(unit).isTrue();
                previous = new long[] {errors, warnings};
                assertThat(line.getCell(PROBLEM).getStringCellValue()).as(unit).startsWith(worstTitle(unit) + "：");
                assertThat(line.getCell(DUE).getStringCellValue()).as(unit).isEqualTo(due);
            }
            // no unit left out ranks above one listed
            long lastErrors = (long) lines.get(lines.size() - 1).getCell(ERRORS).getNumericCellValue();
            Set<String> listed = new TreeSet<>(lines.stream().map(l -> l.getCell(UNIT).getStringCellValue()).toList());
            byUnit.forEach((unit, counts) -> {
                if (!listed.contains(unit)) {
                    assertThat(counts[0]).as(unit).isLessThanOrEqualTo(lastErrors);
                }
            });
            // a unit's leaders are those 官方分解表 names for the indicators it leads
            Sheet official = workbook.getSheet("官方分解表");
            int leaderColumn = column(official, "牵头领导");
            for (Row line : lines) {
                String unit = line.getCell(UNIT).getStringCellValue();
                Set<String> leaders = new TreeSet<>();
                for (Row row : official) {
                    if (row.getRowNum() > 0 && row.getCell(leaderColumn + 1).getStringCellValue().equals(unit)
                            && !row.getCell(leaderColumn).getStringCellValue().isEmpty()) {
                        leaders.add(row.getCell(leaderColumn).getStringCellValue());
                    }
                }
                if (!leaders.isEmpty()) {
                    assertThat(new TreeSet<>(List.of(line.getCell(LEADER).getStringCellValue().split("、"))))
                            .as(unit).isEqualTo(leaders);
                }
            }
            // the headline figures and what changed
            String all = SheetText.all(front);
            long units = findings.stream().count();
            assertThat(all).contains("错误 " + count(r -> r.get("severity").equals("ERROR")) + " 条",
                    "警告 " + count(r -> r.get("severity").equals("WARNING")) + " 条",
                    "提示 " + count(r -> r.get("severity").equals("INFO")) + " 条", "整改反馈截止 " + due,
                    "本期首次对账");
            assertThat(units).isPositive();
        }
    }

    @Test
    void withoutCompletionThereIsNoSupervisionListAndNoProgressOnTheFrontPage() throws Exception {
        // given the sample's March without the three files that report completion beside their targets
        Path submissions = SampleCopy.withoutCompletion(work.resolve("plain"));
        var execution = jobOperatorTestUtils.startJob(new ReconcileRequest(Period.parse(PERIOD),
                Path.of("input/official"), submissions, work.resolve("plain/output"))
                .toJobParameters(RunIdentity.of(work + "/plain")));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(new ReconOutputs(work.resolve("plain/output"), null).findings(PERIOD))
                .noneMatch(r -> r.get("rule").startsWith("PRG_"));

        // then no figure was judged against the schedule: no 督办清单, and 首页 as before progress
        try (InputStream in = Files.newInputStream(work.resolve("plain/output/" + PERIOD + "/reconciliation-" + PERIOD
                + ".xlsx")); XSSFWorkbook plain = new XSSFWorkbook(in)) {
            assertThat(plain.getSheet("督办清单")).isNull();
            String front = SheetText.all(plain.getSheet("首页"));
            assertThat(front).doesNotContain("序时进度", "红灯", "挂牌督办");
            assertThat(text(plain.getSheet("首页"), HEADER - 2, 0)).startsWith("需要督办");
        }
        // while the sample itself has them
        assertThat(workbook.getSheet("督办清单")).isNotNull();
        assertThat(SheetText.all(workbook.getSheet("首页"))).contains("序时进度", "红灯");
    }

    @Test
    void theFrontPagePrintsOnOneA4PageInLargeLegibleType() throws IOException {
        {
            Sheet front = workbook.getSheet("首页");
            assertThat(front.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(front.getPrintSetup().getLandscape()).isFalse();
            assertThat(PrintedText.smallest(front)).isGreaterThanOrEqualTo(10.5);
            for (String headline : List.of("已报送", "发现问题")) {
                assertThat(PrintedText.of(SheetText.starting(front, headline))).as(headline).isGreaterThanOrEqualTo(14);
            }
            assertThat(PrintedText.height(front)).isLessThanOrEqualTo(PrintedText.a4PortraitHeight(front));
        }
    }

    @Test
    void theChartShowsOnlyUnitsWithOpenProblemsSortedOnAWholeNumberAxis() throws IOException {
        {
            List<XSSFChart> charts = ((XSSFSheet) workbook.getSheet("首页")).getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            XSSFChart chart = charts.get(0);
            XDDFChartData.Series series = chart.getChartSeries().get(0).getSeries(0);
            int points = series.getCategoryData().getPointCount();
            Map<String, long[]> byUnit = openCounts();
            assertThat(points).isEqualTo(Math.min(MOST_UNITS, byUnit.size())).isPositive();
            double previous = Double.MAX_VALUE;
            for (int i = 0; i < points; i++) {
                String unit = (String) series.getCategoryData().getPointAt(i);
                double value = ((Number) series.getValuesData().getPointAt(i)).doubleValue();
                assertThat(value).as(unit).isEqualTo(byUnit.get(unit)[0] + byUnit.get(unit)[1]).isPositive()
                        .isLessThanOrEqualTo(previous);
                previous = value;
            }
            XDDFValueAxis axis = null;
            for (XDDFChartAxis candidate : chart.getAxes()) {
                if (candidate instanceof XDDFValueAxis value) {
                    axis = value;
                }
            }
            assertThat(axis).isNotNull();
            assertThat(axis.getMinimum()).isZero();
            assertThat(axis.getMajorUnit()).isGreaterThanOrEqualTo(1).isEqualTo(Math.rint(axis.getMajorUnit()));
            assertThat(axis.getNumberFormat()).isEqualTo("0");
        }
    }

    @Test
    void theOverviewRanksUnitsWorstFirstEachWithTheIndicatorsItLeads() throws IOException {
        {
            Sheet overview = workbook.getSheet("总览");
            List<long[]> unitCounts = new ArrayList<>();
            List<String> units = new ArrayList<>();
            List<Long> indicatorErrors = new ArrayList<>();
            for (Row row : overview) {
                if (row.getRowNum() <= 2 || row.getCell(7) == null || !numeric(row.getCell(7))) {
                    continue;
                }
                String unit = row.getCell(0).getStringCellValue();
                long errors = (long) row.getCell(7).getNumericCellValue();
                if (!unit.isEmpty()) {
                    units.add(unit);
                    unitCounts.add(new long[] {errors, (long) row.getCell(8).getNumericCellValue()});
                    indicatorErrors.clear();
                } else {
                    indicatorErrors.add(errors);
                    assertThat(indicatorErrors).as(unit + " indicators").isSortedAccordingTo((a, b) -> Long.compare(b, a));
                }
            }
            assertThat(units).contains("市卫健局", "市妇联");
            for (int i = 1; i < unitCounts.size(); i++) {
                long[] before = unitCounts.get(i - 1);
                long[] now = unitCounts.get(i);
                assertThat(now[0] < before[0] || now[0] == before[0] && now[1] <= before[1]
                        || before[0] + before[1] == 0 || now[0] + now[1] == 0 && before[0] + before[1] > 0)
                        .as(units.get(i)).isTrue();
            }
            Map<String, long[]> byUnit = openCounts();
            for (int i = 0; i < units.size(); i++) {
                assertThat(unitCounts.get(i)).as(units.get(i))
                        .containsExactly(byUnit.getOrDefault(units.get(i), new long[] {0, 0}));
            }
            assertThat(text(overview, 1, 0)).containsSubsequence("有错误", "有警告", "未报送", "一致", "无需报送");
        }
    }

    @Test
    void theTownshipSheetGivesEachTownshipItsAllocatedIndicatorsOnAPageOfItsOwn() throws IOException {
        {
            Sheet official = workbook.getSheet("官方分解表");
            Sheet townships = workbook.getSheet("一镇一表");
            Row header = official.getRow(0);
            List<String> names = new ArrayList<>();
            for (int c = 7; c < header.getLastCellNum() - 2; c++) {
                names.add(header.getCell(c).getStringCellValue());
            }
            Map<String, List<String>> blocks = new LinkedHashMap<>();
            String current = null;
            for (Row row : townships) {
                Cell first = row.getCell(0);
                if (first == null || first.getCellType() != CellType.STRING) {
                    continue;
                }
                String text = first.getStringCellValue();
                if (text.contains("（属地责任）")) {
                    current = text.substring(0, text.indexOf("（"));
                    blocks.put(current, new ArrayList<>());
                    if (!blocks.isEmpty() && blocks.size() > 1) {
                        assertThat(townships.isRowBroken(row.getRowNum() - 1) || townships.isRowBroken(row.getRowNum() - 2))
                                .as(current + " starts a page").isTrue();
                    }
                } else if (current != null && !text.equals("指标编号")) {
                    blocks.get(current).add(text);
                }
            }
            assertThat(blocks.keySet()).containsExactlyElementsOf(names);
            // each township's indicators are those the official table allocates to it (or flagged there)
            for (int t = 0; t < names.size(); t++) {
                List<String> allocated = new ArrayList<>();
                for (Row row : official) {
                    int column = 7 + t;
                    Cell target = row.getCell(column);
                    boolean spanning = official.getMergedRegions().stream()
                            .anyMatch(m -> m.isInRange(row.getRowNum(), column));
                    if (row.getRowNum() > 0 && !spanning && numeric(target) && target.getNumericCellValue() != 0) {
                        allocated.add(row.getCell(2).getStringCellValue());
                    }
                }
                assertThat(blocks.get(names.get(t))).as(names.get(t)).containsAll(allocated);
            }
            // 白塘镇's planted mismatch on indicator 13
            Row thirteen = null;
            boolean inBaitang = false;
            for (Row row : townships) {
                Cell first = row.getCell(0);
                String text = first == null || first.getCellType() != CellType.STRING ? "" : first.getStringCellValue();
                if (text.contains("（属地责任）")) {
                    inBaitang = text.startsWith("白塘镇");
                } else if (inBaitang && text.equals("13")) {
                    thirteen = row;
                }
            }
            assertThat(thirteen).isNotNull();
            assertThat(thirteen.getCell(4).getNumericCellValue()).isEqualTo(0.5914);
            assertThat(thirteen.getCell(5).getStringCellValue()).isEqualTo("不符");
        }
    }

    @Test
    void everySheetPrintsItsTextAtNinePointsOrMoreWithItsTablesHeaderRepeated() throws IOException {
        {
            for (Sheet sheet : workbook) {
                String name = sheet.getSheetName();
                assertThat(sheet.getPrintSetup().getPaperSize()).as(name)
                        .isIn(PrintSetup.A4_PAPERSIZE, PrintSetup.A3_PAPERSIZE);
                assertThat(sheet.getFooter().getCenter()).as(name).isEqualTo("第 &P 页 共 &N 页");
                assertThat(PrintedText.smallest(sheet)).as(name).isGreaterThanOrEqualTo(9);
                CellRangeAddress repeated = sheet.getRepeatingRows();
                if (List.of("一镇一表", "说明").contains(name)) {
                    assertThat(repeated).as(name).isNull();
                    continue;
                }
                assertThat(repeated).as(name).isNotNull();
                assertThat(repeated.getFirstRow()).as(name).isEqualTo(repeated.getLastRow());
                Row header = sheet.getRow(repeated.getFirstRow());
                int labels = 0;
                for (Cell cell : header) {
                    if (cell.getColumnIndex() > PrintedText.area(sheet).getLastColumn()
                            || cell.getCellType() != CellType.STRING || cell.getStringCellValue().isEmpty()) {
                        continue;
                    }
                    labels++;
                    assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold())
                            .as(name + "!" + cell.getAddress() + " is a header").isTrue();
                }
                assertThat(labels).as(name).isGreaterThan(2);
            }
        }
    }

    @Test
    void everySheetAddedToAFeedbackFilePrintsOnA4AtNinePointsOrMore() throws IOException {
        List<Path> files;
        try (var listed = Files.list(work.resolve("output/" + PERIOD + "/feedback"))) {
            files = listed.sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        int added = 0;
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file); Workbook feedback = WorkbookFactory.create(in)) {
                for (String name : List.of("问题说明", "报送提醒")) {
                    Sheet sheet = feedback.getSheet(name);
                    if (sheet == null) {
                        continue;
                    }
                    added++;
                    String where = file.getFileName() + "!" + name;
                    assertThat(sheet.getPrintSetup().getPaperSize()).as(where).isEqualTo(PrintSetup.A4_PAPERSIZE);
                    assertThat(PrintedText.smallest(sheet)).as(where).isGreaterThanOrEqualTo(9);
                    assertThat(sheet.getFooter().getCenter()).as(where).contains("&P", "&N");
                }
            }
        }
        assertThat(added).isEqualTo(files.size());
    }

    // ---- helpers

    /** Per unit (department; 官方分解表 for OFF_; the unknown files' line), its errors and warnings, those with any. */
    private Map<String, long[]> openCounts() {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (CSVRecord r : findings) {
            int at = List.of("ERROR", "WARNING").indexOf(r.get("severity"));
            if (at >= 0) {
                counts.computeIfAbsent(unit(r), u -> new long[2])[at]++;
            }
        }
        return counts;
    }

    private static String unit(CSVRecord r) {
        if (r.get("rule").startsWith("OFF_")) {
            return "官方分解表";
        }
        return r.get("department").isEmpty() ? "（未识别单位的文件）" : r.get("department");
    }

    /** The title of a unit's most serious finding: by severity, then by the rule's order in SPEC §4. */
    private String worstTitle(String unit) {
        List<String> order = List.of(cn.minsheng.recon.domain.finding.RuleCode.values()).stream().map(Enum::name)
                .toList();
        return findings.stream().filter(r -> unit(r).equals(unit))
                .min((a, b) -> {
                    int severity = List.of("ERROR", "WARNING", "INFO").indexOf(a.get("severity"))
                            - List.of("ERROR", "WARNING", "INFO").indexOf(b.get("severity"));
                    return severity != 0 ? severity : order.indexOf(a.get("rule")) - order.indexOf(b.get("rule"));
                })
                .map(r -> cn.minsheng.recon.domain.finding.RuleCode.valueOf(r.get("rule")).title()).orElseThrow();
    }

    private long count(Predicate<CSVRecord> which) {
        return findings.stream().filter(which).count();
    }

    private static boolean numeric(Cell cell) {
        return cell != null && cell.getCellType() == CellType.NUMERIC;
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError(sheet.getSheetName() + " has no column " + header);
    }
}

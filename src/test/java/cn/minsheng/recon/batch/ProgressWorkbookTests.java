package cn.minsheng.recon.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.minsheng.recon.progress.ProgressCounty;
import cn.minsheng.recon.testing.PrintedText;
import cn.minsheng.recon.testing.SheetText;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 17, the leaders' side: the blind progress county ({@link ProgressCounty}) reconciled for May, then for June
 * by a separate launch into the same output, and June's workbook read back. 督办清单 follows 首页 and lists the red
 * items, those the answer key proposes for 挂牌督办 first, with their official target, completion, rate, schedule
 * and months in red; 首页 gains the traffic lights — counted once per indicator × township, the whole indicator
 * only when it has no township figures — and the indicators proposed for supervision, and still prints on one A4
 * page in large type. Expected figures come from the county's answer key and official table, and the lights from
 * the figures the run recorded.
 */
@SpringBatchTest
@SpringBootTest(properties = {"recon.command-line.enabled=false", "spring.batch.job.enabled=false"})
class ProgressWorkbookTests {

    private static final String JUNE = "2026-06";
    /** 督办清单's header row and columns. */
    private static final int HEADER = 2;
    private static final int NO = 0;
    private static final int LEADER = 1;
    private static final int UNIT = 2;
    private static final int INDICATOR = 3;
    private static final int TOWNSHIP = 4;
    private static final int TARGET = 6;
    private static final int COMPLETION = 7;
    private static final int RATE = 8;
    private static final int SCHEDULED = 9;
    private static final int BEHIND = 10;
    private static final int MONTHS = 11;
    private static final int LIGHT = 12;
    private static final int ADVICE = 13;
    /** 官方分解表's columns: the indicator's number, and the first township. */
    private static final int OFFICIAL_NO = 2;
    private static final int OFFICIAL_FIRST_TOWNSHIP = 7;
    private static final Pattern RATE_NOTE = Pattern.compile("完成率 ([\\d.]+)%，序时进度 ([\\d.]+)%");
    private static final Pattern MONTHS_NOTE = Pattern.compile("连续(\\d+)个月红灯");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:progress-workbook-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;
    @Autowired
    private JdbcTemplate jdbc;

    @TempDir
    Path work;

    private XSSFWorkbook june;
    private long juneExecution;

    @BeforeEach
    void reconcileMayThenJune() throws Exception {
        ProgressCounty.write(work.resolve("county"));
        run("2026-05");
        juneExecution = run(JUNE);
        try (InputStream in = Files.newInputStream(work.resolve("out/" + JUNE + "/reconciliation-" + JUNE + ".xlsx"))) {
            june = new XSSFWorkbook(in);
        }
    }

    @AfterEach
    void close() throws IOException {
        june.close();
    }

    @Test
    void theSupervisionListComesRightAfterTheFrontPage() {
        List<String> names = new ArrayList<>();
        june.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names).containsExactly("首页", "督办清单", "总览", "分解对账", "一镇一表", "问题清单", "报送情况",
                "官方分解表", "说明");
        assertThat(june.getActiveSheetIndex()).isZero();
    }

    @Test
    void theSupervisionListGivesTheSupervisedItemsFirstThenTheOtherRedOnesWithTheirFigures() throws IOException {
        // given the answer key's red items of June, those proposed for supervision apart
        Map<String, CSVRecord> supervised = keyed(key("PRG_SUPERVISED", null));
        Map<String, CSVRecord> red = keyed(key("PRG_LAGGING", "ERROR"));
        assertThat(supervised).isNotEmpty();
        assertThat(red.keySet()).containsAll(supervised.keySet());
        Map<String, BigDecimal> targets = answers("target", "expected");
        Map<String, BigDecimal> completions = answers("completion", "value");

        // then 督办清单 lists every red item once, the supervised ones first
        Sheet list = june.getSheet("督办清单");
        List<Row> lines = lines(list);
        List<String> order = lines.stream().map(ProgressWorkbookTests::place).toList();
        assertThat(order).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(red.keySet());
        assertThat(order.subList(0, supervised.size())).containsExactlyInAnyOrderElementsOf(supervised.keySet());

        Map<String, String[]> leads = leads();
        int numbered = 0;
        for (Row line : lines) {
            String place = place(line);
            String[] key = place.split("\\|", -1);
            boolean whole = key[1].isEmpty();
            // the official target and the submitted completion; an indicator's total is its townships' together
            BigDecimal target = whole ? sum(targets, key[0]) : targets.get(keyOf(line, key[1]));
            BigDecimal completion = whole ? sum(completions, key[0]) : completions.get(keyOf(line, key[1]));
            if (whole && !townshipsOf(key[0], red).isEmpty()) {
                assertThat(text(line, TOWNSHIP)).as(place).isEqualTo("合计");
                assertThat(line.getCell(NO).getCellType()).as(place + " is not counted again").isEqualTo(CellType.BLANK);
            } else {
                assertThat(line.getCell(NO).getNumericCellValue()).as(place).isEqualTo(++numbered);
            }
            assertThat(line.getCell(TARGET).getNumericCellValue()).as(place).isEqualTo(target.doubleValue());
            assertThat(line.getCell(COMPLETION).getNumericCellValue()).as(place).isEqualTo(completion.doubleValue());
            Matcher note = RATE_NOTE.matcher(red.get(place).get("note"));
            assertThat(note.find()).as(place).isTrue();
            double rate = Double.parseDouble(note.group(1)) / 100;
            double scheduled = Double.parseDouble(note.group(2)) / 100;
            assertThat(line.getCell(RATE).getNumericCellValue()).as(place).isCloseTo(rate, within(0.00005));
            assertThat(line.getCell(RATE).getCellStyle().getDataFormatString()).as(place).contains("%");
            assertThat(line.getCell(SCHEDULED).getNumericCellValue()).as(place).isCloseTo(scheduled, within(0.00005));
            assertThat(line.getCell(BEHIND).getNumericCellValue()).as(place)
                    .isCloseTo(100 * (scheduled - rate), within(0.01));
            // the light in words and in red, the months in a row and the advice
            assertThat(text(line, LIGHT)).as(place).isEqualTo("红灯");
            assertThat(line.getCell(LIGHT).getCellStyle().getFillForegroundColor()).as(place)
                    .isEqualTo(IndexedColors.RED.getIndex());
            boolean proposed = supervised.containsKey(place);
            assertThat(line.getCell(MONTHS).getNumericCellValue()).as(place).isEqualTo(proposed
                    ? months(supervised.get(place)) : key("PRG_LAGGING", "ERROR", "2026-05").stream()
                            .anyMatch(r -> place(r).equals(place)) ? 2 : 1);
            assertThat(text(line, ADVICE)).as(place).isEqualTo(proposed ? "建议挂牌督办" : "督促加快进度");
            // who leads it, as the official table names them
            assertThat(new String[] {text(line, LEADER), text(line, UNIT)}).as(place)
                    .containsExactly(leads.get(key[0]));
        }
        assertThat(numbered).isPositive();
    }

    @Test
    void theFrontPageCountsEachJudgedItemOnceByUnitAndIndicator() throws IOException {
        // given the figures the run judged: a township's figure counts, an indicator's total only when it has none
        Map<String, long[]> byUnit = new TreeMap<>();
        Map<String, long[]> byIndicator = new TreeMap<>();
        long[] total = new long[3];
        List<Map<String, Object>> judged = jdbc.queryForList("SELECT DEPARTMENT, INDICATOR_NO, TOWNSHIP, LIGHT FROM "
                + "RECON_PROGRESS WHERE JOB_EXECUTION_ID = ? AND LIGHT IS NOT NULL", juneExecution);
        Set<String> withTownships = new HashSet<>();
        judged.stream().filter(f -> !((String) f.get("TOWNSHIP")).isEmpty())
                .forEach(f -> withTownships.add((String) f.get("INDICATOR_NO")));
        for (Map<String, Object> figure : judged) {
            if (((String) figure.get("TOWNSHIP")).isEmpty() && withTownships.contains(figure.get("INDICATOR_NO"))) {
                continue;
            }
            int light = List.of("RED", "YELLOW", "GREEN").indexOf(figure.get("LIGHT"));
            byUnit.computeIfAbsent((String) figure.get("DEPARTMENT"), u -> new long[3])[light]++;
            byIndicator.computeIfAbsent((String) figure.get("INDICATOR_NO"), u -> new long[3])[light]++;
            total[light]++;
        }
        // and the answer key's red and yellow items, an indicator's total only for a county-wide one
        Set<String> keyTownships = new HashSet<>();
        key("PRG_LAGGING", null).stream().filter(r -> !r.get("township").isEmpty())
                .forEach(r -> keyTownships.add(r.get("indicator_no")));
        assertThat(total[0]).isEqualTo(key("PRG_LAGGING", "ERROR").stream()
                .filter(r -> !r.get("township").isEmpty() || !keyTownships.contains(r.get("indicator_no"))).count())
                .isPositive();
        assertThat(total[1]).isEqualTo(key("PRG_LAGGING", "WARNING").stream()
                .filter(r -> !r.get("township").isEmpty() || !keyTownships.contains(r.get("indicator_no"))).count())
                .isPositive();

        // then 首页's headline counts them, in large type
        Sheet front = june.getSheet("首页");
        Cell headline = SheetText.starting(front, "序时进度：");
        assertThat(headline.getStringCellValue())
                .isEqualTo("序时进度：红灯 " + total[0] + " 项　黄灯 " + total[1] + " 项　绿灯 " + total[2] + " 项");
        assertThat(PrintedText.of(headline)).isGreaterThanOrEqualTo(14);

        // and every unit has its counts: a line for each with red or yellow, naming its indicators' counts, the
        // others in the 全部绿灯 line
        Row header = rowWith(front, 2, "红灯");
        Map<String, long[]> shown = new TreeMap<>();
        for (int r = header.getRowNum() + 1; numeric(front.getRow(r).getCell(0)); r++) {
            Row line = front.getRow(r);
            String unit = text(line, 1);
            shown.put(unit, new long[] {(long) line.getCell(2).getNumericCellValue(),
                (long) line.getCell(3).getNumericCellValue(), (long) line.getCell(4).getNumericCellValue()});
            if (shown.get(unit)[0] > 0) {
                assertThat(line.getCell(2).getCellStyle().getFillForegroundColor()).as(unit)
                        .isEqualTo(IndexedColors.RED.getIndex());
            }
            for (String indicator : text(line, 5).split("\n")) {
                String no = indicator.substring(0, indicator.indexOf('.'));
                long[] counts = byIndicator.get(no);
                String expected = (counts[0] > 0 ? "红灯 " + counts[0] : "") + (counts[0] > 0 && counts[1] > 0 ? "、" : "")
                        + (counts[1] > 0 ? "黄灯 " + counts[1] : "") + (counts[2] > 0 ? "、绿灯 " + counts[2] : "");
                assertThat(indicator).as(unit).endsWith("：" + expected);
            }
        }
        String allGreen = SheetText.containing(front, "全部绿灯：").getStringCellValue();
        Matcher green = Pattern.compile("([^：、。]+) (\\d+) 项").matcher(allGreen.substring(allGreen.indexOf("全部绿灯：")));
        while (green.find()) {
            shown.put(green.group(1), new long[] {0, 0, Long.parseLong(green.group(2))});
        }
        assertThat(shown.keySet()).isEqualTo(byUnit.keySet());
        byUnit.forEach((unit, counts) -> assertThat(shown.get(unit)).as(unit).containsExactly(counts));
    }

    @Test
    void theFrontPageNamesWhatIsProposedForSupervisionAndStillPrintsOnOneA4Page() throws IOException {
        Sheet front = june.getSheet("首页");
        // the supervised indicators of the answer key, each in a sentence with its unit, leader, townships and months
        Map<String, CSVRecord> supervised = keyed(key("PRG_SUPERVISED", null));
        Map<String, String[]> leads = leads();
        // in the breakdown table's order, which numbers the indicators in this county
        List<String> indicators = supervised.values().stream().map(r -> r.get("indicator_no")).distinct()
                .sorted(Comparator.comparingInt(Integer::parseInt)).toList();
        assertThat(SheetText.starting(front, "建议挂牌督办").getStringCellValue()).contains("督办清单");
        for (String no : indicators) {
            String sentence = SheetText.starting(front, (indicators.indexOf(no) + 1) + ". ").getStringCellValue();
            List<String> townships = townshipsOf(no, supervised);
            int months = supervised.values().stream().filter(r -> r.get("indicator_no").equals(no))
                    .mapToInt(ProgressWorkbookTests::months).max().orElseThrow();
            assertThat(sentence).as(no).contains(leads.get(no)[1] + "（" + leads.get(no)[0] + "）", no + ".",
                    "连续 " + months + " 个月红灯");
            assertThat(sentence).as(no).contains(townships.size() > 3 ? List.of(townships.get(0),
                    "等 " + townships.size() + " 个乡镇") : townships);
        }
        // on one A4 portrait page, its text at 10.5 points or more
        assertThat(front.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(front.getPrintSetup().getLandscape()).isFalse();
        assertThat(PrintedText.smallest(front)).isGreaterThanOrEqualTo(10.5);
        assertThat(PrintedText.height(front)).isLessThanOrEqualTo(PrintedText.a4PortraitHeight(front));
    }

    @Test
    void theSupervisionListPrintsLegiblyWithItsHeaderRepeated() {
        Sheet list = june.getSheet("督办清单");
        assertThat(list.getPrintSetup().getPaperSize()).isIn(PrintSetup.A4_PAPERSIZE, PrintSetup.A3_PAPERSIZE);
        assertThat(PrintedText.smallest(list)).isGreaterThanOrEqualTo(9);
        assertThat(list.getRepeatingRows().getFirstRow()).isEqualTo(HEADER);
        assertThat(list.getRepeatingRows().getLastRow()).isEqualTo(HEADER);
        assertThat(list.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
        assertThat(text(list.getRow(HEADER), INDICATOR)).isEqualTo("指标");
    }

    // ---- helpers

    private long run(String period) throws Exception {
        return PeriodRuns.run(jobOperatorTestUtils, work, work.resolve("county/official"),
                work.resolve("county/submissions"), work.resolve("out"), period);
    }

    /** 督办清单's item lines. */
    private static List<Row> lines(Sheet list) {
        List<Row> lines = new ArrayList<>();
        for (int r = HEADER + 1; r <= list.getLastRowNum(); r++) {
            lines.add(list.getRow(r));
        }
        return lines;
    }

    /** An item as {@code indicator|township}, the township empty for the indicator as a whole. */
    private static String place(Row line) {
        String township = text(line, TOWNSHIP);
        return text(line, INDICATOR).substring(0, text(line, INDICATOR).indexOf('.')) + "|"
                + (township.equals("合计") || township.equals("全县") ? "" : township);
    }

    private static String place(CSVRecord r) {
        return r.get("indicator_no") + "|" + r.get("township");
    }

    private static String keyOf(Row line, String township) {
        return text(line, UNIT) + "|" + place(line).split("\\|")[0] + "|" + township;
    }

    private static Map<String, CSVRecord> keyed(List<CSVRecord> records) {
        Map<String, CSVRecord> keyed = new LinkedHashMap<>();
        records.forEach(r -> keyed.put(place(r), r));
        return keyed;
    }

    private static List<String> townshipsOf(String no, Map<String, CSVRecord> items) {
        return items.values().stream().filter(r -> r.get("indicator_no").equals(no) && !r.get("township").isEmpty())
                .map(r -> r.get("township")).toList();
    }

    private static int months(CSVRecord supervised) {
        Matcher months = MONTHS_NOTE.matcher(supervised.get("note"));
        assertThat(months.find()).as(supervised.toString()).isTrue();
        return Integer.parseInt(months.group(1));
    }

    /** The June figures of a kind in the answer key by {@code unit|indicator|township}, from one column. */
    private Map<String, BigDecimal> answers(String kind, String column) throws IOException {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (CSVRecord r : csv("answers.csv")) {
            if (r.get("kind").equals(kind) && r.get("month").equals(JUNE) && !r.get(column).isEmpty()) {
                Optional.of(r.get(column)).filter(v -> v.matches("-?[\\d.]+")).ifPresent(v -> values.put(
                        r.get("department") + "|" + r.get("indicator_no") + "|" + r.get("township"), new BigDecimal(v)));
            }
        }
        return values;
    }

    private static BigDecimal sum(Map<String, BigDecimal> values, String no) {
        return values.entrySet().stream().filter(e -> e.getKey().split("\\|", -1)[1].equals(no))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The answer key's findings of June of a rule, at a severity when given. */
    private List<CSVRecord> key(String rule, String severity) throws IOException {
        return key(rule, severity, JUNE);
    }

    private List<CSVRecord> key(String rule, String severity, String month) throws IOException {
        return csv("expected-findings.csv").stream().filter(r -> r.get("month").equals(month))
                .filter(r -> r.get("rule").equals(rule) && (severity == null || r.get("severity").equals(severity)))
                .toList();
    }

    private List<CSVRecord> csv(String name) throws IOException {
        String content = Files.readString(work.resolve("county").resolve(name), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(content.replace("\uFEFF", ""))).getRecords();
    }

    /** Per indicator number, its 牵头领导 and 牵头单位 as 官方分解表 shows the responsibility table. */
    private Map<String, String[]> leads() {
        Sheet official = june.getSheet("官方分解表");
        int leader = -1;
        for (Cell cell : official.getRow(0)) {
            if (cell.getStringCellValue().equals("牵头领导")) {
                leader = cell.getColumnIndex();
            }
        }
        assertThat(leader).isGreaterThan(OFFICIAL_FIRST_TOWNSHIP);
        Map<String, String[]> leads = new LinkedHashMap<>();
        for (Row row : official) {
            if (row.getRowNum() > 0) {
                leads.put(text(row, OFFICIAL_NO), new String[] {text(row, leader), text(row, leader + 1)});
            }
        }
        return leads;
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        return cell.getCellType() == CellType.NUMERIC ? new BigDecimal(cell.getNumericCellValue())
                .stripTrailingZeros().toPlainString() : cell.getStringCellValue();
    }

    private static boolean numeric(Cell cell) {
        return cell != null && cell.getCellType() == CellType.NUMERIC;
    }

    private static Row rowWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError(sheet.getSheetName() + " has no row with " + text);
    }

}

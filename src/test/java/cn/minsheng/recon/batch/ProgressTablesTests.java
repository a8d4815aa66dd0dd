package cn.minsheng.recon.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import cn.minsheng.recon.progress.ProgressCounty;
import cn.minsheng.recon.testing.SampleCopy;
import cn.minsheng.recon.testing.PrintedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 17 in the leaders' workbook: after the real job reconciled the blind progress county ({@link ProgressCounty})
 * for May and then June, June's 总览, 分解对账 and 一镇一表 show each completion with its traffic light, in colour and
 * in words. The expected figures and lights are the county's answer key ({@code answers.csv},
 * {@code expected-findings.csv}) with the default schedule, month m → m/12 (SPEC §7): a figure under a PRG_LAGGING
 * ERROR is red, under a WARNING yellow, else green. A run without completion leaves the three sheets as they were.
 */
@SpringBatchTest
@SpringBootTest(properties = {"recon.command-line.enabled=false", "spring.batch.job.enabled=false"})
class ProgressTablesTests {

    private static final String JUNE = "2026-06";
    /** June's share of the year by the default schedule, as the workbook words it. */
    private static final String JUNE_SHARE = "50.0%";
    private static final short RED = IndexedColors.RED.getIndex();
    private static final short YELLOW = IndexedColors.YELLOW.getIndex();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:progress-workbook-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;

    @TempDir
    Path work;

    @Test
    void theReconciledTableShowsEachCompletionUnderItsTargetInItsLightsColourWithItsVerdict() throws Exception {
        // given May, then June by a separate launch into the same output
        try (XSSFWorkbook workbook = june()) {
            Sheet table = workbook.getSheet("分解对账");
            CSVRecord red = firstRedTownship();
            String no = red.get("indicator_no");
            String township = red.get("township");
            CSVRecord done = answer("completion", no, township);
            BigDecimal completion = new BigDecimal(done.get("value"));
            BigDecimal target = new BigDecimal(answer("target", no, township).get("expected"));

            // then its completion stands in a 累计完成 row right under the indicator's targets
            Row row = completionRow(table, no);
            Row targets = table.getRow(row.getRowNum() - 1);
            assertThat(text(targets.getCell(2))).isEqualTo(no);
            assertThat(text(targets.getCell(3))).isNotEqualTo("累计完成");
            int column = column(table, 0, township);
            Cell cell = row.getCell(column);
            assertThat(cell.getNumericCellValue()).isEqualTo(completion.doubleValue());
            assertThat(fill(cell)).isEqualTo(RED);
            assertThat(comment(cell)).contains("红灯", "目标 " + target.toPlainString(),
                    "累计完成 " + completion.toPlainString(), "完成率 " + percent(completion, target),
                    "序时进度 " + JUNE_SHARE,
                    "来源：" + done.get("file") + " / " + done.get("sheet") + " / " + done.get("cell"), "进度滞后");
            // the finding marks the completion, not the target above it
            Cell targetCell = targets.getCell(column);
            assertThat(targetCell.getCellComment() == null ? "" : comment(targetCell)).doesNotContain("进度滞后");

            // and the indicator as a whole, red by the key, in the total column and in words
            BigDecimal total = completions(no).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(light(no, "")).isEqualTo("红灯");
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(total.doubleValue());
            assertThat(fill(row.getCell(6))).isEqualTo(RED);
            assertThat(text(row.getCell(5))).startsWith("红灯");

            // every completion of the key stands under its township, lit as the key says
            Map<String, BigDecimal> byTownship = completions(no);
            for (Map.Entry<String, BigDecimal> figure : byTownship.entrySet()) {
                Cell at = row.getCell(column(table, 0, figure.getKey()));
                assertThat(at.getNumericCellValue()).as(figure.getKey()).isEqualTo(figure.getValue().doubleValue());
                assertThat(comment(at)).as(figure.getKey()).startsWith("【进度·" + light(no, figure.getKey()) + "】");
            }

            // and 问题清单 links every PRG_ finding to a completion row
            Sheet list = workbook.getSheet("问题清单");
            int linked = 0;
            for (Row line : list) {
                if (line.getRowNum() == 0 || !text(line.getCell(0)).startsWith("PRG_")) {
                    continue;
                }
                CellReference link = new CellReference(line.getCell(19).getHyperlink().getAddress());
                assertThat(link.getSheetName()).isEqualTo("分解对账");
                assertThat(text(table.getRow(link.getRow()).getCell(3))).as(text(line.getCell(16)))
                        .isEqualTo("累计完成");
                linked++;
            }
            // the key's PRG_ findings, and a PRG_INVALID_PROGRESS for each 完成率 it calls wrong
            assertThat(linked).isEqualTo(findings("PRG_").size()
                    + answers("rate").stream().filter(r -> r.get("status").equals("wrong")).count());
        }
    }

    @Test
    void theOverviewGivesEachIndicatorItsLightAndEachUnitHowManyOfItsIndicatorsAreRedYellowAndGreen()
            throws Exception {
        try (XSSFWorkbook workbook = june()) {
            Sheet overview = workbook.getSheet("总览");
            int completion = column(overview, 2, "累计完成");
            int rate = column(overview, 2, "完成率");
            int light = column(overview, 2, "进度");
            assertThat(List.of(rate, light)).containsExactly(completion + 1, completion + 2);

            // each indicator's light, from the key's verdict on it as a whole
            Map<String, Set<String>> ledBy = new LinkedHashMap<>();
            answers("completion").forEach(a -> ledBy.computeIfAbsent(a.get("department"),
                    d -> new LinkedHashSet<>()).add(a.get("indicator_no")));
            List<String> all = new ArrayList<>();
            for (Row row : overview) {
                String no = row.getRowNum() > 2 ? text(row.getCell(1)) : "";
                if (ledBy.values().stream().anyMatch(s -> s.contains(no))) {
                    assertThat(text(row.getCell(light))).as(no).isEqualTo(worst(no));
                    all.add(no);
                }
            }
            assertThat(all).hasSize(ledBy.values().stream().mapToInt(Set::size).sum());
            Row nine = rowOf(overview, 1, "9");
            BigDecimal total = completions("9").values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal target = answers("target").stream().filter(t -> t.get("indicator_no").equals("9"))
                    .map(t -> new BigDecimal(t.get("expected"))).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(nine.getCell(completion).getNumericCellValue()).isEqualTo(total.doubleValue());
            assertThat(nine.getCell(rate).getNumericCellValue())
                    .isCloseTo(total.divide(target, 10, RoundingMode.HALF_UP).doubleValue(),
                            offset(1e-9));
            assertThat(fill(nine.getCell(light))).isEqualTo(RED);
            assertThat(fill(rowOf(overview, 1, "2").getCell(light))).isEqualTo(YELLOW);

            // each unit's line counts its indicators' lights, worst first
            for (Map.Entry<String, Set<String>> unit : ledBy.entrySet()) {
                Map<String, Long> counts = new LinkedHashMap<>(Map.of("红灯", 0L, "黄灯", 0L, "绿灯", 0L));
                unit.getValue().forEach(no -> counts.merge(worst(no), 1L, Long::sum));
                assertThat(text(rowOf(overview, 0, unit.getKey()).getCell(completion))).as(unit.getKey())
                        .isEqualTo("红灯 " + counts.get("红灯") + " 黄灯 " + counts.get("黄灯") + " 绿灯 "
                                + counts.get("绿灯"));
            }
        }
    }

    @Test
    void theTownshipSheetGivesEachIndicatorTheTownshipsCompletionRateAndLight() throws Exception {
        try (XSSFWorkbook workbook = june()) {
            Sheet townships = workbook.getSheet("一镇一表");
            CSVRecord red = firstRedTownship();
            String township = red.get("township");
            Map<String, Row> block = block(townships, township);
            Row header = townships.getRow(block.values().iterator().next().getRowNum() - 1);
            assertThat(texts(header)).containsExactly("指标编号", "指标", "计量单位", "官方目标", "报送", "状态", "累计完成",
                    "完成率", "进度", "问题");

            // the red one: its completion, its rate of the target, 红灯 in red, and the findings about it
            Row line = block.get(red.get("indicator_no"));
            BigDecimal completion = new BigDecimal(answer("completion", red.get("indicator_no"), township).get("value"));
            BigDecimal target = new BigDecimal(answer("target", red.get("indicator_no"), township).get("expected"));
            assertThat(line.getCell(6).getNumericCellValue()).isEqualTo(completion.doubleValue());
            assertThat(line.getCell(7).getNumericCellValue()).isCloseTo(
                    completion.divide(target, 10, RoundingMode.HALF_UP).doubleValue(),
                    offset(1e-9));
            assertThat(text(line.getCell(8))).isEqualTo("红灯");
            assertThat(fill(line.getCell(8))).isEqualTo(RED);
            assertThat(text(line.getCell(9))).contains("进度滞后");

            // every completion the township reported, with the key's light; an invalid one blank, under its finding
            int seen = 0;
            for (CSVRecord done : answers("completion")) {
                String no = done.get("indicator_no");
                if (!done.get("township").equals(township)) {
                    continue;
                }
                Row at = block.get(no);
                assertThat(at).as(no).isNotNull();
                if (done.get("status").equals("ok")) {
                    assertThat(at.getCell(6).getNumericCellValue()).as(no)
                            .isEqualTo(new BigDecimal(done.get("value")).doubleValue());
                    assertThat(text(at.getCell(8))).as(no).isEqualTo(light(no, township));
                } else {
                    assertThat(at.getCell(6).getCellType()).as(no).isEqualTo(CellType.BLANK);
                    assertThat(text(at.getCell(9))).as(no).contains(done.get("status").equals("invalid")
                            ? "进度数值无效" : "进度漏报");
                }
                seen++;
            }
            assertThat(seen).isPositive();
        }
    }

    @Test
    void theSheetsWithCompletionStillPrintLegiblyTheirHeaderRepeatedATownshipAPage() throws Exception {
        try (XSSFWorkbook workbook = june()) {
            for (String name : List.of("总览", "分解对账", "一镇一表")) {
                assertThat(PrintedText.smallest(workbook.getSheet(name))).as(name).isGreaterThanOrEqualTo(9);
            }
            assertThat(workbook.getSheet("总览").getRepeatingRows().getFirstRow()).isEqualTo(2);
            assertThat(workbook.getSheet("分解对账").getRepeatingRows().getFirstRow()).isZero();
            Sheet townships = workbook.getSheet("一镇一表");
            int townshipCount = workbook.getSheet("分解对账").getRow(0).getLastCellNum() - 7 - 2;
            assertThat(townships.getRowBreaks()).hasSize(townshipCount - 1);
        }
    }

    @Test
    void aRunWithoutCompletionLeavesTheThreeSheetsAsTheyWere() throws Exception {
        // given the shipped sample's March without the files that carry completion
        PeriodRuns.run(jobOperatorTestUtils, work, Path.of("input/official"),
                SampleCopy.withoutCompletion(work.resolve("plain")).getParent(), work.resolve("out"), "2026-03");

        try (XSSFWorkbook workbook = open("2026-03")) {
            // then 总览 has its ten columns, 分解对账 a row per indicator and no more, 一镇一表 its seven columns
            assertThat(texts(workbook.getSheet("总览").getRow(2))).containsExactly("单位", "指标编号", "指标 / 报送文件",
                    "计量单位", "官方目标", "报送合计", "状态", "错误", "警告", "提示");
            Sheet table = workbook.getSheet("分解对账");
            assertThat(table.getLastRowNum()).isEqualTo(workbook.getSheet("官方分解表").getLastRowNum());
            table.forEach(row -> assertThat(text(row.getCell(3))).isNotEqualTo("累计完成"));
            assertThat(texts(workbook.getSheet("一镇一表").getRow(1))).containsExactly("指标编号", "指标", "计量单位",
                    "官方目标", "报送", "状态", "问题");
            assertThat(text(workbook.getSheet("一镇一表").getRow(0).getCell(0))).doesNotContain("进度");
        }
    }

    // ---- helpers

    private XSSFWorkbook june() throws Exception {
        Path county = work.resolve("county");
        ProgressCounty.write(county);
        for (String period : List.of("2026-05", JUNE)) {
            PeriodRuns.run(jobOperatorTestUtils, work, county.resolve("official"), county.resolve("submissions"),
                    work.resolve("out"), period);
        }
        return open(JUNE);
    }

    private XSSFWorkbook open(String period) throws IOException {
        try (InputStream in = Files.newInputStream(work.resolve("out/" + period + "/reconciliation-" + period
                + ".xlsx"))) {
            return new XSSFWorkbook(in);
        }
    }

    /** The key's June findings of a rule (or of every rule starting so). */
    private List<CSVRecord> findings(String rule) throws IOException {
        return csv("expected-findings.csv").stream().filter(f -> f.get("month").equals(JUNE)
                && f.get("rule").startsWith(rule)).toList();
    }

    /** The answer key's first township red in June: its PRG_LAGGING ERROR. */
    private CSVRecord firstRedTownship() throws IOException {
        return findings("PRG_LAGGING").stream()
                .filter(f -> f.get("severity").equals("ERROR") && !f.get("township").isEmpty()).findFirst()
                .orElseThrow();
    }

    /** 红灯, 黄灯 or 绿灯: a June figure's light by the key — a township's, or with {@code township} empty the total's. */
    /** The key's light of an indicator in 总览: the worst of its figures', a red township's making it red. */
    private String worst(String no) {
        try {
            List<String> lights = findings("PRG_LAGGING").stream().filter(f -> f.get("indicator_no").equals(no))
                    .map(f -> f.get("severity")).toList();
            return lights.contains("ERROR") ? "红灯" : lights.isEmpty() ? "绿灯" : "黄灯";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String light(String no, String township) {
        try {
            return findings("PRG_LAGGING").stream()
                    .filter(f -> f.get("indicator_no").equals(no) && f.get("township").equals(township))
                    .map(f -> f.get("severity").equals("ERROR") ? "红灯" : "黄灯").findFirst().orElse("绿灯");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key's June cells of a kind (completion, target). */
    private List<CSVRecord> answers(String kind) throws IOException {
        return csv("answers.csv").stream().filter(a -> a.get("month").equals(JUNE) && a.get("kind").equals(kind))
                .toList();
    }

    private CSVRecord answer(String kind, String no, String township) throws IOException {
        return answers(kind).stream().filter(a -> a.get("indicator_no").equals(no)
                && a.get("township").equals(township)).findFirst().orElseThrow();
    }

    /** The valid June completions of an indicator by township. */
    private Map<String, BigDecimal> completions(String no) throws IOException {
        Map<String, BigDecimal> byTownship = new LinkedHashMap<>();
        answers("completion").stream().filter(a -> a.get("indicator_no").equals(no) && a.get("status").equals("ok"))
                .forEach(a -> byTownship.put(a.get("township"), new BigDecimal(a.get("value"))));
        return byTownship;
    }

    private List<CSVRecord> csv(String name) throws IOException {
        String content = Files.readString(work.resolve("county").resolve(name), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(content.replace("\uFEFF", ""))).getRecords();
    }

    /** {@code 25.0%}: a completion's share of its target to one decimal. */
    private static String percent(BigDecimal completion, BigDecimal target) {
        return completion.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP).toPlainString()
                + "%";
    }

    private static Row completionRow(Sheet table, String no) {
        for (Row row : table) {
            if (text(row.getCell(2)).equals(no) && text(row.getCell(3)).equals("累计完成")) {
                return row;
            }
        }
        throw new AssertionError("分解对账 has no 累计完成 row for " + no);
    }

    /** The lines of a township's block in 一镇一表 by indicator number. */
    private static Map<String, Row> block(Sheet townships, String township) {
        Map<String, Row> lines = new LinkedHashMap<>();
        boolean in = false;
        for (Row row : townships) {
            String first = text(row.getCell(0));
            if (first.contains("（属地责任）")) {
                in = first.startsWith(township + "（");
            } else if (in && !first.equals("指标编号") && !first.isEmpty()) {
                lines.put(first, row);
            }
        }
        assertThat(lines).as(township).isNotEmpty();
        return lines;
    }

    private static Row rowOf(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            if (text(row.getCell(column)).equals(value)) {
                return row;
            }
        }
        throw new AssertionError(sheet.getSheetName() + " has no row with " + value + " in column " + column);
    }

    private static int column(Sheet sheet, int header, String title) {
        for (Cell cell : sheet.getRow(header)) {
            if (text(cell).equals(title)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError(sheet.getSheetName() + " has no column " + title);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(text(cell)));
        return texts;
    }

    private static String text(Cell cell) {
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    private static short fill(Cell cell) {
        return cell.getCellStyle().getFillForegroundColor();
    }

    private static String comment(Cell cell) {
        assertThat(cell.getCellComment()).as(cell.getSheet().getSheetName() + "!" + cell.getAddress() + " has a comment")
                .isNotNull();
        return cell.getCellComment().getString().getString();
    }
}

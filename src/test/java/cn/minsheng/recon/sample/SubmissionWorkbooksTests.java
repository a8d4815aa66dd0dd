package cn.minsheng.recon.sample;

import static cn.minsheng.recon.sample.SubmissionWorkbooks.num;
import static cn.minsheng.recon.sample.SubmissionWorkbooks.sum;
import static cn.minsheng.recon.sample.SubmissionWorkbooks.text;
import static cn.minsheng.recon.sample.SubmissionWorkbooks.villages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minsheng.recon.sample.SampleSubmissions.Month;
import cn.minsheng.recon.sample.SampleSubmissions.Planted;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Item;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Options;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Report;
import cn.minsheng.recon.sample.SubmissionWorkbooks.TownshipNames;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Written;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

class SubmissionWorkbooksTests {

    private static final List<String> THREE = List.of("归义街道", "新市街道", "三阳乡");

    @TempDir
    Path dir;

    @Nested
    class Wide {

        final Item doctors = Item.of("14", "培训乡村医生", "人").with("归义街道", "2").with("新市街道", "2").with("三阳乡", "1");
        final Item screening = Item.of("39", "致畸基因筛查", "人").withCityWide(num("2270"));
        final Report report = new Report("2026年3月报送表", "市卫健局", "2026年3月28日", THREE, List.of(doctors, screening));

        @Test
        void hasTitleFillLineHeaderAndOneRowPerIndicator() throws IOException {
            Written written = SubmissionWorkbooks.write(dir.resolve("wide.xlsx"), report,
                    Options.of(SubmissionLayout.WIDE).withTotals(true));

            try (Workbook workbook = open(written)) {
                Sheet sheet = workbook.getSheet(written.sheet());
                assertThat(shown(sheet, "A1")).isEqualTo("2026年3月报送表");
                assertThat(merged(sheet, "A1")).hasValue(CellRangeAddress.valueOf("A1:G1"));
                assertThat(shown(sheet, "A2")).isEqualTo("填报单位：市卫健局    填报日期：2026年3月28日");
                assertThat(row(sheet, 3)).containsExactly("序号", "指标", "单位", "归义街道", "新市街道", "三阳乡", "合计");
                assertThat(row(sheet, 4)).containsExactly("14", "培训乡村医生", "人", "2", "2", "1", "=SUM(D4:F4)");
                assertThat(written.cell(doctors, "三阳乡")).isEqualTo("F4");
                assertThat(written.labelCell(doctors)).isEqualTo("B4");
                assertThat(written.unitCell(doctors)).isEqualTo("C4");
            }
        }

        @Test
        void keepsTheCachedValueOfTheSumFormula() throws IOException {
            Written written = SubmissionWorkbooks.write(dir.resolve("wide.xlsx"), report,
                    Options.of(SubmissionLayout.WIDE).withTotals(true));

            try (Workbook workbook = open(written)) {
                Cell total = cell(workbook.getSheet(written.sheet()), written.totalCell(doctors));
                assertThat(total.getCellFormula()).isEqualTo("SUM(D4:F4)");
                assertThat(((XSSFCell) total).getCTCell().isSetV()).isTrue();
                assertThat(total.getNumericCellValue()).isEqualTo(5);
            }
        }

        @Test
        void writesAFormulaWithoutCachedValue() throws IOException {
            Item uncalculated = doctors.withTotal(sum(false));
            Written written = SubmissionWorkbooks.write(dir.resolve("wide.xlsx"),
                    new Report("报送表", null, null, THREE, List.of(uncalculated)), Options.of(SubmissionLayout.WIDE).withTotals(true));

            try (Workbook workbook = open(written)) {
                Cell total = cell(workbook.getSheet(written.sheet()), written.totalCell(uncalculated));
                assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(total.getCellFormula()).isEqualTo("SUM(D3:F3)");
                assertThat(((XSSFCell) total).getCTCell().isSetV()).isFalse();
            }
        }

        @Test
        void mergesACityWideValueAcrossTheTownshipsAndLeavesItsTotalBlank() throws IOException {
            Written written = SubmissionWorkbooks.write(dir.resolve("wide.xls"), report,
                    Options.of(SubmissionLayout.WIDE).withXls().withTotals(true));

            try (Workbook workbook = open(written)) {
                Sheet sheet = workbook.getSheet(written.sheet());
                assertThat(written.cityWideCell(screening)).isEqualTo("D5");
                assertThat(shown(sheet, "D5")).isEqualTo("2270");
                assertThat(merged(sheet, "D5")).hasValue(CellRangeAddress.valueOf("D5:F5"));
                assertThat(shown(sheet, written.totalCell(screening))).isEmpty();
                Cell total = cell(sheet, written.totalCell(doctors));
                assertThat(total.getCellFormula()).isEqualTo("SUM(D4:F4)");
                assertThat(total.getNumericCellValue()).isEqualTo(5); // the BIFF8 record keeps its cached result
            }
        }

        @Test
        void refusesAnXlsFormulaWithoutCachedValue() {
            Report uncalculated = new Report("报送表", null, null, THREE, List.of(doctors.withTotal(sum(false))));

            assertThatThrownBy(() -> SubmissionWorkbooks.write(dir.resolve("wide.xls"), uncalculated,
                    Options.of(SubmissionLayout.WIDE).withXls().withTotals(true)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void spellsTownshipsShortSpacedWithTextNumbersAndOptionalLines() throws IOException {
            Item loans = Item.of("10", "发放创业担保贷款", "万元").with("归义街道", "1400").with("新市街道", "800")
                    .with("三阳乡", text("待定"));
            Written written = SubmissionWorkbooks.write(dir.resolve("text.xlsx"),
                    new Report("报送表", "人社局", null, THREE, List.of(loans)),
                    Options.of(SubmissionLayout.WIDE).withNames(TownshipNames.SHORT_SPACED).withNumbersAsText()
                            .withInstructionsFirst().withUnitLine("单位：万元").withStray("12"));

            try (Workbook workbook = open(written)) {
                assertThat(workbook.getSheetName(0)).isEqualTo(SubmissionWorkbooks.INSTRUCTIONS_SHEET);
                Sheet sheet = workbook.getSheetAt(1);
                assertThat(sheet.getSheetName()).isEqualTo(written.sheet());
                assertThat(shown(sheet, "A2")).isEqualTo("填报单位：人社局");
                assertThat(shown(sheet, "A3")).isEqualTo("单位：万元");
                assertThat(row(sheet, 4)).containsExactly("序号", "指标", "单位", "归　义", "新　市", "三　阳");
                // the stray number sits two columns right of the table, after an empty column
                assertThat(row(sheet, 5)).containsExactly("10", "发放创业担保贷款", "万元", "1,400", "８００", "待定", "", "12");
                assertThat(cell(sheet, "E5").getCellType()).isEqualTo(CellType.STRING);
                assertThat(written.strayCell()).isEqualTo("H5");
                assertThat(cell(sheet, "H5").getCellType()).isEqualTo(CellType.NUMERIC);
            }
        }
    }

    @Nested
    class Transposed {

        @Test
        void putsTownshipsInRowsIndicatorsInColumnsAndATotalRow() throws IOException {
            Item jobs = Item.of(null, "8.城镇新增就业", "人").with("归义街道", "1200").with("新市街道", "900").with("三阳乡", "300");
            Item loans = Item.of(null, "10.发放创业担保贷款", "万元").with("归义街道", "1400").withTotal(num("1500"));
            Written written = SubmissionWorkbooks.write(dir.resolve("transposed.xls"),
                    new Report("报送表", null, null, THREE, List.of(jobs, loans)),
                    Options.of(SubmissionLayout.TRANSPOSED).withXls().withNames(TownshipNames.SHORT).withTotals(false));

            try (Workbook workbook = open(written)) {
                Sheet sheet = workbook.getSheet(written.sheet());
                assertThat(row(sheet, 2)).containsExactly("序号", "乡镇（街道）", "8.城镇新增就业", "10.发放创业担保贷款");
                assertThat(row(sheet, 3)).containsExactly("", "单位", "人", "万元");
                assertThat(row(sheet, 4)).containsExactly("1", "归义", "1200", "1400");
                assertThat(row(sheet, 6)).containsExactly("3", "三阳", "300", "");
                assertThat(row(sheet, 7)).containsExactly("", "合计", "2400", "1500");
                assertThat(written.cell(jobs, "新市街道")).isEqualTo("C5");
                assertThat(written.cell(loans, "三阳乡")).isEqualTo("D6");
                assertThat(written.labelCell(loans)).isEqualTo("D2");
                assertThat(written.totalCell(loans)).isEqualTo("D7");
            }
        }
    }

    @Nested
    class Long {

        @Test
        void writesOneRowPerTownshipOrVillage() throws IOException {
            Item outlets = Item.of(null, "31.流动供销服务乡村网点", "个")
                    .with("归义街道", villages("城东社区", num("1"), "城西社区", num("1")))
                    .with("三阳乡", villages("三阳村", num("-2")));
            Written written = SubmissionWorkbooks.write(dir.resolve("long.xlsx"),
                    new Report("报送表", "市供销联社", "2026年3月24日", THREE, List.of(outlets)),
                    Options.of(SubmissionLayout.LONG).withVillages());

            try (Workbook workbook = open(written)) {
                Sheet sheet = workbook.getSheet(written.sheet());
                assertThat(row(sheet, 3)).containsExactly("序号", "乡镇（街道）", "村/社区", "指标", "单位", "目标任务数");
                assertThat(row(sheet, 4)).containsExactly("1", "归义街道", "城东社区", "31.流动供销服务乡村网点", "个", "1");
                assertThat(row(sheet, 5)).containsExactly("2", "归义街道", "城西社区", "31.流动供销服务乡村网点", "个", "1");
                assertThat(row(sheet, 6)).containsExactly("3", "三阳乡", "三阳村", "31.流动供销服务乡村网点", "个", "-2");
                assertThat(written.cell(outlets, "归义街道", "城西社区")).isEqualTo("F5");
                assertThat(written.cell(outlets, "三阳乡")).isEqualTo("F6");
                assertThatThrownBy(() -> written.cell(outlets, "归义街道")).isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Nested
    class Completion {

        final Item doctors = Item.of("14", "培训乡村医生", "人").with("归义街道", "2").with("新市街道", "2").with("三阳乡", "1")
                .withCompletion("归义街道", num("1")).withCompletion("三阳乡", text("正在推进"));
        final Item lifts = Item.of("42", "更新住宅老旧电梯", "台").with("归义街道", "3");
        final Report report = new Report("2026年3月报送表", "市卫健局", "2026年3月28日", THREE, List.of(doctors, lifts));

        @Test
        void wideSheetMergesEachTownshipOverItsTargetAndItsCompletion() throws IOException {
            Written written = SubmissionWorkbooks.write(dir.resolve("paired.xlsx"), report,
                    Options.of(SubmissionLayout.WIDE).withTotals(true).withCompletionBesideTargets());

            try (Workbook workbook = open(written)) {
                Sheet sheet = workbook.getSheet(written.sheet());
                assertThat(row(sheet, 3)).containsExactly("序号", "指标", "单位", "归义街道", "", "新市街道", "", "三阳乡", "",
                        "合计", "");
                assertThat(merged(sheet, "D3")).hasValue(CellRangeAddress.valueOf("D3:E3"));
                assertThat(merged(sheet, "J3")).hasValue(CellRangeAddress.valueOf("J3:K3"));
                assertThat(merged(sheet, "B3")).hasValue(CellRangeAddress.valueOf("B3:B4"));
                assertThat(row(sheet, 4)).containsExactly("", "", "", "目标任务", "累计完成", "目标任务", "累计完成",
                        "目标任务", "累计完成", "目标任务", "累计完成");
                assertThat(row(sheet, 5)).containsExactly("14", "培训乡村医生", "人", "2", "1", "2", "", "1", "正在推进",
                        "=SUM(D5,F5,H5)", "=SUM(E5,G5,I5)");
                // a row without completion leaves its completion cells and their 合计 blank
                assertThat(row(sheet, 6)).containsExactly("42", "更新住宅老旧电梯", "台", "3", "", "", "", "", "",
                        "=SUM(D6,F6,H6)", "");
                assertThat(written.cell(doctors, "新市街道")).isEqualTo("F5");
                assertThat(written.completionCell(doctors, "新市街道")).isEqualTo("G5");
                assertThat(written.completionCell(doctors, "三阳乡")).isEqualTo("I5");
                assertThat(sheet.getRow(4).getCell(10).getNumericCellValue()).isEqualTo(1);
            }
        }

        @Test
        void longSheetHasACompletionColumnBesideTheTargets() throws IOException {
            Written written = SubmissionWorkbooks.write(dir.resolve("long.xlsx"), report,
                    Options.of(SubmissionLayout.LONG).withCompletionBesideTargets());

            try (Workbook workbook = open(written)) {
                Sheet sheet = workbook.getSheet(written.sheet());
                assertThat(row(sheet, 3)).containsExactly("序号", "乡镇（街道）", "指标", "单位", "目标任务数", "累计完成");
                assertThat(row(sheet, 4)).containsExactly("1", "归义街道", "培训乡村医生", "人", "2", "1");
                assertThat(row(sheet, 5)).containsExactly("2", "新市街道", "培训乡村医生", "人", "2", "");
                assertThat(written.completionCell(doctors, "三阳乡")).isEqualTo("F6");
            }
        }

        @Test
        void progressSheetRepeatsTheLayoutWithTheCompletionOfTheItemsThatHaveAny() throws IOException {
            Written written = SubmissionWorkbooks.write(dir.resolve("two.xlsx"), report,
                    Options.of(SubmissionLayout.TRANSPOSED).withTotals(false).withProgressSheet("3月完成情况",
                            "2026年3月重点民生实事完成情况"));

            try (Workbook workbook = open(written)) {
                assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
                Sheet progress = workbook.getSheet("3月完成情况");
                assertThat(shown(progress, "A1")).isEqualTo("2026年3月重点民生实事完成情况");
                assertThat(row(progress, 3)).containsExactly("序号", "乡镇（街道）", "培训乡村医生");
                assertThat(row(progress, 5)).containsExactly("1", "归义街道", "1");
                assertThat(row(progress, 7)).containsExactly("3", "三阳乡", "正在推进");
                assertThat(row(progress, 8)).containsExactly("", "合计", "1");
                assertThat(row(workbook.getSheet(written.sheet()), 3)).containsExactly("序号", "乡镇（街道）", "培训乡村医生",
                        "更新住宅老旧电梯");
            }
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class SampleFebruary {

        Month month;

        @BeforeAll
        void writeTheMonth(@TempDir Path folder) {
            month = SampleSubmissions.writeFebruaryTo(folder.resolve(SampleSubmissions.FEBRUARY));
        }

        @Test
        void answerFileIsTheOneThePlanWrites() throws IOException {
            assertThat(committed("expected-findings-2026-02.csv")).isEqualTo(SampleSubmissions.answerCsv(month.planted()));
            assertThat(month.planted()).extracting(Planted::rule).containsExactlyInAnyOrder("SUB_VALUE_MISMATCH",
                    "PRG_LAGGING", "SUB_MISSING_SUBMISSION", "SUB_MISSING_SUBMISSION");
            assertThat(month.afterPrevious()).isEmpty();
        }

        @Test
        void shippedFolderHoldsTheFilesThePlanWrites() throws IOException {
            try (Stream<Path> files = Files.list(Path.of("input/submissions", SampleSubmissions.FEBRUARY))) {
                assertThat(files.map(file -> file.getFileName().toString()))
                        .containsExactlyInAnyOrderElementsOf(month.workbooks().keySet());
            }
        }

        @Test
        void plantedCellsHoldTheDefects() throws IOException {
            assertThat(month.planted()).filteredOn(p -> !p.cell().isEmpty()).extracting(Planted::shown)
                    .containsExactly("3", "1"); // 3 village doctors for 2; 1 bridge of 9 checked
            assertEveryPlantedCellHoldsWhatThePlanSays(month);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class SampleMonth {

        Month month;

        @BeforeAll
        void writeTheMonth(@TempDir Path folder) {
            month = SampleSubmissions.writeTo(folder);
        }

        @Test
        void answerFileIsTheOneThePlanWrites() throws IOException {
            try (InputStream in = getClass().getResourceAsStream("/sample/expected-findings-2026-03.csv")) {
                assertThat(in).as("src/test/resources/sample/expected-findings-2026-03.csv").isNotNull();
                String committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(committed).startsWith(SampleSubmissions.ANSWER_HEADER + "\n")
                        .isEqualTo(SampleSubmissions.answerCsv(month.planted()));
            }
            assertThat(committed("expected-findings-2026-03-after-02.csv"))
                    .isEqualTo(SampleSubmissions.answerCsv(month.plantedAfterPrevious()));
        }

        @Test
        void shippedFolderHoldsTheFilesThePlanWrites() throws IOException {
            Path shipped = Path.of(SampleSubmissions.DEFAULT_FOLDER);
            try (Stream<Path> files = Files.list(shipped)) {
                assertThat(files.map(file -> file.getFileName().toString()))
                        .containsExactlyInAnyOrderElementsOf(Stream.concat(month.workbooks().keySet().stream(),
                                month.otherFiles().stream()).toList());
            }
        }

        @Test
        void plantsEveryRuleOfTheSubmissionStage() {
            Set<String> rules = month.planted().stream().map(Planted::rule).collect(Collectors.toSet());

            assertThat(rules).containsExactlyInAnyOrder("SUB_VALUE_MISMATCH", "SUB_MISSING_TOWNSHIP",
                    "SUB_EXTRA_TOWNSHIP", "SUB_UNKNOWN_TOWNSHIP", "SUB_UNKNOWN_INDICATOR", "SUB_SUM_MISMATCH",
                    "SUB_TOTAL_ROW_MISMATCH", "SUB_UNIT_MISMATCH", "SUB_UNIT_CONVERTED", "SUB_INVALID_VALUE",
                    "SUB_FORMULA_NO_VALUE", "SUB_DUPLICATE", "SUB_BELOW_STANDARD", "SUB_NOT_LEAD_UNIT",
                    "SUB_UPPER_LEVEL_REPORTED", "SUB_MISSING_SUBMISSION", "FILE_UNKNOWN_DEPARTMENT",
                    "SUB_TEMPLATE_MISMATCH", "FILE_UNREADABLE", "FILE_SUPERSEDED",
                    // and the progress rules judged within the month (config/schedule.csv: 43 due by June)
                    "PRG_LAGGING", "PRG_OVER_TARGET", "PRG_MISSING_PROGRESS", "PRG_INVALID_PROGRESS");
            // those that need the month before on record, for a run after February
            assertThat(month.afterPrevious()).extracting(Planted::rule)
                    .containsExactlyInAnyOrder("PRG_REGRESSION", "PRG_SUPERVISED");
            assertThat(month.workbooks().values()).extracting(w -> w.fileName().endsWith(".xls")).contains(true, false);
        }

        @Test
        void everyPlantedCellHoldsWhatThePlanSays() throws IOException {
            assertEveryPlantedCellHoldsWhatThePlanSays(month);
        }

        @Test
        void plantedCellsHoldTheDefects() {
            assertThat(shownOf("SUB_VALUE_MISMATCH", "13")).isEqualTo("0.5914"); // 0.5941 in the official table
            assertThat(shownOf("SUB_MISSING_TOWNSHIP", "14")).isEmpty();
            assertThat(shownOf("SUB_EXTRA_TOWNSHIP", "31")).isEqualTo("1");
            assertThat(shownOf("SUB_UNKNOWN_TOWNSHIP", "31")).isEqualTo("1");
            assertThat(shownOf("SUB_UNKNOWN_INDICATOR", "")).isEqualTo("农村人居环境整治村庄清洁行动");
            assertThat(shownOf("SUB_SUM_MISMATCH", "8")).isEqualTo("5900");
            assertThat(shownOf("SUB_TOTAL_ROW_MISMATCH", "10")).isEqualTo("9050");
            assertThat(shownOf("SUB_UNIT_MISMATCH", "45")).isEqualTo("个");
            assertThat(shownOf("SUB_UNIT_CONVERTED", "44")).isEqualTo("亩");
            assertThat(shownOf("SUB_INVALID_VALUE", "6")).isEqualTo("待定");
            assertThat(shownOf("SUB_INVALID_VALUE", "31")).isEqualTo("-2");
            assertThat(shownOf("SUB_FORMULA_NO_VALUE", "17")).startsWith("=SUM(");
            assertThat(shownOf("SUB_DUPLICATE", "43")).isEqualTo("13");
            assertThat(shownOf("SUB_BELOW_STANDARD", "19")).isEqualTo("760");
            assertThat(shownOf("SUB_NOT_LEAD_UNIT", "15")).isEqualTo("建设100张“时光守护”床位");
            assertThat(shownOf("SUB_NOT_LEAD_UNIT", "3")).startsWith("开展60场");
            assertThat(shownOf("SUB_UPPER_LEVEL_REPORTED", "9")).isEqualTo("9.建设培育大学生创业孵化基地");
        }

        @Test
        void formulaNoValueCellHasNoCachedValue() throws IOException {
            Planted planted = planted("SUB_FORMULA_NO_VALUE", "17");
            Written written = month.workbook(planted.file());
            try (Workbook workbook = open(written)) {
                XSSFCell cell = (XSSFCell) cell(workbook.getSheet(written.sheet()), planted.cell());
                assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(cell.getCTCell().isSetV()).isFalse();
            }
        }

        @Test
        void supersededDraftIsOlderByItsFillDate() throws IOException {
            Written older = month.workbook("卫健局民生实事报送（3月20日）.xlsx");
            Written newer = month.workbook("2026年3月民生实事报送-市卫健局.xlsx");
            try (Workbook first = open(older); Workbook second = open(newer)) {
                assertThat(shown(first.getSheetAt(0), "A2")).endsWith("填报日期：2026年3月20日");
                assertThat(shown(second.getSheetAt(0), "A2")).isEqualTo("填报单位：汨罗市卫生健康局    填报日期：2026年3月28日");
            }
            assertThat(Files.getLastModifiedTime(older.file()).toInstant())
                    .isBefore(Files.getLastModifiedTime(newer.file()).toInstant())
                    .isEqualTo(Instant.parse("2026-03-20T08:42:00Z"));
        }

        @Test
        void unreadableFilesDoNotOpenAndLockFilesAreThere() {
            for (String file : List.of("民生实事报送表(1).xlsx", "3月份民生实事进度导出.xls", "~$卫健局报送.xlsx")) {
                assertThatThrownBy(() -> WorkbookFactory.create(month.folder().resolve(file).toFile(), null, true).close())
                        .as(file).isInstanceOf(Exception.class);
            }
            assertThat(month.otherFiles()).contains("~$卫健局报送.xlsx", ".~lock.人社局.xlsx#");
        }

        @Test
        void longLayoutSpellsTownshipsShortAndSpacedWithTextNumbers() throws IOException {
            Written written = month.workbook("自然资源局切坡建房任务分解.xls");
            try (Workbook workbook = open(written)) {
                Sheet sheet = workbook.getSheet(written.sheet());
                assertThat(row(sheet, 3)).containsExactly("序号", "乡镇（街道）", "指标", "单位", "目标任务数", "累计完成");
                assertThat(row(sheet, 4)).containsExactly("1", "归　义", "18.切坡建房地质灾害隐患治理", "户", "20", "6");
                assertThat(row(sheet, 5)).containsExactly("2", "新　市", "18.切坡建房地质灾害隐患治理", "户", "２５", "７");
                assertThat(row(sheet, 10)).containsExactly("7", "屈子祠", "18.切坡建房地质灾害隐患治理", "户", "40", "11");
                assertThat(row(sheet, 15)).containsExactly("12", "白　水", "18.切坡建房地质灾害隐患治理", "户", "４０",
                        "正在推进");
            }
        }

        private String shownOf(String rule, String indicatorNo) {
            return planted(rule, indicatorNo).shown();
        }

        private Planted planted(String rule, String indicatorNo) {
            List<Planted> found = month.planted().stream()
                    .filter(p -> p.rule().equals(rule) && p.indicatorNo().equals(indicatorNo)).toList();
            assertThat(found).as("%s of indicator %s", rule, indicatorNo).hasSize(1);
            return found.get(0);
        }
    }

    /** Each planted finding at a cell, after the month before or not, names a cell holding what the plan says. */
    private static void assertEveryPlantedCellHoldsWhatThePlanSays(Month month) throws IOException {
        for (Planted planted : month.plantedAfterPrevious()) {
            if (planted.cell().isEmpty()) {
                continue;
            }
            Written written = month.workbook(planted.file());
            try (Workbook workbook = open(written)) {
                assertThat(shown(workbook.getSheet(written.sheet()), planted.cell()))
                        .as("%s in %s!%s", planted.rule(), planted.file(), planted.cell())
                        .isEqualTo(planted.shown());
            }
        }
    }

    /** A committed answer file of src/test/resources/sample. */
    private static String committed(String name) throws IOException {
        try (InputStream in = SubmissionWorkbooksTests.class.getResourceAsStream("/sample/" + name)) {
            assertThat(in).as("src/test/resources/sample/" + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // ---- reading back with POI

    private static Workbook open(Written written) throws IOException {
        return WorkbookFactory.create(written.file().toFile(), null, true);
    }

    private static Cell cell(Sheet sheet, String a1) {
        CellReference ref = new CellReference(a1);
        return sheet.getRow(ref.getRow()) == null ? null : sheet.getRow(ref.getRow()).getCell(ref.getCol());
    }

    /** What a cell holds as {@link Written#shown} puts it: a plain decimal, the text, {@code =formula}, or empty. */
    private static String shown(Sheet sheet, String a1) {
        Cell cell = cell(sheet, a1);
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case FORMULA -> "=" + cell.getCellFormula();
            default -> "";
        };
    }

    /** A 1-based row as shown, from column A to its last cell. */
    private static List<String> row(Sheet sheet, int row) {
        int last = sheet.getRow(row - 1).getLastCellNum();
        return IntStream.range(0, last)
                .mapToObj(column -> shown(sheet, new CellReference(row - 1, column).formatAsString())).toList();
    }

    private static Optional<CellRangeAddress> merged(Sheet sheet, String a1) {
        CellReference ref = new CellReference(a1);
        return sheet.getMergedRegions().stream().filter(range -> range.isInRange(ref.getRow(), ref.getCol())).findFirst();
    }
}

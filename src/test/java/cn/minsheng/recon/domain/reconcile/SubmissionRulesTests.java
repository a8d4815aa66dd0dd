package cn.minsheng.recon.domain.reconcile;

import static cn.minsheng.recon.domain.reconcile.RulesExpect.assertExactly;
import static cn.minsheng.recon.domain.reconcile.RulesExpect.assertNone;
import static cn.minsheng.recon.domain.reconcile.RulesExpect.finding;
import static cn.minsheng.recon.domain.reconcile.RulesExpect.outcome;
import static cn.minsheng.recon.sample.SubmissionWorkbooks.num;
import static cn.minsheng.recon.sample.SubmissionWorkbooks.sum;
import static cn.minsheng.recon.sample.SubmissionWorkbooks.text;
import static cn.minsheng.recon.sample.SubmissionWorkbooks.villages;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.sample.PlanFixture;
import cn.minsheng.recon.sample.SubmissionLayout;
import cn.minsheng.recon.sample.SubmissionWorkbooks;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Formula;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Item;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Options;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Report;
import cn.minsheng.recon.sample.SubmissionWorkbooks.TownshipNames;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Value;
import cn.minsheng.recon.sample.SubmissionWorkbooks.Written;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SUB_ and FILE_ rules of SPEC §4, each on a real workbook written with POI, read by the safe reader and the
 * layout parser and reconciled against the sample county's (or Miluo's) official tables read from their printed
 * workbooks. Each test pins the finding — rule, severity, department as the responsibility table spells it,
 * indicator number, township in official spelling, the two values, and the cell — and that nothing else of
 * ERROR/WARNING severity is raised.
 */
class SubmissionRulesTests {

    private static final String TITLE = "2026年3月重点民生实事目标任务分解报送表";

    @TempDir
    Path dir;

    private final RulesWorld county = RulesWorld.county();
    private final PlanFixture plan = county.plan;

    // ---- helpers

    private List<String> townships() {
        return plan.townships();
    }

    /** The official township values of {@code no} under a numbered label, as a clerk copies them. */
    private Item official(int no, String label, String unit) {
        return Item.of(String.valueOf(no), no + "." + label, unit).withNumbers(plan.indicator(no).townships());
    }

    private Item official(PlanFixture of, int no, String label, String unit) {
        return Item.of(String.valueOf(no), no + "." + label, unit).withNumbers(of.indicator(no).townships());
    }

    private Item doctors() {
        return official(8, "培训乡村医生", "人");
    }

    private Item families() {
        return official(7, "家庭医生签约服务目标人群数", "万人");
    }

    private Item screening() {
        return official(1, "产前筛查率、新生儿疾病筛查率", "%");
    }

    private Item training() {
        return official(6, "职业技能培训", "人次");
    }

    private Item canteens() {
        return official(3, "提质升级中小学校食堂", "所");
    }

    private Item split(String number, String label, String unit, String... values) {
        Item item = Item.of(number, label, unit);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                item = item.with(townships().get(i), values[i]);
            }
        }
        return item;
    }

    private Written write(String file, String department, String date, List<Item> items, Options options) {
        return write(file, new Report(TITLE, department, date, townships(), items), options);
    }

    private Written write(String file, Report report, Options options) {
        Written written = SubmissionWorkbooks.write(dir.resolve(file), report, options);
        RulesWorld.touch(written.file(), LocalDateTime.of(2026, 3, 25, 10, 0));
        return written;
    }

    private static Options wide() {
        return Options.of(SubmissionLayout.WIDE);
    }

    private Reconciliation reconcile(RulesWorld world, Written... written) {
        return world.reconcile(Arrays.stream(written).map(Written::file).toArray(Path[]::new));
    }

    private Reconciliation reconcile(Written... written) {
        return reconcile(county, written);
    }

    private static RulesExpect at(RulesExpect expect, Written written, String cell) {
        return expect.at(written.fileName(), written.sheet(), cell);
    }

    private static void conserved(Reconciliation result, Written written) {
        FileOutcome line = outcome(result, written.fileName());
        assertThat(line.valuesRead()).as("read = reconciled + under finding: %s", line)
                .isEqualTo(line.valuesReconciled() + line.valuesUnderFinding());
    }

    // ---- a correct submission in every layout raises nothing

    static Stream<Arguments> layouts() {
        return Stream.of(SubmissionLayout.values()).flatMap(layout -> Stream.of(false, true)
                .map(xls -> Arguments.of(layout, xls)));
    }

    @Nested
    class CorrectSubmissions {

        @ParameterizedTest(name = "{0} xls={1}")
        @MethodSource("cn.minsheng.recon.domain.reconcile.SubmissionRulesTests#layouts")
        void raiseNoFindingForTheIndicatorsReported(SubmissionLayout layout, boolean xls) {
            Options options = Options.of(layout);
            if (xls) {
                options = options.withXls();
            }
            if (layout != SubmissionLayout.LONG) {
                options = options.withTotals(true);
            }
            Written written = write("县卫健局民生实事报送." + (xls ? "xls" : "xlsx"), "县卫生健康局", "2026年3月25日",
                    List.of(screening(), families(), doctors()), options);

            Reconciliation result = reconcile(written);

            assertThat(result.findings().stream().filter(f -> f.rule() != RuleCode.SUB_MISSING_SUBMISSION).toList())
                    .as("findings:%s", RulesExpect.show(result.findings())).isEmpty();
            assertThat(result.missing()).doesNotContain("县卫健局");
            FileOutcome line = outcome(result, written.fileName());
            assertThat(line.department()).isEqualTo("县卫健局");
            assertThat(line.status()).isEqualTo(FileStatus.SUBMITTED);
            assertThat(line.valuesUnderFinding()).isZero();
            assertThat(line.valuesRead()).isEqualTo(line.valuesReconciled()).isGreaterThanOrEqualTo(3 * 8);
        }

        @ParameterizedTest(name = "{0} xls={1}")
        @MethodSource("cn.minsheng.recon.domain.reconcile.SubmissionRulesTests#layouts")
        void splitsOfCentralPendingAndCityWideTargetsThatAddUpRaiseNothing(SubmissionLayout layout, boolean xls) {
            Options options = Options.of(layout);
            if (xls) {
                options = options.withXls();
            }
            String ext = xls ? "xls" : "xlsx";
            Written jobs = write("县人社局报送." + ext, "县人社局", "2026年3月25日", List.of(
                    split(null, "5.城镇新增就业", "人", "500", "300", "400", "300", "300", "300", "400", "300"),
                    training()), options);
            Written beds = write("县残联报送." + ext, "县残联", "2026年3月25日", List.of(
                    split(null, "9.新增残疾人托养服务床位", "张", "10", "5", "10", "5", "10", "5", "10", "5")), options);
            Written households = write("县自然资源局报送." + ext, "县自然资源局", "2026年3月25日", List.of(
                    split(null, "11.切坡建房地质灾害隐患治理", "户", "20", "10", "20", "10", "20", "10", "20", "10")),
                    options);

            Reconciliation result = reconcile(jobs, beds, households);

            assertExactly(result);
            assertNone(result, RuleCode.SUB_SUM_MISMATCH);
            Stream.of(jobs, beds, households).forEach(w -> conserved(result, w));
        }
    }

    // ---- value rules

    @Nested
    class ValueMismatch {

        @Test
        void aWrongNumberIsFlaggedAtItsCell() {
            Item doctors = doctors().with("河西街道", "3");
            Written written = write("县卫健局报送.xlsx", "县卫健局", "2026年3月25日", List.of(doctors), wide());

            assertExactly(reconcile(written), at(finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, "县卫健局", "8",
                    "河西街道").values("2", "3"), written, written.cell(doctors, "河西街道")));
        }

        @Test
        void aZeroWhereTheOfficialTableAllocatesIsAMismatchNotAMissingTownship() {
            Item doctors = doctors().with("青石镇", "0");
            Written written = write("县卫健局报送.xlsx", "县卫健局", null, List.of(doctors),
                    Options.of(SubmissionLayout.LONG));

            assertExactly(reconcile(written), at(finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, "县卫健局", "8",
                    "青石镇").values("2", "0"), written, written.cell(doctors, "青石镇")));
        }

        @Test
        void shortSpacedTownshipNamesAreReportedInOfficialSpelling() {
            RulesWorld miluo = RulesWorld.miluo();
            Item doctors = official(miluo.plan, 14, "培训乡村医生", "人").with("归义街道", "3");
            Written written = write("卫健局报送.xls", new Report(TITLE, "汨罗市卫生健康局", "2026年3月25日",
                    miluo.plan.townships(), List.of(doctors)), Options.of(SubmissionLayout.TRANSPOSED).withXls()
                    .withNames(TownshipNames.SHORT_SPACED));

            Reconciliation result = reconcile(miluo, written);

            assertExactly(result, at(finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, "市卫健局", "14",
                    "归义街道").values("2", "3"), written, written.cell(doctors, "归义街道")));
        }

        @Test
        void shortNamesLikeGuiyiAreTheirTownships() {
            RulesWorld miluo = RulesWorld.miluo();
            Item doctors = official(miluo.plan, 14, "培训乡村医生", "人");
            Written written = write("卫健局报送.xlsx", new Report(TITLE, "市卫健局", "2026年3月25日",
                    miluo.plan.townships(), List.of(doctors)), wide().withNames(TownshipNames.SHORT));
            assertThat(written.shown()).containsValue("归义");

            Reconciliation result = reconcile(miluo, written);

            assertExactly(result);
            assertThat(outcome(result, written.fileName()).valuesReconciled()).isEqualTo(15);
        }

        @Test
        void numbersTypedAsFullWidthTextAreRead() {
            Item training = training().with("东山乡", "105");
            Written written = write("县人社局报送.xlsx", "县人社局", "2026年3月25日", List.of(training),
                    wide().withNumbersAsText());
            String cell = written.cell(training, "东山乡");
            assertThat(written.shown(cell)).isEqualTo("１０５");

            assertExactly(reconcile(written), at(finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, "县人社局", "6",
                    "东山乡").values("100", "105"), written, cell));
        }

        @Test
        void villageRowsAddUpToTheirTownship() {
            Item training = training()
                    .with("城关镇", villages("城东社区", num("120"), "城西社区", num("80")))
                    .with("东山乡", villages("东山村", num("60"), "西山村", num("30")));
            Written written = write("县人社局报送.xlsx", "县人社局", "2026年3月25日", List.of(training),
                    Options.of(SubmissionLayout.LONG).withVillages());

            Reconciliation result = reconcile(written);

            assertExactly(result, finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, "县人社局", "6", "东山乡")
                    .values("100", "90").at(written.fileName(), written.sheet(), null));
            Finding mismatch = result.findings().stream().filter(f -> f.rule() == RuleCode.SUB_VALUE_MISMATCH)
                    .findFirst().orElseThrow();
            assertThat(mismatch.source().cell()).isIn(written.cell(training, "东山乡", "东山村"),
                    written.cell(training, "东山乡", "西山村"));
            conserved(result, written);
        }
    }

    @Nested
    class MissingTownship {

        @Test
        void aBlankCellWhereTheOfficialTableAllocatesIsFlaggedAtTheBlankCell() {
            Item doctors = doctors().with("柳溪镇", (Value) null);
            Written written = write("县卫健局报送.xlsx", "县卫健局", "2026年3月25日", List.of(doctors), wide());
            String cell = written.cell(doctors, "柳溪镇");
            assertThat(written.shown(cell)).isEmpty();

            assertExactly(reconcile(written), at(finding(RuleCode.SUB_MISSING_TOWNSHIP, Severity.ERROR, "县卫健局", "8",
                    "柳溪镇").values("2", "none"), written, cell));
        }

        @Test
        void aTownshipWithoutARowInALongSheetHasNoCell() {
            Item doctors = doctors().with("柳溪镇", (Value) null);
            Written written = write("县卫健局报送.xlsx", "县卫健局", "2026年3月25日", List.of(doctors),
                    Options.of(SubmissionLayout.LONG));

            assertExactly(reconcile(written), finding(RuleCode.SUB_MISSING_TOWNSHIP, Severity.ERROR, "县卫健局", "8",
                    "柳溪镇").values("2", "none").at(written.fileName(), null, ""));
        }

        @Test
        void townshipsWithoutARowAreMissingEvenWhenEveryGivenValueIsInvalid() {
            Item canteens = Item.of(null, "3.提质升级中小学校食堂", "所").with("柳溪镇", text("待定"));
            Written written = write("县教体局报送.xlsx", "县教体局", "2026年3月25日", List.of(canteens),
                    Options.of(SubmissionLayout.LONG));

            assertExactly(reconcile(written),
                    at(finding(RuleCode.SUB_INVALID_VALUE, Severity.ERROR, "县教体局", "3", "柳溪镇"), written,
                            written.cell(canteens, "柳溪镇")),
                    finding(RuleCode.SUB_MISSING_TOWNSHIP, Severity.ERROR, "县教体局", "3", "城关镇").values("2", "none")
                            .at(written.fileName(), null, ""),
                    finding(RuleCode.SUB_MISSING_TOWNSHIP, Severity.ERROR, "县教体局", "3", "河西街道").values("1", "none")
                            .at(written.fileName(), null, ""),
                    finding(RuleCode.SUB_MISSING_TOWNSHIP, Severity.ERROR, "县教体局", "3", "青石镇").values("1", "none")
                            .at(written.fileName(), null, ""));
        }
    }

    @Nested
    class ExtraTownship {

        @Test
        void aNumberWhereTheOfficialTableLeavesTheTownshipBlankIsExtra() {
            Item canteens = canteens().with("东山乡", "1");
            Written written = write("县教体局报送.xlsx", "县教体局", "2026年3月25日", List.of(canteens), wide());

            Reconciliation result = reconcile(written);

            assertExactly(result, at(finding(RuleCode.SUB_EXTRA_TOWNSHIP, Severity.ERROR, "县教体局", "3", "东山乡")
                    .values(null, "1"), written, written.cell(canteens, "东山乡")));
            Finding extra = result.findings().stream().filter(f -> f.rule() == RuleCode.SUB_EXTRA_TOWNSHIP)
                    .findFirst().orElseThrow();
            assertThat(extra.officialValue()).as("official blank counts as 0 for an additive unit")
                    .satisfiesAnyOf(v -> assertThat(v).isNull(), v -> assertThat(v).isEqualByComparingTo("0"));
        }

        @Test
        void aZeroOrBlankWhereTheOfficialTableLeavesTheTownshipBlankIsFine() {
            Item canteens = canteens().with("东山乡", "0");
            Written written = write("县教体局报送.xlsx", "县教体局", "2026年3月25日", List.of(canteens), wide());

            assertExactly(reconcile(written));
        }

        @Test
        void aRateRowIsNeverExtra() {
            RulesWorld miluo = RulesWorld.miluo();
            Item rate = official(miluo.plan, 1, "产前筛查率、新生儿疾病筛查率", "%").with("神鼎山镇", "90");
            Written written = write("卫健局报送.xlsx", new Report(TITLE, "市卫健局", "2026年3月25日",
                    miluo.plan.townships(), List.of(rate)), wide());

            Reconciliation result = reconcile(miluo, written);

            assertExactly(result);
            assertNone(result, RuleCode.SUB_EXTRA_TOWNSHIP);
        }
    }

    @Nested
    class UnknownTownshipAndIndicator {

        @Test
        void aTownshipNoAliasResolvesIsNamedAsWritten() {
            Item doctors = doctors().with("荣家湾镇", "2");
            Written written = write("县卫健局报送.xlsx", "县卫健局", "2026年3月25日", List.of(doctors),
                    Options.of(SubmissionLayout.LONG));

            Reconciliation result = reconcile(written);

            assertExactly(result, at(finding(RuleCode.SUB_UNKNOWN_TOWNSHIP, Severity.ERROR, "县卫健局", "8", "荣家湾镇"),
                    written, written.cell(doctors, "荣家湾镇")));
            conserved(result, written);
        }

        @Test
        void anUnknownTownshipRowInATransposedSheet() {
            List<String> rows = new ArrayList<>(townships());
            rows.add(4, "荣家湾镇");
            Item doctors = doctors().with("荣家湾镇", "2");
            Written written = write("县卫健局报送.xlsx", new Report(TITLE, "县卫健局", "2026年3月25日", rows,
                    List.of(doctors)), Options.of(SubmissionLayout.TRANSPOSED));

            Reconciliation result = reconcile(written);

            assertExactly(result, at(finding(RuleCode.SUB_UNKNOWN_TOWNSHIP, Severity.ERROR, "县卫健局", "8", "荣家湾镇"),
                    written, written.cell(doctors, "荣家湾镇")));
            conserved(result, written);
        }

        @Test
        void aRowThatMatchesNoIndicatorIsFlaggedAtItsLabel() {
            Item cleaning = Item.of(null, "农村人居环境整治村庄清洁行动", "次");
            for (String township : townships()) {
                cleaning = cleaning.with(township, "4");
            }
            Item villages = official(12, "建设“和美乡村”", "个");
            Written written = write("县农业农村局报送.xlsx", "县农业农村局", "2026年3月25日",
                    List.of(villages, cleaning), wide());

            Reconciliation result = reconcile(written);

            assertExactly(result, at(finding(RuleCode.SUB_UNKNOWN_INDICATOR, Severity.ERROR, "县农业农村局", "", ""),
                    written, written.labelCell(cleaning)));
            FileOutcome line = outcome(result, written.fileName());
            assertThat(line.valuesUnderFinding()).isEqualTo(8);
            conserved(result, written);
        }

        @Test
        void aRunningNumberDoesNotMakeAnUnrelatedRowAnIndicator() {
            Item cleaning = Item.of("6", "农村人居环境整治村庄清洁行动", "次");
            for (String township : townships()) {
                cleaning = cleaning.with(township, "4");
            }
            Written written = write("县农业农村局报送.xlsx", "县农业农村局", "2026年3月25日",
                    List.of(official(12, "建设“和美乡村”", "个"), cleaning), wide());

            assertExactly(reconcile(written), at(finding(RuleCode.SUB_UNKNOWN_INDICATOR, Severity.ERROR, "县农业农村局",
                    "", ""), written, written.labelCell(cleaning)));
        }
    }

    // ---- sums and totals

    @Nested
    class SumsAndTotals {

        @Test
        void aSplitOfACentralTargetThatMissesTheHeadlineIsFlaggedAtTheTotal() {
            Item jobs = split(null, "5.城镇新增就业", "人", "500", "300", "400", "300", "300", "300", "300", "300");
            Written written = write("县人社局报送.xlsx", "县人社局", "2026年3月25日", List.of(jobs),
                    Options.of(SubmissionLayout.TRANSPOSED).withTotals(false));

            assertExactly(reconcile(written), at(finding(RuleCode.SUB_SUM_MISMATCH, Severity.ERROR, "县人社局", "5", "")
                    .values("2800", "2700"), written, written.totalCell(jobs)));
        }

        @Test
        void aSplitOfAPendingTargetWithoutTotalRow() {
            Item households = split(null, "11.切坡建房地质灾害隐患治理", "户",
                    "20", "10", "20", "10", "20", "10", "10", "10");
            Written written = write("县自然资源局报送.xlsx", "县自然资源局", "2026年3月25日", List.of(households),
                    Options.of(SubmissionLayout.LONG));

            assertExactly(reconcile(written), finding(RuleCode.SUB_SUM_MISMATCH, Severity.ERROR, "县自然资源局", "11",
                    "").values("120", "110").at(written.fileName(), written.sheet(), null));
        }

        @Test
        void aSplitOfACityWideNumberMustAddUp() {
            Item beds = split(null, "9.新增残疾人托养服务床位", "张", "10", "5", "10", "5", "10", "5", "10", "10");
            Written written = write("县残联报送.xlsx", "县残联", "2026年3月25日", List.of(beds),
                    wide().withTotals(true));

            assertExactly(reconcile(written), at(finding(RuleCode.SUB_SUM_MISMATCH, Severity.ERROR, "县残联", "9", "")
                    .values("60", "65"), written, written.totalCell(beds)));
        }

        @Test
        void aTotalThatIsNotTheSumOfItsPartsIsAWarningAtTheTotal() {
            Item training = training().withTotal(num("950"));
            Written written = write("县人社局报送.xlsx", "县人社局", "2026年3月25日", List.of(training),
                    wide().withTotals(false));

            assertExactly(reconcile(written), at(finding(RuleCode.SUB_TOTAL_ROW_MISMATCH, Severity.WARNING, "县人社局",
                    "6", "").values("960", "950"), written, written.totalCell(training)));
        }

        @Test
        void aTotalFormulaWithItsCachedValueRaisesNothing() {
            Written written = write("县人社局报送.xlsx", "县人社局", "2026年3月25日", List.of(training()),
                    Options.of(SubmissionLayout.TRANSPOSED).withTotals(true));

            assertExactly(reconcile(written));
        }
    }

    // ---- units

    @Nested
    class Units {

        @Test
        void aUnitThatDoesNotConvertIsFlaggedAtTheUnitCellAndTheRowIsNotCompared() {
            Item doctors = doctors();
            doctors = new Item(doctors.number(), doctors.label(), "个", doctors.townships(), null, null)
                    .with("河西街道", "5");
            Written written = write("县卫健局报送.xlsx", "县卫健局", "2026年3月25日", List.of(doctors), wide());

            Reconciliation result = reconcile(written);

            assertExactly(result, at(finding(RuleCode.SUB_UNIT_MISMATCH, Severity.ERROR, "县卫健局", "8", ""),
                    written, written.unitCell(doctors)));
            assertNone(result, RuleCode.SUB_VALUE_MISMATCH);
            conserved(result, written);
        }

        @Test
        void muIsConvertedToWanMuAndComparedAfterConversion() {
            RulesWorld miluo = RulesWorld.miluo();
            Item farmland = Item.of("3", "高标准农田建设", "亩");
            String[] values = {null, null, "5000", "6000", "4000", "5000", "4000", "6000", "3000", "2000", "3000",
                    "4000", "5000", "3000", null};
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    farmland = farmland.with(miluo.plan.townships().get(i), values[i]);
                }
            }
            Item row = farmland;
            Written written = write("农业农村局报送.xlsx", new Report(TITLE, "市农业农村局", "2026年3月25日",
                    miluo.plan.townships(), List.of(row)), wide().withInstructionsFirst());

            Reconciliation result = reconcile(miluo, written);

            assertExactly(result);
            assertThat(result.findings()).filteredOn(f -> f.rule() == RuleCode.SUB_UNIT_CONVERTED)
                    .singleElement().satisfies(f -> assertThat(RulesExpect.finding(RuleCode.SUB_UNIT_CONVERTED,
                            Severity.INFO, "市农业农村局", "44", "").at(written.fileName(), "报送表",
                            written.unitCell(row)).matches(f)).as(RulesExpect.show(f)).isTrue());
        }

        @Test
        void aSplitInMuThatMissesTheWanMuTargetIsComparedInWanMu() {
            RulesWorld miluo = RulesWorld.miluo();
            Item farmland = Item.of("3", "高标准农田建设", "亩");
            String[] values = {null, null, "5000", "6000", "4000", "5000", "4000", "6000", "3000", "2000", "3000",
                    "4000", "5000", "2000", null};
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    farmland = farmland.with(miluo.plan.townships().get(i), values[i]);
                }
            }
            Written written = write("农业农村局报送.xlsx", new Report(TITLE, "市农业农村局", "2026年3月25日",
                    miluo.plan.townships(), List.of(farmland)), wide().withTotals(true));

            assertExactly(reconcile(miluo, written), at(finding(RuleCode.SUB_SUM_MISMATCH, Severity.ERROR,
                    "市农业农村局", "44", "").values("5", "4.9"), written, written.totalCell(farmland)));
        }

        @Test
        void personsAreConvertedToTenThousandPersonsPerTownship() {
            Item families = split(null, "7.家庭医生签约服务目标人群数", "人",
                    "12000", "6345", "9870", "7128", "5236", "8116", "7531", "6269");
            Written written = write("县卫健局报送.xlsx", "县卫健局", "2026年3月25日", List.of(families),
                    Options.of(SubmissionLayout.TRANSPOSED));

            Reconciliation result = reconcile(written);

            assertExactly(result, at(finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, "县卫健局", "7", "河西街道")
                    .values("0.9875", "0.987"), written, written.cell(families, "河西街道")));
            assertThat(result.findings()).filteredOn(f -> f.rule() == RuleCode.SUB_UNIT_CONVERTED).hasSize(1);
        }

        @Test
        void aUnitLineAboveTheHeaderGivesTheUnitOfEveryValue() {
            RulesWorld miluo = RulesWorld.miluo();
            Item loans = Item.of(null, "10.发放创业担保贷款", null);
            String[] values = {"1500", "800", "500", "600", "600", "600", "500", "600", "500", "600", "500", "600",
                    "600", "600", "500"};
            for (int i = 0; i < values.length; i++) {
                loans = loans.with(miluo.plan.townships().get(i), values[i]);
            }
            Written written = write("人社局报送.xlsx", new Report(TITLE, "市人社局", "2026年3月25日",
                    miluo.plan.townships(), List.of(loans)), Options.of(SubmissionLayout.TRANSPOSED)
                    .withUnitLine("单位：万元").withoutUnitColumn().withTotals(false));

            Reconciliation result = reconcile(miluo, written);

            assertExactly(result, at(finding(RuleCode.SUB_SUM_MISMATCH, Severity.ERROR, "市人社局", "10", "")
                    .values("9500", "9600"), written, written.totalCell(loans)));
            assertNone(result, RuleCode.SUB_UNIT_MISMATCH);
            assertNone(result, RuleCode.SUB_UNIT_CONVERTED);
        }

        @Test
        void aYuanLineIsConvertedToWanYuan() {
            RulesWorld miluo = RulesWorld.miluo();
            Item loans = Item.of(null, "10.发放创业担保贷款", null);
            String[] values = {"15000000", "8000000", "5000000", "6000000", "6000000", "6000000", "5000000",
                    "6000000", "5000000", "6000000", "5000000", "6000000", "6000000", "6000000", "5000000"};
            for (int i = 0; i < values.length; i++) {
                loans = loans.with(miluo.plan.townships().get(i), values[i]);
            }
            Written written = write("人社局报送.xlsx", new Report(TITLE, "市人社局", "2026年3月25日",
                    miluo.plan.townships(), List.of(loans)), Options.of(SubmissionLayout.TRANSPOSED)
                    .withUnitLine("单位：元").withoutUnitColumn());

            Reconciliation result = reconcile(miluo, written);

            assertExactly(result, finding(RuleCode.SUB_SUM_MISMATCH, Severity.ERROR, "市人社局", "10", "")
                    .values("9500", "9600"));
            assertThat(result.findings()).filteredOn(f -> f.rule() == RuleCode.SUB_UNIT_CONVERTED).hasSize(1);
        }
    }

    // ---- invalid cells

    @Nested
    class InvalidCells {

        @Test
        void textAndNegativeNumbersWhereANumberIsDue() {
            Item doctors = doctors().with("河西街道", text("待定")).with("青石镇", num("-2"));
            Written written = write("县卫健局报送.xlsx", "县卫健局", "2026年3月25日", List.of(doctors), wide());

            Reconciliation result = reconcile(written);

            assertExactly(result,
                    at(finding(RuleCode.SUB_INVALID_VALUE, Severity.ERROR, "县卫健局", "8", "河西街道")
                            .values(null, "none"), written, written.cell(doctors, "河西街道")),
                    at(finding(RuleCode.SUB_INVALID_VALUE, Severity.ERROR, "县卫健局", "8", "青石镇")
                            .values(null, "-2"), written, written.cell(doctors, "青石镇")));
            assertNone(result, RuleCode.SUB_MISSING_TOWNSHIP);
            conserved(result, written);
        }

        @Test
        void aTextInATransposedXlsSheet() {
            Item canteens = canteens().with("城关镇", text("待定"));
            Written written = write("县教体局报送.xls", "县教体局", "2026年3月25日", List.of(canteens),
                    Options.of(SubmissionLayout.TRANSPOSED).withXls());

            assertExactly(reconcile(written), at(finding(RuleCode.SUB_INVALID_VALUE, Severity.ERROR, "县教体局", "3",
                    "城关镇"), written, written.cell(canteens, "城关镇")));
        }

        @Test
        void aFormulaWithoutCachedValueIsAFindingNeverZero() {
            Item doctors = doctors().with("白沙乡", new Formula("1+1", null));
            Written written = write("县卫健局报送.xlsx", "县卫健局", "2026年3月25日", List.of(doctors), wide());

            Reconciliation result = reconcile(written);

            assertExactly(result, at(finding(RuleCode.SUB_FORMULA_NO_VALUE, Severity.ERROR, "县卫健局", "8", "白沙乡"),
                    written, written.cell(doctors, "白沙乡")));
            assertNone(result, RuleCode.SUB_VALUE_MISMATCH);
            assertNone(result, RuleCode.SUB_MISSING_TOWNSHIP);
        }

        @Test
        void aTotalFormulaWithoutCachedValueIsFlaggedAtTheTotal() {
            Item training = training().withTotal(sum(false));
            Written written = write("县人社局报送.xlsx", "县人社局", "2026年3月25日", List.of(training),
                    wide().withTotals(true));

            assertExactly(reconcile(written), at(finding(RuleCode.SUB_FORMULA_NO_VALUE, Severity.ERROR, "县人社局",
                    "6", ""), written, written.totalCell(training)));
        }
    }

    @Nested
    class Duplicates {

        @Test
        void aRowGivenTwiceWithADifferentValueIsFlaggedAtTheLaterCell() {
            Item doctors = doctors();
            Item again = doctors().with("青石镇", "3");
            Written written = write("县卫健局报送.xlsx", "县卫健局", "2026年3月25日", List.of(doctors, again), wide());

            Reconciliation result = reconcile(written);

            assertExactly(result, at(finding(RuleCode.SUB_DUPLICATE, Severity.ERROR, "县卫健局", "8", "青石镇")
                    .values("2", "3"), written, written.cell(again, "青石镇")));
            conserved(result, written);
        }

        @Test
        void aRowGivenTwiceWithTheSameValuesIsNoDuplicate() {
            Written written = write("县卫健局报送.xlsx", "县卫健局", "2026年3月25日", List.of(doctors(), doctors()),
                    Options.of(SubmissionLayout.LONG));

            Reconciliation result = reconcile(written);

            assertExactly(result);
            conserved(result, written);
        }
    }

    @Nested
    class Standards {

        private Item every(String label, String value) {
            Item item = Item.of("10", label, "元/月");
            for (String township : townships()) {
                item = item.with(township, value);
            }
            return item;
        }

        @Test
        void aValueUnderItsLabelledMinimumIsBelowStandard() {
            Item urban = every("城乡低保指导标准（城市）", "800").with("南湖街道", "790");
            Item rural = every("城乡低保指导标准（农村）", "560");
            Written written = write("县民政局报送.xlsx", "县民政局", "2026年3月25日", List.of(urban, rural), wide());

            assertExactly(reconcile(written), at(finding(RuleCode.SUB_BELOW_STANDARD, Severity.ERROR, "县民政局", "10",
                    "南湖街道").values("800", "790"), written, written.cell(urban, "南湖街道")));
        }

        @Test
        void anUnlabelledValueIsHeldToTheLowerMinimum() {
            Item unlabelled = every("城乡低保指导标准", "570").with("桥头镇", "550");
            Written written = write("县民政局报送.xlsx", "县民政局", "2026年3月25日", List.of(unlabelled),
                    Options.of(SubmissionLayout.LONG));

            assertExactly(reconcile(written), at(finding(RuleCode.SUB_BELOW_STANDARD, Severity.ERROR, "县民政局", "10",
                    "桥头镇").values("560", "550"), written, written.cell(unlabelled, "桥头镇")));
        }
    }

    // ---- who reports what

    @Nested
    class Responsibility {

        @Test
        void anIndicatorLedByAnotherUnitIsAWarningAtItsLabel() {
            Item doctors = doctors();
            Written written = write("县农业农村局报送.xlsx", "县农业农村局", "2026年3月25日",
                    List.of(official(12, "建设“和美乡村”", "个"), doctors), wide());

            assertExactly(reconcile(written), at(finding(RuleCode.SUB_NOT_LEAD_UNIT, Severity.WARNING, "县农业农村局",
                    "8", ""), written, written.labelCell(doctors)));
        }

        @Test
        void anIndicatorOfWhichTheUnitIsARelatedUnitIsOnlyNoted() {
            Item activities = official(2, "家庭教育指导“向阳花”活动", "场(次)");
            Written written = write("县教体局报送.xlsx", "县教体局", "2026年3月25日",
                    List.of(canteens(), activities), wide());

            Reconciliation result = reconcile(written);

            assertExactly(result);
            assertThat(result.findings()).filteredOn(f -> f.rule() == RuleCode.SUB_NOT_LEAD_UNIT).singleElement()
                    .satisfies(f -> assertThat(finding(RuleCode.SUB_NOT_LEAD_UNIT, Severity.INFO, "县教体局", "2", "")
                            .at(written.fileName(), written.sheet(), written.labelCell(activities)).matches(f))
                            .as(RulesExpect.show(f)).isTrue());
        }

        @Test
        void valuesOfAnUpperLevelIndicatorAreOnlyNoted() {
            Item campus = Item.of("4", "4.新增省属高校校舍面积", "平方米").with("城关镇", "5000");
            Written written = write("县教体局报送.xlsx", "县教体局", "2026年3月25日", List.of(canteens(), campus), wide());

            Reconciliation result = reconcile(written);

            assertExactly(result);
            assertThat(result.findings()).filteredOn(f -> f.rule() == RuleCode.SUB_UPPER_LEVEL_REPORTED)
                    .singleElement().satisfies(f -> assertThat(finding(RuleCode.SUB_UPPER_LEVEL_REPORTED,
                            Severity.INFO, "县教体局", "4", "").at(written.fileName(), written.sheet(),
                            written.labelCell(campus)).matches(f)).as(RulesExpect.show(f)).isTrue());
        }

        @Test
        void everyExpectedDepartmentThatSentNothingIsMissingOnce() {
            Reconciliation nothing = county.reconcile();

            List<String> expected = List.of("县卫健局", "县妇联", "县教体局", "县人社局", "县残联", "县自然资源局", "县农业农村局");
            assertThat(nothing.missing()).containsExactlyInAnyOrderElementsOf(expected);
            assertExactly(nothing, true, expected.stream().map(unit -> finding(RuleCode.SUB_MISSING_SUBMISSION,
                    Severity.WARNING, unit, "", "").at("", "", "")).toArray(RulesExpect[]::new));
        }

        @Test
        void aDepartmentThatSentAFileIsNotMissing() {
            Written written = write("县卫健局报送.xlsx", "县卫健局", "2026年3月25日", List.of(doctors()), wide());

            Reconciliation result = reconcile(written);

            assertThat(result.missing()).containsExactlyInAnyOrder("县妇联", "县教体局", "县人社局", "县残联", "县自然资源局",
                    "县农业农村局");
            assertThat(result.findings()).filteredOn(f -> f.rule() == RuleCode.SUB_MISSING_SUBMISSION)
                    .extracting(Finding::department).doesNotContain("县卫健局", "县民政局", "县工信局");
        }
    }

    // ---- files

    @Nested
    class FileRules {

        @Test
        void aFileWhoseDepartmentCannotBeDetermined() {
            Written written = write("新建 Microsoft Excel 工作表.xlsx", null, null, List.of(doctors()), wide());

            Reconciliation result = reconcile(written);

            assertExactly(result, finding(RuleCode.FILE_UNKNOWN_DEPARTMENT, Severity.ERROR, "", "", "")
                    .at(written.fileName(), null, ""));
            assertThat(outcome(result, written.fileName()).department()).isEmpty();
        }

        @Test
        void aReadableFileWithoutAnyTable() throws IOException {
            Path file = dir.resolve("县妇联3月工作进展.xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                var sheet = workbook.createSheet("Sheet1");
                String[] lines = {"县妇联2026年3月重点民生实事工作进展情况", "一、工作进展",
                        "开展家庭教育指导“向阳花”活动：已完成场地对接。", "二、下一步打算", "4月底前完成首批活动。"};
                for (int i = 0; i < lines.length; i++) {
                    sheet.createRow(i).createCell(0).setCellValue(lines[i]);
                }
                try (var out = Files.newOutputStream(file)) {
                    workbook.write(out);
                }
            }

            Reconciliation result = county.reconcile(file);

            assertExactly(result, finding(RuleCode.SUB_TEMPLATE_MISMATCH, Severity.ERROR, "县妇联", "", "")
                    .at("县妇联3月工作进展.xlsx", null, ""));
            assertThat(outcome(result, "县妇联3月工作进展.xlsx").valuesRead()).isZero();
        }

        @Test
        void corruptAndDisguisedFilesAreUnreadable() throws IOException {
            Path truncated = dir.resolve("民生实事报送表(1).xlsx");
            byte[] whole;
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("2026年3月重点民生实事报送表");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                workbook.write(out);
                whole = out.toByteArray();
            }
            Files.write(truncated, Arrays.copyOf(whole, whole.length * 3 / 5));
            Path html = dir.resolve("3月份民生实事进度导出.xls");
            Files.writeString(html, "<html><body><table><tr><td>序号</td><td>指标</td></tr></table></body></html>",
                    StandardCharsets.UTF_8);

            Reconciliation result = county.reconcile(truncated, html);

            assertExactly(result,
                    finding(RuleCode.FILE_UNREADABLE, Severity.ERROR, "", "", "").at(truncated.getFileName().toString(),
                            "", ""),
                    finding(RuleCode.FILE_UNREADABLE, Severity.ERROR, "", "", "").at(html.getFileName().toString(),
                            "", ""));
            assertThat(result.files()).extracting(FileOutcome::status)
                    .containsExactly(FileStatus.UNREADABLE, FileStatus.UNREADABLE);
        }

        @Test
        void anOlderFileOfTheSameDepartmentIsSupersededByItsFilingDate() {
            Item wrong = doctors().with("河西街道", "3");
            Written older = write("卫健局报送（3月20日）.xlsx", "县卫健局", "2026年3月20日",
                    List.of(wrong, families()), wide());
            Written newer = write("县卫健局报送-更正.xlsx", "县卫生健康局", "2026年3月28日", List.of(doctors()), wide());
            // the file system says otherwise: the older file was copied last
            RulesWorld.touch(older.file(), LocalDateTime.of(2026, 3, 29, 9, 0));
            RulesWorld.touch(newer.file(), LocalDateTime.of(2026, 3, 28, 9, 0));

            Reconciliation result = reconcile(newer, older);

            assertExactly(result);
            assertThat(result.findings()).filteredOn(f -> f.rule() == RuleCode.FILE_SUPERSEDED).singleElement()
                    .satisfies(f -> assertThat(finding(RuleCode.FILE_SUPERSEDED, Severity.INFO, "县卫健局", "", "")
                            .at(older.fileName(), null, "").matches(f)).as(RulesExpect.show(f)).isTrue());
            conserved(result, older);
            conserved(result, newer);
            // indicator 7 is only in the older file: it still stands, and is right
            assertThat(outcome(result, older.fileName()).valuesReconciled()).isEqualTo(8);
        }

        @Test
        void withoutFilingDatesTheNewerModificationTimeWins() {
            Written older = write("县卫健局报送初稿.xlsx", "县卫健局", null, List.of(doctors()), wide());
            Item corrected = doctors().with("河西街道", "3");
            Written newer = write("县卫健局报送终稿.xlsx", "县卫健局", null, List.of(corrected), wide());
            RulesWorld.touch(older.file(), LocalDateTime.of(2026, 3, 20, 9, 0));
            RulesWorld.touch(newer.file(), LocalDateTime.of(2026, 3, 27, 9, 0));

            Reconciliation result = reconcile(newer, older);

            assertExactly(result, at(finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, "县卫健局", "8", "河西街道")
                    .values("2", "3"), newer, newer.cell(corrected, "河西街道")));
            assertThat(result.findings()).filteredOn(f -> f.rule() == RuleCode.FILE_SUPERSEDED)
                    .extracting(f -> f.source().file()).containsExactly(older.fileName());
            assertThat(outcome(result, older.fileName()).status()).isEqualTo(FileStatus.SUPERSEDED);
        }
    }

    // ---- how a file says who sent it, and where its table is

    @Nested
    class Reading {

        @Test
        void theFilingUnitLineNamesTheDepartmentWhateverTheFileName() {
            Item doctors = doctors().with("河西街道", "3");
            Written written = write("2026年3月民生实事报送表.xlsx", "县卫生健康局（盖章）", "2026年3月25日",
                    List.of(doctors), wide());

            Reconciliation result = reconcile(written);

            assertExactly(result, at(finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, "县卫健局", "8", "河西街道")
                    .values("2", "3"), written, written.cell(doctors, "河西街道")));
            assertThat(outcome(result, written.fileName()).department()).isEqualTo("县卫健局");
        }

        @Test
        void theFileNameNamesTheDepartmentWhenNoLineDoes() {
            Item doctors = doctors().with("河西街道", "3");
            Written written = write("卫健局3月报送.xlsx", null, null, List.of(doctors), wide());

            Reconciliation result = reconcile(written);

            assertExactly(result, at(finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, "县卫健局", "8", "河西街道")
                    .values("2", "3"), written, written.cell(doctors, "河西街道")));
            assertThat(outcome(result, written.fileName()).department()).isEqualTo("县卫健局");
        }

        @Test
        void anInstructionsSheetFirstIsSkipped() {
            Item doctors = doctors().with("河西街道", "3");
            Written written = write("县卫健局报送.xlsx", "县卫健局", "2026年3月25日", List.of(doctors),
                    wide().withInstructionsFirst());
            assertThat(written.sheet()).isEqualTo("报送表");

            Reconciliation result = reconcile(written);

            assertExactly(result, finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, "县卫健局", "8", "河西街道")
                    .values("2", "3").at(written.fileName(), "报送表", written.cell(doctors, "河西街道")));
            assertThat(outcome(result, written.fileName()).valuesRead()).isEqualTo(8);
        }

        @Test
        void numbersTypedWithThousandsSeparatorsAndFullWidthDigits() {
            Item jobs = split(null, "5.城镇新增就业", "人", "1000", "300", "300", "300", "300", "200", "200", "200");
            Written written = write("县人社局报送.xls", "县人社局", "2026年3月25日", List.of(jobs, training()),
                    Options.of(SubmissionLayout.LONG).withXls().withNumbersAsText());
            assertThat(written.shown()).containsValue("1,000").containsValue("３００");

            Reconciliation result = reconcile(written);

            assertExactly(result);
            assertThat(outcome(result, written.fileName()).valuesReconciled()).isEqualTo(16);
        }

        @Test
        void thousandsSeparatorsThatMissTheHeadline() {
            Item jobs = split(null, "5.城镇新增就业", "人", "1100", "300", "300", "300", "300",
                    "200", "200", "200");
            Written written = write("县人社局报送.xlsx", "县人社局", "2026年3月25日", List.of(jobs),
                    Options.of(SubmissionLayout.TRANSPOSED).withNumbersAsText().withTotals(false));
            assertThat(written.shown(written.cell(jobs, "城关镇"))).isEqualTo("1,100");

            assertExactly(reconcile(written), at(finding(RuleCode.SUB_SUM_MISMATCH, Severity.ERROR, "县人社局", "5", "")
                    .values("2800", "2900"), written, written.totalCell(jobs)));
        }
    }
}

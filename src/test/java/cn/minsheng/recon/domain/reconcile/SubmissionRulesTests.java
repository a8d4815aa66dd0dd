package cn.minsheng.recon.domain.reconcile;

import static cn.minsheng.recon.domain.reconcile.RulesExpect.assertExactly;
import static cn.minsheng.recon.domain.reconcile.RulesExpect.assertLedger;
import static cn.minsheng.recon.domain.reconcile.RulesExpect.assertNone;
import static cn.minsheng.recon.domain.reconcile.RulesExpect.finding;
import static cn.minsheng.recon.domain.reconcile.RulesExpect.only;
import static cn.minsheng.recon.domain.reconcile.RulesExpect.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.model.Comparison;
import cn.minsheng.recon.domain.model.DirectiveKind;
import cn.minsheng.recon.domain.submission.Layout;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The SUB_ and FILE_ rules of SPEC §4 on submissions built in memory ({@link SubmittedFile}, {@link SubmittedSheet},
 * {@link Line}) against official tables built in memory ({@link CountyTables#county()}), one {@code @Nested} class
 * per rule code: where it fires, its boundary, and where it must not. Each test pins the findings — rule, severity,
 * department as the responsibility table spells it, indicator number, township in official spelling, the two
 * values and the cell — that nothing else of ERROR/WARNING severity is raised, and the file's ledger line (values
 * read = reconciled + under a finding). Reading real workbooks is left to {@link SubmissionRulesFunctionalTests}.
 */
class SubmissionRulesTests {

    private static final String WJ = "县卫健局";
    private static final String RS = "县人社局";
    private static final String JT = "县教体局";
    private static final String CG = "城关镇";
    private static final String DS = "东山乡";
    private static final String HX = "河西街道";
    private static final String QS = "青石镇";

    private final CountyTables county = CountyTables.county();
    private final List<String> townships = county.townships();

    // ---- test data

    /** The official township numbers of indicator {@code no} under a numbered label, as a clerk copies them. */
    private Line official(String no, String label) {
        return Line.of(no + "." + label, county.unitOf(no)).with(county.numbers(no));
    }

    private Line screening() {
        return official("1", "产前筛查率、新生儿疾病筛查率");
    }

    private Line canteens() {
        return official("3", "提质升级中小学校食堂");
    }

    private Line training() {
        return official("6", "职业技能培训");
    }

    private Line families() {
        return official("7", "家庭医生签约服务目标人群数");
    }

    private Line doctors() {
        return official("8", "培训乡村医生");
    }

    /** A township split in township order; null leaves a township out. */
    private Line split(String label, String unit, String... values) {
        Line line = Line.of(label, unit);
        for (int i = 0; i < values.length; i++) {
            line = line.with(townships.get(i), values[i]);
        }
        return line;
    }

    private SubmittedSheet wide(Line... lines) {
        return SubmittedSheet.wide(townships, lines);
    }

    private SubmittedSheet transposed(Line... lines) {
        return SubmittedSheet.transposed(townships, lines);
    }

    private SubmittedSheet sheet(Layout layout, Line... lines) {
        return switch (layout) {
            case WIDE -> wide(lines);
            case TRANSPOSED -> transposed(lines);
            case LONG -> SubmittedSheet.longSheet(lines);
            case HIDDEN -> throw new IllegalArgumentException("a hidden sheet holds no lines");
        };
    }

    private static SubmittedFile file(String name, String unit, SubmittedSheet... sheets) {
        return SubmittedFile.of(name, sheets).declaring(unit);
    }

    private Reconciliation reconcile(SubmittedFile... files) {
        return reconcile(county, files);
    }

    private static Reconciliation reconcile(CountyTables tables, SubmittedFile... files) {
        return tables.reconciler().reconcile(Arrays.stream(files).map(SubmittedFile::received).toList());
    }

    private static RulesExpect at(RulesExpect expect, SubmittedFile file, SubmittedSheet sheet, String cell) {
        return expect.at(file.name(), sheet.name(), cell);
    }

    /** The whole file is under no finding: every value it holds was compared. */
    private static void allReconciled(Reconciliation result, SubmittedFile file, SubmittedSheet... sheets) {
        reconciledBut(0, result, file, sheets);
    }

    /**
     * Every value the file holds was compared, and all but {@code underFinding} agreed: those are counted under the
     * findings about them, once each, and not as reconciled (SPEC §5: they add up).
     */
    private static void reconciledBut(int underFinding, Reconciliation result, SubmittedFile file,
            SubmittedSheet... sheets) {
        int read = Arrays.stream(sheets).mapToInt(SubmittedSheet::valueCount).sum();
        assertLedger(result, file.name(), read, read - underFinding, underFinding);
    }

    // ---- a correct submission raises nothing

    @Nested
    class CorrectSubmissions {

        @ParameterizedTest
        @EnumSource(value = Layout.class, names = {"WIDE", "TRANSPOSED", "LONG"})
        void raiseNoFindingForTheIndicatorsReported(Layout layout) {
            SubmittedSheet sheet = sheet(layout, screening(), families(), doctors());
            if (layout != Layout.LONG) {
                sheet = sheet.withTotals();
            }
            SubmittedFile file = file("县卫健局民生实事报送.xlsx", "县卫生健康局", sheet);

            Reconciliation result = reconcile(file);

            assertThat(result.findings()).filteredOn(f -> f.rule() != RuleCode.SUB_MISSING_SUBMISSION)
                    .as(RulesExpect.show(result.findings())).isEmpty();
            assertThat(result.missing()).doesNotContain(WJ);
            assertThat(outcome(result, file.name()).department()).isEqualTo(WJ);
            assertThat(outcome(result, file.name()).status()).isEqualTo(FileStatus.SUBMITTED);
            assertThat(sheet.valueCount()).isEqualTo(layout == Layout.LONG ? 3 * 4 : 3 * 5);
            allReconciled(result, file, sheet);
        }

        @ParameterizedTest
        @EnumSource(value = Layout.class, names = {"WIDE", "TRANSPOSED", "LONG"})
        void splitsOfCentralPendingAndCountyWideTargetsThatAddUpRaiseNothing(Layout layout) {
            SubmittedSheet jobs = sheet(layout, split("5.城镇新增就业", "人", "400", "300", "400", "300"), training());
            SubmittedSheet beds = sheet(layout, split("9.新增残疾人托养服务床位", "张", "10", "5", "10", "5"));
            SubmittedSheet households = sheet(layout, split("11.切坡建房地质灾害隐患治理", "户", "20", "10", "20", "10"));
            SubmittedFile rs = file("县人社局报送.xlsx", RS, jobs);
            SubmittedFile cl = file("县残联报送.xlsx", "县残联", beds);
            SubmittedFile zr = file("县自然资源局报送.xlsx", "县自然资源局", households);

            Reconciliation result = reconcile(rs, cl, zr);

            assertExactly(result);
            assertThat(result.findings()).filteredOn(f -> f.rule() != RuleCode.SUB_MISSING_SUBMISSION).isEmpty();
            allReconciled(result, rs, jobs);
            allReconciled(result, cl, beds);
            allReconciled(result, zr, households);
        }
    }

    // ---- value rules

    @Nested
    class SubValueMismatch {

        @Test
        void aWrongNumberIsFlaggedAtItsCellWithEveryColumnOfTheFinding() {
            Line doctors = doctors().with(HX, "3");
            SubmittedSheet sheet = wide(doctors);
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, WJ, "8", HX)
                    .values("2", "3"), file, sheet, sheet.cell(doctors, HX)));
            Finding mismatch = only(result, RuleCode.SUB_VALUE_MISMATCH);
            assertThat(mismatch.indicator()).isEqualTo("提升基层医疗卫生服务能力，培训乡村医生8人");
            assertThat(mismatch.unit()).isEqualTo("人");
            assertThat(mismatch.difference()).isEqualByComparingTo("1");
            assertThat(mismatch.leadLeader()).isEqualTo("领导8");
            assertThat(mismatch.leadUnit()).isEqualTo(WJ);
            assertThat(mismatch.message()).contains(HX + "报送3").contains("官方分解为2");
            reconciledBut(1, result, file, sheet);
        }

        @Test
        void theSameNumberWrittenWithOtherDecimalsIsNoMismatch() {
            SubmittedSheet sheet = wide(doctors().with(HX, "2.00"), families().with(QS, "0.67800"));
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result);
            assertNone(result, RuleCode.SUB_VALUE_MISMATCH);
            allReconciled(result, file, sheet);
        }

        @Test
        void aZeroWhereTheOfficialTableAllocatesIsAMismatchNotAMissingTownship() {
            Line doctors = doctors().with(QS, "0");
            SubmittedSheet sheet = SubmittedSheet.longSheet(doctors);
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, WJ, "8", QS)
                    .values("2", "0"), file, sheet, sheet.cell(doctors, QS)));
            assertNone(result, RuleCode.SUB_MISSING_TOWNSHIP);
            reconciledBut(1, result, file, sheet);
        }

        @Test
        void shortAndSpacedTownshipNamesAreReportedInOfficialSpelling() {
            Line doctors = Line.of("8.培训乡村医生", "人").with("城 关", "2").with("东山", "2").with("河  西", "3")
                    .with("青石", "2");
            SubmittedSheet sheet = SubmittedSheet.transposed(List.of("城 关", "东山", "河  西", "青石"), doctors);
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, WJ, "8", HX)
                    .values("2", "3"), file, sheet, sheet.cell(doctors, "河  西")));
            reconciledBut(1, result, file, sheet);
        }

        @Test
        void villageRowsAddUpToTheirTownship() {
            Line training = training().withVillages(CG, "城东社区", "120", "城西社区", "80")
                    .withVillages(DS, "东山村", "60", "西山村", "30");
            SubmittedSheet sheet = SubmittedSheet.longSheet(training);
            SubmittedFile file = file("县人社局报送.xlsx", RS, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, RS, "6", DS)
                    .values("100", "90").at(file.name(), sheet.name(), null));
            assertThat(only(result, RuleCode.SUB_VALUE_MISMATCH).source().cell())
                    .isIn(sheet.cell(training, DS, "东山村"), sheet.cell(training, DS, "西山村"));
            assertThat(result.figures()).filteredOn(f -> f.township().equals(CG)).singleElement()
                    .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("200"));
            // 东山村 and 西山村: their sum is the value that differs
            reconciledBut(2, result, file, sheet);
        }

        @Test
        void villageRowsOfARateAreNeverAddedUpToTheirTownship() {
            Line screening = screening().withVillages(CG, "城东社区", "95", "城西社区", "95");
            SubmittedSheet sheet = SubmittedSheet.longSheet(screening);
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result);
            assertNone(result, RuleCode.SUB_VALUE_MISMATCH);
            assertThat(result.figures()).filteredOn(f -> f.township().equals(CG)).singleElement()
                    .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("95"));
            allReconciled(result, file, sheet);
        }

        @Test
        void theFirstNumberOfARateStandsForItsTownship() {
            Line screening = screening().withVillages(CG, "城东社区", "", "城西社区", "90", "城南社区", "95");
            SubmittedSheet sheet = SubmittedSheet.longSheet(screening);
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, WJ, "1", CG)
                    .values("95", "90"), file, sheet, sheet.cell(screening, CG, "城西社区")));
            assertThat(result.figures()).filteredOn(f -> f.township().equals(CG)).singleElement()
                    .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("90"));
        }

        @Test
        void aRateIsComparedTownshipByTownship() {
            Line screening = screening().with(DS, "90");
            SubmittedSheet sheet = wide(screening);
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, WJ, "1", DS)
                    .values("95", "90"), file, sheet, sheet.cell(screening, DS)));
            assertThat(only(result, RuleCode.SUB_VALUE_MISMATCH).message()).contains("官方分解为95");
        }

        @Test
        void aRateWhoseOfficialValueIsZeroMustBeZero() {
            CountyTables tables = CountyTables.county().indicator("14", "危房存量降幅", "%")
                    .townships("10", "10", "0", "0").lead(WJ, "");
            Line rate = Line.of("14.危房存量降幅", "%").with(CG, "10").with(DS, "10").with(HX, "0").with(QS, "5");
            SubmittedSheet sheet = wide(rate);
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(tables, file);

            assertExactly(result, at(finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, WJ, "14", QS)
                    .values("0", "5"), file, sheet, sheet.cell(rate, QS)));
            assertThat(only(result, RuleCode.SUB_VALUE_MISMATCH).message()).contains(QS + "报送5，官方为0");
        }
    }

    @Nested
    class SubMissingTownship {

        @Test
        void aBlankCellWhereTheOfficialTableAllocatesIsFlaggedAtTheBlankCell() {
            Line doctors = doctors().with(QS, "");
            SubmittedSheet sheet = wide(doctors);
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_MISSING_TOWNSHIP, Severity.ERROR, WJ, "8", QS)
                    .values("2", "none"), file, sheet, sheet.cell(doctors, QS)));
            assertThat(only(result, RuleCode.SUB_MISSING_TOWNSHIP).message()).contains(QS + "的数值为空");
            reconciledBut(1, result, file, sheet);
        }

        @Test
        void aTownshipWithoutARowInALongSheetHasNoCell() {
            Line doctors = doctors().with(QS, null);
            SubmittedSheet sheet = SubmittedSheet.longSheet(doctors);
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, finding(RuleCode.SUB_MISSING_TOWNSHIP, Severity.ERROR, WJ, "8", QS)
                    .values("2", "none").at(file.name(), sheet.name(), ""));
            assertThat(only(result, RuleCode.SUB_MISSING_TOWNSHIP).message()).contains("未报送" + QS);
            allReconciled(result, file, sheet);
        }

        @Test
        void aRatesTownshipLeftBlankInTwoCopiesOfItsRowIsCitedAtTheFirstBlank() {
            Line screening = screening().with(HX, "");
            SubmittedSheet sheet = transposed(screening, screening);
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_MISSING_TOWNSHIP, Severity.ERROR, WJ, "1", HX)
                    .values("95", "none"), file, sheet, sheet.cell(screening, HX)));
            assertThat(sheet.cell(screening, HX)).isEqualTo("B7");
        }

        @Test
        void townshipsWithoutARowAreMissingEvenWhenEveryGivenValueIsInvalid() {
            Line canteens = Line.of("3.提质升级中小学校食堂", "所").with(QS, "待定");
            SubmittedSheet sheet = SubmittedSheet.longSheet(canteens);
            SubmittedFile file = file("县教体局报送.xlsx", JT, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result,
                    at(finding(RuleCode.SUB_INVALID_VALUE, Severity.ERROR, JT, "3", QS), file, sheet,
                            sheet.cell(canteens, QS)),
                    finding(RuleCode.SUB_MISSING_TOWNSHIP, Severity.ERROR, JT, "3", CG).values("2", "none")
                            .at(file.name(), sheet.name(), ""),
                    finding(RuleCode.SUB_MISSING_TOWNSHIP, Severity.ERROR, JT, "3", HX).values("1", "none")
                            .at(file.name(), sheet.name(), ""));
            assertLedger(result, file.name(), 1, 0, 1);
        }

        @Test
        void aBlankWhereTheOfficialTableHasNothingOrZeroIsNotMissing() {
            CountyTables tables = CountyTables.county().indicator("14", "新建口袋公园2个", "个").townships("0", "1", "1", null)
                    .lead("县住建局", "");
            Line parks = Line.of("14.新建口袋公园", "个").with(DS, "1").with(HX, "1");
            SubmittedSheet sheet = wide(parks, canteens().with(DS, ""));
            SubmittedFile file = file("县住建局报送.xlsx", "县住建局", sheet);

            Reconciliation result = reconcile(tables, file);

            assertNone(result, RuleCode.SUB_MISSING_TOWNSHIP);
            assertNone(result, RuleCode.SUB_VALUE_MISMATCH);
            assertNone(result, RuleCode.SUB_EXTRA_TOWNSHIP);
            allReconciled(result, file, sheet);
        }
    }

    @Nested
    class SubExtraTownship {

        @Test
        void aNumberWhereTheOfficialTableLeavesTheTownshipBlankIsExtraAgainstZero() {
            Line canteens = canteens().with(DS, "1");
            SubmittedSheet sheet = wide(canteens);
            SubmittedFile file = file("县教体局报送.xlsx", JT, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_EXTRA_TOWNSHIP, Severity.ERROR, JT, "3", DS)
                    .values("0", "1"), file, sheet, sheet.cell(canteens, DS)));
            assertThat(only(result, RuleCode.SUB_EXTRA_TOWNSHIP).message()).contains("未给" + DS + "分配任务");
            reconciledBut(1, result, file, sheet);
        }

        @Test
        void aNumberWhereTheOfficialTableWritesZeroIsExtra() {
            CountyTables tables = CountyTables.county().indicator("14", "新建口袋公园2个", "个").townships("0", "1", "1", null)
                    .lead("县住建局", "");
            Line parks = Line.of("14.新建口袋公园", "个").with(CG, "0.5").with(DS, "1").with(HX, "1");
            SubmittedSheet sheet = wide(parks);
            SubmittedFile file = file("县住建局报送.xlsx", "县住建局", sheet);

            assertExactly(reconcile(tables, file), at(finding(RuleCode.SUB_EXTRA_TOWNSHIP, Severity.ERROR, "县住建局",
                    "14", CG).values("0", "0.5"), file, sheet, sheet.cell(parks, CG)));
        }

        @Test
        void aZeroOrBlankWhereTheOfficialTableLeavesTheTownshipBlankIsFine() {
            SubmittedSheet zero = wide(canteens().with(DS, "0"));
            SubmittedSheet blank = wide(canteens().with(DS, ""));
            SubmittedFile file = file("县教体局报送.xlsx", JT, zero, blank.named("Sheet2"));

            Reconciliation result = reconcile(file);

            assertExactly(result);
            assertNone(result, RuleCode.SUB_EXTRA_TOWNSHIP);
        }

        @Test
        void aRateRowIsNeverExtra() {
            CountyTables tables = CountyTables.county().indicator("14", "孕产妇系统管理率达90%以上", "%")
                    .townships("90", "90", "90", null).lead(WJ, "");
            Line rate = Line.of("14.孕产妇系统管理率", "%").with(CG, "90").with(DS, "90").with(HX, "90")
                    .with(QS, "92");
            SubmittedSheet sheet = wide(rate);
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(tables, file);

            assertExactly(result);
            assertNone(result, RuleCode.SUB_EXTRA_TOWNSHIP);
            allReconciled(result, file, sheet);
        }
    }

    @Nested
    class SubUnknownTownship {

        @Test
        void aTownshipNoAliasResolvesIsNamedAsWritten() {
            Line doctors = doctors().with("荣家湾镇", "2");
            SubmittedSheet sheet = SubmittedSheet.longSheet(doctors);
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_UNKNOWN_TOWNSHIP, Severity.ERROR, WJ, "8", "荣家湾镇"),
                    file, sheet, sheet.cell(doctors, "荣家湾镇")));
            assertLedger(result, file.name(), 5, 4, 1);
        }

        @Test
        void anUnknownTownshipRowIsFlaggedOncePerIndicator() {
            List<String> rows = new ArrayList<>(townships);
            rows.add(2, "荣家湾镇");
            Line doctors = doctors().with("荣家湾镇", "2");
            Line training = training().with("荣家湾镇", "5");
            SubmittedSheet sheet = SubmittedSheet.transposed(rows, doctors, training);
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result,
                    at(finding(RuleCode.SUB_UNKNOWN_TOWNSHIP, Severity.ERROR, WJ, "8", "荣家湾镇"), file, sheet,
                            sheet.cell(doctors, "荣家湾镇")),
                    at(finding(RuleCode.SUB_UNKNOWN_TOWNSHIP, Severity.ERROR, WJ, "6", "荣家湾镇"), file, sheet,
                            sheet.cell(training, "荣家湾镇")),
                    finding(RuleCode.SUB_NOT_LEAD_UNIT, Severity.WARNING, WJ, "6", ""));
            assertLedger(result, file.name(), 10, 8, 2);
        }

        @Test
        void theSameUnknownNameAgainIsCountedUnderTheFirstFinding() {
            Line doctors = doctors().withVillages("荣家湾镇", "甲村", "1", "乙村", "1");
            SubmittedSheet sheet = SubmittedSheet.longSheet(doctors);
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_UNKNOWN_TOWNSHIP, Severity.ERROR, WJ, "8", "荣家湾镇"),
                    file, sheet, sheet.cell(doctors, "荣家湾镇", "甲村")));
            assertLedger(result, file.name(), 6, 4, 2);
        }

        @Test
        void aBlankCellUnderAnUnknownNameIsNotFlagged() {
            List<String> columns = new ArrayList<>(townships);
            columns.add("荣家湾镇");
            SubmittedSheet sheet = SubmittedSheet.wide(columns, doctors());
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result);
            assertNone(result, RuleCode.SUB_UNKNOWN_TOWNSHIP);
            assertLedger(result, file.name(), 5, 5, 0);
        }
    }

    @Nested
    class SubUnknownIndicator {

        private Line cleaning(String no) {
            return split("农村人居环境整治村庄清洁行动", "次", "4", "4", "4", "4").no(no);
        }

        @Test
        void aRowThatMatchesNoIndicatorIsFlaggedAtItsLabelWithAllItsValues() {
            Line cleaning = cleaning("");
            SubmittedSheet sheet = wide(official("12", "建设“和美乡村”"), cleaning);
            SubmittedFile file = file("县农业农村局报送.xlsx", "县农业农村局", sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_UNKNOWN_INDICATOR, Severity.ERROR, "县农业农村局", "", ""),
                    file, sheet, sheet.labelCell(cleaning)));
            assertThat(only(result, RuleCode.SUB_UNKNOWN_INDICATOR).indicator()).isEqualTo(cleaning.label());
            assertThat(only(result, RuleCode.SUB_UNKNOWN_INDICATOR).message())
                    .isEqualTo("“" + cleaning.label() + "”对应不到指标任务分解表中的任何指标");
            assertLedger(result, file.name(), 8, 4, 4);
        }

        @Test
        void aRunningNumberDoesNotMakeAnUnrelatedRowAnIndicator() {
            Line cleaning = cleaning("6");
            SubmittedSheet sheet = wide(official("12", "建设“和美乡村”"), cleaning);
            SubmittedFile file = file("县农业农村局报送.xlsx", "县农业农村局", sheet);

            assertExactly(reconcile(file), at(finding(RuleCode.SUB_UNKNOWN_INDICATOR, Severity.ERROR, "县农业农村局",
                    "", ""), file, sheet, sheet.labelCell(cleaning)));
        }

        @Test
        void aRowThatFitsSeveralIndicatorsNamesThemAll() {
            Line training = split("培训", "人", "1", "1", "1", "1");
            SubmittedSheet sheet = wide(training);
            SubmittedFile file = file("县妇联报送.xlsx", "县妇联", sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_UNKNOWN_INDICATOR, Severity.ERROR, "县妇联", "", ""),
                    file, sheet, sheet.labelCell(training)));
            assertThat(only(result, RuleCode.SUB_UNKNOWN_INDICATOR).message()).contains("可能对应多个指标")
                    .contains("6.开展职业技能培训480人次").contains("8.提升基层医疗卫生服务能力，培训乡村医生8人");
            assertLedger(result, file.name(), 4, 0, 4);
        }

        @Test
        void aRowNumberedInItsOwnCellIsTheIndicatorOfThatNumber() {
            // 培训 alone fits indicators 6 and 8, and 县妇联 leads neither
            Line training = split("培训", "人", "2", "2", "3", "2").no("8");
            SubmittedSheet sheet = wide(training);
            SubmittedFile file = file("县妇联报送.xlsx", "县妇联", sheet);

            Reconciliation result = reconcile(file);

            assertNone(result, RuleCode.SUB_UNKNOWN_INDICATOR);
            assertExactly(result, at(finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, "县妇联", "8", HX)
                    .values("2", "3"), file, sheet, sheet.cell(training, HX)),
                    finding(RuleCode.SUB_NOT_LEAD_UNIT, Severity.WARNING, "县妇联", "8", ""));
        }

        @Test
        void aRowFittingSeveralIndicatorsIsTheDepartmentsOwn() {
            Line training = split("培训", "人", "2", "2", "3", "2");
            SubmittedSheet sheet = wide(training);
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, WJ, "8", HX)
                    .values("2", "3"), file, sheet, sheet.cell(training, HX)));
        }

        @Test
        void aCellNoLabelPlacesIsFlaggedAtItsCell() {
            SubmittedSheet sheet = wide(doctors()).withStray("5");
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, finding(RuleCode.SUB_UNKNOWN_INDICATOR, Severity.ERROR, WJ, "", "")
                    .at(file.name(), sheet.name(), "B6"));
            assertThat(only(result, RuleCode.SUB_UNKNOWN_INDICATOR).message()).contains("B6");
            assertLedger(result, file.name(), 5, 4, 1);
        }

        @Test
        void aTotalRowOverSeveralIndicatorsIsNoIndicatorToMatch() {
            SubmittedSheet sheet = wide(doctors(), training(), split("合计", "", "202", "102", "102", "82"));
            SubmittedFile file = file("县人社局报送.xlsx", RS, sheet);

            Reconciliation result = reconcile(file);

            assertNone(result, RuleCode.SUB_UNKNOWN_INDICATOR);
            assertExactly(result, finding(RuleCode.SUB_NOT_LEAD_UNIT, Severity.WARNING, RS, "8", ""));
            allReconciled(result, file, sheet);
        }
    }

    // ---- sums and totals

    @Nested
    class SubSumMismatch {

        private CountyTables atLeast() {
            return CountyTables.county().indicator("14", "城镇新增就业不少于1400人", "人")
                    .across(DirectiveKind.CENTRAL, "由县人社局统筹安排").headline("1400", Comparison.AT_LEAST)
                    .lead(RS, "");
        }

        @Test
        void aSplitOfACentralTargetThatMissesTheHeadlineIsFlaggedAtTheTotal() {
            Line jobs = split("5.城镇新增就业", "人", "400", "300", "300", "300");
            SubmittedSheet sheet = transposed(jobs).withTotals();
            SubmittedFile file = file("县人社局报送.xlsx", RS, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_SUM_MISMATCH, Severity.ERROR, RS, "5", "")
                    .values("1400", "1300"), file, sheet, sheet.totalCell(jobs)));
            assertThat(only(result, RuleCode.SUB_SUM_MISMATCH).message()).doesNotContain("不少于");
            // the sum misses: its four parts, and the 合计 it is cited at
            reconciledBut(5, result, file, sheet);
        }

        @Test
        void aSplitAboveAnExactHeadlineIsFlaggedToo() {
            Line jobs = split("5.城镇新增就业", "人", "500", "300", "400", "300");
            SubmittedSheet sheet = wide(jobs);
            SubmittedFile file = file("县人社局报送.xlsx", RS, sheet);

            assertExactly(reconcile(file), at(finding(RuleCode.SUB_SUM_MISMATCH, Severity.ERROR, RS, "5", "")
                    .values("1400", "1500"), file, sheet, sheet.labelCell(jobs)));
        }

        @Test
        void aSplitOfAPendingTargetWithoutTotalIsFlaggedAtItsLabel() {
            Line households = split("11.切坡建房地质灾害隐患治理", "户", "20", "10", "10", "10");
            SubmittedSheet sheet = SubmittedSheet.longSheet(households);
            SubmittedFile file = file("县自然资源局报送.xlsx", "县自然资源局", sheet);

            assertExactly(reconcile(file), at(finding(RuleCode.SUB_SUM_MISMATCH, Severity.ERROR, "县自然资源局", "11",
                    "").values("60", "50"), file, sheet, sheet.labelCell(households)));
        }

        @Test
        void aSplitOfACountyWideNumberMustAddUp() {
            Line beds = split("9.新增残疾人托养服务床位", "张", "10", "5", "10", "10");
            SubmittedSheet sheet = wide(beds).withTotals();
            SubmittedFile file = file("县残联报送.xlsx", "县残联", sheet);

            assertExactly(reconcile(file), at(finding(RuleCode.SUB_SUM_MISMATCH, Severity.ERROR, "县残联", "9", "")
                    .values("30", "35"), file, sheet, sheet.totalCell(beds)));
        }

        @Test
        void theTargetIsTheTotalColumnTheNumberAcrossOrTheDirectivesNumberWhenNoHeadlineStatesIt() {
            CountyTables tables = CountyTables.county()
                    .indicator("14", "新增托育机构", "所").total("10").lead(RS, "")
                    .indicator("15", "新增养老床位", "张").across("20").lead(RS, "")
                    .indicator("16", "改造农村危房", "户")
                    .across(DirectiveKind.PENDING, "全县完成30户，待摸底后确定", "30").lead(RS, "");
            SubmittedSheet right = wide(split("14.新增托育机构", "所", "4", "3", "2", "1"),
                    split("15.新增养老床位", "张", "5", "5", "5", "5"), split("16.改造农村危房", "户", "9", "8", "7", "6"));
            SubmittedSheet wrong = wide(split("14.新增托育机构", "所", "4", "3", "2", "2"),
                    split("15.新增养老床位", "张", "5", "5", "5", "6"), split("16.改造农村危房", "户", "9", "8", "7", "7"));

            assertExactly(reconcile(tables, file("县人社局报送.xlsx", RS, right)));
            assertExactly(reconcile(tables, file("县人社局报送.xlsx", RS, wrong)),
                    finding(RuleCode.SUB_SUM_MISMATCH, Severity.ERROR, RS, "14", "").values("10", "11"),
                    finding(RuleCode.SUB_SUM_MISMATCH, Severity.ERROR, RS, "15", "").values("20", "21"),
                    finding(RuleCode.SUB_SUM_MISMATCH, Severity.ERROR, RS, "16", "").values("30", "31"));
        }

        @Test
        void aSplitWhoseSumExceedsAnAtLeastHeadlineIsNotFlagged() {
            SubmittedSheet sheet = wide(split("14.城镇新增就业", "人", "500", "400", "400", "300"));
            SubmittedFile file = file("县人社局报送.xlsx", RS, sheet);

            Reconciliation result = reconcile(atLeast(), file);

            assertExactly(result);
            assertNone(result, RuleCode.SUB_SUM_MISMATCH);
            allReconciled(result, file, sheet);
        }

        @Test
        void aSumEqualToAnAtLeastTargetIsNotFlagged() {
            SubmittedSheet sheet = wide(split("14.城镇新增就业", "人", "400", "400", "300", "300"));
            SubmittedFile file = file("县人社局报送.xlsx", RS, sheet);

            Reconciliation result = reconcile(atLeast(), file);

            assertExactly(result);
            assertNone(result, RuleCode.SUB_SUM_MISMATCH);
        }

        @Test
        void aSplitBelowAnAtLeastHeadlineIsFlagged() {
            Line jobs = split("14.城镇新增就业", "人", "400", "400", "300", "299");
            SubmittedSheet sheet = wide(jobs).withTotals();
            SubmittedFile file = file("县人社局报送.xlsx", RS, sheet);

            Reconciliation result = reconcile(atLeast(), file);

            assertExactly(result, at(finding(RuleCode.SUB_SUM_MISMATCH, Severity.ERROR, RS, "14", "")
                    .values("1400", "1399"), file, sheet, sheet.totalCell(jobs)));
            assertThat(only(result, RuleCode.SUB_SUM_MISMATCH).message()).contains("（不少于）");
        }

        @Test
        void aTownshipsSubtotalIsNotWhereTheSumIsCited() {
            Line jobs = split("5.城镇新增就业", "人", null, "300", "300", "200")
                    .withVillages(CG, "城东社区", "250", "城西社区", "250", "小计", "500");
            SubmittedSheet sheet = SubmittedSheet.longSheet(jobs).withTotals();
            SubmittedFile file = file("县人社局报送.xlsx", RS, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_SUM_MISMATCH, Severity.ERROR, RS, "5", "")
                    .values("1400", "1300"), file, sheet, sheet.totalCell(jobs)));
            assertThat(sheet.totalCell(jobs)).isNotEqualTo(sheet.subtotalCell(jobs, CG));
            // the parts of the sum (three townships, 城关镇's two villages) and the 合计; 城关镇's 小计 adds up
            reconciledBut(6, result, file, sheet);
        }

        @Test
        void theSplitOfAnAllocatedIndicatorIsJudgedTownshipByTownshipNotBySum() {
            Line doctors = doctors().with(CG, "3").with(DS, "1");
            SubmittedSheet sheet = wide(doctors);
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertNone(result, RuleCode.SUB_SUM_MISMATCH);
            assertThat(result.findings()).filteredOn(f -> f.rule() == RuleCode.SUB_VALUE_MISMATCH).hasSize(2);
        }

        @Test
        void aSplitOfATargetInNoUnitIsNotSummed() {
            CountyTables tables = CountyTables.county().indicator("14", "推进老旧小区改造", "")
                    .across(DirectiveKind.CENTRAL, "由县住建局统筹安排").lead("县住建局", "");
            SubmittedSheet sheet = wide(split("14.推进老旧小区改造", "", "1", "2", "3", "4"));
            SubmittedFile file = file("县住建局报送.xlsx", "县住建局", sheet);

            Reconciliation result = reconcile(tables, file);

            assertExactly(result);
            assertNone(result, RuleCode.SUB_SUM_MISMATCH);
            allReconciled(result, file, sheet);
        }

        @Test
        void aCountyWideRateIsNeverSummed() {
            CountyTables tables = CountyTables.county().indicator("14", "农村自来水普及率达90%", "%").across("90")
                    .headline("90", Comparison.AT_LEAST).lead(WJ, "");
            SubmittedSheet sheet = wide(split("14.农村自来水普及率", "%", "90", "91", "92", "93"));
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(tables, file);

            assertExactly(result);
            assertNone(result, RuleCode.SUB_SUM_MISMATCH);
        }
    }

    @Nested
    class SubTotalRowMismatch {

        @Test
        void aTotalThatIsNotTheSumOfItsPartsIsAWarningAtTheTotal() {
            Line training = training().withTotal("470");
            SubmittedSheet sheet = wide(training).withTotals();
            SubmittedFile file = file("县人社局报送.xlsx", RS, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_TOTAL_ROW_MISMATCH, Severity.WARNING, RS, "6", "")
                    .values("none", "470").compared("480", "各部分之和"), file, sheet, sheet.totalCell(training)));
            assertThat(only(result, RuleCode.SUB_TOTAL_ROW_MISMATCH).message()).startsWith("表内合计470")
                    .contains("480");
            // the 合计, whose parts agree with the official table
            reconciledBut(1, result, file, sheet);
        }

        @Test
        void aTotalEqualToItsPartsRaisesNothing() {
            SubmittedSheet sheet = transposed(training().withTotal("480.0")).withTotals();
            SubmittedFile file = file("县人社局报送.xlsx", RS, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result);
            allReconciled(result, file, sheet);
        }

        @Test
        void aTownshipsSubtotalIsCheckedAgainstItsOwnVillages() {
            Line training = training().withVillages(CG, "城东社区", "120", "城西社区", "80", "小计", "190")
                    .withVillages(DS, "东山村", "60", "西山村", "40", "小计", "100");
            SubmittedSheet sheet = SubmittedSheet.longSheet(training);
            SubmittedFile file = file("县人社局报送.xlsx", RS, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_TOTAL_ROW_MISMATCH, Severity.WARNING, RS, "6", CG)
                    .values("none", "190").compared("200", "各部分之和"), file, sheet, sheet.subtotalCell(training, CG)));
            assertThat(only(result, RuleCode.SUB_TOTAL_ROW_MISMATCH).message()).startsWith(CG + "小计190");
        }

        @Test
        void aRateIsNeverSummedIntoItsTotal() {
            SubmittedSheet sheet = wide(screening().withTotal("95")).withTotals();
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result);
            assertNone(result, RuleCode.SUB_TOTAL_ROW_MISMATCH);
        }

        @Test
        void aTotalOverAPartUnderAFindingIsNotJudged() {
            Line training = training().with(DS, "待定").withTotal("480");
            SubmittedSheet sheet = wide(training).withTotals();
            SubmittedFile file = file("县人社局报送.xlsx", RS, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_INVALID_VALUE, Severity.ERROR, RS, "6", DS), file, sheet,
                    sheet.cell(training, DS)));
            assertNone(result, RuleCode.SUB_TOTAL_ROW_MISMATCH);
        }

        @Test
        void aSheetsTotalIsTheSumOfItsOwnPartsNotOfAnotherSheets() {
            Line first = Line.of("6.职业技能培训", "人次").with(CG, "200").with(DS, "100");
            Line second = Line.of("6.职业技能培训", "人次").with(HX, "100").with(QS, "80");
            SubmittedSheet one = SubmittedSheet.longSheet(first).withTotals();
            SubmittedSheet two = SubmittedSheet.longSheet(second).named("Sheet2");
            SubmittedFile file = file("县人社局报送.xlsx", RS, one, two);

            Reconciliation result = reconcile(file);

            assertExactly(result);
            allReconciled(result, file, one, two);
        }
    }

    // ---- units

    @Nested
    class SubUnitMismatch {

        @Test
        void aUnitThatDoesNotConvertIsFlaggedAtTheUnitCellAndTheRowIsNotCompared() {
            Line doctors = doctors().unit("个").with(HX, "5");
            SubmittedSheet sheet = wide(doctors);
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_UNIT_MISMATCH, Severity.ERROR, WJ, "8", ""), file, sheet,
                    sheet.unitCell(doctors)));
            assertThat(only(result, RuleCode.SUB_UNIT_MISMATCH).message()).contains("“个”").contains("“人”");
            assertNone(result, RuleCode.SUB_VALUE_MISMATCH);
            assertLedger(result, file.name(), 4, 0, 4);
        }

        @Test
        void aUnitStatedOnALaterRowOfTheIndicatorSpeaksForAllItsRows() {
            Line unstated = Line.of("8.培训乡村医生", "").with(CG, "2").with(DS, "2");
            Line stated = Line.of("8.培训乡村医生", "个").with(HX, "2").with(QS, "2");
            SubmittedSheet sheet = SubmittedSheet.longSheet(unstated, stated);
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_UNIT_MISMATCH, Severity.ERROR, WJ, "8", ""), file, sheet,
                    sheet.unitCell(stated)));
            assertLedger(result, file.name(), 4, 0, 4);
        }

        @Test
        void aUnitWrittenNowhereButInTheRowIsCitedAtTheLabel() {
            Line doctors = doctors().unit("个");
            SubmittedSheet sheet = wide(doctors).withoutUnitColumn();
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            assertExactly(reconcile(file), at(finding(RuleCode.SUB_UNIT_MISMATCH, Severity.ERROR, WJ, "8", ""), file,
                    sheet, sheet.labelCell(doctors)));
        }

        @Test
        void theSameUnitInAnotherSpellingIsNeitherMismatchedNorConverted() {
            SubmittedSheet sheet = wide(doctors().unit("名"), training().unit(""));
            SubmittedFile file = file("县人社局报送.xlsx", RS, sheet);

            Reconciliation result = reconcile(file);

            assertNone(result, RuleCode.SUB_UNIT_MISMATCH);
            assertNone(result, RuleCode.SUB_UNIT_CONVERTED);
            assertExactly(result, finding(RuleCode.SUB_NOT_LEAD_UNIT, Severity.WARNING, RS, "8", ""));
            allReconciled(result, file, sheet);
        }
    }

    @Nested
    class SubUnitConverted {

        @Test
        void personsAreConvertedToTenThousandPersonsPerTownship() {
            Line families = split("7.家庭医生签约服务目标人群数", "人", "12000", "6345", "9870", "6780");
            SubmittedSheet sheet = transposed(families);
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, WJ, "7", HX)
                    .values("0.9875", "0.987"), file, sheet, sheet.cell(families, HX)));
            Finding converted = only(result, RuleCode.SUB_UNIT_CONVERTED);
            assertThat(at(finding(RuleCode.SUB_UNIT_CONVERTED, Severity.INFO, WJ, "7", ""), file, sheet,
                    sheet.unitCell(families)).matches(converted)).as(RulesExpect.show(converted)).isTrue();
            // converted, and compared: only 河西街道's differs
            reconciledBut(1, result, file, sheet);
        }

        @Test
        void muIsConvertedToWanMuAndTheSplitComparedInWanMu() {
            CountyTables tables = CountyTables.county().indicator("14", "高标准农田建设5万亩", "万亩")
                    .across(DirectiveKind.CENTRAL, "由县农业农村局统筹安排").headline("5", Comparison.EXACT)
                    .lead("县农业农村局", "");
            Line right = split("14.高标准农田建设", "亩", "20000", "15000", "10000", "5000");
            Line short1k = split("14.高标准农田建设", "亩", "20000", "15000", "10000", "4000");

            Reconciliation fine = reconcile(tables, file("农业农村局报送.xlsx", "县农业农村局", wide(right)));
            SubmittedSheet sheet = wide(short1k).withTotals();
            SubmittedFile file = file("农业农村局报送.xlsx", "县农业农村局", sheet);
            Reconciliation missed = reconcile(tables, file);

            assertExactly(fine);
            assertThat(only(fine, RuleCode.SUB_UNIT_CONVERTED).severity()).isEqualTo(Severity.INFO);
            assertExactly(missed, at(finding(RuleCode.SUB_SUM_MISMATCH, Severity.ERROR, "县农业农村局", "14", "")
                    .values("5", "4.9"), file, sheet, sheet.totalCell(short1k)));
        }

        private CountyTables loans() {
            return CountyTables.county().indicator("14", "发放创业担保贷款9500万元", "万元")
                    .across(DirectiveKind.CENTRAL, "由县人社局统筹安排").headline("9500", Comparison.EXACT)
                    .lead(RS, "");
        }

        @Test
        void withoutAnOfficialUnitTheFirstUnitStatedSpeaksForTheIndicatorsValues() {
            CountyTables tables = CountyTables.county().indicator("14", "新增城镇就业", "")
                    .across(DirectiveKind.CENTRAL, "由县人社局统筹安排").lead(RS, "");
            Line jobs = Line.of("14.新增城镇就业", "人").with(CG, "3000").with(DS, "2000");
            Line more = Line.of("14.新增城镇就业", "万人").with(HX, "0.1");
            SubmittedFile file = file("县人社局报送.xlsx", RS, SubmittedSheet.longSheet(jobs, more));

            Reconciliation result = reconcile(tables, file);

            assertThat(result.figures()).extracting(SubmittedFigure::township,
                            f -> f.value().stripTrailingZeros().toPlainString())
                    .containsExactly(tuple(CG, "3000"), tuple(DS, "2000"), tuple(HX, "1000"));
        }

        @Test
        void aUnitLineAboveTheHeaderGivesTheUnitOfEveryValue() {
            Line loans = split("14.发放创业担保贷款", "", "2000", "2500", "2500", "2600");
            SubmittedSheet sheet = transposed(loans).withoutUnitColumn().withUnitLine("万元").withTotals();
            SubmittedFile file = file("人社局报送.xlsx", RS, sheet);

            Reconciliation result = reconcile(loans(), file);

            assertExactly(result, at(finding(RuleCode.SUB_SUM_MISMATCH, Severity.ERROR, RS, "14", "")
                    .values("9500", "9600"), file, sheet, sheet.totalCell(loans)));
            assertNone(result, RuleCode.SUB_UNIT_CONVERTED);
            assertNone(result, RuleCode.SUB_UNIT_MISMATCH);
        }

        @Test
        void aYuanLineIsConvertedToWanYuanAndCitedAtTheLine() {
            Line loans = split("14.发放创业担保贷款", "", "20000000", "25000000", "25000000", "26000000");
            SubmittedSheet sheet = transposed(loans).withoutUnitColumn().withUnitLine("元");
            SubmittedFile file = file("人社局报送.xlsx", RS, sheet);

            Reconciliation result = reconcile(loans(), file);

            assertExactly(result, finding(RuleCode.SUB_SUM_MISMATCH, Severity.ERROR, RS, "14", "")
                    .values("9500", "9600"));
            assertThat(only(result, RuleCode.SUB_UNIT_CONVERTED).source().cell()).isEqualTo("A2");
            assertThat(only(result, RuleCode.SUB_UNIT_CONVERTED).message()).contains("“元”").contains("“万元”");
        }
    }

    // ---- cells that hold no usable number

    @Nested
    class SubInvalidValue {

        @Test
        void textAndNegativeNumbersWhereANumberIsDue() {
            Line doctors = doctors().with(HX, "待定").with(QS, "-2");
            SubmittedSheet sheet = wide(doctors);
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result,
                    at(finding(RuleCode.SUB_INVALID_VALUE, Severity.ERROR, WJ, "8", HX).values("2", "none"), file,
                            sheet, sheet.cell(doctors, HX)),
                    at(finding(RuleCode.SUB_INVALID_VALUE, Severity.ERROR, WJ, "8", QS).values("2", "-2"), file,
                            sheet, sheet.cell(doctors, QS)));
            assertNone(result, RuleCode.SUB_MISSING_TOWNSHIP);
            assertLedger(result, file.name(), 4, 2, 2);
        }

        @Test
        void textWhereTheOfficialTableHasNoNumberHasNoOfficialValue() {
            Line canteens = canteens().with(DS, "待定");
            SubmittedSheet sheet = transposed(canteens);
            SubmittedFile file = file("县教体局报送.xlsx", JT, sheet);

            assertExactly(reconcile(file), at(finding(RuleCode.SUB_INVALID_VALUE, Severity.ERROR, JT, "3", DS)
                    .values("none", "none"), file, sheet, sheet.cell(canteens, DS)));
        }

        @Test
        void zeroIsANumberNotAnInvalidValue() {
            SubmittedSheet sheet = wide(canteens().with(DS, "0").with(HX, "0"));
            SubmittedFile file = file("县教体局报送.xlsx", JT, sheet);

            Reconciliation result = reconcile(file);

            assertNone(result, RuleCode.SUB_INVALID_VALUE);
            assertExactly(result, finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, JT, "3", HX).values("1", "0"));
        }
    }

    @Nested
    class SubFormulaNoValue {

        @Test
        void aFormulaWithoutCachedValueIsAFindingNeverZero() {
            Line doctors = doctors().with(QS, "=1+1");
            SubmittedSheet sheet = wide(doctors);
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_FORMULA_NO_VALUE, Severity.ERROR, WJ, "8", QS)
                    .values("none", "none"), file, sheet, sheet.cell(doctors, QS)));
            assertThat(only(result, RuleCode.SUB_FORMULA_NO_VALUE).message()).contains("“1+1”");
            assertNone(result, RuleCode.SUB_VALUE_MISMATCH);
            assertNone(result, RuleCode.SUB_MISSING_TOWNSHIP);
            assertLedger(result, file.name(), 4, 3, 1);
        }

        @Test
        void aTotalFormulaWithoutCachedValueIsFlaggedAtTheTotal() {
            Line training = training().withTotal("=SUM(D4:G4)");
            SubmittedSheet sheet = wide(training).withTotals();
            SubmittedFile file = file("县人社局报送.xlsx", RS, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_FORMULA_NO_VALUE, Severity.ERROR, RS, "6", ""), file,
                    sheet, sheet.totalCell(training)));
            assertNone(result, RuleCode.SUB_TOTAL_ROW_MISMATCH);
            assertLedger(result, file.name(), 5, 4, 1);
        }
    }

    @Nested
    class SubDuplicate {

        @Test
        void aRowGivenTwiceWithADifferentValueIsFlaggedAtTheLaterCell() {
            Line doctors = doctors();
            Line again = doctors().with(QS, "3");
            SubmittedSheet sheet = wide(doctors, again);
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_DUPLICATE, Severity.ERROR, WJ, "8", QS).values("2", "3")
                    .compared("2", "先报的数值"), file, sheet, sheet.cell(again, QS)));
            assertThat(only(result, RuleCode.SUB_DUPLICATE).message())
                    .contains("先为2（" + sheet.cell(doctors, QS) + "）").contains("此处为3");
            // the copy's other cells say what the first row says, which agrees
            assertLedger(result, file.name(), 8, 7, 1);
        }

        @Test
        void aRowGivenTwiceWithTheSameValuesIsNoDuplicate() {
            SubmittedSheet sheet = SubmittedSheet.longSheet(doctors(), doctors().with(QS, "2.0"));
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result);
            assertNone(result, RuleCode.SUB_DUPLICATE);
            assertLedger(result, file.name(), 8, 8, 0);
        }

        @Test
        void aSecondTotalOfARepeatedRowIsNoDuplicate() {
            Line again = doctors().with(QS, "3");
            SubmittedSheet sheet = wide(doctors(), again).withTotals();
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_DUPLICATE, Severity.ERROR, WJ, "8", QS), file, sheet,
                    sheet.cell(again, QS)));
            // the changed cell, and the copy's 合计, which is not the first one's
            assertLedger(result, file.name(), 10, 8, 2);
        }

        @Test
        void aStandardIsReportedOncePerLabelNotTwice() {
            SubmittedSheet sheet = wide(split("城乡低保指导标准（城市）", "元/月", "800", "800", "800", "800"),
                    split("城乡低保指导标准（农村）", "元/月", "560", "560", "560", "560"));
            SubmittedFile file = file("县民政局报送.xlsx", "县民政局", sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result);
            assertNone(result, RuleCode.SUB_DUPLICATE);
            allReconciled(result, file, sheet);
        }
    }

    @Nested
    class SubBelowStandard {

        private Line every(String label, String value) {
            return split(label, "元/月", value, value, value, value);
        }

        @Test
        void aValueUnderItsLabelledMinimumIsBelowStandard() {
            Line urban = every("城乡低保指导标准（城市）", "800").with(DS, "790");
            Line rural = every("城乡低保指导标准（农村）", "560").with(QS, "559");
            SubmittedSheet sheet = wide(urban, rural);
            SubmittedFile file = file("县民政局报送.xlsx", "县民政局", sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result,
                    at(finding(RuleCode.SUB_BELOW_STANDARD, Severity.ERROR, "县民政局", "10", DS).values("800", "790"),
                            file, sheet, sheet.cell(urban, DS)),
                    at(finding(RuleCode.SUB_BELOW_STANDARD, Severity.ERROR, "县民政局", "10", QS).values("560", "559"),
                            file, sheet, sheet.cell(rural, QS)));
            reconciledBut(2, result, file, sheet);
        }

        @Test
        void anUnlabelledValueIsHeldToTheLowerMinimum() {
            Line unlabelled = every("城乡低保指导标准", "560").with(QS, "550");
            SubmittedSheet sheet = SubmittedSheet.longSheet(unlabelled);
            SubmittedFile file = file("县民政局报送.xlsx", "县民政局", sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_BELOW_STANDARD, Severity.ERROR, "县民政局", "10", QS)
                    .values("560", "550"), file, sheet, sheet.cell(unlabelled, QS)));
            assertThat(only(result, RuleCode.SUB_BELOW_STANDARD).message()).contains("低于标准560元/月");
        }

        @Test
        void aValueAtItsMinimumOrAboveOrBlankIsFine() {
            SubmittedSheet sheet = wide(every("城乡低保指导标准（城镇）", "800").with(DS, "801").with(QS, ""),
                    every("城乡低保指导标准（农村）", "560").with(HX, "560.00"));
            SubmittedFile file = file("县民政局报送.xlsx", "县民政局", sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result);
            assertNone(result, RuleCode.SUB_BELOW_STANDARD);
            assertNone(result, RuleCode.SUB_MISSING_TOWNSHIP);
        }
    }

    // ---- who reports what

    @Nested
    class SubNotLeadUnit {

        @Test
        void anIndicatorLedByAnotherUnitIsAWarningAtItsLabel() {
            Line doctors = doctors();
            SubmittedSheet sheet = wide(official("12", "建设“和美乡村”"), doctors);
            SubmittedFile file = file("县农业农村局报送.xlsx", "县农业农村局", sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, at(finding(RuleCode.SUB_NOT_LEAD_UNIT, Severity.WARNING, "县农业农村局", "8", ""),
                    file, sheet, sheet.labelCell(doctors)));
            Finding notLead = only(result, RuleCode.SUB_NOT_LEAD_UNIT);
            assertThat(notLead.message()).contains("牵头单位：" + WJ).doesNotContain("相关责任单位");
            assertThat(notLead.leadUnit()).isEqualTo(WJ);
            allReconciled(result, file, sheet);
        }

        @Test
        void anIndicatorOfWhichTheUnitIsARelatedUnitIsOnlyNoted() {
            Line activities = official("2", "家庭教育指导“向阳花”活动");
            SubmittedSheet sheet = wide(canteens(), activities);
            SubmittedFile file = file("县教体局报送.xlsx", JT, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result);
            Finding noted = only(result, RuleCode.SUB_NOT_LEAD_UNIT);
            assertThat(at(finding(RuleCode.SUB_NOT_LEAD_UNIT, Severity.INFO, JT, "2", ""), file, sheet,
                    sheet.labelCell(activities)).matches(noted)).as(RulesExpect.show(noted)).isTrue();
            assertThat(noted.message()).contains("相关责任单位");
        }

        @Test
        void noneForTheLeadUnitAFileOfNoKnownUnitOrAnIndicatorNoRowCovers() {
            CountyTables tables = CountyTables.county().indicator("14", "新建口袋公园2个", "个")
                    .townships("1", "1", null, null);
            SubmittedSheet own = wide(doctors());
            SubmittedSheet uncovered = wide(split("14.新建口袋公园", "个", "1", "1"));

            assertNone(reconcile(tables, file("县卫健局报送.xlsx", WJ, own)), RuleCode.SUB_NOT_LEAD_UNIT);
            assertNone(reconcile(tables, SubmittedFile.of("新建 Microsoft Excel 工作表.xlsx", wide(training()))),
                    RuleCode.SUB_NOT_LEAD_UNIT);
            assertNone(reconcile(tables, file("县卫健局报送.xlsx", WJ, uncovered)), RuleCode.SUB_NOT_LEAD_UNIT);
        }
    }

    @Nested
    class SubUpperLevelReported {

        @Test
        void valuesOfAnUpperLevelIndicatorAreOnlyNotedAtItsLabel() {
            Line campus = Line.of("4.新增省属高校校舍面积", "平方米").with(CG, "5000");
            SubmittedSheet sheet = wide(canteens(), campus);
            SubmittedFile file = file("县教体局报送.xlsx", JT, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result);
            Finding noted = only(result, RuleCode.SUB_UPPER_LEVEL_REPORTED);
            assertThat(at(finding(RuleCode.SUB_UPPER_LEVEL_REPORTED, Severity.INFO, JT, "4", ""), file, sheet,
                    sheet.labelCell(campus)).matches(noted)).as(RulesExpect.show(noted)).isTrue();
            assertThat(noted.message()).contains("省级统筹，省教育厅牵头");
            // the upper level's row is only noted, never compared: its cells, blanks too, are under the note
            reconciledBut(4, result, file, sheet);
        }

        @Test
        void anUpperLevelRowWithOnlyTextIsNotNoted() {
            Line campus = Line.of("4.新增省属高校校舍面积", "平方米").with(CG, "待定");
            SubmittedSheet sheet = SubmittedSheet.longSheet(campus);
            SubmittedFile file = file("县教体局报送.xlsx", JT, sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result, finding(RuleCode.SUB_INVALID_VALUE, Severity.ERROR, JT, "4", CG));
            assertNone(result, RuleCode.SUB_UPPER_LEVEL_REPORTED);
        }
    }

    @Nested
    class SubMissingSubmission {

        private final List<String> expected = List.of(WJ, "县妇联", JT, RS, "县残联", "县自然资源局", "县农业农村局");

        @Test
        void everyExpectedDepartmentThatSentNothingIsMissingOnce() {
            Reconciliation nothing = county.reconciler().reconcile(List.of());

            assertThat(nothing.missing()).containsExactlyElementsOf(expected);
            assertExactly(nothing, true, expected.stream().map(unit -> finding(RuleCode.SUB_MISSING_SUBMISSION,
                    Severity.WARNING, unit, "", "").at("", "", "")).toArray(RulesExpect[]::new));
            assertThat(nothing.findings()).filteredOn(f -> f.department().equals(RS)).singleElement()
                    .satisfies(f -> {
                        assertThat(f.leadUnit()).isEqualTo(RS);
                        assertThat(f.leadLeader()).isEqualTo("领导5");
                        assertThat(f.message()).startsWith(RS + "本期没有报送");
                    });
        }

        @Test
        void theNoticeGoesToTheFirstLeaderNamedForTheUnit() {
            CountyTables tables = CountyTables.of(CG, DS)
                    .indicator("1", "城镇新增就业", "人").across("100").lead(RS, "").leader("")
                    .indicator("2", "职业技能培训", "人次").across("50").lead(RS, "").leader("李明")
                    .indicator("3", "创业担保贷款", "万元").across("50").lead(RS, "").leader("王芳");

            Reconciliation nothing = tables.reconciler().reconcile(List.of());

            assertThat(only(nothing, RuleCode.SUB_MISSING_SUBMISSION).leadLeader()).isEqualTo("李明");
        }

        @Test
        void aDepartmentThatSentAFileReadableOrNotIsNotMissing() {
            Reconciliation result = county.reconciler().reconcile(List.of(
                    file("县卫健局报送.xlsx", WJ, wide(doctors())).received(),
                    SubmittedFile.unreadable("县人社局报送.xlsx", "文件已损坏")));

            assertThat(result.missing()).containsExactlyElementsOf(expected.stream()
                    .filter(unit -> !unit.equals(WJ) && !unit.equals(RS)).toList());
            assertThat(result.findings()).filteredOn(f -> f.rule() == RuleCode.SUB_MISSING_SUBMISSION)
                    .extracting(Finding::department).doesNotContain(WJ, RS);
        }

        /**
         * Its values came, but in a file nobody could attribute: the unit is still 未报送 (nothing arrived under its
         * name, and someone must follow it up), but it is told which file holds its indicators and how to make that
         * file its own — not that it sent nothing.
         */
        @Test
        void aUnitWhoseValuesCameOnlyInAFileOfUnknownDepartmentIsToldWhichFileAndWhatToDo() {
            SubmittedFile unnamed = SubmittedFile.of("新建 Microsoft Excel 工作表.xlsx", wide(doctors(), families()));
            SubmittedFile someoneElses = SubmittedFile.of("工作簿1.xlsx", wide(training()));

            Reconciliation result = reconcile(unnamed, someoneElses);

            assertThat(result.missing()).containsExactlyElementsOf(expected);
            Finding wj = result.findings().stream().filter(f -> f.rule() == RuleCode.SUB_MISSING_SUBMISSION
                    && f.department().equals(WJ)).findFirst().orElseThrow();
            assertThat(wj.message()).doesNotContain("本期没有报送")
                    .contains("文件“新建 Microsoft Excel 工作表.xlsx”",
                            "8.提升基层医疗卫生服务能力，培训乡村医生8人",
                            "7.提升城乡居民基本医疗服务水平（家庭医生签约服务目标人群数不少于3.5万人）",
                            "请将文件名改为含“" + WJ + "”的名称", "填报单位：" + WJ)
                    .doesNotContain("工作簿1.xlsx");
            assertThat(wj.severity()).isEqualTo(Severity.WARNING);
            assertThat(wj.source().file()).isEmpty();
            assertThat(result.findings()).filteredOn(f -> f.rule() == RuleCode.SUB_MISSING_SUBMISSION
                    && f.department().equals(RS)).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("文件“工作簿1.xlsx”", "6.开展职业技能培训480人次")
                            .doesNotContain("新建"));
            assertThat(result.findings()).filteredOn(f -> f.rule() == RuleCode.SUB_MISSING_SUBMISSION
                    && !f.department().equals(WJ) && !f.department().equals(RS))
                    .isNotEmpty().allSatisfy(f -> assertThat(f.message()).startsWith(f.department() + "本期没有报送"));
        }

        @Test
        void aUnitLeadingOnlyUpperLevelStandardOrOtherIndicatorsOrNoneIsNotExpected() {
            CountyTables tables = CountyTables.of(CG, DS)
                    .indicator("1", "新增省属高校校舍面积", "平方米").across(DirectiveKind.UPPER_LEVEL, "省级统筹")
                    .lead("县教体局", "")
                    .indicator("2", "城乡低保标准不低于800元/月", "元/月").standard("不低于800元/月", "800")
                    .lead("县民政局", "")
                    .indicator("3", "新建5G基站", "个").across(DirectiveKind.OTHER, "县本级完成12个").lead("县工信局", "")
                    .indicator("4", "培训乡村医生", "人").townships("1", "1").lead("", "县卫健局")
                    .indicator("5", "城镇新增就业", "人").across("100").lead(RS, "")
                    .indicator("6", "新增托育机构", "所").total("2").lead("县妇联", "");

            Reconciliation nothing = tables.reconciler().reconcile(List.of());

            assertThat(nothing.missing()).containsExactly(RS, "县妇联");
        }
    }

    // ---- files

    @Nested
    class FileUnknownDepartment {

        @Test
        void aFileWhoseDepartmentCannotBeDeterminedIsStillCompared() {
            Line doctors = doctors().with(HX, "3");
            SubmittedSheet sheet = wide(doctors);
            SubmittedFile file = SubmittedFile.of("新建 Microsoft Excel 工作表.xlsx", sheet);

            Reconciliation result = reconcile(file);

            assertExactly(result,
                    finding(RuleCode.FILE_UNKNOWN_DEPARTMENT, Severity.ERROR, "", "", "").at(file.name(), "", ""),
                    at(finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, "", "8", HX), file, sheet,
                            sheet.cell(doctors, HX)));
            assertThat(only(result, RuleCode.FILE_UNKNOWN_DEPARTMENT).message()).doesNotContain("填报单位");
            assertThat(outcome(result, file.name()).department()).isEmpty();
            assertThat(result.missing()).contains(WJ);
            reconciledBut(1, result, file, sheet);
        }

        @Test
        void aFilingUnitThatNamesNoUnitIsQuotedInTheMessage() {
            SubmittedFile file = SubmittedFile.of("3月报送.xlsx", wide(doctors())).declaring("某某合作社");

            Reconciliation result = reconcile(file);

            assertThat(only(result, RuleCode.FILE_UNKNOWN_DEPARTMENT).message()).contains("填报单位“某某合作社”");
        }

        @Test
        void theFilingUnitLineNamesTheDepartmentWhateverTheFileName() {
            SubmittedFile file = SubmittedFile.of("2026年3月民生实事报送表.xlsx", wide(doctors()))
                    .declaring("县卫生健康局（盖章）");

            Reconciliation result = reconcile(file);

            assertNone(result, RuleCode.FILE_UNKNOWN_DEPARTMENT);
            assertThat(outcome(result, file.name()).department()).isEqualTo(WJ);
        }

        @Test
        void theFileNameNamesTheDepartmentWhenNoLineDoesOrTheLineNamesNone() {
            SubmittedFile named = SubmittedFile.of("卫健局3月报送.xlsx", wide(doctors()));
            SubmittedFile declaredNothing = SubmittedFile.of("县人社局.xlsx", wide(training())).declaring("某某合作社");

            Reconciliation result = reconcile(named, declaredNothing);

            assertNone(result, RuleCode.FILE_UNKNOWN_DEPARTMENT);
            assertThat(result.files()).extracting(FileOutcome::department).containsExactly(WJ, RS);
        }

        @Test
        void theNearestFolderNamesTheDepartmentWhenNeitherLineNorFileNameDoes() {
            SubmittedFile inFolder = SubmittedFile.of("卫健局/附件/3月报送.xlsx", wide(doctors()));
            SubmittedFile fileNameFirst = SubmittedFile.of("卫健局/县人社局.xlsx", wide(training()));

            Reconciliation result = reconcile(inFolder, fileNameFirst);

            assertNone(result, RuleCode.FILE_UNKNOWN_DEPARTMENT);
            assertThat(result.files()).extracting(FileOutcome::file, FileOutcome::department)
                    .containsExactly(tuple("卫健局/附件/3月报送.xlsx", WJ), tuple("卫健局/县人社局.xlsx", RS));
        }
    }

    @Nested
    class SubTemplateMismatch {

        @Test
        void aReadableFileWithoutAnyTableIsFlaggedOnce() {
            SubmittedFile file = SubmittedFile.of("县妇联3月工作进展.xlsx");

            Reconciliation result = reconcile(file);

            assertExactly(result, finding(RuleCode.SUB_TEMPLATE_MISMATCH, Severity.ERROR, "县妇联", "", "")
                    .at(file.name(), "", ""));
            assertThat(outcome(result, file.name()).status()).isEqualTo(FileStatus.SUBMITTED);
            assertLedger(result, file.name(), 0, 0, 0);
            assertThat(result.missing()).doesNotContain("县妇联");
        }

        @Test
        void aFileWithATableIsNoMismatch() {
            assertNone(reconcile(file("县卫健局报送.xlsx", WJ, wide(doctors()))), RuleCode.SUB_TEMPLATE_MISMATCH);
        }
    }

    @Nested
    class FileUnreadable {

        @Test
        void anUnreadableFileIsFlaggedWithItsReasonAndCountsNothing() {
            ReceivedFile unreadable = SubmittedFile.unreadable("县卫健局报送.xlsx", "文件已损坏");

            Reconciliation result = county.reconciler().reconcile(List.of(unreadable));

            assertExactly(result, finding(RuleCode.FILE_UNREADABLE, Severity.ERROR, WJ, "", "")
                    .at("县卫健局报送.xlsx", "", ""));
            assertThat(only(result, RuleCode.FILE_UNREADABLE).message()).contains("文件已损坏");
            assertThat(outcome(result, unreadable.name()).status()).isEqualTo(FileStatus.UNREADABLE);
            assertLedger(result, unreadable.name(), 0, 0, 0);
        }

        @Test
        void anUnreadableFileOfNoKnownUnitIsOnlyUnreadable() {
            ReceivedFile unreadable = SubmittedFile.unreadable("民生实事报送表(1).xlsx", "文件已损坏");

            Reconciliation result = county.reconciler().reconcile(List.of(unreadable));

            assertExactly(result, finding(RuleCode.FILE_UNREADABLE, Severity.ERROR, "", "", "")
                    .at(unreadable.name(), "", ""));
            assertNone(result, RuleCode.FILE_UNKNOWN_DEPARTMENT);
        }
    }

    @Nested
    class FileSuperseded {

        private static final LocalDate MARCH_20 = LocalDate.of(2026, 3, 20);
        private static final LocalDate MARCH_28 = LocalDate.of(2026, 3, 28);

        @Test
        void anOlderFileOfTheSameDepartmentIsSupersededByItsFilingDate() {
            SubmittedFile older = file("卫健局报送（3月20日）.xlsx", WJ, wide(doctors().with(HX, "3"), families()))
                    .dated(MARCH_20).savedAt(LocalDateTime.of(2026, 3, 29, 9, 0));
            SubmittedFile newer = file("县卫健局报送-更正.xlsx", "县卫生健康局", wide(doctors()))
                    .dated(MARCH_28).savedAt(LocalDateTime.of(2026, 3, 28, 9, 0));

            Reconciliation result = reconcile(newer, older);

            assertExactly(result);
            Finding superseded = only(result, RuleCode.FILE_SUPERSEDED);
            assertThat(finding(RuleCode.FILE_SUPERSEDED, Severity.INFO, WJ, "", "").at(older.name(), "", "")
                    .matches(superseded)).as(RulesExpect.show(superseded)).isTrue();
            assertThat(superseded.message()).contains("8.提升基层医疗卫生服务能力，培训乡村医生8人")
                    .doesNotContain("家庭医生");
            // indicator 7 is only in the older file: it still stands, and is right
            assertLedger(result, older.name(), 8, 4, 4);
            assertLedger(result, newer.name(), 4, 4, 0);
            assertThat(result.files()).extracting(FileOutcome::status)
                    .containsExactly(FileStatus.SUBMITTED, FileStatus.SUBMITTED);
            assertThat(result.figures()).filteredOn(f -> f.indicatorNo().equals("8"))
                    .allSatisfy(f -> assertThat(f.source().file()).isEqualTo(newer.name()));
        }

        @Test
        void withoutFilingDatesTheNewerModificationTimeWinsAndTheOlderFileIsSupersededWhole() {
            Line draft = doctors().with(CG, "待定");
            SubmittedSheet draftSheet = wide(draft);
            SubmittedFile older = file("县卫健局报送初稿.xlsx", WJ, draftSheet)
                    .savedAt(LocalDateTime.of(2026, 3, 20, 9, 0));
            Line corrected = doctors().with(HX, "3");
            SubmittedSheet sheet = wide(corrected);
            SubmittedFile newer = file("县卫健局报送终稿.xlsx", WJ, sheet).savedAt(LocalDateTime.of(2026, 3, 27, 9, 0));

            Reconciliation result = reconcile(older, newer);

            assertExactly(result,
                    at(finding(RuleCode.SUB_INVALID_VALUE, Severity.ERROR, WJ, "8", CG), older, draftSheet,
                            draftSheet.cell(draft, CG)),
                    at(finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, WJ, "8", HX).values("2", "3"), newer,
                            sheet, sheet.cell(corrected, HX)));
            // findings in the order of the files given, though the newer file was taken first
            assertThat(result.findings()).extracting(Finding::rule)
                    .filteredOn(rule -> rule != RuleCode.SUB_MISSING_SUBMISSION)
                    .containsExactly(RuleCode.SUB_INVALID_VALUE, RuleCode.FILE_SUPERSEDED,
                            RuleCode.SUB_VALUE_MISMATCH);
            assertThat(outcome(result, older.name()).status()).isEqualTo(FileStatus.SUPERSEDED);
            assertLedger(result, older.name(), 4, 0, 4);
        }

        @Test
        void onTheSameFilingDateTheNewerModificationTimeWins() {
            SubmittedFile older = file("县卫健局报送初稿.xlsx", WJ, wide(doctors().with(HX, "3")))
                    .dated(MARCH_28).savedAt(LocalDateTime.of(2026, 3, 28, 9, 0));
            SubmittedFile newer = file("县卫健局报送终稿.xlsx", WJ, wide(doctors()))
                    .dated(MARCH_28).savedAt(LocalDateTime.of(2026, 3, 28, 17, 0));

            Reconciliation result = reconcile(older, newer);

            assertExactly(result);
            assertThat(result.files()).extracting(FileOutcome::status)
                    .containsExactly(FileStatus.SUPERSEDED, FileStatus.SUBMITTED);
        }

        @Test
        void filesOfOtherDepartmentsOrOfOtherIndicatorsSupersedeNothing() {
            SubmittedFile doctorsOnly = file("县卫健局报送1.xlsx", WJ, wide(doctors())).dated(MARCH_20);
            SubmittedFile familiesOnly = file("县卫健局报送2.xlsx", WJ, wide(families())).dated(MARCH_28);
            SubmittedFile training = file("县人社局报送.xlsx", RS, wide(training(), doctors())).dated(MARCH_28);

            Reconciliation result = reconcile(doctorsOnly, familiesOnly, training);

            assertNone(result, RuleCode.FILE_SUPERSEDED);
            assertThat(result.files()).extracting(FileOutcome::status).containsOnly(FileStatus.SUBMITTED);
            assertThat(result.figures()).filteredOn(f -> f.indicatorNo().equals("8")).hasSize(8);
        }
    }

    // ---- what a file comes to

    @Nested
    class Figures {

        @Test
        void theFiguresAreTheNumbersThatStandInTheOfficialUnitTotalsAndFlaggedCellsLeftOut() {
            Line families = split("7.家庭医生签约服务目标人群数", "人", "12000", "待定", "", "6780");
            SubmittedSheet sheet = wide(families).withTotals();
            SubmittedFile file = file("县卫健局报送.xlsx", WJ, sheet);

            Reconciliation result = reconcile(file);

            assertThat(result.figures()).extracting(SubmittedFigure::township, f -> f.value().stripTrailingZeros(),
                            SubmittedFigure::department)
                    .containsExactly(tuple(CG, new BigDecimal("1.2"), WJ), tuple(QS, new BigDecimal("0.678"), WJ));
            assertThat(result.figures().get(0).source().cell()).isEqualTo(sheet.cell(families, CG));
        }

        @Test
        void theNumbersOfAStandardAreNeverAddedUpThoughItsUnitColumnIsBlank() {
            CountyTables tables = CountyTables.county().indicator("14", "城乡低保指导标准", "")
                    .standardIn("元/月", "不低于800元/月", "800").lead("县民政局", "");
            Line standard = Line.of("14.城乡低保指导标准", "").withVillages(CG, "城东社区", "850", "城西社区", "820");
            SubmittedFile file = file("县民政局报送.xlsx", "县民政局", SubmittedSheet.longSheet(standard));

            Reconciliation result = reconcile(tables, file);

            assertExactly(result);
            assertThat(result.figures()).singleElement()
                    .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("850"));
        }
    }
}

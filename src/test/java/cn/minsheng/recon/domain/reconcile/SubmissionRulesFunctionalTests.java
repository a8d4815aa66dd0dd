package cn.minsheng.recon.domain.reconcile;

import static cn.minsheng.recon.domain.reconcile.RulesExpect.assertExactly;
import static cn.minsheng.recon.domain.reconcile.RulesExpect.assertNone;
import static cn.minsheng.recon.domain.reconcile.RulesExpect.finding;
import static cn.minsheng.recon.domain.reconcile.RulesExpect.outcome;
import static cn.minsheng.recon.sample.SubmissionWorkbooks.num;
import static cn.minsheng.recon.sample.SubmissionWorkbooks.villages;
import static org.assertj.core.api.Assertions.assertThat;

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
import cn.minsheng.recon.sample.SubmissionWorkbooks.Written;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few of the SUB_ and FILE_ rules end to end, one case per layout and format family: a real workbook written with
 * POI, read by the safe reader and the layout parser, reconciled against the sample county's (or Miluo's) official
 * tables read from their printed workbooks ({@link RulesWorld}). What each rule means is pinned on submissions built
 * in memory in {@link SubmissionRulesTests}; these tests pin that a rule still fires at the right cell once a real
 * file has been read: wide .xlsx, transposed .xls with short spaced names, long with villages, numbers typed as
 * text, a formula without cached value, a file with no table, unreadable files, and a filing date read from the
 * sheet against the files' modification times.
 */
class SubmissionRulesFunctionalTests {

    private static final String TITLE = "2026年3月重点民生实事目标任务分解报送表";
    /** When every file was saved unless a test says otherwise: the clock is never read. */
    private static final LocalDateTime SAVED = LocalDateTime.of(2026, 3, 25, 10, 0);

    @TempDir
    Path dir;

    private final RulesWorld county = RulesWorld.county();
    private final PlanFixture plan = county.plan;

    /** The official township values of {@code no} under a numbered label, as a clerk copies them. */
    private static Item official(PlanFixture of, int no, String label, String unit) {
        return Item.of(String.valueOf(no), no + "." + label, unit).withNumbers(of.indicator(no).townships());
    }

    private Item doctors() {
        return official(plan, 8, "培训乡村医生", "人");
    }

    private Item families() {
        return official(plan, 7, "家庭医生签约服务目标人群数", "万人");
    }

    private Item training() {
        return official(plan, 6, "职业技能培训", "人次");
    }

    private Written write(String file, String department, String date, List<Item> items, Options options) {
        return write(file, new Report(TITLE, department, date, plan.townships(), items), options);
    }

    private Written write(String file, Report report, Options options) {
        Written written = SubmissionWorkbooks.write(dir.resolve(file), report, options);
        RulesWorld.touch(written.file(), SAVED);
        return written;
    }

    private static Options wide() {
        return Options.of(SubmissionLayout.WIDE);
    }

    private static RulesExpect at(RulesExpect expect, Written written, String cell) {
        return expect.at(written.fileName(), written.sheet(), cell);
    }

    private static void conserved(Reconciliation result, Written written) {
        FileOutcome line = outcome(result, written.fileName());
        assertThat(line.valuesRead()).as("read = reconciled + under finding: %s", line)
                .isEqualTo(line.valuesReconciled() + line.valuesUnderFinding());
    }

    @Test
    void aWrongNumberInAWideXlsxSheetIsFlaggedAtItsCellAndItsCachedTotalsRaiseNothing() {
        Item doctors = doctors().with("河西街道", "3");
        Written written = write("县卫健局报送.xlsx", "县卫健局", "2026年3月25日", List.of(families(), doctors),
                wide().withTotals(true));

        Reconciliation result = county.reconcile(written.file());

        assertExactly(result, at(finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, "县卫健局", "8", "河西街道")
                .values("2", "3"), written, written.cell(doctors, "河西街道")));
        assertThat(outcome(result, written.fileName()).valuesRead()).isEqualTo(2 * 9);
        conserved(result, written);
    }

    @Test
    void shortSpacedTownshipNamesInATransposedXlsSheetAreReportedInOfficialSpelling() {
        RulesWorld miluo = RulesWorld.miluo();
        Item doctors = official(miluo.plan, 14, "培训乡村医生", "人").with("归义街道", "3");
        Written written = write("卫健局报送.xls", new Report(TITLE, "汨罗市卫生健康局", "2026年3月25日",
                miluo.plan.townships(), List.of(doctors)), Options.of(SubmissionLayout.TRANSPOSED).withXls()
                .withNames(TownshipNames.SHORT_SPACED));

        Reconciliation result = miluo.reconcile(written.file());

        assertExactly(result, at(finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, "市卫健局", "14",
                "归义街道").values("2", "3"), written, written.cell(doctors, "归义街道")));
        conserved(result, written);
    }

    @Test
    void villageRowsOfALongSheetAddUpToTheirTownship() {
        Item training = training()
                .with("城关镇", villages("城东社区", num("120"), "城西社区", num("80")))
                .with("东山乡", villages("东山村", num("60"), "西山村", num("30")));
        Written written = write("县人社局报送.xlsx", "县人社局", "2026年3月25日", List.of(training),
                Options.of(SubmissionLayout.LONG).withVillages());

        Reconciliation result = county.reconcile(written.file());

        assertExactly(result, finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, "县人社局", "6", "东山乡")
                .values("100", "90").at(written.fileName(), written.sheet(), null));
        assertThat(RulesExpect.only(result, RuleCode.SUB_VALUE_MISMATCH).source().cell())
                .isIn(written.cell(training, "东山乡", "东山村"), written.cell(training, "东山乡", "西山村"));
        conserved(result, written);
    }

    @Test
    void numbersTypedWithThousandsSeparatorsAndFullWidthDigitsInALongXlsSheet() {
        Item jobs = Item.of(null, "5.城镇新增就业", "人");
        String[] values = {"1000", "300", "300", "300", "300", "200", "200", "200"};
        for (int i = 0; i < values.length; i++) {
            jobs = jobs.with(plan.townships().get(i), values[i]);
        }
        Written written = write("县人社局报送.xls", "县人社局", "2026年3月25日", List.of(jobs, training()),
                Options.of(SubmissionLayout.LONG).withXls().withNumbersAsText());
        assertThat(written.shown()).containsValue("1,000").containsValue("３００");

        Reconciliation result = county.reconcile(written.file());

        assertExactly(result);
        assertThat(outcome(result, written.fileName()).valuesReconciled()).isEqualTo(16);
        conserved(result, written);
    }

    @Test
    void aFormulaWithoutCachedValueIsAFindingNeverZero() {
        Item doctors = doctors().with("白沙乡", new Formula("1+1", null));
        Written written = write("县卫健局报送.xlsx", "县卫健局", "2026年3月25日", List.of(doctors), wide());

        Reconciliation result = county.reconcile(written.file());

        assertExactly(result, at(finding(RuleCode.SUB_FORMULA_NO_VALUE, Severity.ERROR, "县卫健局", "8", "白沙乡"),
                written, written.cell(doctors, "白沙乡")));
        assertNone(result, RuleCode.SUB_VALUE_MISMATCH);
        assertNone(result, RuleCode.SUB_MISSING_TOWNSHIP);
        conserved(result, written);
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

        RulesWorld.touch(file, SAVED);

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
        RulesWorld.touch(truncated, SAVED);
        RulesWorld.touch(html, SAVED);

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
    void anOlderFileIsSupersededByTheFilingDateItsSheetStatesWhateverItsModificationTime() {
        Item wrong = doctors().with("河西街道", "3");
        Written older = write("卫健局报送（3月20日）.xlsx", "县卫健局", "2026年3月20日",
                List.of(wrong, families()), wide());
        Written newer = write("县卫健局报送-更正.xlsx", "县卫生健康局", "2026年3月28日", List.of(doctors()), wide());
        // the file system says otherwise: the older file was copied last
        RulesWorld.touch(older.file(), LocalDateTime.of(2026, 3, 29, 9, 0));
        RulesWorld.touch(newer.file(), LocalDateTime.of(2026, 3, 28, 9, 0));

        Reconciliation result = county.reconcile(newer.file(), older.file());

        assertExactly(result);
        assertThat(result.findings()).filteredOn(f -> f.rule() == RuleCode.FILE_SUPERSEDED).singleElement()
                .satisfies(f -> assertThat(finding(RuleCode.FILE_SUPERSEDED, Severity.INFO, "县卫健局", "", "")
                        .at(older.fileName(), null, "").matches(f)).as(RulesExpect.show(f)).isTrue());
        conserved(result, older);
        conserved(result, newer);
        // indicator 7 is only in the older file: it still stands, and is right
        assertThat(outcome(result, older.fileName()).valuesReconciled()).isEqualTo(8);
    }
}

package cn.minsheng.recon.domain.reconcile;

import static cn.minsheng.recon.domain.reconcile.RulesExpect.assertExactly;
import static cn.minsheng.recon.domain.reconcile.RulesExpect.finding;
import static cn.minsheng.recon.domain.reconcile.RulesExpect.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.sample.PlanFixture;
import cn.minsheng.recon.testing.SmallWorkbook;
import cn.minsheng.recon.testing.SmallWorkbook.Sheet;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Submission sheets as other counties' clerks make them, written cell by cell with POI, read by the safe reader and
 * the layout parser and reconciled against the sample county's official tables (an invented county). Each correct
 * sheet must raise no ERROR/WARNING finding; each planted defect exactly its own finding.
 */
class OtherCountySubmissionsTests {

    private static final String TITLE = "2026年重点民生实事目标任务分解表";
    private static final String RS = "县人社局";
    private static final String WJ = "县卫健局";
    private static final String ZR = "县自然资源局";

    @TempDir
    Path dir;

    private final RulesWorld county = RulesWorld.county();
    private final PlanFixture plan = county.plan;
    private final List<String> tw = plan.townships();

    // ---- content

    private static final String N1 = "产前筛查率、新生儿疾病筛查率";
    private static final String N6 = "开展职业技能培训";
    private static final String N7 = "提升城乡居民基本医疗服务水平（家庭医生签约服务目标人群数不少于6.25万人）";
    private static final String N8 = "提升基层医疗卫生服务能力，培训乡村医生16人";

    /** The official township values of {@code no}, in column order, null where blank. */
    private Object[] official(int no) {
        var values = plan.indicator(no).townships();
        return tw.stream().map(t -> (Object) values.get(t)).toArray();
    }

    private Object[] official(int no, UnaryOperator<Object[]> change) {
        return change.apply(official(no));
    }

    private static Object[] set(Object[] values, int index, Object value) {
        Object[] copy = values.clone();
        copy[index] = value;
        return copy;
    }

    private static BigDecimal sum(Object[] values) {
        return Arrays.stream(values).filter(v -> v instanceof BigDecimal).map(v -> (BigDecimal) v)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    // ---- a wide sheet: 序号 | 指标名称 | 单位 | [合计] | 乡镇（街道）… | [合计] | [备注]

    enum Total { FIRST, LAST, NONE }

    record Line(Object no, String name, String unit, Object total, Object[] values, String remark) {
        static Line of(Object no, String name, String unit, Object[] values) {
            return new Line(no, name, unit, sum(values), values, null);
        }

        Line remark(String text) {
            return new Line(no, name, unit, total, values, text);
        }

        Line total(Object value) {
            return new Line(no, name, unit, value, values, remark);
        }
    }

    /**
     * Two-row header from the current row: the 乡镇（街道） label merged over the township names below. Returns the
     * number of data cells written: a value per township and line, and the line's 合计 when there is a total column.
     */
    private int wide(Sheet p, List<String> townshipLabels, Total total, String totalLabel, boolean remark,
            List<Line> lines) {
        int h = p.next();
        List<Object> top = new ArrayList<>(List.of("序号", "指标名称", "单位"));
        List<Object> bottom = new ArrayList<>(Arrays.asList(null, null, null));
        int townshipFrom = 3;
        if (total == Total.FIRST) {
            top.add(totalLabel);
            bottom.add(null);
            townshipFrom = 4;
        }
        top.add("乡镇（街道）");
        for (int i = 1; i < townshipLabels.size(); i++) {
            top.add(null);
        }
        bottom.addAll(townshipLabels);
        if (total == Total.LAST) {
            top.add(totalLabel);
            bottom.add(null);
        }
        if (remark) {
            top.add("备注");
            bottom.add(null);
        }
        p.row(top.toArray());
        p.row(bottom.toArray());
        for (int c = 0; c < top.size(); c++) {
            if (c < townshipFrom || c >= townshipFrom + townshipLabels.size()) {
                p.merge(h, h + 1, c, c);
            }
        }
        p.merge(h, h, townshipFrom, townshipFrom + townshipLabels.size() - 1);
        for (Line line : lines) {
            List<Object> row = new ArrayList<>(Arrays.asList(line.no(), line.name(), line.unit()));
            if (total == Total.FIRST) {
                row.add(line.total());
            }
            row.addAll(Arrays.asList(line.values()));
            if (total == Total.LAST) {
                row.add(line.total());
            }
            if (remark) {
                row.add(line.remark());
            }
            p.row(row.toArray());
        }
        return lines.size() * (townshipLabels.size() + (total == Total.NONE ? 0 : 1));
    }

    private Sheet titled(SmallWorkbook book, String sheet, String title, String declared) {
        Sheet p = book.sheet(sheet);
        p.row(title).merge(0, 0, 0, 12);
        if (declared != null) {
            p.row(declared).merge(1, 1, 0, 12);
        }
        return p;
    }

    private Path save(SmallWorkbook book, String name) {
        Path file = book.write(dir.resolve(name));
        RulesWorld.touch(file, LocalDateTime.of(2026, 3, 25, 10, 0));
        return file;
    }

    private List<Line> healthLines() {
        return List.of(
                Line.of(1, "7." + N7, "万人", official(7)).remark("按基本公共卫生服务项目口径"),
                Line.of(2, "8." + N8, "人", official(8)).remark("每乡镇2人"));
    }

    /** A file written by a helper, with the number of data cells it holds. */
    private record Planted(Path file, int cells) {
    }

    /** Nothing of ERROR or WARNING, the file is the department's, and every cell planted was read and reconciled. */
    private static void clean(Reconciliation result, String department, Path file, int cells) {
        assertExactly(result);
        assertThat(outcome(result, file.getFileName().toString()).department()).as("department of %s",
                file.getFileName()).isEqualTo(department);
        assertCounted(result, file, cells, 0);
    }

    private static void clean(Reconciliation result, String department, Planted planted) {
        clean(result, department, planted.file(), planted.cells());
    }

    /** Every cell planted was read, and each is either reconciled or, {@code underFinding} of them, under a finding. */
    private static void assertCounted(Reconciliation result, Path file, int cells, int underFinding) {
        FileOutcome line = outcome(result, file.getFileName().toString());
        String findings = RulesExpect.show(result.findings());
        assertThat(line.valuesRead()).as("values read from %s; findings:%s", file.getFileName(), findings)
                .isEqualTo(cells);
        assertThat(line.valuesReconciled()).as("values reconciled; findings:%s", findings)
                .isEqualTo(cells - underFinding);
        assertThat(line.valuesUnderFinding()).as("values under a finding; findings:%s", findings)
                .isEqualTo(underFinding);
    }

    // ================================================================ 1. wide, two-row header

    @Test
    void v1a_wideTwoRowHeaderTotalFirstRunningNumbersRemarks() {
        var book = new SmallWorkbook();
        Sheet p = titled(book, "Sheet1", TITLE, "填报单位（盖章）：县卫生健康局            填报日期：2026年3月20日");
        int cells = wide(p, tw, Total.FIRST, "合计", true, healthLines());
        p.row("填表人：李四            联系电话：13800000000");
        Path file = save(book, "卫健局民生实事报送.xlsx");

        clean(county.reconcile(file), WJ, file, cells);
    }

    @Test
    void v1a_defect_wrongTownshipValue() {
        var book = new SmallWorkbook();
        Sheet p = titled(book, "Sheet1", TITLE, "填报单位（盖章）：县卫生健康局            填报日期：2026年3月20日");
        Object[] doctors = set(official(8), 3, d("3"));
        int cells = wide(p, tw, Total.FIRST, "合计", true, List.of(
                Line.of(1, "7." + N7, "万人", official(7)),
                Line.of(2, "8." + N8, "人", doctors)));
        Path file = save(book, "卫健局民生实事报送.xlsx");

        Reconciliation result = county.reconcile(file);
        assertExactly(result, finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, WJ, "8", "青石镇")
                .values("2", "3").at(file.getFileName().toString(), "Sheet1", "H6"));
        assertCounted(result, file, cells, 1);
    }

    @Test
    void v1b_wideTotalLastNamesWithoutPrefixXls() {
        var book = new SmallWorkbook();
        Sheet p = titled(book, "Sheet1", "县卫生健康局" + TITLE, "填报单位：县卫健局");
        int cells = wide(p, tw, Total.LAST, "合计", true, List.of(
                Line.of(1, "家庭医生签约服务目标人群数", "万人", official(7)),
                Line.of(2, "培训乡村医生", "人", official(8)).remark("已完成2人")));
        Path file = save(book, "卫健局报送.xls");

        clean(county.reconcile(file), WJ, file, cells);
    }

    @Test
    void v1c_wideRateRowWithOverallRateInTotalColumn() {
        // a clerk puts the county-wide rate (95) in the 合计 column of a % row: a rate is never summed (SPEC §3.1)
        var book = new SmallWorkbook();
        Sheet p = titled(book, "Sheet1", TITLE, "填报单位：县卫健局");
        int cells = wide(p, tw, Total.FIRST, "合计", false, List.of(
                Line.of(1, "1." + N1, "%", official(1)).total(d("95")),
                Line.of(2, "8." + N8, "人", official(8))));
        Path file = save(book, "卫健局报送.xlsx");

        clean(county.reconcile(file), WJ, file, cells);
    }

    @Test
    void v1d_wideSignatureLinesUnderTable() {
        // 制表：/审核：/报送时间： lines under the table are no data rows
        var book = new SmallWorkbook();
        Sheet p = titled(book, "Sheet1", TITLE, "填报单位：县卫健局");
        int cells = wide(p, tw, Total.LAST, "合计", false, healthLines());
        p.blankRow();
        int r = p.next();
        p.row("制表：李四        审核：王五        电话：13800000000").merge(r, r, 0, 12);
        p.row("报送时间：2026年3月20日").merge(r + 1, r + 1, 0, 12);
        Path file = save(book, "卫健局报送.xlsx");

        clean(county.reconcile(file), WJ, file, cells);
    }

    @Test
    void v1e_wideIndicatorNumberInSerialColumnAndNameWithoutPrefix() {
        // 序号 holds the official indicator numbers (7, 8), the names have none
        var book = new SmallWorkbook();
        Sheet p = titled(book, "Sheet1", TITLE, "填报单位：县卫健局");
        int cells = wide(p, tw, Total.FIRST, "全县合计", false, List.of(
                Line.of(7, N7, "万人", official(7)),
                Line.of(8, N8, "人", official(8))));
        Path file = save(book, "卫健局报送.xlsx");

        clean(county.reconcile(file), WJ, file, cells);
    }

    // ================================================================ 2. 项目 | 指标 split, project merged down

    /** 家庭医生签约 and 培训乡村医生 rows, each with a value per township and a 合计. */
    private Planted projectIndicatorSheet(Object[] families, boolean heading) {
        var book = new SmallWorkbook();
        Sheet p = titled(book, "报送表", TITLE, "填报单位：县卫健局");
        int h = p.next();
        List<Object> top = new ArrayList<>(List.of("序号", "项目", "指标", "单位", "乡镇（街道）"));
        for (int i = 1; i < tw.size(); i++) {
            top.add(null);
        }
        top.add("合计");
        p.row(top.toArray());
        List<Object> bottom = new ArrayList<>(Arrays.asList(null, null, null, null));
        bottom.addAll(tw);
        p.row(bottom.toArray());
        for (int c : new int[] {0, 1, 2, 3, 4 + tw.size()}) {
            p.merge(h, h + 1, c, c);
        }
        p.merge(h, h, 4, 3 + tw.size());
        if (heading) {
            int r = p.next();
            p.row("四", "病有所医").merge(r, r, 1, 4 + tw.size());
        }
        int r = p.next();
        List<Object> one = new ArrayList<>(List.of(1, "提升城乡居民基本医疗服务水平", "家庭医生签约服务目标人群数", "万人"));
        one.addAll(Arrays.asList(families));
        one.add(sum(families));
        p.row(one.toArray());
        List<Object> two = new ArrayList<>(Arrays.asList(2, null, "培训乡村医生", "人"));
        two.addAll(Arrays.asList(official(8)));
        two.add(sum(official(8)));
        p.row(two.toArray());
        p.merge(r, r + 1, 1, 1);
        return new Planted(save(book, "卫健局报送.xlsx"), 2 * (tw.size() + 1));
    }

    @Test
    void v2a_projectAndIndicatorColumnsProjectMergedDown() {
        Planted planted = projectIndicatorSheet(official(7), false);

        clean(county.reconcile(planted.file()), WJ, planted);
    }

    @Test
    void v2b_projectAndIndicatorColumnsWithHeadingRow() {
        Planted planted = projectIndicatorSheet(official(7), true);

        clean(county.reconcile(planted.file()), WJ, planted);
    }

    @Test
    void v2_defect_wrongValue() {
        Object[] families = set(official(7), 7, d("0.6"));
        Planted planted = projectIndicatorSheet(families, false);

        Reconciliation result = county.reconcile(planted.file());
        assertExactly(result, finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, WJ, "7", "柳溪镇")
                .values("0.6269", "0.6").at("卫健局报送.xlsx", "报送表", "L5"));
        assertCounted(result, planted.file(), planted.cells(), 1);
    }

    // ================================================================ 3. transposed, two-row indicator header

    /** A row per township and a 合计 row, each with a value for 家庭医生签约 and for 培训乡村医生. */
    private Planted transposed(String name, Object[] families, Object[] doctors, Object doctorsTotal) {
        var book = new SmallWorkbook();
        Sheet p = titled(book, "Sheet1", TITLE, "填报单位：县卫健局");
        int h = p.next();
        p.row("序号", "乡镇（街道）", "病有所医", null, "备注");
        p.row(null, null, "家庭医生签约服务目标人群数（万人）", "培训乡村医生（人）", null);
        p.merge(h, h + 1, 0, 0).merge(h, h + 1, 1, 1).merge(h, h, 2, 3).merge(h, h + 1, 4, 4);
        for (int i = 0; i < tw.size(); i++) {
            p.row(i + 1, tw.get(i), families[i], doctors[i], null);
        }
        p.row(null, "合计", sum(families), doctorsTotal, null);
        p.row("填表人：李四", null, "联系电话：13800000000");
        return new Planted(save(book, name), (tw.size() + 1) * 2);
    }

    @Test
    void v3a_transposedTwoRowIndicatorHeaderTotalRowSignature() {
        Planted planted = transposed("卫健局报送.xlsx", official(7), official(8), sum(official(8)));

        clean(county.reconcile(planted.file()), WJ, planted);
    }

    @Test
    void v3_defect_missingTownship() {
        Object[] doctors = set(official(8), 2, null);
        Planted planted = transposed("卫健局报送.xlsx", official(7), doctors, sum(doctors));

        Reconciliation result = county.reconcile(planted.file());
        assertExactly(result, finding(RuleCode.SUB_MISSING_TOWNSHIP, Severity.ERROR, WJ, "8", "河西街道")
                .values("2", "none"));
        // the blank cell is the township's value, and the finding's
        assertCounted(result, planted.file(), planted.cells(), 1);
    }

    // ================================================================ 4. long layouts

    private Sheet longHeader(SmallWorkbook book, String declared) {
        Sheet p = titled(book, "Sheet1", TITLE, declared);
        p.row("序号", "乡镇", "指标名称", "计量单位", "目标任务数", "备注");
        return p;
    }

    @Test
    void v4a_longSortedByTownship() {
        var book = new SmallWorkbook();
        Sheet p = longHeader(book, "填报单位：县卫健局");
        int n = 1;
        for (int i = 0; i < tw.size(); i++) {
            p.row(n++, tw.get(i), N7, "万人", official(7)[i], null);
            p.row(n++, tw.get(i), "培训乡村医生", "人", official(8)[i], "村医");
        }
        Path file = save(book, "卫健局报送.xlsx");

        clean(county.reconcile(file), WJ, file, 2 * tw.size());
    }

    @Test
    void v4b_longSortedByIndicator() {
        var book = new SmallWorkbook();
        Sheet p = longHeader(book, "填报单位：县人社局");
        for (int i = 0; i < tw.size(); i++) {
            p.row(i + 1, tw.get(i), "6.开展职业技能培训960人次", "人次", official(6)[i], null);
        }
        Path file = save(book, "人社局报送.xlsx");

        clean(county.reconcile(file), RS, file, tw.size());
    }

    @Test
    void v4b_defect_townshipRowOmitted() {
        var book = new SmallWorkbook();
        Sheet p = longHeader(book, "填报单位：县人社局");
        for (int i = 0; i < tw.size(); i++) {
            if (!tw.get(i).equals("南湖街道")) {
                p.row(i + 1, tw.get(i), "6.开展职业技能培训960人次", "人次", official(6)[i], null);
            }
        }
        Path file = save(book, "人社局报送.xlsx");

        Reconciliation result = county.reconcile(file);
        assertExactly(result, finding(RuleCode.SUB_MISSING_TOWNSHIP, Severity.ERROR, RS, "6", "南湖街道")
                .values("120", "none"));
        assertCounted(result, file, tw.size() - 1, 0);
    }

    /** 乡镇 merged down its two villages and its 小计 row, then the sheet's 合计: a value on each row. */
    private Planted villages(String name, Object[] training, String wrongVillageValue) {
        var book = new SmallWorkbook();
        Sheet p = titled(book, "Sheet1", TITLE, "填报单位：县人社局");
        p.row("序号", "乡镇", "村（社区）", "指标名称", "单位", "目标任务数");
        int n = 1;
        for (int i = 0; i < tw.size(); i++) {
            BigDecimal total = (BigDecimal) training[i];
            BigDecimal first = total.divide(d("2"));
            BigDecimal second = total.subtract(first);
            int r = p.next();
            p.row(n++, tw.get(i), "一村", N6, "人次", i == 0 && wrongVillageValue != null ? d(wrongVillageValue) : first);
            p.row(n++, null, "二村", N6, "人次", second);
            p.row(null, null, "小计", N6, "人次", total);
            p.merge(r, r + 2, 1, 1);
        }
        p.row(null, "合计", null, N6, "人次", sum(training));
        return new Planted(save(book, name), tw.size() * 3 + 1);
    }

    @Test
    void v4c_longWithVillagesAndSubtotalPerTownship() {
        Planted planted = villages("人社局报送.xlsx", official(6), null);

        clean(county.reconcile(planted.file()), RS, planted);
    }

    @Test
    void v4c_defect_villageValueWrong() {
        // 城关镇: 一村 90 + 二村 100 = 190, official 200; its 小计 still says 200
        Planted planted = villages("人社局报送.xlsx", official(6), "90");

        Reconciliation result = county.reconcile(planted.file());
        assertExactly(result,
                finding(RuleCode.SUB_VALUE_MISMATCH, Severity.ERROR, RS, "6", "城关镇").values("200", "190"),
                finding(RuleCode.SUB_TOTAL_ROW_MISMATCH, Severity.WARNING, RS, "6", null).values("none", "200")
                        .compared("190", "各部分之和")
                        .at("人社局报送.xlsx", "Sheet1", "F6"),
                finding(RuleCode.SUB_TOTAL_ROW_MISMATCH, Severity.WARNING, RS, "6", null).values("none", "960")
                        .compared("950", "各部分之和")
                        .at("人社局报送.xlsx", "Sheet1", "F28"));
        // 城关镇's two villages (their sum is the value that differs), its 小计 and the sheet's 合计
        assertCounted(result, planted.file(), planted.cells(), 4);
    }

    // ================================================================ 5. several sheets

    @Test
    void v5a_twoDataSheetsOneProjectEach() {
        var book = new SmallWorkbook();
        Sheet one = titled(book, "幼有所育", TITLE, "填报单位：县卫健局");
        int cells = wide(one, tw, Total.NONE, null, false, List.of(Line.of(1, "1." + N1, "%", official(1))));
        Sheet two = titled(book, "病有所医", TITLE, "填报单位：县卫健局");
        cells += wide(two, tw, Total.LAST, "合计", false, healthLines());
        Path file = save(book, "卫健局报送.xlsx");

        clean(county.reconcile(file), WJ, file, cells);
    }

    @Test
    void v5b_instructionsFirstAndHiddenEmptySheetLast() {
        var book = new SmallWorkbook();
        book.sheet("填表说明").row("填表说明：").row("1.请按乡镇（街道）填写目标任务数，城关镇、东山乡等均需填写。")
                .row("2.数据以县卫健局审核为准。");
        Sheet p = titled(book, "报送表", TITLE, "填报单位：县卫健局");
        int cells = wide(p, tw, Total.LAST, "合计", false, healthLines());
        book.sheet("Sheet2");
        book.sheet("Sheet3").hidden();
        Path file = save(book, "卫健局报送.xlsx");

        clean(county.reconcile(file), WJ, file, cells);
    }

    @Test
    void v5c_hiddenEmptySheetFirst() {
        var book = new SmallWorkbook();
        book.sheet("WpsReserved_CellImgList").hidden();
        Sheet p = titled(book, "Sheet1", TITLE, "填报单位：县卫健局");
        int cells = wide(p, tw, Total.LAST, "合计", false, healthLines());
        Path file = save(book, "卫健局报送.xlsx");

        clean(county.reconcile(file), WJ, file, cells);
    }

    // ================================================================ 6. where the department is named

    private int trainingSheet(SmallWorkbook book, String title, String declared) {
        Sheet p = titled(book, "Sheet1", title, declared);
        return wide(p, tw, Total.LAST, "合计", false, List.of(Line.of(1, "6." + N6 + "960人次", "人次", official(6))));
    }

    @Test
    void v6a_departmentOnlyInTitle() {
        var book = new SmallWorkbook();
        int cells = trainingSheet(book, "青山县人力资源和社会保障局2026年民生实事任务分解表", null);
        Path file = save(book, "民生实事任务分解表.xlsx");

        clean(county.reconcile(file), RS, file, cells);
    }

    @Test
    void v6b_departmentInSealLine() {
        var book = new SmallWorkbook();
        int cells = trainingSheet(book, TITLE, "填报单位（盖章）：青山县人力资源和社会保障局");
        Path file = save(book, "民生实事任务分解表.xlsx");

        clean(county.reconcile(file), RS, file, cells);
    }

    @Test
    void v6b2_departmentInSealLineSplitOverCells() {
        // the label in one cell, the unit in the next, the date further right
        var book = new SmallWorkbook();
        Sheet p = book.sheet("Sheet1");
        p.row(TITLE).merge(0, 0, 0, 12);
        p.row("填报单位（盖章）：", "县人社局", null, null, null, null, null, null, null, "填报日期：", "2026年3月20日");
        int cells = wide(p, tw, Total.LAST, "合计", false, List.of(Line.of(1, "6." + N6 + "960人次", "人次", official(6))));
        Path file = save(book, "民生实事任务分解表.xlsx");

        clean(county.reconcile(file), RS, file, cells);
    }

    @Test
    void v6c_departmentOnlyInFileName() {
        var book = new SmallWorkbook();
        int cells = trainingSheet(book, TITLE, null);
        Path file = save(book, "县人社局.xlsx");

        clean(county.reconcile(file), RS, file, cells);
    }

    @Test
    void v6d_departmentOnlyInAttachmentFileNameXls() {
        var book = new SmallWorkbook();
        int cells = trainingSheet(book, TITLE, null);
        Path file = save(book, "附件：人社局报送表.xls");

        clean(county.reconcile(file), RS, file, cells);
    }

    // ================================================================ 7. township spellings

    private Planted trainingWithTownships(String name, List<String> labels, Object[] values) {
        var book = new SmallWorkbook();
        Sheet p = titled(book, "Sheet1", TITLE, "填报单位：县人社局");
        int cells = wide(p, labels, Total.LAST, "合计", false, List.of(Line.of(1, "6." + N6, "人次", values)));
        return new Planted(save(book, name), cells);
    }

    @Test
    void v7a_banshichuForJiedao() {
        List<String> labels = tw.stream().map(t -> t.replace("街道", "办事处")).toList();
        Planted planted = trainingWithTownships("人社局报送.xlsx", labels, official(6));

        clean(county.reconcile(planted.file()), RS, planted);
    }

    @Test
    void v7b_townshipPeoplesGovernment() {
        List<String> labels = tw.stream().map(t -> t.endsWith("街道") ? t + "办事处" : t + "人民政府").toList();
        Planted planted = trainingWithTownships("人社局报送.xlsx", labels, official(6));

        clean(county.reconcile(planted.file()), RS, planted);
    }

    @Test
    void v7c_fullWidthSpacesInNames() {
        List<String> labels = tw.stream().map(t -> t.length() == 3 ? t.charAt(0) + "　" + t.substring(1) : t)
                .toList();
        Planted planted = trainingWithTownships("人社局报送.xlsx", labels, official(6));

        clean(county.reconcile(planted.file()), RS, planted);
    }

    @Test
    void v7d_quanxianColumnFirst() {
        var book = new SmallWorkbook();
        Sheet p = titled(book, "Sheet1", TITLE, "填报单位：县人社局");
        int cells = wide(p, tw, Total.FIRST, "全县", false, List.of(Line.of(1, "6." + N6, "人次", official(6))));
        Path file = save(book, "人社局报送.xlsx");

        clean(county.reconcile(file), RS, file, cells);
    }

    @Test
    void v7_defect_unknownPlace() {
        List<String> labels = new ArrayList<>(tw);
        labels.add("工业园");
        Object[] values = Arrays.copyOf(official(6), tw.size() + 1);
        values[tw.size()] = d("10");
        Planted planted = trainingWithTownships("人社局报送.xlsx", labels, values);

        // the sheet's 合计 includes 工业园: 970 = sum of its columns, no total-row finding expected
        Reconciliation result = county.reconcile(planted.file());
        assertExactly(result, finding(RuleCode.SUB_UNKNOWN_TOWNSHIP, Severity.ERROR, RS, "6", "工业园"));
        assertCounted(result, planted.file(), planted.cells(), 1);
    }

    // ================================================================ 8. numbers as clerks type them

    @Test
    void v8a_decimalsTypedAsText() {
        Object[] families = Arrays.stream(official(7)).map(v -> (Object) ((BigDecimal) v).setScale(4).toPlainString())
                .toArray();
        families[0] = "1.20";
        var book = new SmallWorkbook();
        Sheet p = titled(book, "Sheet1", TITLE, "填报单位：县卫健局");
        int cells = wide(p, tw, Total.LAST, "合计", false, List.of(new Line(1, "7." + N7, "万人", "6.25", families, null)));
        Path file = save(book, "卫健局报送.xlsx");

        clean(county.reconcile(file), WJ, file, cells);
    }

    @Test
    void v8b_percentTypedInRateRow() {
        Object[] rates = Arrays.stream(official(1)).map(v -> (Object) (((BigDecimal) v).toPlainString() + "%"))
                .toArray();
        var book = new SmallWorkbook();
        Sheet p = titled(book, "Sheet1", TITLE, "填报单位：县卫健局");
        int cells = wide(p, tw, Total.NONE, null, false, List.of(new Line(1, "1." + N1, "%", null, rates, null)));
        Path file = save(book, "卫健局报送.xlsx");

        clean(county.reconcile(file), WJ, file, cells);
    }

    @Test
    void v8c_thousandsSeparatorInCentralSplit() {
        Object[] jobs = {"1,200", d("200"), d("300"), d("200"), d("200"), d("200"), d("300"), d("200")};
        var book = new SmallWorkbook();
        Sheet p = titled(book, "Sheet1", TITLE, "填报单位：县人社局");
        int cells = wide(p, tw, Total.LAST, "合计", false, List.of(new Line(1, "5.城镇新增就业2800人", "人", "2,800", jobs, null)));
        Path file = save(book, "人社局报送.xlsx");

        clean(county.reconcile(file), RS, file, cells);
    }

    @Test
    void v8d_trailingSpaceInTextNumber() {
        Object[] doctors = Arrays.stream(official(8)).map(v -> (Object) (((BigDecimal) v).toPlainString() + " "))
                .toArray();
        var book = new SmallWorkbook();
        Sheet p = titled(book, "Sheet1", TITLE, "填报单位：县卫健局");
        int cells = wide(p, tw, Total.LAST, "合计", false, List.of(new Line(1, "8." + N8, "人", "16 ", doctors, null)));
        Path file = save(book, "卫健局报送.xlsx");

        clean(county.reconcile(file), WJ, file, cells);
    }

    @Test
    void v8_defect_toBeDecided() {
        Object[] doctors = set(official(8), 6, "待定");
        var book = new SmallWorkbook();
        Sheet p = titled(book, "Sheet1", TITLE, "填报单位：县卫健局");
        int cells = wide(p, tw, Total.NONE, null, false, List.of(new Line(1, "8." + N8, "人", null, doctors, null)));
        Path file = save(book, "卫健局报送.xlsx");

        Reconciliation result = county.reconcile(file);
        assertExactly(result, finding(RuleCode.SUB_INVALID_VALUE, Severity.ERROR, WJ, "8", "南湖街道")
                .at("卫健局报送.xlsx", "Sheet1", "J5"));
        assertCounted(result, file, cells, 1);
    }

    // ================================================================ 9. splits of CENTRAL and PENDING targets

    private Planted split(String name, String declared, String label, String unit, Object[] values) {
        var book = new SmallWorkbook();
        Sheet p = titled(book, "Sheet1", TITLE, declared);
        int cells = wide(p, tw, Total.LAST, "合计", true, List.of(Line.of(1, label, unit, values).remark("由县人社局统筹安排")));
        return new Planted(save(book, name), cells);
    }

    private static Object[] numbers(String... values) {
        return Arrays.stream(values).map(v -> (Object) new BigDecimal(v)).toArray();
    }

    @Test
    void v9a_centralTargetSplitByTownship() {
        Planted planted = split("人社局报送.xlsx", "填报单位：县人社局", "5.城镇新增就业2800人", "人",
                numbers("500", "300", "400", "300", "300", "300", "400", "300"));

        clean(county.reconcile(planted.file()), RS, planted);
    }

    @Test
    void v9b_pendingTargetSplitByTownship() {
        Planted planted = split("自然资源局报送.xlsx", "填报单位：县自然资源局", "11.开展切坡建房地质灾害隐患治理120户", "户",
                numbers("20", "10", "20", "10", "20", "10", "20", "10"));

        clean(county.reconcile(planted.file()), ZR, planted);
    }

    @Test
    void v9_defect_centralSplitShort() {
        Planted planted = split("人社局报送.xlsx", "填报单位：县人社局", "5.城镇新增就业2800人", "人",
                numbers("500", "300", "400", "300", "300", "300", "400", "290"));

        Reconciliation result = county.reconcile(planted.file());
        assertExactly(result, finding(RuleCode.SUB_SUM_MISMATCH, Severity.ERROR, RS, "5", "").values("2800", "2790"));
        // the sum is the submitted figure that misses: its eight parts are under the finding, and the 合计 it is
        // cited at
        assertCounted(result, planted.file(), planted.cells(), 9);
    }

    // ================================================================ 10. only some indicators reported

    @Test
    void v10_departmentReportsOnlySomeOfItsIndicators() {
        var book = new SmallWorkbook();
        Sheet p = titled(book, "Sheet1", TITLE, "填报单位：县卫健局");
        int cells = wide(p, tw, Total.LAST, "合计", false, List.of(Line.of(1, "8." + N8, "人", official(8))));
        Path file = save(book, "卫健局报送.xlsx");

        Reconciliation result = county.reconcile(file);
        clean(result, WJ, file, cells);
        RulesExpect.assertNone(result, RuleCode.SUB_MISSING_TOWNSHIP);
    }

    @Test
    void v10b_twoDepartmentsOneOmittingAnIndicator() {
        // 人社局 sends only indicator 6 (not its CENTRAL 5); 卫健局 only 7
        var book = new SmallWorkbook();
        int training = trainingSheet(book, TITLE, "填报单位：县人社局");
        Path rs = save(book, "人社局报送.xlsx");
        var other = new SmallWorkbook();
        Sheet p = titled(other, "Sheet1", TITLE, "填报单位：县卫健局");
        int families = wide(p, tw, Total.LAST, "合计", false, List.of(Line.of(1, "7." + N7, "万人", official(7))));
        Path wj = save(other, "卫健局报送.xlsx");

        Reconciliation result = county.reconcile(rs, wj);
        clean(result, RS, rs, training);
        assertThat(outcome(result, "卫健局报送.xlsx").department()).isEqualTo(WJ);
        assertCounted(result, wj, families, 0);
        RulesExpect.assertNone(result, RuleCode.SUB_MISSING_TOWNSHIP);
    }
}

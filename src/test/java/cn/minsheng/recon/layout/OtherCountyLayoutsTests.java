package cn.minsheng.recon.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.matching.TextNormalizer;
import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.model.DirectiveKind;
import cn.minsheng.recon.domain.official.DirectiveClassifier;
import cn.minsheng.recon.domain.official.HeadlineParser;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.OfficialConsistencyChecks;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.layout.OtherCountyPlan.Defect;
import cn.minsheng.recon.layout.OtherCountyPlan.Item;
import cn.minsheng.recon.testing.SmallWorkbook;
import cn.minsheng.recon.testing.SmallWorkbook.Formula;
import cn.minsheng.recon.testing.SmallWorkbook.Pct;
import cn.minsheng.recon.testing.SmallWorkbook.Sheet;
import cn.minsheng.recon.workbook.ReadLimits;
import cn.minsheng.recon.workbook.WorkbookReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Official tables as other counties lay them out — invented counties, written cell by cell with POI — read back
 * and checked: a consistent table raises nothing, a table with one planted defect raises exactly that finding.
 */
class OtherCountyLayoutsTests {

    @TempDir
    Path work;

    // ------------------------------------------------------------------------------------------------ layouts

    enum Header { ONE_ROW, TWO_ROW, THREE_ROW }

    enum Total { NONE, BEFORE, AFTER, AFTER_FORMULA }

    enum Numbering {
        /** 序号 = project number merged down, names {@code 1.新建…}. */
        PROJECT_NO_PREFIXED_NAMES,
        /** 序号 = the indicator's own number, names without a prefix, project merged down in its own column. */
        INDICATOR_NO_PLAIN_NAMES,
        /** A heading row {@code 一 | 交通出行} per project, then {@code 1 | 新建…} rows; one name column. */
        CHINESE_HEADINGS,
        /** As CHINESE_HEADINGS, the heading's name merged across the whole row. */
        CHINESE_HEADINGS_MERGED
    }

    enum Values { NUMBERS, TEXT, FULL_WIDTH, PERCENT_FORMAT, RATE_TEXT_WITH_PERCENT, WITH_UNIT_WORD }

    enum Resp {
        /** 序号 | 项目名称 | 具体任务 | 责任县领导 | 牵头单位 | 配合单位. */
        COUNTY,
        /** 序号 | 重点民生实事项目 | 具体任务 | 责任市领导 | 牵头单位 | 责任单位. */
        CITY_STYLE,
        /** 序号 | 项目名称 | 牵头领导 | 牵头部门 | 配合部门, one row per project. */
        PROJECT_ONLY,
        /** COUNTY, but 就业创业 is one row with a blank 具体任务. */
        WITH_PROJECT_ROW,
        /** 序号 | 项目名称 | 具体任务 | 计量单位 | 目标任务 | 责任县领导 | 牵头单位 | 配合单位. */
        WITH_UNIT_AND_TARGET
    }

    enum Packaging { SEPARATE_XLSX, ONE_XLSX_TWO_SHEETS, XLS_RESP_FIRST_WITH_INSTRUCTIONS, ONE_SHEET_STACKED,
        BREAKDOWN_WITH_LEAD_COLUMNS }

    record Layout(Header header, Total total, boolean remarks, Numbering numbering, UnaryOperator<String> label,
                  Values values, Object zeroAs, boolean totalRow, Resp resp, Packaging packaging) {

        static Layout base() {
            return new Layout(Header.ONE_ROW, Total.BEFORE, false, Numbering.PROJECT_NO_PREFIXED_NAMES,
                    UnaryOperator.identity(), Values.NUMBERS, 0, false, Resp.COUNTY, Packaging.SEPARATE_XLSX);
        }

        Layout header(Header h) {
            return new Layout(h, total, remarks, numbering, label, values, zeroAs, totalRow, resp, packaging);
        }

        Layout total(Total t) {
            return new Layout(header, t, remarks, numbering, label, values, zeroAs, totalRow, resp, packaging);
        }

        Layout remarks(boolean r) {
            return new Layout(header, total, r, numbering, label, values, zeroAs, totalRow, resp, packaging);
        }

        Layout numbering(Numbering n) {
            return new Layout(header, total, remarks, n, label, values, zeroAs, totalRow, resp, packaging);
        }

        Layout label(UnaryOperator<String> l) {
            return new Layout(header, total, remarks, numbering, l, values, zeroAs, totalRow, resp, packaging);
        }

        Layout values(Values v, Object zero) {
            return new Layout(header, total, remarks, numbering, label, v, zero, totalRow, resp, packaging);
        }

        Layout totalRow(boolean t) {
            return new Layout(header, total, remarks, numbering, label, values, zeroAs, t, resp, packaging);
        }

        Layout resp(Resp r) {
            return new Layout(header, total, remarks, numbering, label, values, zeroAs, totalRow, r, packaging);
        }

        Layout packaging(Packaging p) {
            return new Layout(header, total, remarks, numbering, label, values, zeroAs, totalRow, resp, p);
        }
    }

    // ------------------------------------------------------------------------------------------------ 1. names

    static Stream<Arguments> townshipLabels() {
        List<UnaryOperator<String>> forms = List.of(
                t -> t.replaceAll("(镇|乡|街道|办事处)$", "\n$1"),
                t -> String.join(" ", t.split("")),
                t -> " " + t + "　",
                t -> t.equals("白沙街道") ? "白沙街道\n（含工业园）" : t);
        List<String> names = List.of("line breaks", "spaces between characters", "leading/trailing spaces",
                "full-width parentheses");
        return IntStream.range(0, forms.size()).boxed().flatMap(i -> Stream.of(Defect.values())
                .map(d -> Arguments.of(names.get(i), forms.get(i), d)));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("townshipLabels")
    void v1_townshipHeaderWithBreaksSpacesParentheses(String form, UnaryOperator<String> label, Defect defect)
            throws Exception {
        OtherCountyPlan plan = defect.apply(OtherCountyPlan.qinglan());
        Layout layout = Layout.base().header(Header.TWO_ROW).label(label);
        OfficialTables tables = load(write(plan, layout));

        List<String> expected = plan.townships().stream().map(t -> TextNormalizer.normalize(label.apply(t))).toList();
        assertThat(tables.breakdown().townships()).containsExactlyElementsOf(expected);
        assertDefect(tables, plan, layout, defect);
    }

    // ------------------------------------------------------------------------------------------------ 2. values

    static Stream<Arguments> valueEncodings() {
        List<Object[]> encodings = List.of(
                new Object[] {Values.TEXT, "0"}, new Object[] {Values.FULL_WIDTH, "０"},
                new Object[] {Values.NUMBERS, "—"}, new Object[] {Values.NUMBERS, "-"},
                new Object[] {Values.NUMBERS, "/"}, new Object[] {Values.TEXT, "－"},
                new Object[] {Values.NUMBERS, 0}, new Object[] {Values.PERCENT_FORMAT, 0});
        return encodings.stream().flatMap(e -> Stream.of(Defect.values()).map(d -> Arguments.of(e[0], e[1], d)));
    }

    @ParameterizedTest(name = "{0} zero as [{1}] {2}")
    @MethodSource("valueEncodings")
    void v2_numbersAsTextDashesAndZeros(Values values, Object zeroAs, Defect defect) throws Exception {
        OtherCountyPlan plan = defect.apply(OtherCountyPlan.qinglan());
        Layout layout = Layout.base().values(values, zeroAs);
        OfficialTables tables = load(write(plan, layout));

        assertThat(indicator(tables, "1").townships().get("城关镇")).isEqualTo(number("10"));
        assertThat(indicator(tables, "6").townshipSum()).isEqualByComparingTo("12000");
        assertDefect(tables, plan, layout, defect);
    }

    // ------------------------------------------------------------------------------------------------ 3. 合计 after

    static Stream<Arguments> totalAfter() {
        return Stream.of(Total.AFTER, Total.AFTER_FORMULA).flatMap(t -> Stream.of(true, false)
                .flatMap(r -> Stream.of(Defect.values()).map(d -> Arguments.of(t, r, d))));
    }

    @ParameterizedTest(name = "{0} remarks={1} {2}")
    @MethodSource("totalAfter")
    void v3_totalColumnAfterTheTownshipsAndRemarks(Total total, boolean remarks, Defect defect) throws Exception {
        OtherCountyPlan plan = defect.apply(OtherCountyPlan.qinglan());
        Layout layout = Layout.base().total(total).remarks(remarks);
        OfficialTables tables = load(write(plan, layout));

        assertThat(tables.breakdown().townships()).containsExactlyElementsOf(plan.townships());
        assertDefect(tables, plan, layout, defect);
    }

    // ------------------------------------------------------------------------------------------------ 4. headers

    static Stream<Arguments> multiRowHeaders() {
        return Stream.of(new Object[] {Header.TWO_ROW, Total.BEFORE}, new Object[] {Header.TWO_ROW, Total.NONE},
                        new Object[] {Header.TWO_ROW, Total.AFTER}, new Object[] {Header.THREE_ROW, Total.BEFORE},
                        new Object[] {Header.THREE_ROW, Total.AFTER})
                .flatMap(h -> Stream.of(Defect.values()).map(d -> Arguments.of(h[0], h[1], d)));
    }

    @ParameterizedTest(name = "{0} total {1} {2}")
    @MethodSource("multiRowHeaders")
    void v4_multiRowHeaders(Header header, Total total, Defect defect) throws Exception {
        OtherCountyPlan plan = defect.apply(OtherCountyPlan.qinglan());
        Layout layout = Layout.base().header(header).total(total).remarks(true);
        OfficialTables tables = load(write(plan, layout));

        assertThat(tables.breakdown().townships()).containsExactlyElementsOf(plan.townships());
        assertThat(tables.breakdown().indicators()).hasSize(8);
        if (total != Total.NONE) {
            assertThat(indicator(tables, "2").total()).hasValueSatisfying(v -> assertThat(v)
                    .isEqualByComparingTo("120"));
        }
        assertDefect(tables, plan, layout, defect);
    }

    // ------------------------------------------------------------------------------------------------ 5. numbering

    static Stream<Arguments> numberings() {
        return Stream.of(Numbering.values()).flatMap(n -> Stream.of(Defect.values()).map(d -> Arguments.of(n, d)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("numberings")
    void v5_chineseProjectNumeralsAndPlainIndicatorNames(Numbering numbering, Defect defect) throws Exception {
        OtherCountyPlan plan = defect.apply(OtherCountyPlan.qinglan());
        Layout layout = Layout.base().header(Header.TWO_ROW).numbering(numbering);
        OfficialTables tables = load(write(plan, layout));

        assertThat(tables.breakdown().indicators()).extracting(Indicator::no, Indicator::name)
                .containsExactlyElementsOf(plan.items().stream()
                        .map(i -> tuple(String.valueOf(i.no()), i.name())).toList());
        assertDefect(tables, plan, layout, defect);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Numbering.class)
    void v5_projectOfAnIndicatorUnderAHeadingRow(Numbering numbering) throws Exception {
        OfficialTables tables = load(write(OtherCountyPlan.qinglan(), Layout.base().numbering(numbering)));

        assertThat(indicator(tables, "7").project()).isEqualTo("就业创业");
    }

    // ------------------------------------------------------------------------------------------------ 6. responsibility

    static Stream<Arguments> responsibilityLayouts() {
        return Stream.of(Resp.CITY_STYLE, Resp.PROJECT_ONLY, Resp.WITH_PROJECT_ROW, Resp.WITH_UNIT_AND_TARGET)
                .flatMap(r -> Stream.of(Defect.values())
                        .filter(d -> !(r == Resp.PROJECT_ONLY && d == Defect.CROSS_TABLE))
                        .map(d -> Arguments.of(r, d)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("responsibilityLayouts")
    void v6_responsibilityTableHeadersAndMergedLeads(Resp resp, Defect defect) throws Exception {
        OtherCountyPlan plan = defect.apply(OtherCountyPlan.qinglan());
        Layout layout = Layout.base().resp(resp);
        OfficialTables tables = load(write(plan, layout));

        if (defect == Defect.NONE) {
            for (Item item : plan.items()) {
                assertThat(tables.responsibility(indicator(tables, String.valueOf(item.no()))))
                        .as("lead of %s", item.name())
                        .hasValueSatisfying(row -> assertThat(row.leadUnit()).isEqualTo(expectedLead(plan, item,
                                resp)));
            }
        }
        assertDefect(tables, plan, layout, defect);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("numberingsWithProjectRow")
    void v5v6_projectRowInResponsibilityTableCoversIndicatorsUnderAHeading(Numbering numbering, Defect defect)
            throws Exception {
        OtherCountyPlan plan = defect.apply(OtherCountyPlan.qinglan());
        Layout layout = Layout.base().numbering(numbering).resp(Resp.WITH_PROJECT_ROW);
        OfficialTables tables = load(write(plan, layout));

        assertDefect(tables, plan, layout, defect);
    }

    static Stream<Arguments> numberingsWithProjectRow() {
        return Stream.of(Numbering.CHINESE_HEADINGS, Numbering.CHINESE_HEADINGS_MERGED)
                .flatMap(n -> Stream.of(Defect.NONE, Defect.NO_LEAD_UNIT).map(d -> Arguments.of(n, d)));
    }

    private static String expectedLead(OtherCountyPlan plan, Item item, Resp resp) {
        if (resp == Resp.PROJECT_ONLY) {
            return plan.items().stream().filter(i -> i.project().equals(item.project())).findFirst().orElseThrow()
                    .lead();
        }
        if (resp == Resp.WITH_PROJECT_ROW && item.project().equals("就业创业")) {
            return "县人社局";
        }
        return item.lead();
    }

    // ------------------------------------------------------------------------------------------------ 7. lead column

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Defect.class, names = {"NONE", "SUM_MISMATCH", "MISSING_TOWNSHIP", "NO_LEAD_UNIT"})
    void v7_breakdownTableCarryingItsOwnLeadUnitColumn(Defect defect) throws Exception {
        OtherCountyPlan plan = defect.apply(OtherCountyPlan.qinglan());
        Layout layout = Layout.base().header(Header.TWO_ROW).remarks(true)
                .packaging(Packaging.BREAKDOWN_WITH_LEAD_COLUMNS);
        OfficialTables tables = load(write(plan, layout));

        assertThat(tables.breakdown().townships()).containsExactlyElementsOf(plan.townships());
        if (defect == Defect.NONE) {
            assertThat(tables.responsibility(indicator(tables, "6")))
                    .hasValueSatisfying(row -> assertThat(row.leadUnit()).isEqualTo("县人社局"));
            assertThat(tables.responsibility(indicator(tables, "7")))
                    .hasValueSatisfying(row -> assertThat(row.leadUnit()).isEqualTo("县农业农村局"));
        }
        assertDefect(tables, plan, layout, defect);
    }

    // ------------------------------------------------------------------------------------------------ 8. one sheet

    @ParameterizedTest(name = "{0}")
    @EnumSource(Defect.class)
    void v8_bothTablesOnOneSheet(Defect defect) throws Exception {
        OtherCountyPlan plan = defect.apply(OtherCountyPlan.qinglan());
        Layout layout = Layout.base().packaging(Packaging.ONE_SHEET_STACKED);
        OfficialTables tables = load(write(plan, layout));

        assertThat(tables.breakdown().indicators()).hasSize(8);
        assertDefect(tables, plan, layout, defect);
    }

    // ------------------------------------------------------------------------------------------------ 9. xls order

    @ParameterizedTest(name = "{0}")
    @EnumSource(Defect.class)
    void v9_xlsResponsibilityFirstAfterAnInstructionsSheet(Defect defect) throws Exception {
        OtherCountyPlan plan = defect.apply(OtherCountyPlan.qinglan());
        Layout layout = Layout.base().header(Header.TWO_ROW).packaging(Packaging.XLS_RESP_FIRST_WITH_INSTRUCTIONS);
        OfficialTables tables = load(write(plan, layout));

        assertThat(tables.breakdown().townships()).containsExactlyElementsOf(plan.townships());
        assertDefect(tables, plan, layout, defect);
    }

    // ------------------------------------------------------------------------------------------------ 10. directives

    /** 青岚县 with a 省级统筹 row, a 待…确定 row stating a total and an OTHER row added. */
    static OtherCountyPlan withDirectives() {
        OtherCountyPlan base = OtherCountyPlan.qinglan();
        List<Item> items = new ArrayList<>(base.items());
        items.add(new Item(9, "教育提质", "改扩建公办幼儿园3所", "所", null, "省级统筹，省教育厅牵头", 3,
                "赵副县长", "县教育局", "县发改局", "改扩建公办幼儿园3所"));
        items.add(new Item(10, "住房保障", "完成农村低收入群体住房安全保障200户", "户", null,
                "全县完成200户，待摸底完成后确定各乡镇（街道）任务数", 200, "李副县长", "县住建局", "县民政局",
                "完成农村低收入群体住房安全保障200户"));
        items.add(new Item(11, "城乡建设", "新建城区公共停车泊位500个", "个", null, "县本级完成500个", 500,
                "李副县长", "县城管局", "县交警大队", "新建城区公共停车泊位500个"));
        return new OtherCountyPlan(base.townships(), items);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Header.class)
    void v10_directivesAreClassifiedAndRaiseNothing(Header header) throws Exception {
        Layout layout = Layout.base().header(header);
        OfficialTables tables = load(write(withDirectives(), layout));

        assertThat(indicator(tables, "5").directive()).hasValueSatisfying(d ->
                assertThat(d.kind()).isEqualTo(DirectiveKind.STANDARD));
        assertThat(indicator(tables, "8").directive()).hasValueSatisfying(d ->
                assertThat(d.kind()).isEqualTo(DirectiveKind.CENTRAL));
        assertThat(indicator(tables, "9").directive()).hasValueSatisfying(d ->
                assertThat(d.kind()).isEqualTo(DirectiveKind.UPPER_LEVEL));
        assertThat(indicator(tables, "10").directive()).hasValueSatisfying(d ->
                assertThat(d.kind()).isEqualTo(DirectiveKind.PENDING));
        assertThat(indicator(tables, "11").directive()).hasValueSatisfying(d ->
                assertThat(d.kind()).isEqualTo(DirectiveKind.OTHER));
        assertThat(indicator(tables, "4").allocatedByTownship()).isTrue();
        assertReadAsPlanned(tables, withDirectives(), layout);
        assertThat(checks(tables)).isEmpty();
    }

    @Test
    void v10_aPendingDirectiveStatingAnotherTotal() throws Exception {
        OtherCountyPlan plan = withDirectives().withItem(10,
                i -> i.withSpanning("全县完成220户，待摸底完成后确定各乡镇（街道）任务数"));

        assertThat(checks(load(write(plan, Layout.base()))))
                .extracting(Finding::rule, Finding::indicatorNo, Finding::officialValue, Finding::submittedValue,
                        Finding::comparedValue)
                .containsExactly(tuple(RuleCode.OFF_SUM_MISMATCH, "10", new BigDecimal("200"), null,
                        new BigDecimal("220")));
    }

    @Test
    void v10_aTownshipRateBelowTheHeadlineRate() throws Exception {
        OtherCountyPlan plan = OtherCountyPlan.qinglan().withItem(4, i -> i.withValue(4, 85));

        assertThat(checks(load(write(plan, Layout.base()))))
                .extracting(Finding::rule, Finding::indicatorNo, Finding::township)
                .containsExactly(tuple(RuleCode.OFF_SUM_MISMATCH, "4", "柳林乡"));
    }

    // ------------------------------------------------------------------------------------------------ 11. 万 / 不少于

    @Test
    void v11_tenThousandsInTheNameAgainstPeopleInTheTownships() throws Exception {
        Layout layout = Layout.base().total(Total.NONE);
        OfficialTables tables = load(write(OtherCountyPlan.qinglan(), layout));

        assertThat(indicator(tables, "6").headline()).hasValueSatisfying(h ->
                assertThat(h.quantity().in(indicator(tables, "6").unit().orElseThrow())).hasValueSatisfying(
                        v -> assertThat(v).isEqualByComparingTo("12000")));
        assertReadAsPlanned(tables, OtherCountyPlan.qinglan(), layout);
        assertThat(checks(tables)).isEmpty();
    }

    @Test
    void v11_tenThousandsMissedByOneHundred() throws Exception {
        OtherCountyPlan plan = OtherCountyPlan.qinglan().withItem(6, i -> i.withValue(5, 1100));

        assertThat(checks(load(write(plan, Layout.base().total(Total.NONE)))))
                .extracting(Finding::rule, Finding::indicatorNo, Finding::officialValue, Finding::submittedValue,
                        Finding::comparedValue, Finding::comparedWith)
                .containsExactly(tuple(RuleCode.OFF_SUM_MISMATCH, "6", new BigDecimal("12000"), null,
                        new BigDecimal("11900"), "各乡镇目标合计"));
    }

    @Test
    void v11_atLeastAcceptsMoreButNotLess() throws Exception {
        OtherCountyPlan below = OtherCountyPlan.qinglan().withItem(7, i -> i.withValue(2, 0)); // 250 < 300
        OfficialTables exact = load(write(OtherCountyPlan.qinglan(), Layout.base()));

        assertReadAsPlanned(exact, OtherCountyPlan.qinglan(), Layout.base());
        assertThat(checks(exact)).isEmpty();
        assertThat(checks(load(write(below, Layout.base().total(Total.NONE)))))
                .extracting(Finding::rule, Finding::indicatorNo, Finding::submittedValue, Finding::comparedValue,
                        Finding::comparedWith)
                .containsExactly(tuple(RuleCode.OFF_SUM_MISMATCH, "7", null, new BigDecimal("250"), "各乡镇目标合计"));
    }

    // ------------------------------------------------------------------------------------------------ 12. more

    static Stream<Arguments> totalRows() {
        return Stream.of(Header.ONE_ROW, Header.TWO_ROW).flatMap(h -> Stream.of(Defect.values())
                .map(d -> Arguments.of(h, d)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("totalRows")
    void v12_aTotalRowAtTheBottomIsNoIndicator(Header header, Defect defect) throws Exception {
        OtherCountyPlan plan = defect.apply(OtherCountyPlan.qinglan());
        Layout layout = Layout.base().header(header).totalRow(true);
        OfficialTables tables = load(write(plan, layout));

        assertThat(tables.breakdown().indicators()).extracting(Indicator::name).doesNotContain("合计", "合 计");
        assertThat(tables.breakdown().indicators()).hasSize(8);
        assertDefect(tables, plan, layout, defect);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Defect.class, names = {"NONE", "SUM_MISMATCH", "MISSING_TOWNSHIP"})
    void v12_rateCellsTypedAsTextWithPercentSign(Defect defect) throws Exception {
        OtherCountyPlan plan = defect.apply(OtherCountyPlan.qinglan());
        Layout layout = Layout.base().values(Values.RATE_TEXT_WITH_PERCENT, 0);
        OfficialTables tables = load(write(plan, layout));

        assertThat(indicator(tables, "4").townships().get("城关镇")).isEqualTo(number("92"));
        assertDefect(tables, plan, layout, defect);
    }

    @Test
    void v12_aRateTypedAsTextBelowTheHeadline() throws Exception {
        OtherCountyPlan plan = OtherCountyPlan.qinglan().withItem(4, i -> i.withValue(4, 85));

        assertThat(checks(load(write(plan, Layout.base().values(Values.RATE_TEXT_WITH_PERCENT, 0)))))
                .extracting(Finding::rule, Finding::indicatorNo, Finding::township)
                .containsExactly(tuple(RuleCode.OFF_SUM_MISMATCH, "4", "柳林乡"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Defect.class, names = {"NONE", "SUM_MISMATCH"})
    void v12_townshipCellsWithTheUnitWordTyped(Defect defect) throws Exception {
        OtherCountyPlan plan = defect.apply(OtherCountyPlan.qinglan());
        Layout layout = Layout.base().total(Total.NONE).values(Values.WITH_UNIT_WORD, 0);
        OfficialTables tables = load(write(plan, layout));

        assertThat(indicator(tables, "3").townships().get("城关镇")).isEqualTo(number("3"));
        assertDefect(tables, plan, layout, defect);
    }

    @Test
    void v12_cellRefsPointAtTheTownshipCell() throws Exception {
        OtherCountyPlan plan = Defect.MISSING_TOWNSHIP.apply(OtherCountyPlan.qinglan());
        OfficialTables tables = load(write(plan, Layout.base().header(Header.THREE_ROW)));

        // 2 title rows + 3 header rows: the 4th indicator is on row 9; townships start in F (E is 合计)
        assertThat(checks(tables)).extracting(f -> f.source().cell()).containsExactly("H9");
    }

    @Test
    void v12_aTotalRowProducesNoFinding() throws Exception {
        Layout layout = Layout.base().totalRow(true);
        OfficialTables tables = load(write(OtherCountyPlan.qinglan(), layout));

        assertReadAsPlanned(tables, OtherCountyPlan.qinglan(), layout);
        assertThat(checks(tables)).isEmpty();
    }

    @Test
    void v12_qiZhongBeforeTheFirstTownship() throws Exception {
        OtherCountyPlan plan = OtherCountyPlan.qinglan();
        Layout layout = Layout.base().header(Header.TWO_ROW).label(t -> t.equals("城关镇") ? "其中：城关镇" : t);
        OfficialTables tables = load(write(plan, layout));

        assertThat(tables.breakdown().townships()).containsExactlyElementsOf(plan.townships());
        assertReadAsPlanned(tables, plan, layout);
        assertThat(checks(tables)).isEmpty();
    }

    /** A road shared by two townships: one number merged over their two columns, the others their own. */
    @Test
    void v12_aValueMergedOverTwoOfTheTownships() throws Exception {
        OtherCountyPlan plan = OtherCountyPlan.qinglan();
        SmallWorkbook breakdown = new SmallWorkbook();
        Sheet sheet = breakdown.sheet("Sheet1");
        writeBreakdown(sheet, plan, Layout.base().total(Total.NONE), false);
        // 新建农村公路50公里 (row 4): 城关镇 and 东山乡 jointly 18 in E4:F4 instead of 10 and 8
        sheet.put(3, 4, 18).put(3, 5, null).merge(3, 3, 4, 5);
        Path dir = work.resolve("merged2");
        breakdown.write(dir.resolve("分解表.xlsx"));
        SmallWorkbook responsibility = new SmallWorkbook();
        writeResponsibility(responsibility.sheet("Sheet1"), plan, Resp.COUNTY);
        responsibility.write(dir.resolve("责任表.xlsx"));

        OfficialTables tables = load(dir);

        Indicator roads = indicator(tables, "1");
        assertThat(roads.townships().get("城关镇")).isEqualTo(number("18"));
        assertThat(roads.townships().get("东山乡")).isEqualTo(CellValue.blank());
        assertThat(roads.townshipSum()).isEqualByComparingTo("50");
        assertThat(checks(tables)).isEmpty();
    }

    /** 省级 and 县级 民生实事 on two sheets, numbered on through both in the 序号 column, names without a prefix. */
    @Test
    void v12_twoBreakdownSheetsNumberedOnThroughBoth() throws Exception {
        OtherCountyPlan plan = OtherCountyPlan.qinglan();
        Layout layout = Layout.base().numbering(Numbering.INDICATOR_NO_PLAIN_NAMES);
        SmallWorkbook b = new SmallWorkbook();
        writeBreakdown(b.sheet("省级民生实事"),
                new OtherCountyPlan(plan.townships(), plan.items().subList(0, 4)), layout, false);
        writeBreakdown(b.sheet("县级民生实事"),
                new OtherCountyPlan(plan.townships(), plan.items().subList(4, 8)), layout, false);
        writeResponsibility(b.sheet("责任分解"), plan, Resp.COUNTY);
        OfficialTables tables = load(b.write(work.resolve("split").resolve("民生实事.xlsx")));

        assertThat(tables.breakdown().indicators()).extracting(Indicator::no)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertReadAsPlanned(tables, plan, layout);
        assertThat(checks(tables)).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ plumbing

    /**
     * The table holds what {@code plan} wrote, and the checks find exactly the planted defect: nothing when there
     * is none.
     */
    private static void assertDefect(OfficialTables tables, OtherCountyPlan plan, Layout layout, Defect defect) {
        assertReadAsPlanned(tables, plan, layout);
        List<Finding> findings = checks(tables);
        switch (defect) {
            case NONE -> assertThat(findings).isEmpty();
            case SUM_MISMATCH -> assertThat(findings)
                    .extracting(Finding::rule, Finding::indicatorNo, Finding::officialValue, Finding::submittedValue,
                            Finding::comparedValue)
                    .containsExactly(tuple(RuleCode.OFF_SUM_MISMATCH, "3", new BigDecimal("12"), null,
                            new BigDecimal("13")));
            case MISSING_TOWNSHIP -> assertThat(findings)
                    .extracting(Finding::rule, Finding::indicatorNo, Finding::township)
                    .containsExactly(tuple(RuleCode.OFF_MISSING_TOWNSHIP, "4",
                            tables.breakdown().townships().get(2)));
            case CROSS_TABLE -> assertThat(findings)
                    .extracting(Finding::rule, Finding::indicatorNo, Finding::officialValue, Finding::submittedValue,
                            Finding::comparedValue, Finding::comparedWith)
                    .containsExactly(tuple(RuleCode.OFF_CROSS_TABLE_MISMATCH, "2", new BigDecimal("120"), null,
                            new BigDecimal("150"), "责任分解表"));
            case NO_LEAD_UNIT -> assertThat(findings)
                    .extracting(Finding::rule, Finding::indicatorNo)
                    .containsExactly(tuple(RuleCode.OFF_NO_LEAD_UNIT, "8"));
        }
    }

    /**
     * The breakdown table holds what was written: the plan's indicators in order with their units, as many
     * townships, every township's value (a blank where none was written; a zero however it was written, a dash
     * included, since a blank is 0 for a count), the directive or number written across the townships, and the
     * total column's figure.
     */
    private static void assertReadAsPlanned(OfficialTables tables, OtherCountyPlan plan, Layout layout) {
        List<String> townships = tables.breakdown().townships();
        assertThat(townships).hasSameSizeAs(plan.townships());
        assertThat(tables.breakdown().indicators()).extracting(Indicator::no, Indicator::name, Indicator::unitText)
                .containsExactlyElementsOf(plan.items().stream()
                        .map(i -> tuple(String.valueOf(i.no()), i.name(), i.unit())).toList());
        for (Item item : plan.items()) {
            Indicator read = indicator(tables, String.valueOf(item.no()));
            if (item.allocated()) {
                for (int t = 0; t < townships.size(); t++) {
                    CellValue value = read.townships().get(townships.get(t));
                    Object written = item.values().get(t);
                    String what = item.name() + " in " + townships.get(t);
                    if (written == null) {
                        assertThat(value).as(what).isInstanceOf(CellValue.Blank.class);
                    } else {
                        assertThat(amount(value)).as(what).isEqualByComparingTo(written.toString());
                    }
                }
            } else if (item.spanning() instanceof String directive) {
                assertThat(read.directive()).as(item.name())
                        .hasValueSatisfying(d -> assertThat(d.text()).isEqualTo(directive));
            } else {
                assertThat(read.spanningNumber()).as(item.name())
                        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(item.spanning().toString()));
            }
            if (layout.total() != Total.NONE) {
                Object total = item.allocated() && !item.rate() ? item.sum() : item.total();
                if (total == null) {
                    assertThat(read.total()).as("total of %s", item.name()).isEmpty();
                } else {
                    assertThat(read.total()).as("total of %s", item.name())
                            .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(total.toString()));
                }
            }
        }
    }

    /** A township cell as a count: a number, or 0 for a blank. */
    private static BigDecimal amount(CellValue value) {
        if (value instanceof CellValue.Number number) {
            return number.value();
        }
        assertThat(value).isInstanceOf(CellValue.Blank.class);
        return BigDecimal.ZERO;
    }

    private static List<Finding> checks(OfficialTables tables) {
        return new OfficialConsistencyChecks(new HeadlineParser(UnitDirectory.defaults())).check(tables);
    }

    private static OfficialTables load(Path path) throws OfficialTablesException {
        UnitDirectory units = UnitDirectory.defaults();
        HeadlineParser headlines = new HeadlineParser(units);
        return new OfficialTablesLoader(new WorkbookReader(ReadLimits.defaults()),
                new OfficialTablesParser(units, headlines, new DirectiveClassifier(headlines))).load(path).tables();
    }

    private static Indicator indicator(OfficialTables tables, String no) {
        return tables.breakdown().indicators().stream().filter(i -> i.no().equals(no)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + no + " among "
                        + tables.breakdown().indicators().stream().map(Indicator::label).toList()));
    }

    private static CellValue number(String value) {
        return new CellValue.Number(new BigDecimal(value));
    }

    private int written;

    private Path write(OtherCountyPlan plan, Layout layout) {
        Path dir = work.resolve("case" + (++written));
        switch (layout.packaging()) {
            case SEPARATE_XLSX -> {
                SmallWorkbook b = new SmallWorkbook();
                writeBreakdown(b.sheet("Sheet1"), plan, layout, false);
                b.write(dir.resolve("青岚县2026年重点民生实事指标任务分解表.xlsx"));
                SmallWorkbook r = new SmallWorkbook();
                writeResponsibility(r.sheet("Sheet1"), plan, layout.resp());
                r.write(dir.resolve("青岚县2026年重点民生实事责任分解表.xlsx"));
                return dir;
            }
            case ONE_XLSX_TWO_SHEETS -> {
                SmallWorkbook b = new SmallWorkbook();
                writeBreakdown(b.sheet("任务分解"), plan, layout, false);
                writeResponsibility(b.sheet("责任分解"), plan, layout.resp());
                return b.write(dir.resolve("民生实事.xlsx"));
            }
            case XLS_RESP_FIRST_WITH_INSTRUCTIONS -> {
                SmallWorkbook b = new SmallWorkbook();
                b.sheet("填报说明")
                        .row("填报说明")
                        .row("1.本表由县民生实事工作专班办公室统一印发，各牵头单位不得擅自修改表头。")
                        .row("2.各乡镇（街道）目标任务以附件1为准，责任分工以附件2为准。")
                        .row("3.数值单位见各表“单位”栏。");
                writeResponsibility(b.sheet("附件2 责任分解"), plan, layout.resp());
                writeBreakdown(b.sheet("附件1 任务分解"), plan, layout, false);
                return b.write(dir.resolve("青岚县民生实事.xls"));
            }
            case ONE_SHEET_STACKED -> {
                SmallWorkbook b = new SmallWorkbook();
                Sheet sheet = b.sheet("民生实事");
                writeBreakdown(sheet, plan, layout, false);
                sheet.blankRow().blankRow();
                writeResponsibility(sheet, plan, layout.resp());
                return b.write(dir.resolve("民生实事.xlsx"));
            }
            case BREAKDOWN_WITH_LEAD_COLUMNS -> {
                SmallWorkbook b = new SmallWorkbook();
                writeBreakdown(b.sheet("Sheet1"), plan, layout, true);
                return b.write(dir.resolve("青岚县2026年重点民生实事任务及责任分解表.xlsx"));
            }
            default -> throw new IllegalStateException();
        }
    }

    private static final String[] CHINESE = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};

    /** Writes the breakdown table from the sheet's next row on. */
    private static void writeBreakdown(Sheet s, OtherCountyPlan plan, Layout layout, boolean leadColumns) {
        boolean oneNameColumn = layout.numbering() == Numbering.CHINESE_HEADINGS
                || layout.numbering() == Numbering.CHINESE_HEADINGS_MERGED;
        int c = 0;
        int noCol = c++;
        int projectCol = oneNameColumn ? -1 : c++;
        int nameCol = c++;
        int unitCol = c++;
        boolean hasTotal = layout.total() != Total.NONE;
        boolean totalBefore = layout.total() == Total.BEFORE;
        int totalCol = totalBefore ? c++ : -1;
        int firstTown = c;
        c += plan.townships().size();
        int lastTown = c - 1;
        if (hasTotal && !totalBefore) {
            totalCol = c++;
        }
        int remarksCol = layout.remarks() ? c++ : -1;
        int leaderCol = leadColumns ? c++ : -1;
        int leadCol = leadColumns ? c++ : -1;
        int lastCol = c - 1;

        s.row("附件1");
        int title = s.next();
        s.row("青岚县2026年重点民生实事指标任务分解表").merge(title, title, 0, lastCol);

        String totalLabel = totalBefore ? "全县目标" : "合计";
        List<Integer> fixed = new ArrayList<>(List.of(noCol, nameCol, unitCol));
        if (projectCol >= 0) {
            fixed.add(projectCol);
        }
        int headerRows = switch (layout.header()) {
            case ONE_ROW -> 1;
            case TWO_ROW -> 2;
            case THREE_ROW -> 3;
        };
        int h = s.next();
        for (int i = 0; i < headerRows; i++) {
            s.blankRow();
        }
        int last = h + headerRows - 1;
        s.put(h, noCol, "序号");
        if (projectCol >= 0) {
            s.put(h, projectCol, "项目");
            s.put(h, nameCol, "指标名称");
        } else {
            s.put(h, nameCol, "项目名称及指标任务");
        }
        s.put(h, unitCol, layout.header() == Header.THREE_ROW ? "计量单位" : "单位");
        if (remarksCol >= 0) {
            s.put(h, remarksCol, "备注");
            fixed.add(remarksCol);
        }
        if (leadColumns) {
            s.put(h, leaderCol, "责任县领导");
            s.put(h, leadCol, "牵头单位");
            fixed.add(leaderCol);
            fixed.add(leadCol);
        }
        fixed.forEach(col -> s.merge(h, last, col, col));
        List<String> labels = plan.townships().stream().map(layout.label()).toList();
        switch (layout.header()) {
            case ONE_ROW -> {
                if (hasTotal) {
                    s.put(h, totalCol, totalLabel);
                }
                for (int i = 0; i < labels.size(); i++) {
                    s.put(h, firstTown + i, labels.get(i));
                }
            }
            case TWO_ROW -> {
                if (hasTotal) {
                    s.put(h, totalCol, totalLabel);
                    s.merge(h, last, totalCol, totalCol);
                }
                s.put(h, firstTown, "目标任务");
                s.merge(h, h, firstTown, lastTown);
                for (int i = 0; i < labels.size(); i++) {
                    s.put(last, firstTown + i, labels.get(i));
                }
            }
            case THREE_ROW -> {
                int from = Math.min(firstTown, totalCol);
                int to = Math.max(lastTown, totalCol);
                s.put(h, from, "年度目标任务");
                s.merge(h, h, from, to);
                s.put(h + 1, totalCol, "合计");
                s.merge(h + 1, last, totalCol, totalCol);
                s.put(h + 1, firstTown, "各乡镇（街道）");
                s.merge(h + 1, h + 1, firstTown, lastTown);
                for (int i = 0; i < labels.size(); i++) {
                    s.put(last, firstTown + i, labels.get(i));
                }
            }
        }

        List<Item> items = plan.items();
        int projectNo = 0;
        int startOfRows = s.next();
        for (int i = 0; i < items.size(); ) {
            Item first = items.get(i);
            int j = i;
            while (j < items.size() && items.get(j).project().equals(first.project())) {
                j++;
            }
            projectNo++;
            if (oneNameColumn) {
                int heading = s.next();
                s.put(heading, noCol, CHINESE[projectNo - 1]);
                s.put(heading, nameCol, first.project());
                if (layout.numbering() == Numbering.CHINESE_HEADINGS_MERGED) {
                    s.merge(heading, heading, nameCol, lastCol);
                }
            }
            int groupStart = s.next();
            for (int k = i; k < j; k++) {
                Item item = items.get(k);
                int r = s.next();
                switch (layout.numbering()) {
                    case PROJECT_NO_PREFIXED_NAMES -> {
                        s.put(r, noCol, projectNo);
                        s.put(r, projectCol, first.project());
                        s.put(r, nameCol, item.no() + "." + item.name());
                    }
                    case INDICATOR_NO_PLAIN_NAMES -> {
                        s.put(r, noCol, item.no());
                        s.put(r, projectCol, first.project());
                        s.put(r, nameCol, item.name());
                    }
                    default -> {
                        s.put(r, noCol, item.no());
                        s.put(r, nameCol, item.name());
                    }
                }
                s.put(r, unitCol, item.unit());
                if (item.allocated()) {
                    for (int t = 0; t < plan.townships().size(); t++) {
                        s.put(r, firstTown + t, cell(item, item.values().get(t), layout));
                    }
                } else {
                    s.put(r, firstTown, item.spanning());
                    s.merge(r, r, firstTown, lastTown);
                }
                if (hasTotal) {
                    Object total;
                    if (item.allocated() && !item.rate()) {
                        total = layout.total() == Total.AFTER_FORMULA
                                ? new Formula("SUM(" + ref(r, firstTown) + ":" + ref(r, lastTown) + ")")
                                : (Object) item.sum();
                    } else {
                        total = item.total();
                    }
                    s.put(r, totalCol, total);
                }
                if (remarksCol >= 0) {
                    s.put(r, remarksCol, switch (item.no() % 3) {
                        case 0 -> "省级民生实事";
                        case 1 -> "含续建项目，2026年11月底前完成";
                        default -> "";
                    });
                }
                if (leadColumns && item.respItem() != null) {
                    s.put(r, leaderCol, item.leader());
                    s.put(r, leadCol, item.lead());
                }
            }
            int groupEnd = s.next() - 1;
            if (layout.numbering() == Numbering.PROJECT_NO_PREFIXED_NAMES) {
                s.merge(groupStart, groupEnd, noCol, noCol);
            }
            if (projectCol >= 0) {
                s.merge(groupStart, groupEnd, projectCol, projectCol);
            }
            i = j;
        }
        if (leadColumns) {
            mergeRuns(s, startOfRows, s.next() - 1, leaderCol);
            mergeRuns(s, startOfRows, s.next() - 1, leadCol);
        }
        if (layout.totalRow()) {
            int r = s.next();
            s.put(r, noCol, "合计");
            s.merge(r, r, noCol, unitCol);
            for (int t = 0; t < plan.townships().size(); t++) {
                BigDecimal sum = BigDecimal.ZERO;
                for (Item item : items) {
                    if (item.allocated() && !item.rate() && item.values().get(t) instanceof Number n) {
                        sum = sum.add(new BigDecimal(n.toString()));
                    }
                }
                s.put(r, firstTown + t, sum);
            }
        }
        s.row("注：1.第3、6、9项为省级民生实事；2.各乡镇（街道）任务数为年度最低任务。");
    }

    /** Merges runs of equal non-blank text in a column, as offices merge a leader or unit down. */
    private static void mergeRuns(Sheet s, int from, int to, int col) {
        int start = from;
        for (int r = from + 1; r <= to + 1; r++) {
            Object a = s.get(start, col);
            Object b = r <= to ? s.get(r, col) : null;
            if (b == null || !b.equals(a) || a == null) {
                if (a != null && r - 1 > start) {
                    for (int k = start + 1; k <= r - 1; k++) {
                        s.put(k, col, null);
                    }
                    s.merge(start, r - 1, col, col);
                }
                start = r;
            }
        }
    }

    private static String ref(int r, int c) {
        return new CellReference(r, c).formatAsString(false);
    }

    private static Object cell(Item item, Object value, Layout layout) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n && n.doubleValue() == 0 && !item.rate()) {
            return layout.zeroAs();
        }
        String plain = value.toString();
        return switch (layout.values()) {
            case NUMBERS -> value;
            case TEXT -> plain;
            case FULL_WIDTH -> fullWidth(plain);
            case PERCENT_FORMAT -> item.rate() && item.unit().equals("%")
                    ? new Pct(new BigDecimal(plain).movePointLeft(2).doubleValue()) : value;
            case RATE_TEXT_WITH_PERCENT -> item.unit().equals("%") ? plain + "%" : value;
            case WITH_UNIT_WORD -> item.rate() ? value : plain + item.unit();
        };
    }

    private static String fullWidth(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(ch -> out.append(ch >= '0' && ch <= '9' ? (char) (ch - '0' + '０') : (char) ch));
        return out.toString();
    }

    /** Writes the responsibility table from the sheet's next row on. */
    private static void writeResponsibility(Sheet s, OtherCountyPlan plan, Resp resp) {
        List<String> header = switch (resp) {
            case COUNTY, WITH_PROJECT_ROW -> List.of("序号", "项目名称", "具体任务", "责任县领导", "牵头单位", "配合单位");
            case CITY_STYLE -> List.of("序号", "重点民生实事项目", "具体任务", "责任市领导", "牵头单位", "责任单位");
            case PROJECT_ONLY -> List.of("序号", "项目名称", "牵头领导", "牵头部门", "配合部门");
            case WITH_UNIT_AND_TARGET -> List.of("序号", "项目名称", "具体任务", "计量单位", "目标任务", "责任县领导",
                    "牵头单位", "配合单位");
        };
        s.row("附件2");
        int title = s.next();
        s.row("青岚县2026年重点民生实事责任分解表").merge(title, title, 0, header.size() - 1);
        s.row(header.toArray());
        int leaderCol = header.indexOf(resp == Resp.CITY_STYLE ? "责任市领导"
                : resp == Resp.PROJECT_ONLY ? "牵头领导" : "责任县领导");
        int leadCol = header.indexOf(resp == Resp.PROJECT_ONLY ? "牵头部门" : "牵头单位");
        int relatedCol = leadCol + 1;
        int start = s.next();
        int projectNo = 0;
        List<Item> items = plan.items();
        for (int i = 0; i < items.size(); ) {
            Item first = items.get(i);
            int j = i;
            while (j < items.size() && items.get(j).project().equals(first.project())) {
                j++;
            }
            projectNo++;
            List<Item> group = items.subList(i, j).stream().filter(it -> it.respItem() != null).toList();
            i = j;
            if (group.isEmpty()) {
                continue;
            }
            if (resp == Resp.PROJECT_ONLY || resp == Resp.WITH_PROJECT_ROW && group.size() > 1) {
                Item lead = group.get(0);
                int r = s.next();
                s.put(r, 0, projectNo);
                s.put(r, 1, first.project());
                s.put(r, leaderCol, lead.leader());
                s.put(r, leadCol, lead.lead());
                s.put(r, relatedCol, lead.related());
                continue;
            }
            int groupStart = s.next();
            for (Item item : group) {
                int r = s.next();
                s.put(r, 0, projectNo);
                s.put(r, 1, first.project());
                s.put(r, 2, item.respItem());
                if (resp == Resp.WITH_UNIT_AND_TARGET) {
                    s.put(r, 3, item.unit());
                    s.put(r, 4, item.rate() ? "达90%以上" : "见具体任务");
                }
                s.put(r, leaderCol, item.leader());
                s.put(r, leadCol, item.lead());
                s.put(r, relatedCol, item.related());
            }
            int groupEnd = s.next() - 1;
            // 序号 and project merged down over the project's items
            if (groupEnd > groupStart) {
                for (int r = groupStart + 1; r <= groupEnd; r++) {
                    s.put(r, 0, null).put(r, 1, null);
                }
                s.merge(groupStart, groupEnd, 0, 0);
                s.merge(groupStart, groupEnd, 1, 1);
            }
        }
        mergeRuns(s, start, s.next() - 1, leaderCol);
        mergeRuns(s, start, s.next() - 1, leadCol);
        s.row("注：各牵头单位于每月5日前报送上月完成情况。");
    }

    @Test
    void writerSanity() {
        assertThatCode(() -> write(OtherCountyPlan.qinglan(), Layout.base())).doesNotThrowAnyException();
    }
}

package cn.minsheng.recon.layout;

import static cn.minsheng.recon.layout.SubmissionGridFixture.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.minsheng.recon.domain.submission.Layout;
import cn.minsheng.recon.domain.submission.Reading;
import cn.minsheng.recon.domain.submission.Submission;
import cn.minsheng.recon.domain.submission.SubmissionSheet;
import cn.minsheng.recon.domain.submission.SubmittedValue;
import cn.minsheng.recon.workbook.SheetGrid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every word of the submission vocabulary ({@link SubmissionWords}) where a sheet uses it: each case reads a sheet
 * held in memory that is read otherwise — or not at all — without its word.
 */
class SubmissionWordsTests {

    private final SubmissionParser parser = new SubmissionParser(SubmissionGridFixture::isTownship);

    private Submission parse(SheetGrid grid) {
        return parser.parse(SubmissionGridFixture.FILE, List.of(grid));
    }

    private SubmissionSheet onlySheet(SheetGrid grid) {
        Submission submission = parse(grid);
        assertThat(submission.sheets()).hasSize(1);
        return submission.sheets().get(0);
    }

    private static Reading number(String value) {
        return new Reading.Number(new BigDecimal(value));
    }

    /** A long table, {@code 乡镇 | 指标 | 单位 | 目标任务数} unless a label is given, of 归义 100 and 新市 80. */
    private static SheetGrid longTable(String township, String indicator, String value) {
        return sheet("Sheet1")
                .row(township, indicator, "单位", value)
                .row("归义", "新增城镇就业", "人", 100)
                .row("新市", "新增城镇就业", "人", 80)
                .grid();
    }

    private void assertReadAsLong(SheetGrid grid) {
        SubmissionSheet read = onlySheet(grid);

        assertThat(read.layout()).isEqualTo(Layout.LONG);
        assertThat(read.values())
                .extracting(SubmittedValue::townshipLabel, SubmittedValue::indicatorLabel, SubmittedValue::reading)
                .containsExactly(tuple("归义", "新增城镇就业", number("100")), tuple("新市", "新增城镇就业", number("80")));
    }

    /** The labels that make a column of a long table what it is. */
    @Nested
    class LongColumns {

        @ParameterizedTest
        @ValueSource(strings = {"乡镇", "镇乡", "镇", "乡", "所属乡镇", "乡镇（街道）", "乡镇（场）", "乡镇名称", "镇街",
                "街道"})
        void aTownshipColumn(String label) {
            assertReadAsLong(longTable(label, "指标", "目标任务数"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"指标", "指标名称", "项目", "项目名称", "任务", "任务名称", "指标任务", "具体任务", "指标内容",
                "建设内容", "实事项目", "民生实事项目", "项目指标", "指标项目", "项目及指标", "项目名称及指标任务"})
        void anIndicatorColumn(String label) {
            assertReadAsLong(longTable("乡镇", label, "目标任务数"));
        }

        @ParameterizedTest
        @MethodSource("cn.minsheng.recon.layout.SubmissionWordsTests#valueColumns")
        void aValueColumn(String label) {
            assertReadAsLong(longTable("乡镇", "指标", label));
        }

        /** Of two value columns, the one more likely to hold the target is read, wherever it stands. */
        @ParameterizedTest(name = "{0} before {1}")
        @MethodSource("cn.minsheng.recon.layout.SubmissionWordsTests#valueColumnsInPairs")
        void theLikelierOfTwoValueColumns(String likelier, String lesser) {
            SheetGrid grid = sheet("Sheet1")
                    .row("乡镇", "指标", lesser, likelier)
                    .row("归义", "新增城镇就业", 1, 100)
                    .grid();

            assertThat(onlySheet(grid).values()).extracting(v -> v.source().cell(), SubmittedValue::reading)
                    .containsExactly(tuple("D2", number("100")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"村", "社区", "村/社区", "村居", "村组", "村名", "村名称", "村（社区）名称", "村居名称"})
        void aVillageColumn(String label) {
            SheetGrid grid = sheet("Sheet1")
                    .row("乡镇", label, "指标", "任务数")
                    .row("古培", "李家村", "农村改厕", 10)
                    .row("古培", "王家社区", "农村改厕", 15)
                    .grid();

            assertThat(onlySheet(grid).values()).extracting(SubmittedValue::townshipLabel, SubmittedValue::village)
                    .containsExactly(tuple("古培", "李家村"), tuple("古培", "王家社区"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"填报单位", "报送单位", "填报部门"})
        void aDepartmentColumn(String label) {
            SheetGrid grid = sheet("Sheet1")
                    .row(label, "乡镇", "指标", "任务数")
                    .row("市卫健局", "古培", "培训乡村医生", 3)
                    .grid();

            assertThat(parse(grid).declaredDepartment()).contains("市卫健局");
        }

        @ParameterizedTest
        @ValueSource(strings = {"指标序号", "指标编号"})
        void anIndicatorNumberColumn(String label) {
            SheetGrid grid = sheet("Sheet1")
                    .row(label, "乡镇", "指标", "任务数")
                    .row(13, "古培", "培训乡村医生", 3)
                    .grid();

            assertThat(onlySheet(grid).values()).extracting(SubmittedValue::indicatorNo).containsExactly("13");
        }
    }

    static Stream<String> valueColumns() {
        return Stream.of("目标任务数", "目标任务", "任务数", "目标值", "目标数", "计划数", "计划任务数", "任务量", "数量",
                "数值");
    }

    static Stream<Arguments> valueColumnsInPairs() {
        List<String> ranked = valueColumns().toList();
        return IntStream.range(1, ranked.size()).mapToObj(i -> Arguments.of(ranked.get(i - 1), ranked.get(i)));
    }

    /** A 合计 (or one of its synonyms) in the township column is the sheet's total, not a township. */
    @ParameterizedTest
    @ValueSource(strings = {"合计", "总计", "小计", "全县合计", "全市合计", "全区合计", "全旗合计", "全县", "全市", "全区", "全旗",
            "总数"})
    void aTotalInTheTownshipColumn(String total) {
        SheetGrid grid = sheet("Sheet1")
                .row("乡镇", "指标", "任务数")
                .row("归义", "新增城镇就业", 100)
                .row(total, "新增城镇就业", 100)
                .grid();

        assertThat(onlySheet(grid).values()).extracting(SubmittedValue::townshipLabel, SubmittedValue::total)
                .containsExactly(tuple("归义", false), tuple("合计", true));
    }

    /** Columns that hold no value — remarks, deadlines, people — are no indicators of a transposed table. */
    @ParameterizedTest
    @ValueSource(strings = {"联系电话", "填表人", "备注", "情况说明", "完成时限", "完成时间", "进度安排", "责任人", "牵头人",
            "分管领导", "配合人员", "相关人员"})
    void aColumnOfRemarksOrPeople(String label) {
        SheetGrid grid = sheet("Sheet1")
                .row("乡镇", "新增城镇就业", label)
                .row("归义", 100, "张三")
                .row("新市", 80, "李四")
                .grid();

        SubmissionSheet read = onlySheet(grid);

        assertThat(read.layout()).isEqualTo(Layout.TRANSPOSED);
        assertThat(read.values()).extracting(v -> v.source().cell(), SubmittedValue::indicatorLabel)
                .containsExactly(tuple("B2", "新增城镇就业"), tuple("B3", "新增城镇就业"));
        assertThat(read.unplaced()).isEmpty();
    }

    /** A note or signature line ends the table: nothing under it is read. */
    @ParameterizedTest
    @ValueSource(strings = {"注：以上为年度目标", "注1.以上为年度目标", "注一、以上为年度目标", "注二、", "注三、", "注四、", "注五、",
            "注六、", "注七、", "注八、", "注九、", "注十、", "注、以上为年度目标", "注.以上为年度目标", "说明：以上为年度目标",
            "说明1.以上为年度目标", "备注：以上为年度目标", "附注：以上为年度目标", "填表人：张三", "填报人：张三", "审核人：李四",
            "审批人：李四", "制表人：张三", "联系人：张三", "联系电话：13800000000", "负责人：王五", "单位负责人：王五",
            "分管领导：王五", "主要负责人：王五", "数据来源：统计台账"})
    void aNoteUnderTheTable(String note) {
        SheetGrid grid = sheet("Sheet1")
                .row("乡镇", "指标", "任务数")
                .row("归义", "新增城镇就业", 100)
                .row(note)
                .row("新市", "新增城镇就业", 80)
                .grid();

        SubmissionSheet read = onlySheet(grid);

        assertThat(read.values()).extracting(v -> v.source().cell()).containsExactly("C2");
        assertThat(read.unplaced()).isEmpty();
    }

    /** {@code 一 | 就业创业}: a project heading, no indicator of its own. */
    @ParameterizedTest
    @ValueSource(strings = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"})
    void aProjectHeadingNumberedInChinese(String number) {
        SheetGrid grid = sheet("Sheet1")
                .row("序号", "指标", "归义", "新市")
                .row(number, "就业创业")
                .row(1, "新增城镇就业", 100, 80)
                .grid();

        assertThat(onlySheet(grid).values()).extracting(v -> v.source().cell(), SubmittedValue::indicatorLabel)
                .containsExactly(tuple("C3", "新增城镇就业"), tuple("D3", "新增城镇就业"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"其中：归义", "其中:归义", "其中 ： 归义"})
    void aTownshipHeaderOpenedByQiZhong(String label) {
        SheetGrid grid = sheet("Sheet1")
                .row("序号", "指标", label, "新市")
                .row(1, "新增城镇就业", 100, 80)
                .grid();

        assertThat(onlySheet(grid).values()).extracting(SubmittedValue::townshipLabel).containsExactly("归义", "新市");
    }

    /** The lines above the header: who fills the sheet, when, in which unit. */
    @Nested
    class LinesAboveTheHeader {

        private SheetGrid under(String line) {
            return sheet("Sheet1")
                    .row(line)
                    .row("序号", "指标", "单位", "归义", "新市")
                    .row(1, "农村公路建设", null, 1200, 800)
                    .grid();
        }

        /** The department's name ends where the next label, a wide gap or the line does. */
        @ParameterizedTest
        @ValueSource(strings = {"填报单位：市交通运输局", "报送单位：市交通运输局", "填报单位（盖章）：市交通运输局",
                "填报单位：市交通运输局  张三", "填报单位：市交通运输局填报日期：2026年3月28日", "填报单位：市交通运输局报送日期：2026年3月28日",
                "填报单位：市交通运输局填表人：张三", "填报单位：市交通运输局制表人：张三", "填报单位：市交通运输局联系电话：13800000000",
                "填报单位：市交通运输局审核人：李四", "填报单位：市交通运输局日期：2026年3月28日", "填报单位：市交通运输局时间：2026年3月28日",
                "填报单位：市交通运输局负责人：王五"})
        void theDepartmentLine(String line) {
            assertThat(parse(under(line)).declaredDepartment()).contains("市交通运输局");
        }

        @ParameterizedTest
        @ValueSource(strings = {"填报日期：2026年3月28日", "报送日期：2026年3月28日", "填表日期：2026年3月28日",
                "制表日期：2026年3月28日", "填报时间：2026年3月28日", "日期：2026年3月28日", "填报日期：2026.3.28",
                "填报日期：2026-3-28", "填报日期：2026/3/28", "填报日期：２０２６年３月２８日"})
        void theDateLine(String line) {
            assertThat(parse(under(line)).declaredDate()).contains(LocalDate.of(2026, 3, 28));
        }

        /** {@code 单位：万元} gives every value of the sheet without a unit of its own that unit. */
        @ParameterizedTest
        @ValueSource(strings = {"单位：万元", "计量单位：万元", "（单位：万元）", "[单位：万元]", "【单位：万元】", "单位：万元,下同",
                "单位：万元;下同", "单位：万元 下同"})
        void theUnitLine(String line) {
            assertThat(onlySheet(under(line)).values()).extracting(SubmittedValue::unitText)
                    .containsExactly("万元", "万元");
        }

        /** 填报单位：…, 牵头单位：… name a unit of government, not a unit of measure. */
        @ParameterizedTest
        @ValueSource(strings = {"填报单位：县交通局", "报送单位：县交通局", "填表单位：县交通局", "责任单位：县交通局",
                "牵头单位：县交通局", "配合单位：县交通局", "实施单位：县交通局"})
        void aLineNamingAUnitOfGovernment(String line) {
            assertThat(onlySheet(under(line)).values()).extracting(SubmittedValue::unitText).containsOnly("");
        }

        @Test
        void noDateWhereTheDayDoesNotExist() {
            assertThat(parse(under("填报日期：2026年2月30日")).declaredDate()).isEmpty();
        }
    }
}

package cn.minsheng.recon.layout;

import cn.minsheng.recon.domain.matching.TextNormalizer;
import cn.minsheng.recon.domain.matching.UnitDirectory;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words department submissions use: column labels of the long layout, totals, notes under a table and the
 * {@code 填报单位：…  填报日期：…} and {@code 单位：万元} lines above it.
 */
final class SubmissionWords {

    private static final Pattern TOWNSHIP_COLUMN =
            Pattern.compile("(所属)?(乡镇|镇乡|镇|乡)(街道|场)?(名称)?|镇街|街道|乡镇街道名称");

    private static final Set<String> INDICATOR_COLUMN = Set.of("指标", "指标名称", "项目", "项目名称", "任务",
            "任务名称", "指标任务", "具体任务", "指标内容", "建设内容", "实事项目", "民生实事项目", "项目指标", "指标项目",
            "项目及指标", "项目名称及指标任务");

    /** Value columns of a long layout, the target first: the first present is the one read. */
    private static final List<String> VALUE_COLUMNS = List.of("目标任务数", "目标任务", "任务数", "目标值", "目标数",
            "计划数", "计划任务数", "任务量", "数量", "数值");

    private static final Pattern VILLAGE_COLUMN = Pattern.compile("村|社区|村社区|村居|村组|村名|村名称|村社区名称|村居名称");

    /** {@code 其中：} before a township's name in a header. */
    private static final Pattern OF_WHICH = Pattern.compile("^其中\\s*[:：]\\s*");

    private static final Pattern TOTAL = Pattern.compile("合计|总计|小计|全[县市区旗]合计|全[县市区旗]|总数");

    private static final Pattern NOTE = Pattern.compile("^((注|说明)[:0-9一二三四五六七八九十、.]|备注|附注|填表人|填报人|审核人"
            + "|审批人|制表人|联系人|联系电话|负责人|单位负责人|分管领导|主要负责人|数据来源)");

    private static final Pattern DEPARTMENT_LINE = Pattern.compile(
            "(?:填报|报送)单位(?:\\(盖章\\))?[:：]\\s*(.+?)\\s*(?=\\s{2,}|填报|报送|填表|制表|联系|审核|日期|时间|负责人|$)");

    private static final Pattern DATE_LABEL = Pattern.compile("(?:(?:填报|报送|填表|制表)(?:日期|时间)|(?<!\\p{IsHan})日期)");

    private static final Pattern DATE = Pattern.compile(
            DATE_LABEL.pattern() + "[:：]?\\s*(\\d{4})\\s*[年.\\-/]\\s*(\\d{1,2})\\s*[月.\\-/]\\s*(\\d{1,2})");

    private static final Pattern UNIT_LINE = Pattern.compile(
            "(?<!填报|报送|填表|责任|牵头|配合|实施)(?:计量)?单位[:：]\\s*([^\\s)\\]】,，;；]+)");

    /** A header's closing parenthesis: {@code 城镇新增就业（万人）}, {@code 任务数(个)}. */
    private static final Pattern HEADER_UNIT = Pattern.compile("[（(]\\s*([^（()）]{1,8}?)\\s*[）)]\\s*$");

    private static final UnitDirectory UNITS = UnitDirectory.defaults();

    private SubmissionWords() {
    }

    /** The unit a column header states in its closing parentheses ({@code 城镇新增就业（万人）} → 万人), if a unit. */
    static Optional<String> headerUnit(String label) {
        Matcher m = HEADER_UNIT.matcher(TextNormalizer.normalize(label));
        return m.find() && UNITS.isUnitWord(m.group(1)) ? Optional.of(m.group(1)) : Optional.empty();
    }

    static boolean isTownshipColumn(String label) {
        return TOWNSHIP_COLUMN.matcher(HeaderWords.key(label)).matches();
    }

    static boolean isIndicatorColumn(String label) {
        return INDICATOR_COLUMN.contains(HeaderWords.key(label));
    }

    /** A column that numbers the indicators themselves in a long layout: 指标序号, 指标编号. */
    static boolean isIndicatorNumberColumn(String label) {
        String key = HeaderWords.key(label);
        return key.contains("指标") && (key.contains("序号") || key.contains("编号"));
    }

    /** How good a value column the label names: 0 for the target, higher for less likely ones, -1 for none. */
    static int valueColumnRank(String label) {
        return VALUE_COLUMNS.indexOf(HeaderWords.key(label));
    }

    static boolean isVillageColumn(String label) {
        return VILLAGE_COLUMN.matcher(HeaderWords.key(label)).matches();
    }

    static boolean isDepartmentColumn(String label) {
        String key = HeaderWords.key(label);
        return key.equals("填报单位") || key.equals("报送单位") || key.equals("填报部门");
    }

    /** Labelled columns that hold no value: remarks, deadlines, people. */
    static boolean isIgnoredColumn(String label) {
        String key = HeaderWords.key(label);
        return HeaderWords.isOtherColumn(label) || key.contains("联系") || key.contains("填表");
    }

    /** 合计, 总计, 小计, 全县 …: a total, not a township or an indicator of its own. */
    static boolean isTotal(String label) {
        return TOTAL.matcher(HeaderWords.key(label)).matches();
    }

    /** {@code 一}, {@code 二、}, {@code （三）}: the 序号 of a project heading row. */
    static boolean isChineseHeadingNumber(String text) {
        return HeaderWords.key(text).matches("[一二三四五六七八九十]+");
    }

    /** A line under a table: 注：…, 备注, 填表人：…, 联系电话：… */
    static boolean isNote(String text) {
        return NOTE.matcher(TextNormalizer.normalize(text)).find();
    }

    /** The township a column header or row label names, as written, without a {@code 其中：} in front. */
    static String township(String label) {
        return OF_WHICH.matcher(label.strip()).replaceFirst("");
    }

    /** The department a {@code 填报单位：…} line names. */
    static Optional<String> department(String line) {
        Matcher m = DEPARTMENT_LINE.matcher(nfkc(line));
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).replace("(盖章)", "").strip();
        // an empty line runs on into the next label (填报单位：   填表人：张三): no department there
        return name.isEmpty() || name.contains(":") ? Optional.empty() : Optional.of(name);
    }

    /** The date a {@code 填报日期：2026年3月28日} line names ({@code 2026-03-28}, {@code 2026.3.28} too). */
    static Optional<LocalDate> date(String line) {
        Matcher m = DATE.matcher(nfkc(line));
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A cell that is just a date label ({@code 填报日期：}) whose date stands in the next cell. */
    static boolean isDateLabel(String text) {
        String value = TextNormalizer.normalize(text).replaceFirst(":$", "");
        return DATE_LABEL.matcher(value).matches();
    }

    /** The unit a {@code 单位：万元} line gives a whole sheet. */
    static Optional<String> unitLine(String line) {
        Matcher m = UNIT_LINE.matcher(nfkc(line));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Full-width characters folded, spaces kept: the lines above a table separate their parts by spaces. */
    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u00A0', ' ');
    }
}

package cn.minsheng.recon.layout;

import cn.minsheng.recon.domain.matching.TextNormalizer;
import cn.minsheng.recon.domain.submission.Measure;
import java.util.regex.Pattern;

/** The header vocabulary of official tables as counties vary it (牵头单位 / 牵头责任单位, 配合单位 / 相关责任单位 …). */
final class HeaderWords {

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

    /** A title naming targets and their progress both: 任务及完成情况, 目标任务和进度. */
    private static final Pattern BOTH_MEASURES = Pattern.compile(".*(任务|目标)(及|和|与|、|暨).*(完成|进度|进展).*");

    private HeaderWords() {
    }

    static String key(String text) {
        return TextNormalizer.key(text);
    }

    static boolean isNumberColumn(String text) {
        String key = key(text);
        return key.equals("序号") || key.equals("编号") || key.equals("序");
    }

    static boolean isUnitColumn(String text) {
        String key = key(text);
        return key.equals("单位") || key.equals("计量单位") || key.equals("计量");
    }

    static boolean isLeadUnitColumn(String text) {
        String key = key(text);
        return key.contains("牵头") && (key.contains("单位") || key.contains("部门"))
                || key.equals("责任单位") || key.equals("主责单位") || key.equals("责任部门");
    }

    static boolean isLeaderColumn(String text) {
        return key(text).contains("领导");
    }

    static boolean isRelatedUnitsColumn(String text) {
        String key = key(text);
        return (key.contains("配合") || key.contains("相关") || key.contains("协同") || key.contains("协助")
                || key.contains("参与")) && (key.contains("单位") || key.contains("部门"));
    }

    /**
     * A column of totals or targets, never a township (SPEC §3.1): 全县目标, 全市目标, 合计, 总计, 目标任务数, 年度目标,
     * 县级目标 …
     */
    static boolean isTotalColumn(String text) {
        String key = key(text);
        return key.contains("合计") || key.contains("总计") || key.contains("小计") || key.contains("目标")
                || key.endsWith("任务数") || key.equals("总数")
                || key.matches("全(县|市|区|旗|州)?") || key.startsWith("全") && key.contains("任务");
    }

    /** A header that names a year (2025年完成, 2025年基数): another year's figures, never a township. */
    static boolean namesYear(String text) {
        return YEAR.matcher(text).find();
    }

    /**
     * A column of cumulative completion (SPEC §7): 累计完成, 完成数, 截至6月底完成, 已完成, 实际完成量, 进度 — what was
     * done, not a rate of it (完成率, 进度%) nor when it is due (完成时间, 完成时限).
     */
    static boolean namesCompletion(String text) {
        String key = key(text);
        boolean done = key.contains("完成") || key.equals("进度") || key.contains("进度数");
        return done && !namesRate(text) && !key.contains("时间") && !key.contains("时限") && !key.contains("日期");
    }

    /**
     * A sheet, file or title about progress rather than targets (SPEC §7): 完成情况, 进度, 进展 — 6月民生实事完成情况,
     * 进度表 — but not a plan of it (进度计划, 进度安排).
     */
    static boolean titlesProgress(String text) {
        String key = key(text);
        return (key.contains("完成情况") || key.contains("进度") || key.contains("进展"))
                && !key.contains("计划") && !key.contains("安排") && !BOTH_MEASURES.matcher(key).matches();
    }

    /**
     * What a column under a township or an indicator holds, by its sub-header (目标任务 | 累计完成 | 完成率): a
     * completion, the rate of it, else the target.
     */
    static Measure measure(String text) {
        return namesCompletion(text) ? Measure.COMPLETION : namesCompletionRate(text) ? Measure.RATE : Measure.TARGET;
    }

    /** The rate of completion a file works out: 完成率, 进度（%）, 完成进度% — not a target stated in % (目标（%）). */
    static boolean namesCompletionRate(String text) {
        String key = key(text);
        return namesRate(text) && (key.contains("完成") || key.contains("进度") || key.contains("进展"));
    }

    /** Progress in words (SPEC §7): 进展情况, 工作进展, 推进情况. */
    static boolean namesProgressNote(String text) {
        String key = key(text);
        return (key.contains("进展") || key.contains("推进情况")) && !namesRate(text);
    }

    /** A rate column: 完成率, 进度（%）. */
    static boolean namesRate(String text) {
        String key = key(text);
        return key.contains("率") || key.contains("%") || key.contains("％") || key.contains("百分比");
    }

    /** Columns that are neither townships nor totals. */
    static boolean isOtherColumn(String text) {
        String key = key(text);
        return key.contains("备注") || key.contains("说明") || key.contains("时限") || key.contains("完成时间")
                || key.contains("进度") || key.contains("责任") || key.contains("牵头") || key.contains("领导")
                || key.contains("配合") || key.contains("相关");
    }

    /** A township as its column header names it: {@code 其中：城关镇} is 城关镇. */
    static String township(String label) {
        return TextNormalizer.normalize(label).replaceFirst("^其中[:：]?", "");
    }

    /** A note under a table: 注：…, 备注：…, 说明：… */
    static boolean isNote(String text) {
        String value = TextNormalizer.normalize(text);
        return value.startsWith("注") || value.startsWith("备注") || value.startsWith("说明")
                || value.startsWith("附注") || value.startsWith("数据来源");
    }
}

package cn.minsheng.recon.progress;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What 枫川县's units report month by month: each township's cumulative completion, the notes of their 进展情况
 * columns, and the slips a clerk makes — a target typed wrong, a 完成率 typed over its formula. Completion text such
 * as 「正在推进」, a negative, a percentage and a unit slip are figures like any other: the rules, not this class,
 * say what they are.
 */
final class MonthlyFigures {

    static final YearMonth MAY = YearMonth.of(2026, 5);
    static final YearMonth JUNE = YearMonth.of(2026, 6);
    static final List<YearMonth> MONTHS = List.of(MAY, JUNE);

    private record Key(YearMonth month, int indicatorNo, Town town) {
    }

    private final CountyPlan plan;
    private final Map<Key, Figure> done = new HashMap<>();
    private final Map<Key, BigDecimal> targetSlips = new HashMap<>();
    private final Map<Key, BigDecimal> rateSlips = new HashMap<>();
    private final Map<Key, String> notes = new HashMap<>();

    private MonthlyFigures(CountyPlan plan) {
        this.plan = plan;
    }

    /**
     * Townships in column order: 枫川街道, 白石镇, 鹿鸣镇, 清潭镇, 杨柳铺镇, 桂岭乡, 茶溪乡, 金牛湖管理区. The default
     * schedule asks 5/12 = 41.67 % by the end of May and 50 % by the end of June.
     */
    static MonthlyFigures fengchuan(CountyPlan plan) {
        MonthlyFigures f = new MonthlyFigures(plan);
        f.done(MAY, 1, "110,80,70,80,62,50,40,45");
        f.done(JUNE, 1, "130,95,85,75,72,63,56,55"); // 清潭镇 75 after 80: a regression
        f.rateSlip(JUNE, 1, "白石", "0.6"); // typed over the formula: 95 of 180 is 52.78 %
        f.note(MAY, 1, "枫川", "已开班6期");
        f.note(JUNE, 1, "枫川", "已开班8期");
        f.note(JUNE, 1, "清潭", "5月报数含重复统计5人次，已核减");
        f.done(MAY, 2, "560"); // county-wide, 35 %
        f.done(JUNE, 2, "620"); // 38.75 %: yellow
        f.note(MAY, 2, "全县", "1-5月城镇新增就业560人");
        f.note(JUNE, 2, "全县", "1-6月城镇新增就业620人，受企业用工需求回落影响");
        f.done(MAY, 3, "96.2,95.8,95.1,96.5,95.3,95.6,95,97.1");
        f.done(JUNE, 3, "96.4,96,95.5,96.8,95.6,95.9,95.2,97.3");
        f.done(MAY, 4, "1,1,2,1,1,1,2,1");
        f.done(JUNE, 4, "2,2,2,2,1,4,2,2"); // 杨柳铺镇 1 of 3: yellow; 桂岭乡 4 of 3: over target
        f.done(MAY, 5, ",1,2,1,1,1,1,1");
        f.done(JUNE, 5, ",2,3,1,1,2,1,1");
        f.done(MAY, 6, "0.52,0.35,0.26,0.21,0.22,0.17,0.18,0.16");
        f.done(JUNE, 6, "0.63,0.42,0.31,0.26,0.27,0.21,,0.2"); // 茶溪乡 left blank
        f.done(MAY, 7, "560,560,560,560,560,560,560,560");
        f.done(JUNE, 7, "580,580,580,580,580,580,580,580");
        f.done(MAY, 8, "1,2,1,1,2,1,1,1");
        f.done(JUNE, 8, "1,2,2,2,2,2,50%,2"); // 茶溪乡 as a percentage
        f.targetSlip(JUNE, 8, "桂岭", "4"); // the table says 3
        f.done(MAY, 9, "8,6,5,4,5,3,4,3"); // far behind in both months
        f.done(JUNE, 9, "15,10,9,8,8,6,7,5");
        f.done(MAY, 10, "7,6,5,5,5,4,4,4");
        f.done(JUNE, 10, "9,7,6,6,-2,5,5,5"); // 杨柳铺镇 negative
        f.done(MAY, 11, "260,110,65,60,64,,,85");
        f.done(JUNE, 11, "310,128,正在推进,76,78,,,101"); // 鹿鸣镇 as text
        f.note(MAY, 11, "枫川", "桂园小区、纺织厂宿舍区已完工");
        f.note(MAY, 11, "鹿鸣", "2个小区已进场施工");
        f.note(JUNE, 11, "鹿鸣", "雨污分流管网施工中");
        f.note(JUNE, 11, "金牛湖", "湖滨小区已完工");
        f.done(MAY, 12, "18,46,41,37,36,32,31,33");
        f.done(JUNE, 12, "22,58,52,47,47,41,40,41");
        f.done(MAY, 13, "5.2,7.8,7,6.5,6.9,6.1,6.4,5.9");
        f.done(JUNE, 13, "2350,9.5,8.4,7.8,8.3,7.2,7.6,7.1"); // 枫川街道 in metres: 2.35 公里
        return f;
    }

    /** Figures over the county's townships in column order (one field for a county-wide indicator). */
    private void done(YearMonth month, int no, String csv) {
        Indicator ind = plan.indicator(no);
        String[] fields = csv.split(",", -1);
        List<Town> columns = ind.kind == Kind.CENTRAL ? ind.places() : plan.towns;
        if (fields.length != columns.size()) {
            throw new IllegalArgumentException(ind + ": " + fields.length + " figures for " + columns.size() + " places");
        }
        for (int i = 0; i < fields.length; i++) {
            Town town = columns.get(i);
            if (ind.places().contains(town)) {
                done.put(new Key(month, no, town), Figure.parse(fields[i]));
            } else if (!fields[i].isBlank()) {
                throw new IllegalArgumentException(ind + ": a figure for " + town.name() + ", which has no target");
            }
        }
    }

    private void targetSlip(YearMonth month, int no, String town, String value) {
        targetSlips.put(new Key(month, no, plan.town(town)), new BigDecimal(value));
    }

    private void rateSlip(YearMonth month, int no, String town, String value) {
        rateSlips.put(new Key(month, no, plan.town(town)), new BigDecimal(value));
    }

    private void note(YearMonth month, int no, String town, String text) {
        Town place = town.equals(Town.WHOLE_COUNTY.shortName()) ? Town.WHOLE_COUNTY : plan.town(town);
        notes.put(new Key(month, no, place), text);
    }

    Figure done(YearMonth month, Indicator ind, Town town) {
        Figure figure = done.get(new Key(month, ind.no, town));
        if (figure == null) {
            throw new IllegalStateException(month + " " + ind + ": no figure for " + town.name());
        }
        return figure;
    }

    /** The target the unit writes: the official one unless the clerk slipped. */
    BigDecimal target(YearMonth month, Indicator ind, Town town) {
        return targetSlips.getOrDefault(new Key(month, ind.no, town), ind.target(town));
    }

    /** A 完成率 the clerk typed over the formula, as a fraction. */
    Optional<BigDecimal> rateSlip(YearMonth month, Indicator ind, Town town) {
        return Optional.ofNullable(rateSlips.get(new Key(month, ind.no, town)));
    }

    Optional<String> note(YearMonth month, Indicator ind, Town town) {
        return Optional.ofNullable(notes.get(new Key(month, ind.no, town)));
    }
}

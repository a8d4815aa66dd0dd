package cn.minsheng.recon.layout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An invented county's plan: townships, indicators with their township targets, and who leads each. Rendered into
 * workbooks by the layouts of {@link OtherCountyLayoutsTests}.
 *
 * @param townships township names as they should be read back
 * @param items     indicators in table order
 */
record OtherCountyPlan(List<String> townships, List<Item> items) {

    /**
     * One indicator.
     *
     * @param no       its number
     * @param project  the project it belongs to
     * @param name     name without number, headline included
     * @param unit     unit column
     * @param values   one value per township (Integer/BigDecimal/String/null), or null when {@code spanning} is set
     * @param spanning a directive or number merged across the township columns
     * @param total    what the total column shows when it is not the sum (rates, directives)
     * @param leader   lead leader
     * @param lead     lead unit
     * @param related  related units
     * @param respItem what the responsibility table says for this indicator; null = no responsibility row
     */
    record Item(int no, String project, String name, String unit, List<Object> values, Object spanning, Object total,
                String leader, String lead, String related, String respItem) {

        boolean rate() {
            return unit.contains("%") || unit.contains("/");
        }

        boolean allocated() {
            return values != null;
        }

        /** The sum of the township numbers as written. */
        BigDecimal sum() {
            return values.stream().filter(v -> v instanceof Number)
                    .map(v -> new BigDecimal(v.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        Item withValue(int township, Object value) {
            List<Object> copy = new ArrayList<>(values);
            copy.set(township, value);
            return new Item(no, project, name, unit, copy, spanning, total, leader, lead, related, respItem);
        }

        Item withRespItem(String text) {
            return new Item(no, project, name, unit, values, spanning, total, leader, lead, related, text);
        }

        Item withSpanning(Object text) {
            return new Item(no, project, name, unit, null, text, total, leader, lead, related, respItem);
        }

        Item withName(String newName) {
            return new Item(no, project, newName, unit, values, spanning, total, leader, lead, related,
                    respItem.equals(name) ? newName : respItem);
        }
    }

    static List<Object> values(Object... values) {
        return Arrays.asList(values);
    }

    /** 青岚县: six townships, eight indicators, every kind of row. */
    static OtherCountyPlan qinglan() {
        List<String> townships = List.of("城关镇", "东山乡", "白沙街道", "石门镇", "柳林乡", "新桥办事处");
        List<Item> items = List.of(
                item(1, "交通出行", "新建农村公路50公里", "公里", values(10, 8, 0, 12, 15, 5), null, null,
                        "李副县长", "县交通运输局", "各乡镇（街道）"),
                item(2, "住房保障", "改造农村危房120户", "户", values(20, 25, 0, 30, 30, 15), null, null,
                        "李副县长", "县住建局", "县财政局"),
                item(3, "养老服务", "建设村级养老服务站12个", "个", values(3, 3, 0, 3, 3, 0), null, null,
                        "张副县长", "县民政局", "县财政局"),
                item(4, "医疗卫生", "适龄妇女宫颈癌筛查率达90%以上", "%", values(92, 90, 95, 90, 91, 93), null, 90,
                        "赵副县长", "县卫健局", "县妇联"),
                item(5, "社会保障", "城乡低保标准分别不低于700元/月和550元/月", "元/月", null,
                        "分别不低于700元/月和550元/月", null, "张副县长", "县民政局", "县财政局"),
                item(6, "就业创业", "新增城镇就业1.2万人", "人", values(2000, 2500, 3000, 1500, 1800, 1200), null, null,
                        "王副县长", "县人社局", "各乡镇（街道）"),
                item(7, "就业创业", "培训高素质农民不少于300人", "人", values(60, 50, 70, 40, 50, 50), null, null,
                        "王副县长", "县农业农村局", "县人社局"),
                item(8, "城乡建设", "改造老旧小区燃气管网30公里", "公里", null, "由县住建局统筹安排", 30,
                        "李副县长", "县住建局", "县城管局"));
        return new OtherCountyPlan(townships, items);
    }

    private static Item item(int no, String project, String name, String unit, List<Object> values, Object spanning,
            Object total, String leader, String lead, String related) {
        return new Item(no, project, name, unit, values, spanning, total, leader, lead, related, name);
    }

    Item item(int no) {
        return items.stream().filter(i -> i.no() == no).findFirst().orElseThrow();
    }

    OtherCountyPlan withItem(int no, UnaryOperator<Item> change) {
        return new OtherCountyPlan(townships, items.stream().map(i -> i.no() == no ? change.apply(i) : i).toList());
    }

    OtherCountyPlan withTownships(List<String> names) {
        return new OtherCountyPlan(names, items);
    }

    /** The planted defects, each applied to a consistent plan. */
    enum Defect {
        NONE,
        /** 建设村级养老服务站12个, but 东山乡 gets 4: the townships add up to 13. */
        SUM_MISMATCH,
        /** The 筛查率 row leaves 白沙街道 blank. */
        MISSING_TOWNSHIP,
        /** The responsibility table says 改造农村危房150户. */
        CROSS_TABLE,
        /** No responsibility row for 改造老旧小区燃气管网. */
        NO_LEAD_UNIT;

        OtherCountyPlan apply(OtherCountyPlan plan) {
            return switch (this) {
                case NONE -> plan;
                case SUM_MISMATCH -> plan.withItem(3, i -> i.withValue(1, 4));
                case MISSING_TOWNSHIP -> plan.withItem(4, i -> i.withValue(2, null));
                case CROSS_TABLE -> plan.withItem(2, i -> i.withRespItem("改造农村危房150户"));
                case NO_LEAD_UNIT -> plan.withItem(8, i -> i.withRespItem(null));
            };
        }
    }
}

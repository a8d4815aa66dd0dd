package cn.minsheng.recon.corpus;

import cn.minsheng.recon.sample.PlanFixture;
import cn.minsheng.recon.sample.PlanIndicator;
import cn.minsheng.recon.sample.PlanResponsibility;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A county made up from a seed: its name, townships with their villages (村/社区), lead departments and a clean
 * breakdown plan (every headline adds up, every indicator has its lead unit), so that every finding of a run on it
 * comes from a defect planted in the submissions. Nothing here is a real county's data.
 *
 * @param name        {@code 云溪县}, also the county's folder name
 * @param plan        the official tables' content
 * @param departments the lead units, in plan order; each leads one project of two or three indicators
 * @param villages    township → its villages, in row order; every indicator's township value is the sum of its
 *                    villages' values ({@link #villageValues})
 * @param villageValues indicator number → township → village → value, for the townships the plan allocates to
 */
record InventedCounty(String name, PlanFixture plan, List<String> departments, Map<String, List<String>> villages,
                      Map<Integer, Map<String, Map<String, BigDecimal>>> villageValues) {

    /** Characters for invented place names; none of them is a township suffix. */
    private static final String PLACE = "云溪桃源青石白沙松岭柳塘枫林梅山竹园荷花杏坪兰亭芦湾凤鸣龙泉金盆银坑"
            + "玉屏翠峰清河明月高桥长坡双江三塘石门新田平湖安宁永兴和平瑞丰福寿宝丰鹿角鹤岗雁池樟树桂阳茶陵";

    /** Lead departments (national vocabulary, with the project each leads). */
    private static final String[][] DEPARTMENTS = {
            {"卫健局", "病有所医"}, {"人社局", "劳有所得"}, {"教体局", "学有所教"}, {"民政局", "老有所养"},
            {"农业农村局", "乡村振兴"}, {"住建局", "住有所居"}, {"交通运输局", "交通出行"}, {"水利局", "饮水安全"},
            {"自然资源局", "地灾防治"}, {"残联", "弱有所扶"}, {"妇联", "幼有所育"}, {"医保局", "医疗保障"},
            {"文旅广体局", "文体惠民"}, {"市场监管局", "食品安全"}, {"公安局", "平安建设"}, {"城管局", "城市管理"},
            {"商务局", "便民消费"}, {"工信局", "数字惠民"}, {"生态环境局", "环境整治"}, {"应急管理局", "安全生产"},
            {"供销联社", "供销服务"}, {"总工会", "职工服务"}, {"团县委", "青年关爱"}, {"退役军人事务局", "拥军优抚"}};

    /** Things an indicator counts, with their unit; an indicator is a verb, a qualifier and one of these. */
    private static final String[][] THINGS = {
            {"公路", "公里"}, {"供水管网", "公里"}, {"卫生室", "个"}, {"幼儿园", "所"}, {"养老服务站", "个"},
            {"文化广场", "个"}, {"电梯", "台"}, {"路灯", "盏"}, {"公厕", "座"}, {"桥梁", "座"}, {"学位", "个"},
            {"医生", "人"}, {"技能培训", "人次"}, {"就业岗位", "个"}, {"托育托位", "个"}, {"充电桩", "个"}};
    private static final String[] QUALIFIERS = {"农村", "城镇", "社区", "老旧", "基层", "乡村", "城乡", "公办"};
    private static final String[] VERBS = {"新建", "改造", "提质", "新增", "建设", "完善"};

    /**
     * A county from {@code random}.
     *
     * @param departments how many lead departments, 4 to 24
     * @param villagesPerTownship villages per township, the length of a long submission
     */
    static InventedCounty invent(Random random, String name, int departments, int villagesPerTownship) {
        if (departments < 4 || departments > DEPARTMENTS.length) {
            throw new IllegalArgumentException("departments: 4 to " + DEPARTMENTS.length + ", not " + departments);
        }
        List<String> townships = townships(random, 8 + random.nextInt(8));
        Map<String, List<String>> villages = new LinkedHashMap<>();
        for (String township : townships) {
            Set<String> own = new LinkedHashSet<>();
            while (own.size() < villagesPerTownship) {
                String stem = placeName(random, own.size() < 400 ? 2 : 3);
                own.add(stem + (random.nextInt(5) == 0 ? "社区" : "村"));
            }
            villages.put(township, List.copyOf(own));
        }
        List<String> units = new ArrayList<>();
        List<PlanIndicator> indicators = new ArrayList<>();
        List<PlanResponsibility> responsibilities = new ArrayList<>();
        Map<Integer, Map<String, Map<String, BigDecimal>>> villageValues = new LinkedHashMap<>();
        Set<String> usedThings = new LinkedHashSet<>();
        List<Integer> order = shuffled(random, DEPARTMENTS.length);
        int no = 0;
        for (int d = 0; d < departments; d++) {
            String[] department = DEPARTMENTS[order.get(d)];
            String unit = "县" + department[0];
            units.add(unit);
            int projectNo = d + 1;
            int count = 2 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                no++;
                String[] thing;
                String qualifier;
                do {
                    thing = THINGS[random.nextInt(THINGS.length)];
                    qualifier = QUALIFIERS[random.nextInt(QUALIFIERS.length)];
                } while (!usedThings.add(qualifier + thing[0]));
                Map<String, Map<String, BigDecimal>> byTownship = new LinkedHashMap<>();
                LinkedHashMap<String, BigDecimal> values = new LinkedHashMap<>();
                // every indicator leaves at least one township out, so an extra township can be planted
                int skipped = random.nextInt(townships.size());
                for (int t = 0; t < townships.size(); t++) {
                    if (t == skipped || random.nextInt(6) == 0) {
                        continue;
                    }
                    Map<String, BigDecimal> byVillage = new LinkedHashMap<>();
                    BigDecimal sum = BigDecimal.ZERO;
                    for (String village : villages.get(townships.get(t))) {
                        BigDecimal value = BigDecimal.valueOf(1 + random.nextInt(5));
                        byVillage.put(village, value);
                        sum = sum.add(value);
                    }
                    if (villagesPerTownship == 0) {
                        sum = BigDecimal.valueOf(1 + random.nextInt(20));
                    }
                    byTownship.put(townships.get(t), byVillage);
                    values.put(townships.get(t), sum);
                }
                BigDecimal total = values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                String indicatorName = VERBS[random.nextInt(VERBS.length)] + qualifier + thing[0]
                        + total.toPlainString() + thing[1];
                indicators.add(new PlanIndicator(no, projectNo, department[1], null, indicatorName, thing[1], values,
                        null, null, unit));
                villageValues.put(no, byTownship);
            }
            responsibilities.add(new PlanResponsibility(projectNo, department[1], null, leader(random), unit,
                    "县财政局，相关乡镇人民政府（街道办事处）"));
        }
        PlanFixture plan = new PlanFixture("县", "2026", townships, indicators, responsibilities,
                "注：以上为" + name + "2026年重点民生实事。");
        return new InventedCounty(name, plan, List.copyOf(units), villages, villageValues);
    }

    /** Unique county names for {@code count} counties. */
    static List<String> countyNames(Random random, int count) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            names.add(placeName(random, names.size() < 600 ? 2 : 3) + "县");
        }
        return List.copyOf(names);
    }

    /** The indicators {@code department} leads. */
    List<PlanIndicator> indicatorsOf(String department) {
        return plan.indicators().stream().filter(i -> i.leadUnit().equals(department)).toList();
    }

    private static List<String> townships(Random random, int count) {
        Set<String> stems = new LinkedHashSet<>();
        List<String> townships = new ArrayList<>();
        while (townships.size() < count) {
            String stem = placeName(random, 2);
            if (stems.add(stem)) {
                int kind = random.nextInt(10);
                townships.add(stem + (kind < 7 ? "镇" : kind < 9 ? "乡" : "街道"));
            }
        }
        return townships;
    }

    private static String placeName(Random random, int length) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < length; i++) {
            name.append(PLACE.charAt(random.nextInt(PLACE.length())));
        }
        return name.toString();
    }

    private static String leader(Random random) {
        String surnames = "王李张刘陈杨黄赵周吴";
        String given = "伟芳娜敏静强磊军洋勇";
        return "" + surnames.charAt(random.nextInt(surnames.length())) + given.charAt(random.nextInt(given.length()));
    }

    private static List<Integer> shuffled(Random random, int size) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        return order;
    }
}

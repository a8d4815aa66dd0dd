package cn.minsheng.recon.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import net.minidev.json.JSONArray;
import net.minidev.json.JSONObject;
import net.minidev.json.parser.JSONParser;
import net.minidev.json.parser.ParseException;

/**
 * The content of a county's two official tables (breakdown and responsibility), in memory, so tests
 * can write them in any layout and plant defects with the {@code with…} copies.
 *
 * @param level      {@code 市} or {@code 县}: decides 全市/全县 wording
 * @param titleYear  the year printed in the titles, e.g. {@code 2026}
 * @param townships  the township columns, in printed order
 * @param note       the {@code 注：…} line under both tables, or null
 */
public record PlanFixture(String level, String titleYear, List<String> townships, List<PlanIndicator> indicators,
                          List<PlanResponsibility> responsibilities, String note) {

    public PlanFixture {
        townships = List.copyOf(townships);
        indicators = List.copyOf(indicators);
        responsibilities = List.copyOf(responsibilities);
    }

    /** Miluo city 2026, transcribed from seed 004 ({@code reference/miluo-2026.json}), defects included. */
    public static PlanFixture miluo() {
        JSONObject json = readJson("/reference/miluo-2026.json");
        List<String> townships = new ArrayList<>();
        ((JSONArray) json.get("townships")).forEach(name -> townships.add((String) name));
        List<PlanIndicator> indicators = new ArrayList<>();
        for (Object each : (JSONArray) json.get("indicators")) {
            indicators.add(indicatorFromJson((JSONObject) each, townships));
        }
        List<PlanResponsibility> responsibilities = new ArrayList<>();
        for (Object each : (JSONArray) json.get("responsibility_rows")) {
            JSONObject row = (JSONObject) each;
            responsibilities.add(new PlanResponsibility(integer(row.get("project_no")), row.getAsString("project"),
                    row.getAsString("item"), row.getAsString("leader"), row.getAsString("lead_unit"),
                    row.getAsString("related_units")));
        }
        return new PlanFixture("市", "2026", townships, indicators, responsibilities,
                "注：1—10项为省级重点民生实事，11—18项为市级重点民生实事。");
    }

    /**
     * An invented county without defects: every headline adds up, every indicator has its lead unit,
     * and each directive kind, a rate row, a decimal 万人 row and a county-wide number appear once.
     */
    public static PlanFixture sampleCounty() {
        List<String> townships = List.of("城关镇", "东山乡", "河西街道", "青石镇", "白沙乡", "桥头镇", "南湖街道", "柳溪镇");
        String related = "相关乡镇政府（街道办）";
        List<PlanIndicator> indicators = List.of(
                indicator(1, 1, "幼有所育", "提高优生优育服务水平", "产前筛查率、新生儿疾病筛查率达95%以上", "%", "县卫健局")
                        .withTownships(values(townships, "95", "95", "95", "95", "95", "95", "95", "95")),
                indicator(2, 1, "幼有所育", "关爱未成年人成长", "开展24场家庭教育指导“向阳花”活动", "场(次)", "县妇联")
                        .withTownships(values(townships, "3", "3", "3", "3", "3", "3", "3", "3")),
                indicator(3, 2, "学有所教", null, "提质升级5所中小学校食堂", "所", "县教体局")
                        .withTownships(values(townships, "2", null, "1", "1", null, null, null, "1")),
                indicator(4, 2, "学有所教", null, "新增省属高校校舍面积", "平方米", "县教体局")
                        .withDirective("省级统筹，省教育厅牵头"),
                indicator(5, 3, "劳有所得", "促进高质量充分就业", "城镇新增就业2800人", "人", "县人社局")
                        .withDirective("由县人社局统筹安排"),
                indicator(6, 3, "劳有所得", "促进高质量充分就业", "开展职业技能培训960人次", "人次", "县人社局")
                        .withTownships(values(townships, "200", "100", "160", "120", "80", "100", "120", "80")),
                indicator(7, 4, "病有所医", null, "提升城乡居民基本医疗服务水平（家庭医生签约服务目标人群数不少于6.25万人）", "万人", "县卫健局")
                        .withTownships(values(townships, "1.2", "0.6345", "0.9875", "0.7128", "0.5236", "0.8116", "0.7531", "0.6269")),
                indicator(8, 4, "病有所医", null, "提升基层医疗卫生服务能力，培训乡村医生16人", "人", "县卫健局")
                        .withTownships(values(townships, "2", "2", "2", "2", "2", "2", "2", "2")),
                indicator(9, 5, "弱有所扶", null, "新增残疾人托养服务床位60张", "张", "县残联")
                        .withCityTotal(new BigDecimal("60")),
                indicator(10, 5, "弱有所扶", null, "城乡低保指导标准分别不低于800元/月和560元/月", "元/月", "县民政局")
                        .withDirective("分别不低于800元/月和560元/月"),
                indicator(11, 6, "住有所居", null, "开展切坡建房地质灾害隐患治理120户", "户", "县自然资源局")
                        .withDirective("全县完成120户，待摸底后确定各乡镇任务数"),
                indicator(12, 6, "住有所居", null, "建设“和美乡村”3个", "个", "县农业农村局")
                        .withTownships(values(townships, null, "1", null, null, "1", null, null, "1")),
                indicator(13, 7, null, null, "推进农村网络通信提质升级（新建12个农村5G基站）", "个", "县工信局")
                        .withDirective("县本级完成12个"));
        List<PlanResponsibility> responsibilities = List.of(
                new PlanResponsibility(1, "幼有所育", "产前筛查率、新生儿疾病筛查率达95%以上", "张伟", "县卫健局", "县财政局，" + related),
                new PlanResponsibility(null, null, "开展24场家庭教育指导“向阳花”活动", null, "县妇联", "县财政局、县教体局、县民政局，" + related),
                new PlanResponsibility(2, "学有所教", null, "张伟", "县教体局", "县发改局、县财政局、县住建局，" + related),
                new PlanResponsibility(3, "劳有所得", "城镇新增就业2800人", "李明", "县人社局", "县财政局、县教体局，" + related),
                new PlanResponsibility(null, null, "开展职业技能培训960人次", null, null, null),
                new PlanResponsibility(4, "病有所医", "提升城乡居民基本医疗服务水平（家庭医生签约服务目标人群数不少于6.25万人）", "张伟", "县卫健局", "县财政局、县医保局，" + related),
                new PlanResponsibility(null, null, "培训乡村医生16人", null, null, "县财政局，" + related),
                new PlanResponsibility(5, "弱有所扶", "新增残疾人托养服务床位60张", "王芳", "县残联", "县财政局、县民政局，" + related),
                new PlanResponsibility(null, null, "城乡低保指导标准分别不低于800元/月和560元/月", null, "县民政局", "县财政局、县残联，" + related),
                new PlanResponsibility(6, "住有所居", "开展切坡建房地质灾害隐患治理（120户）", "赵强", "县自然资源局", "县财政局、县应急管理局，" + related),
                new PlanResponsibility(null, null, "建设“和美乡村”3个", "王芳", "县农业农村局", "县发改局、县财政局，" + related),
                new PlanResponsibility(7, "推进农村网络通信提质升级（新建12个农村5G基站）", null, "赵强", "县工信局", "电信公司、移动公司、联通公司，" + related));
        return new PlanFixture("县", "2026", townships, indicators, responsibilities,
                "注：1—6项为省级重点民生实事，第7项为县级重点民生实事。");
    }

    /** 全市 or 全县, as the tables word a city/county-wide target. */
    public String wholeArea() {
        return "全" + level;
    }

    public PlanIndicator indicator(int no) {
        return indicators.stream().filter(indicator -> indicator.no() == no).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no indicator " + no));
    }

    /** The project a responsibility row belongs to: its own 序号, else that of the row above. */
    public Integer projectNoOfResponsibility(int index) {
        for (int i = index; i >= 0; i--) {
            if (responsibilities.get(i).startsProject()) {
                return responsibilities.get(i).projectNo();
            }
        }
        return null;
    }

    /**
     * The indicators a responsibility row is about: every indicator of its project for a row without
     * an item, else the project's indicator whose name contains the item (or the other way round,
     * brackets ignored: {@code 治理（550户）} is {@code 治理550户}), else the one at the item's position.
     */
    public List<PlanIndicator> indicatorsCoveredBy(int index) {
        Integer projectNo = projectNoOfResponsibility(index);
        List<PlanIndicator> ofProject = indicators.stream()
                .filter(indicator -> projectNo != null && indicator.projectNo() == projectNo).toList();
        String item = responsibilities.get(index).item();
        if (item == null) {
            return ofProject;
        }
        String wanted = withoutBrackets(item);
        for (PlanIndicator indicator : ofProject) {
            String name = withoutBrackets(indicator.name());
            if (name.contains(wanted) || wanted.contains(name)) {
                return List.of(indicator);
            }
        }
        int position = 0;
        for (int i = index - 1; i >= 0 && !responsibilities.get(i + 1).startsProject(); i--) {
            position++;
        }
        return position < ofProject.size() ? List.of(ofProject.get(position)) : List.of();
    }

    public PlanFixture withIndicator(int no, UnaryOperator<PlanIndicator> change) {
        indicator(no);
        return withIndicators(indicators.stream().map(each -> each.no() == no ? change.apply(each) : each).toList());
    }

    public PlanFixture withoutIndicator(int no) {
        indicator(no);
        return withIndicators(indicators.stream().filter(each -> each.no() != no).toList());
    }

    public PlanFixture withIndicators(List<PlanIndicator> indicators) {
        return new PlanFixture(level, titleYear, townships, indicators, responsibilities, note);
    }

    public PlanFixture withResponsibility(int index, UnaryOperator<PlanResponsibility> change) {
        List<PlanResponsibility> changed = new ArrayList<>(responsibilities);
        changed.set(index, change.apply(changed.get(index)));
        return withResponsibilities(changed);
    }

    public PlanFixture withoutResponsibility(int index) {
        List<PlanResponsibility> changed = new ArrayList<>(responsibilities);
        changed.remove(index);
        return withResponsibilities(changed);
    }

    public PlanFixture withResponsibilities(List<PlanResponsibility> responsibilities) {
        return new PlanFixture(level, titleYear, townships, indicators, responsibilities, note);
    }

    /** Other township columns (renamed, reordered, one more or less); indicator values are matched by name. */
    public PlanFixture withTownships(List<String> townships) {
        return new PlanFixture(level, titleYear, townships, indicators, responsibilities, note);
    }

    public PlanFixture withLevel(String level) {
        return new PlanFixture(level, titleYear, townships, indicators, responsibilities, note);
    }

    public PlanFixture withTitleYear(String titleYear) {
        return new PlanFixture(level, titleYear, townships, indicators, responsibilities, note);
    }

    public PlanFixture withNote(String note) {
        return new PlanFixture(level, titleYear, townships, indicators, responsibilities, note);
    }

    private static PlanIndicator indicator(int no, int projectNo, String project, String group, String name,
                                           String unit, String leadUnit) {
        return new PlanIndicator(no, projectNo, project, group, name, unit, new LinkedHashMap<>(), null, null, leadUnit);
    }

    /** Township values in column order; {@code null} leaves the township blank. Strings keep decimals exact. */
    private static Map<String, BigDecimal> values(List<String> townships, String... values) {
        if (values.length != townships.size()) {
            throw new IllegalArgumentException(values.length + " values for " + townships.size() + " townships");
        }
        Map<String, BigDecimal> byTownship = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                byTownship.put(townships.get(i), new BigDecimal(values[i]));
            }
        }
        return byTownship;
    }

    private static PlanIndicator indicatorFromJson(JSONObject json, List<String> townships) {
        LinkedHashMap<String, BigDecimal> values = new LinkedHashMap<>();
        JSONObject printed = (JSONObject) json.get("townships");
        if (printed != null) {
            if (!townships.containsAll(printed.keySet())) {
                throw new IllegalStateException("unknown township in indicator " + json.get("no") + ": " + printed.keySet());
            }
            // JSONObject is a HashMap: take the townships in column order, not the map's
            townships.stream().filter(printed::containsKey).forEach(name -> values.put(name, decimal(printed.get(name))));
        }
        return new PlanIndicator(integer(json.get("no")), integer(json.get("project_no")), json.getAsString("project"),
                json.getAsString("group"), json.getAsString("name"), json.getAsString("unit"), values,
                decimal(json.get("city_total")), json.getAsString("directive"), json.getAsString("lead_unit"));
    }

    private static JSONObject readJson(String resource) {
        try (InputStream in = PlanFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return (JSONObject) new JSONParser(JSONParser.MODE_RFC4627).parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        }
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** Through the printed digits: json-smart hands out doubles, whose shortest form is what the JSON says. */
    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static String withoutBrackets(String text) {
        return text.replaceAll("[（）()\\s]", "");
    }
}

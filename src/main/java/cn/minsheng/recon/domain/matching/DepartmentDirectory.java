package cn.minsheng.recon.domain.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which unit of the responsibility table a submission comes from, given its 填报单位 value or its file
 * name: {@code 汨罗市人力资源和社会保障局}, {@code 人社局（盖章）} and {@code 2026年3月 人社局 民生实事报送} all name
 * {@code 市人社局}. Names are compared on their core: no place name, no level prefix, no filing noise, and the
 * national short form of the unit's name.
 */
public final class DepartmentDirectory {

    /** National full names and their short forms, longest first so that a longer name is never cut by a shorter. */
    private static final List<Map.Entry<String, String>> VOCABULARY = vocabulary(Map.ofEntries(
            Map.entry("人力资源和社会保障局", "人社局"), Map.entry("人力资源社会保障局", "人社局"),
            Map.entry("人力资源与社会保障局", "人社局"),
            Map.entry("卫生健康委员会", "卫健局"), Map.entry("卫生健康局", "卫健局"), Map.entry("卫健委", "卫健局"),
            Map.entry("教育体育局", "教体局"), Map.entry("教育和体育局", "教体局"),
            Map.entry("自然资源和规划局", "自然资源局"), Map.entry("自然资源规划局", "自然资源局"),
            Map.entry("住房和城乡建设局", "住建局"), Map.entry("住房城乡建设局", "住建局"),
            Map.entry("农业局", "农业农村局"),
            Map.entry("交通运输局", "交通局"),
            Map.entry("工业和信息化局", "工信局"),
            Map.entry("商务粮食局", "商务局"),
            Map.entry("医疗保障局", "医保局"),
            Map.entry("数据资源管理局", "数据局"), Map.entry("数据资源局", "数据局"),
            Map.entry("残疾人联合会", "残联"),
            Map.entry("妇女联合会", "妇联"),
            Map.entry("供销合作社联合社", "供销社"), Map.entry("供销合作联社", "供销社"), Map.entry("供销合作社", "供销社"),
            Map.entry("供销联社", "供销社"),
            Map.entry("市场监督管理局", "市场监管局"),
            Map.entry("应急管理局", "应急局"),
            Map.entry("文化旅游广电体育局", "文旅广体局"), Map.entry("文化广电旅游体育局", "文旅广体局"),
            Map.entry("文化旅游广电局", "文旅广电局"), Map.entry("文化广电和旅游局", "文旅局"),
            Map.entry("文化和旅游局", "文旅局"), Map.entry("文化旅游局", "文旅局"),
            Map.entry("发展和改革委员会", "发改局"), Map.entry("发展和改革局", "发改局"), Map.entry("发改委", "发改局"),
            Map.entry("科学技术局", "科技局"), Map.entry("科学技术协会", "科协"),
            Map.entry("退役军人事务局", "退役军人局"),
            Map.entry("城市管理和综合执法局", "城管局"), Map.entry("城市管理综合执法局", "城管局"),
            Map.entry("城市管理局", "城管局"),
            Map.entry("人民政府国有资产监督管理委员会", "国资委"), Map.entry("国有资产监督管理委员会", "国资委"),
            Map.entry("住房公积金管理中心", "公积金中心"),
            Map.entry("机关事务服务中心", "机关事务中心"),
            Map.entry("行政审批服务局", "审批局"),
            Map.entry("国家电网", "国网")));

    /** 共青团汨罗市委员会, 共青团XX县委 → 团市委, 团县委: the Youth League names itself after the place. */
    private static final Pattern YOUTH_LEAGUE = Pattern.compile("共青团\\p{IsHan}{0,4}?([市县区])委(?:员会)?");

    /** Everything from the filing date on is not the unit: {@code 人社局 填报日期：2026年3月31日}. */
    private static final Pattern DATE_LINE = Pattern.compile("(?:填报|报送)?日期.*$");

    private static final Pattern DATES = Pattern.compile(
            "\\d{2,4}年度?(?:\\d{1,2}月份?)?(?:\\d{1,2}日)?|\\d{1,2}月份?(?:\\d{1,2}日)?|[一二三四五六七八九十]{1,3}月份?"
                    + "|第?[一二三四1-4]季度|[上下]半年");

    /** Filing words put around a unit name in 填报单位 cells and file names; longest first. */
    private static final List<String> NOISE = List.of(
            "重点民生实事", "任务分解表", "民生实事", "填报单位", "报送单位", "进展情况", "完成情况", "报送表", "填报表",
            "汇总表", "进度表", "统计表", "分解表", "最终版", "修改版", "修订版", "报送", "填报", "上报", "盖章", "公章",
            "汇总", "情况", "项目", "附件", "终稿", "终版", "定稿", "副本", "新版", "备份", "年度", "月度", "月报", "季报",
            "本月", "当月");

    /** What a noise-stripped name may still end with: {@code 人社局表}, {@code 卫健局报送版}. */
    private static final List<String> TAIL_NOISE = List.of("表", "版", "稿");

    /** How unit names end; a place name is only taken off when what is left still ends like this. */
    private static final List<String> UNIT_ENDINGS = List.of(
            "局", "委", "办", "会", "联", "社", "部", "院", "所", "队", "站", "室", "处", "中心", "公司", "集团", "行",
            "馆", "团", "厅", "署", "司", "台", "校");

    private static final String PLACE_ENDINGS = "省市县区旗";
    private static final String LEVELS = "市县区";
    private static final Pattern SEPARATORS = Pattern.compile("[、，,；;]");

    private final List<String> units;
    /** core → official spelling; aliases from config point at the official spelling too. */
    private final Map<String, String> byCore = new LinkedHashMap<>();

    /**
     * @param officialUnits lead and related units as spelled in the responsibility table; a cell naming several
     *                      ({@code 市财政局、市教体局}) counts as each of them
     * @param aliases       the county's own aliases, alias → official unit
     */
    public DepartmentDirectory(Collection<String> officialUnits, Map<String, String> aliases) {
        Set<String> spelled = new LinkedHashSet<>();
        for (String cell : officialUnits) {
            for (String unit : SEPARATORS.split(cell == null ? "" : cell)) {
                String name = unit.strip();
                String core = core(name);
                if (!core.isEmpty() && spelled.add(name)) {
                    // the first spelling of a unit wins: lead units usually come first
                    byCore.putIfAbsent(core, name);
                }
            }
        }
        this.units = List.copyOf(spelled);
        aliases.forEach((alias, official) -> {
            String core = core(alias);
            if (!core.isEmpty()) {
                byCore.put(core, byCore.getOrDefault(core(official), official.strip()));
            }
        });
    }

    /** The official spelling of the unit the 填报单位 value or file name (without extension) names. */
    public Optional<String> resolve(String text) {
        String words = words(text);
        String core = stripPlace(words);
        if (core.isEmpty()) {
            return Optional.empty();
        }
        String exact = byCore.get(core);
        if (exact != null) {
            return Optional.of(exact);
        }
        Optional<String> contained = longest(entry -> words.contains(entry.getKey()));
        if (contained.isPresent() || !looksLikeUnit(core)) {
            return contained;
        }
        // 国网汨罗市供电公司 is cut to 供电公司 by its place name: a unit-like rest inside one official name is it
        return longest(entry -> entry.getKey().contains(core));
    }

    /** The official units, each once, in the order given. */
    public List<String> units() {
        return units;
    }

    /** The target of the longest matching core, when all matches of that length agree on one unit. */
    private Optional<String> longest(Predicate<Map.Entry<String, String>> matches) {
        List<Map.Entry<String, String>> found = new ArrayList<>();
        for (Map.Entry<String, String> entry : byCore.entrySet()) {
            if (entry.getKey().length() >= 2 && matches.test(entry)) {
                found.add(entry);
            }
        }
        int longest = found.stream().mapToInt(e -> e.getKey().length()).max().orElse(0);
        List<String> targets = found.stream()
                .filter(e -> e.getKey().length() == longest)
                .map(Map.Entry::getValue)
                .distinct()
                .sorted(Comparator.naturalOrder())
                .toList();
        return targets.size() == 1 ? Optional.of(targets.get(0)) : Optional.empty();
    }

    /**
     * The units a cell names, whatever the county: each part of a list ({@code 县财政局、县教育局，各乡镇（街道）})
     * that ends like a unit (局, 委, 办, 中心, 公司 …), a note in brackets aside. Empty for a person's name, a
     * number or a sentence.
     */
    public static List<String> unitsNamed(String cell) {
        List<String> named = new ArrayList<>();
        for (String part : SEPARATORS.split(TextNormalizer.normalize(cell).replaceAll("\\([^()]*\\)", ""))) {
            String name = part.strip();
            if (name.length() >= 2 && name.length() <= 20 && !name.matches(".*\\d.*")
                    && UNIT_ENDINGS.stream().anyMatch(name::endsWith)) {
                named.add(name);
            }
        }
        return named;
    }

    /** The name as compared: place name, level prefix and filing noise gone, national short form. */
    public static String core(String text) {
        return stripPlace(words(text));
    }

    /** The text without filing noise, in national short forms, place name kept (file names carry it mid-way). */
    private static String words(String text) {
        String s = TextNormalizer.normalize(text);
        s = DATE_LINE.matcher(s).replaceFirst("");
        // brackets go with the punctuation, their words stay: 报送（自然资源局） names the unit, （盖章） is noise
        s = DATES.matcher(s).replaceAll("");
        s = TextNormalizer.key(s).replaceAll("[0-9%]", "");
        for (String noise : NOISE) {
            s = s.replace(noise, "");
        }
        s = stripTail(s);
        Matcher league = YOUTH_LEAGUE.matcher(s);
        s = league.replaceAll("团$1委");
        for (Map.Entry<String, String> word : VOCABULARY) {
            s = s.replace(word.getKey(), word.getValue());
        }
        return s;
    }

    private static String stripTail(String s) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String tail : TAIL_NOISE) {
                if (s.endsWith(tail) && s.length() > tail.length() + 1) {
                    s = s.substring(0, s.length() - tail.length());
                    stripped = true;
                }
            }
        }
        return s;
    }

    /** 湖南省汨罗市人社局 → 人社局, 市人社局 → 人社局; but 市场监管局 keeps its 市. */
    private static String stripPlace(String name) {
        String s = name;
        for (int round = 0; round < 2; round++) {
            String rest = withoutPlaceName(s);
            if (rest.equals(s)) {
                break;
            }
            s = rest;
        }
        boolean levelPrefix = s.length() > 2 && LEVELS.indexOf(s.charAt(0)) >= 0 && !s.startsWith("市场");
        return levelPrefix ? s.substring(1) : s;
    }

    private static String withoutPlaceName(String s) {
        // a place name never begins with a level word: 市城市管理局 is 市 + 城市管理局, not 市城 + 市 + …
        if (s.isEmpty() || LEVELS.indexOf(s.charAt(0)) >= 0) {
            return s;
        }
        for (int length = 2; length <= 4 && length + 1 < s.length(); length++) {
            String rest = s.substring(length + 1);
            if (han(s.substring(0, length)) && PLACE_ENDINGS.indexOf(s.charAt(length)) >= 0 && looksLikeUnit(rest)) {
                return rest;
            }
        }
        return s;
    }

    private static boolean han(String s) {
        return s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static boolean looksLikeUnit(String s) {
        return s.length() >= 2 && UNIT_ENDINGS.stream().anyMatch(s::endsWith);
    }

    private static List<Map.Entry<String, String>> vocabulary(Map<String, String> words) {
        return words.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .toList();
    }
}

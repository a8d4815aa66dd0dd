package cn.minsheng.recon.progress;

import cn.minsheng.recon.sample.PlanFixture;
import cn.minsheng.recon.sample.PlanResponsibility;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 枫川县's 2026 plan: eight townships (a 街道, four 镇, two 乡, a 管理区), thirteen indicators of six projects led by
 * eight units — among them a rate (%), a standard (元/月) and a county-wide figure (统筹). Every headline adds up
 * and every indicator has its lead unit: the official tables carry no defect of their own.
 */
final class CountyPlan {

    static final String COUNTY = "枫川县";
    private static final String TOWNSHIPS = "各乡镇（街道、管理区）";

    final List<Town> towns;
    final List<Indicator> indicators;

    private CountyPlan(List<Town> towns, List<Indicator> indicators) {
        this.towns = List.copyOf(towns);
        this.indicators = List.copyOf(indicators);
        indicators.forEach(CountyPlan::checkHeadline);
    }

    static CountyPlan fengchuan() {
        List<Town> towns = List.of(new Town("枫川街道", "枫川"), new Town("白石镇", "白石"), new Town("鹿鸣镇", "鹿鸣"),
                new Town("清潭镇", "清潭"), new Town("杨柳铺镇", "杨柳铺"), new Town("桂岭乡", "桂岭"),
                new Town("茶溪乡", "茶溪"), new Town("金牛湖管理区", "金牛湖"));
        List<Indicator> inds = new ArrayList<>();
        inds.add(new Indicator.Builder(towns, 1, 1, "劳有所得", "开展职业技能培训1200人次", "人次")
                .targets("240,180,160,150,140,120,110,100")
                .lead("县人社局", "黄国栋", "县财政局、县农业农村局，" + TOWNSHIPS));
        inds.add(new Indicator.Builder(towns, 2, 1, "劳有所得", "城镇新增就业1600人", "人")
                .central("由县人社局统筹安排", "1600")
                .lead("县人社局", "黄国栋", "县财政局、县教育局，" + TOWNSHIPS));
        inds.add(new Indicator.Builder(towns, 3, 2, "病有所医", "产前筛查率达95%以上", "%")
                .targets("95,95,95,95,95,95,95,95")
                .lead("县卫健局", "刘晓梅", "县财政局，" + TOWNSHIPS));
        inds.add(new Indicator.Builder(towns, 4, 2, "病有所医", "培训乡村医生24人", "人")
                .targets("3,3,3,3,3,3,3,3")
                .lead("县卫健局", "刘晓梅", "县财政局，" + TOWNSHIPS));
        inds.add(new Indicator.Builder(towns, 5, 3, "学有所教", "提质改造农村公办幼儿园16所", "所")
                .targets(",3,3,2,2,2,2,2")
                .lead("县教育局", "刘晓梅", "县发改局、县财政局，" + TOWNSHIPS));
        inds.add(new Indicator.Builder(towns, 6, 3, "学有所教", "开展儿童青少年近视筛查4.8万人次", "万人次")
                .targets("1.2,0.8,0.6,0.5,0.5,0.4,0.4,0.4")
                .lead("县教育局", "刘晓梅", "县卫健局，" + TOWNSHIPS));
        inds.add(new Indicator.Builder(towns, 7, 4, "弱有所扶", "农村低保标准不低于560元/月", "元/月")
                .standard("不低于560元/月", "560")
                .lead("县民政局", "谭志刚", "县财政局，" + TOWNSHIPS));
        inds.add(new Indicator.Builder(towns, 8, 4, "弱有所扶", "新建农村互助养老服务点24个", "个")
                .targets("2,4,3,3,3,3,3,3")
                .lead("县民政局", "谭志刚", "县财政局、县卫健局，" + TOWNSHIPS));
        inds.add(new Indicator.Builder(towns, 9, 4, "弱有所扶", "完成困难残疾人家庭无障碍改造300户", "户")
                .targets("60,45,40,35,35,30,30,25")
                .lead("县残联", "谭志刚", "县财政局、县住建局，" + TOWNSHIPS));
        inds.add(new Indicator.Builder(towns, 10, 4, "弱有所扶", "康复救助残疾儿童96人", "人")
                .targets("16,14,12,12,12,10,10,10")
                .lead("县残联", "谭志刚", "县财政局、县卫健局、县教育局，" + TOWNSHIPS));
        inds.add(new Indicator.Builder(towns, 11, 5, "住有所居", "改造城镇老旧小区1500户", "户")
                .targets("600,250,150,150,150,,,200")
                .lead("县住建局", "黄国栋", "县财政局、县自然资源局，相关乡镇（街道、管理区）"));
        inds.add(new Indicator.Builder(towns, 12, 5, "住有所居", "实施农村户厕改造600座", "座")
                .targets("40,100,90,80,80,70,70,70")
                .lead("县农业农村局", "黄国栋", "县卫健局、县生态环境分局，" + TOWNSHIPS));
        inds.add(new Indicator.Builder(towns, 13, 6, "行有所便", "实施农村公路安全生命防护工程120公里", "公里")
                .targets("12,18,16,15,16,14,15,14")
                .lead("县交通运输局", "欧阳琳", "县公安局交警大队、县财政局，" + TOWNSHIPS));
        return new CountyPlan(towns, inds);
    }

    Town town(String shortName) {
        return towns.stream().filter(t -> t.shortName().equals(shortName) || t.name().equals(shortName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(COUNTY + " has no township " + shortName));
    }

    Indicator indicator(int no) {
        return indicators.stream().filter(i -> i.no == no).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(COUNTY + " has no indicator " + no));
    }

    /** The lead units in the order their indicators come. */
    List<String> departments() {
        return List.copyOf(new LinkedHashSet<>(indicators.stream().map(i -> i.department).toList()));
    }

    /**
     * Both official tables as the sample's writer takes them: one responsibility row per indicator, the project,
     * leader and unit merged down where they repeat.
     */
    PlanFixture fixture() {
        List<PlanResponsibility> rows = new ArrayList<>();
        Indicator above = null;
        for (Indicator ind : indicators) {
            boolean sameProject = above != null && above.projectNo == ind.projectNo;
            rows.add(new PlanResponsibility(sameProject ? null : ind.projectNo, sameProject ? null : ind.project, ind.name,
                    sameProject && above.leader.equals(ind.leader) ? null : ind.leader,
                    sameProject && above.department.equals(ind.department) ? null : ind.department,
                    sameProject && Objects.equals(above.related, ind.related) ? null : ind.related));
            above = ind;
        }
        return new PlanFixture("县", "2026", towns.stream().map(Town::name).toList(),
                indicators.stream().map(Indicator::toPlan).toList(), rows,
                "注：1—10项为省级重点民生实事，11—13项为县级重点民生实事。");
    }

    /** The number before the unit in an allocated indicator's name must be its townships' sum (no OFF_SUM_MISMATCH). */
    private static void checkHeadline(Indicator ind) {
        if (ind.kind != Kind.ALLOCATED) {
            return;
        }
        Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)" + Pattern.quote(ind.unit)).matcher(ind.name);
        BigDecimal sum = ind.places().stream().map(ind::target).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!m.find() || new BigDecimal(m.group(1)).compareTo(sum) != 0) {
            throw new IllegalStateException(ind + ": townships add up to " + sum.toPlainString());
        }
    }
}

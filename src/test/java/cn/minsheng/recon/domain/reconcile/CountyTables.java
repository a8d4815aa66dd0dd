package cn.minsheng.recon.domain.reconcile;

import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.progress.ProgressHistory;
import cn.minsheng.recon.domain.progress.ProgressJudge;
import cn.minsheng.recon.domain.progress.ProgressThresholds;
import cn.minsheng.recon.domain.progress.Schedule;
import cn.minsheng.recon.domain.matching.DepartmentDirectory;
import cn.minsheng.recon.domain.matching.TownshipDirectory;
import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.model.Comparison;
import cn.minsheng.recon.domain.model.DirectiveKind;
import cn.minsheng.recon.domain.model.Headline;
import cn.minsheng.recon.domain.model.Quantity;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.model.Standard;
import cn.minsheng.recon.domain.model.Unit;
import cn.minsheng.recon.domain.official.BreakdownTable;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test-data builder for a county's two official tables held in memory, each indicator stated outright — township
 * numbers, the directive or number written across the townships, the total column, the headline with its
 * comparator — so that a rule test depends on no reader, parser or classifier; and the reconciler over them, built
 * as the job builds it ({@code batch.ReconcilerFactory}, without aliases). Every indicator with a lead or related
 * unit has a responsibility row of its own.
 *
 * <p>{@link #county()} is a small invented county of four townships with one indicator of each kind the rules tell
 * apart; a test adds the indicators it needs with {@link #indicator}. Public for the rule tests of other domain
 * packages ({@code domain.progress}).
 */
public final class CountyTables {

    static final String BREAKDOWN = "分解表.xlsx";

    private final UnitDirectory units = UnitDirectory.defaults();
    private final List<String> townships;
    private final List<Draft> drafts = new ArrayList<>();

    /** One indicator being described; the builder's methods after {@link #indicator} change the latest. */
    private static final class Draft {
        final String no;
        final String name;
        final String unit;
        final Map<String, CellValue> townships = new LinkedHashMap<>();
        CellValue spanning;
        BigDecimal total;
        Headline headline;
        String leader = "";
        String leadUnit = "";
        String relatedUnits = "";

        Draft(String no, String name, String unit) {
            this.no = no;
            this.name = name;
            this.unit = unit;
        }
    }

    private CountyTables(List<String> townships) {
        this.townships = List.copyOf(townships);
    }

    public static CountyTables of(String... townships) {
        return new CountyTables(Arrays.asList(townships));
    }

    /**
     * 城关镇, 东山乡, 河西街道, 青石镇 and these indicators (lead unit in brackets):
     * <ul>
     *   <li>1 a rate allocated by township, 95 % each, AT_LEAST (县卫健局)</li>
     *   <li>2 a count allocated by township, 3 each, unit 场(次) (县妇联; 县教体局 a related unit)</li>
     *   <li>3 a count allocated to three townships, 2 / blank / 1 / 1 (县教体局)</li>
     *   <li>4 UPPER_LEVEL (县教体局)</li>
     *   <li>5 CENTRAL, headline 1400 人 EXACT (县人社局)</li>
     *   <li>6 allocated 200 / 100 / 100 / 80 人次, headline 480 EXACT (县人社局)</li>
     *   <li>7 allocated in 万人, 1.2 / 0.6345 / 0.9875 / 0.678, headline 3.5 万人 AT_LEAST (县卫健局)</li>
     *   <li>8 allocated 2 人 each, headline 8 EXACT (县卫健局)</li>
     *   <li>9 a county-wide number in the total column, 30 张 (县残联)</li>
     *   <li>10 STANDARD, 不低于 800 元/月 (urban) and 560 元/月 (rural) (县民政局)</li>
     *   <li>11 PENDING, stating 60 户, headline 60 户 EXACT (县自然资源局)</li>
     *   <li>12 allocated to two townships, blank / 1 / blank / 1 个 (县农业农村局)</li>
     *   <li>13 OTHER, 县本级完成12个 (县工信局)</li>
     * </ul>
     */
    public static CountyTables county() {
        return of("城关镇", "东山乡", "河西街道", "青石镇")
                .indicator("1", "产前筛查率、新生儿疾病筛查率达95%以上", "%").townships("95", "95", "95", "95")
                .headline("95", Comparison.AT_LEAST).lead("县卫健局", "县财政局")
                .indicator("2", "开展12场家庭教育指导“向阳花”活动", "场(次)").townships("3", "3", "3", "3")
                .headline("12", Comparison.EXACT).lead("县妇联", "县财政局、县教体局，相关乡镇政府（街道办）")
                .indicator("3", "提质升级4所中小学校食堂", "所").townships("2", null, "1", "1")
                .headline("4", Comparison.EXACT).lead("县教体局", "")
                .indicator("4", "新增省属高校校舍面积", "平方米")
                .across(DirectiveKind.UPPER_LEVEL, "省级统筹，省教育厅牵头").lead("县教体局", "")
                .indicator("5", "城镇新增就业1400人", "人").across(DirectiveKind.CENTRAL, "由县人社局统筹安排")
                .headline("1400", Comparison.EXACT).lead("县人社局", "县财政局")
                .indicator("6", "开展职业技能培训480人次", "人次").townships("200", "100", "100", "80")
                .headline("480", Comparison.EXACT).lead("县人社局", "")
                .indicator("7", "提升城乡居民基本医疗服务水平（家庭医生签约服务目标人群数不少于3.5万人）", "万人")
                .townships("1.2", "0.6345", "0.9875", "0.678").headline("3.5", Comparison.AT_LEAST)
                .lead("县卫健局", "县医保局")
                .indicator("8", "提升基层医疗卫生服务能力，培训乡村医生8人", "人").townships("2", "2", "2", "2")
                .headline("8", Comparison.EXACT).lead("县卫健局", "")
                .indicator("9", "新增残疾人托养服务床位30张", "张").total("30").headline("30", Comparison.EXACT)
                .lead("县残联", "县民政局")
                .indicator("10", "城乡低保指导标准分别不低于800元/月和560元/月", "元/月")
                .standard("分别不低于800元/月和560元/月", "800", "560").lead("县民政局", "")
                .indicator("11", "开展切坡建房地质灾害隐患治理60户", "户")
                .across(DirectiveKind.PENDING, "全县完成60户，待摸底后确定各乡镇任务数", "60")
                .headline("60", Comparison.EXACT).lead("县自然资源局", "")
                .indicator("12", "建设“和美乡村”2个", "个").townships(null, "1", null, "1")
                .headline("2", Comparison.EXACT).lead("县农业农村局", "")
                .indicator("13", "推进农村网络通信提质升级（新建12个农村5G基站）", "个")
                .across(DirectiveKind.OTHER, "县本级完成12个").lead("县工信局", "");
    }

    List<String> townships() {
        return townships;
    }

    /** Starts an indicator: every township blank, nothing across, no headline, no responsibility row. */
    public CountyTables indicator(String no, String name, String unit) {
        drafts.add(new Draft(no, name, unit));
        townships.forEach(t -> last().townships.put(t, CellValue.blank()));
        return this;
    }

    /** The township numbers, in township order; null is a blank cell. */
    public CountyTables townships(String... values) {
        for (int i = 0; i < values.length; i++) {
            last().townships.put(townships.get(i), values[i] == null ? CellValue.blank()
                    : new CellValue.Number(new BigDecimal(values[i])));
        }
        return this;
    }

    /** A number written across the township columns: county-wide, no township's. */
    public CountyTables across(String number) {
        last().spanning = new CellValue.Number(new BigDecimal(number));
        return this;
    }

    /** A directive written across the township columns. */
    public CountyTables across(DirectiveKind kind, String text) {
        last().spanning = new CellValue.Directive(text, kind, Optional.empty(), Optional.empty());
        return this;
    }

    /** A directive that states a quantity in the indicator's unit ({@code 全县完成60户}). */
    public CountyTables across(DirectiveKind kind, String text, String stated) {
        last().spanning = new CellValue.Directive(text, kind, Optional.empty(),
                Optional.of(new Quantity(new BigDecimal(stated), unit(last().unit))));
        return this;
    }

    /** A STANDARD directive in the indicator's unit; two minimums are the urban then the rural one. */
    public CountyTables standard(String text, String... minimums) {
        return standardIn(last().unit, text, minimums);
    }

    /** A STANDARD directive in {@code unit}, for an indicator whose unit column is blank. */
    CountyTables standardIn(String unit, String text, String... minimums) {
        Standard standard = new Standard(Arrays.stream(minimums).map(BigDecimal::new).toList(), unit(unit),
                minimums.length == 2);
        last().spanning = new CellValue.Directive(text, DirectiveKind.STANDARD, Optional.of(standard),
                Optional.empty());
        return this;
    }

    /** The total column (全县目标). */
    public CountyTables total(String number) {
        last().total = new BigDecimal(number);
        return this;
    }

    /** The headline printed in the name, in the indicator's unit. */
    public CountyTables headline(String value, Comparison comparison) {
        return headline(value, last().unit, comparison);
    }

    CountyTables headline(String value, String unit, Comparison comparison) {
        last().headline = new Headline(new Quantity(new BigDecimal(value), unit(unit)), comparison,
                value + unit);
        return this;
    }

    /** The responsibility row: lead unit and related units as the table writes them. */
    public CountyTables lead(String leadUnit, String relatedUnits) {
        last().leadUnit = leadUnit;
        last().relatedUnits = relatedUnits;
        last().leader = "领导" + last().no;
        return this;
    }

    /** The lead leader of the responsibility row, as written (blank when the table leaves it so). */
    CountyTables leader(String name) {
        last().leader = name;
        return this;
    }

    public OfficialTables build() {
        List<Indicator> indicators = new ArrayList<>();
        Map<ResponsibilityRow, List<Indicator>> coverage = new LinkedHashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            int row = 4 + i;
            Map<String, SourceRef> refs = new LinkedHashMap<>();
            for (int c = 0; c < townships.size(); c++) {
                refs.put(townships.get(c), SourceRef.of(BREAKDOWN, "Sheet1", row, 4 + c));
            }
            Indicator indicator = new Indicator(draft.no, draft.no, "项目" + draft.no, "", draft.name, draft.unit,
                    units.parse(draft.unit), draft.townships, refs, Optional.ofNullable(draft.spanning),
                    draft.spanning == null ? SourceRef.none() : SourceRef.of(BREAKDOWN, "Sheet1", row, 4),
                    Optional.ofNullable(draft.total),
                    draft.total == null ? SourceRef.none() : SourceRef.of(BREAKDOWN, "Sheet1", row, 3),
                    Optional.ofNullable(draft.headline), SourceRef.of(BREAKDOWN, "Sheet1", row, 1));
            indicators.add(indicator);
            if (!draft.leadUnit.isEmpty() || !draft.relatedUnits.isEmpty()) {
                coverage.put(new ResponsibilityRow(draft.no, "项目" + draft.no, draft.name, draft.leader,
                        draft.leadUnit, draft.relatedUnits, SourceRef.of("责任表.xlsx", "Sheet1", row, 2)),
                        List.of(indicator));
            }
        }
        return new OfficialTables(new BreakdownTable(townships, indicators, BREAKDOWN, "Sheet1"),
                List.copyOf(coverage.keySet()), coverage);
    }

    /** The reconciler over these tables, as the job builds it. */
    Reconciler reconciler() {
        OfficialTables tables = build();
        return new Reconciler(tables, new TownshipDirectory(tables.breakdown().townships(), Map.of()),
                new DepartmentDirectory(tables.departments(), Map.of()), units,
                new ProgressJudge(Schedule.linear(), ProgressThresholds.defaults()),
                RulesWorld.PERIOD, ProgressHistory.none());
    }

    /** The official numbers of indicator {@code no} by township, blanks left out. */
    Map<String, String> numbers(String no) {
        Map<String, String> numbers = new LinkedHashMap<>();
        draft(no).townships.forEach((township, value) -> {
            if (value instanceof CellValue.Number n) {
                numbers.put(township, n.value().toPlainString());
            }
        });
        return numbers;
    }

    /** The unit column of indicator {@code no}, as written. */
    String unitOf(String no) {
        return draft(no).unit;
    }

    private Draft draft(String no) {
        return drafts.stream().filter(d -> d.no.equals(no)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no indicator " + no));
    }

    private Draft last() {
        return drafts.get(drafts.size() - 1);
    }

    private Unit unit(String text) {
        return units.parse(text).orElseThrow(() -> new IllegalArgumentException("no unit in " + text));
    }
}

package cn.minsheng.recon.progress;

import static cn.minsheng.recon.progress.LongTable.Col.DONE;
import static cn.minsheng.recon.progress.LongTable.Col.INDICATOR;
import static cn.minsheng.recon.progress.LongTable.Col.NOTE;
import static cn.minsheng.recon.progress.LongTable.Col.RATE;
import static cn.minsheng.recon.progress.LongTable.Col.SEQ;
import static cn.minsheng.recon.progress.LongTable.Col.TARGET;
import static cn.minsheng.recon.progress.LongTable.Col.TOWN;
import static cn.minsheng.recon.progress.LongTable.Col.UNIT;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The eight units' files of one month, each in the layout its clerk keeps from month to month (only the month in
 * titles and headers changes). See {@link ProgressCounty} for the list.
 */
final class UnitFiles {

    private final CountyPlan plan;
    private final MonthlyFigures figures;
    private final YearMonth month;
    private final int m;
    private final Path dir;
    private final AnswerKey key;

    private UnitFiles(CountyPlan plan, MonthlyFigures figures, YearMonth month, Path dir, AnswerKey key) {
        this.plan = plan;
        this.figures = figures;
        this.month = month;
        this.m = month.getMonthValue();
        this.dir = dir;
        this.key = key;
    }

    /** Writes the month's files into {@code dir} (the month's submissions folder) and records their cells. */
    static void write(CountyPlan plan, MonthlyFigures figures, YearMonth month, Path dir, AnswerKey key) {
        UnitFiles units = new UnitFiles(plan, figures, month, dir, key);
        units.labour();
        units.health();
        units.education();
        units.civilAffairs();
        units.agriculture();
        units.housing();
        units.disabled();
        units.transport();
    }

    /** Long: 截至X月底完成 and a 完成率 formula per row, 进展情况; 就业 as one county-wide row under 全县. */
    private void labour() {
        Filing f = filing("县人社局", "人社局2026年" + m + "月民生实事推进情况.xlsx");
        ClerkBook book = new ClerkBook(false);
        Grid g = book.sheet(m + "月进度");
        LongTable table = new LongTable()
                .col(SEQ, "序号").col(TOWN, "乡镇（街道）").col(INDICATOR, "指标名称").col(UNIT, "计量单位")
                .col(TARGET, "年度目标任务").col(DONE, "截至" + m + "月底完成").col(RATE, "完成率").col(NOTE, "进展情况")
                .add(plan.indicator(1), "职业技能培训").add(plan.indicator(2), "城镇新增就业");
        table.mergeIndicator = true;
        g.title(0, "枫川县人社局2026年重点民生实事推进情况统计表", table.lastCol());
        g.line(1, "填报单位：枫川县人力资源和社会保障局                    填报日期：" + date(2), table.lastCol(),
                book.line);
        table.write(f, g, 2);
        g.widths(5, 14, 16, 8, 12, 14, 10, 32);
        book.save(dir.resolve(f.file), sent(2, 16, 20));
    }

    /** Wide: each township's name merged over 目标任务 | 累计完成, a 合计 pair after the townships. */
    private void health() {
        Filing f = filing("县卫健局", "县卫健局民生实事进度统计（" + m + "月）.xlsx");
        ClerkBook book = new ClerkBook(false);
        Grid g = book.sheet("进度统计");
        WideTable table = new WideTable(plan.towns);
        table.nameHeader = "指标";
        table.measures = List.of(Measure.TARGET, Measure.DONE);
        table.totalHeader = "合计";
        table.add(plan.indicator(3), "产前筛查率").add(plan.indicator(4), "培训乡村医生");
        g.title(0, "枫川县卫生健康局2026年重点民生实事任务完成情况统计表（截至" + m + "月" + month.lengthOfMonth() + "日）",
                table.lastCol());
        g.line(1, "填报单位：枫川县卫生健康局", table.lastCol(), book.line);
        table.write(f, g, 2);
        book.save(dir.resolve(f.file), sent(3, 10, 5));
    }

    /** .xls, transposed twice on one sheet: 一、目标任务, then 二、完成情况 under the same column headers. */
    private void education() {
        Filing f = filing("县教育局", "教育局" + m + "月报送.xls");
        ClerkBook book = new ClerkBook(true);
        Grid g = book.sheet("Sheet1");
        TransposedTable targets = educationBlock(Measure.TARGET);
        TransposedTable done = educationBlock(Measure.DONE);
        int last = targets.lastCol();
        g.title(0, "枫川县教育局2026年重点民生实事任务及完成情况", last);
        g.line(1, "填报单位：枫川县教育局              统计截止：2026年" + m + "月" + month.lengthOfMonth() + "日", last,
                book.line);
        g.line(2, "一、目标任务", last, book.section);
        int r = targets.write(f, g, 3);
        g.line(r + 1, "二、完成情况（截至" + m + "月底）", last, book.section);
        done.write(f, g, r + 2);
        g.widths(5, 10, 22, 22);
        book.save(dir.resolve(f.file), sent(3, 15, 40));
    }

    private TransposedTable educationBlock(Measure measure) {
        Indicator kindergartens = plan.indicator(5);
        Indicator eyes = plan.indicator(6);
        TransposedTable table = new TransposedTable(plan.towns)
                .col(kindergartens, measure, kindergartens.label("提质改造农村公办幼儿园") + "（所）")
                .col(eyes, measure, eyes.label("儿童青少年近视筛查") + "（万人次）");
        table.townLabel = Town::shortName;
        table.totalLabel = "合计";
        return table;
    }

    /** Two sheets of one file: 任务分解 (targets) and beside it 完成情况 (completion), both wide. */
    private void civilAffairs() {
        Filing f = filing("县民政局", "民政局民生实事报送表（" + m + "月）.xlsx");
        ClerkBook book = new ClerkBook(false);
        civilAffairsSheet(f, book.sheet("任务分解"), Measure.TARGET, "枫川县民政局2026年重点民生实事任务分解表");
        civilAffairsSheet(f, book.sheet("完成情况"), Measure.DONE,
                "枫川县民政局2026年重点民生实事完成情况（截至" + m + "月底）");
        book.save(dir.resolve(f.file), sent(4, 9, 30));
    }

    private void civilAffairsSheet(Filing f, Grid g, Measure measure, String title) {
        WideTable table = new WideTable(plan.towns);
        table.nameHeader = "项目";
        table.measures = List.of(measure);
        table.townLabel = Town::shortName;
        table.add(plan.indicator(7), "农村低保标准").add(plan.indicator(8), "新建农村互助养老服务点");
        g.title(0, title, table.lastCol());
        g.line(1, "填报单位：枫川县民政局", table.lastCol(), g.book.line);
        table.write(f, g, 2);
        g.widths(5, 24, 7, 8, 8, 8, 8, 8, 8, 8, 8);
    }

    /** Two files: the target table, and a separate …完成情况.xlsx with one completion column per township. */
    private void agriculture() {
        Filing targets = filing("县农业农村局", "农业农村局2026年民生实事任务分解表.xlsx");
        ClerkBook book = new ClerkBook(false);
        Grid g = book.sheet("Sheet1");
        WideTable table = new WideTable(plan.towns);
        table.nameHeader = "项目名称";
        table.totalHeader = "合计";
        table.add(plan.indicator(12), "农村户厕改造");
        g.title(0, "枫川县农业农村局2026年重点民生实事任务分解表", table.lastCol());
        g.line(1, "填报单位：枫川县农业农村局", table.lastCol(), book.line);
        table.write(targets, g, 2);
        book.save(dir.resolve(targets.file), sent(4, 11, 0));

        Filing done = filing("县农业农村局", "农业农村局户厕改造" + m + "月完成情况.xlsx");
        ClerkBook second = new ClerkBook(false);
        Grid sheet = second.sheet("完成情况");
        TransposedTable list = new TransposedTable(plan.towns)
                .col(plan.indicator(12), Measure.DONE, "户厕改造完成数（座）");
        list.townHeader = "乡镇（街道、管理区）";
        list.totalLabel = "合计";
        sheet.title(0, "2026年农村户厕改造完成情况（截至" + m + "月底）", list.lastCol());
        sheet.line(1, "填报单位：枫川县农业农村局    填报日期：" + date(4), list.lastCol(), second.line);
        list.write(done, sheet, 2);
        sheet.widths(6, 22, 22);
        second.save(dir.resolve(done.file), sent(4, 11, 25));
    }

    /** Long, one row per township with a target, completion under 实际完成量, 进展情况 in words. */
    private void housing() {
        Filing f = filing("县住建局", "住建局老旧小区改造进度（" + m + "月）.xlsx");
        ClerkBook book = new ClerkBook(false);
        Grid g = book.sheet("Sheet1");
        LongTable table = new LongTable()
                .col(TOWN, "乡镇（街道）").col(INDICATOR, "项目").col(UNIT, "单位").col(TARGET, "年度任务")
                .col(DONE, "实际完成量").col(NOTE, "进展情况")
                .add(plan.indicator(11), "改造城镇老旧小区");
        g.title(0, "2026年城镇老旧小区改造推进情况表", table.lastCol());
        g.line(1, "报送单位：枫川县住建局", table.lastCol(), book.line);
        table.write(f, g, 2);
        g.widths(14, 18, 6, 10, 12, 30);
        book.save(dir.resolve(f.file), sent(5, 8, 50));
    }

    /** Transposed, each indicator's name merged over its 任务数 | 已完成 pair, a 合计 row. */
    private void disabled() {
        Filing f = filing("县残联", "残联" + m + "月报送.xlsx");
        ClerkBook book = new ClerkBook(false);
        Grid g = book.sheet("Sheet1");
        Indicator barrierFree = plan.indicator(9);
        Indicator rehabilitation = plan.indicator(10);
        Map<Indicator, String> names = Map.of(
                barrierFree, barrierFree.label("困难残疾人家庭无障碍改造") + "（户）",
                rehabilitation, rehabilitation.label("康复救助残疾儿童") + "（人）");
        TransposedTable table = new TransposedTable(plan.towns)
                .col(barrierFree, Measure.TARGET, "任务数").col(barrierFree, Measure.DONE, "已完成")
                .col(rehabilitation, Measure.TARGET, "任务数").col(rehabilitation, Measure.DONE, "已完成");
        table.townHeader = "乡镇（街道）";
        table.groupLabel = names::get;
        table.totalLabel = "合计";
        g.title(0, "枫川县残联2026年重点民生实事推进情况（截至" + m + "月底）", table.lastCol());
        g.line(1, "填报单位：枫川县残联", table.lastCol(), book.line);
        table.write(f, g, 2);
        g.widths(5, 14, 12, 12, 12, 12);
        book.save(dir.resolve(f.file), sent(2, 10, 12));
    }

    /** .xls long, short township names, the unit only in the target header's parentheses, 累计完成. */
    private void transport() {
        Filing f = filing("县交通运输局", "交通运输局生命防护工程进度（" + m + "月）.xls");
        ClerkBook book = new ClerkBook(true);
        Grid g = book.sheet("Sheet1");
        LongTable table = new LongTable()
                .col(SEQ, "序号").col(TOWN, "乡镇").col(INDICATOR, "建设内容").col(TARGET, "计划里程（公里）")
                .col(DONE, "累计完成").col(NOTE, "备注")
                .add(plan.indicator(13), "农村公路安全生命防护工程");
        table.townLabel = Town::shortName;
        g.title(0, "2026年农村公路安全生命防护工程建设进度表", table.lastCol());
        g.line(1, "填报单位：枫川县交通运输局                填报时间：" + date(5), table.lastCol(), book.line);
        table.write(f, g, 2);
        g.widths(5, 10, 26, 14, 10, 16);
        book.save(dir.resolve(f.file), sent(5, 17, 30));
    }

    private Filing filing(String department, String file) {
        return new Filing(department, month, file, figures, key);
    }

    /** When the file was sent: in the first days of the next month. */
    private LocalDateTime sent(int day, int hour, int minute) {
        return month.plusMonths(1).atDay(day).atTime(hour, minute);
    }

    private String date(int day) {
        YearMonth next = month.plusMonths(1);
        return next.getYear() + "年" + next.getMonthValue() + "月" + day + "日";
    }
}

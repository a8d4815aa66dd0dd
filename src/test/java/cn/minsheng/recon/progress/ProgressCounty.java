package cn.minsheng.recon.progress;

import cn.minsheng.recon.sample.OfficialLayout;
import cn.minsheng.recon.sample.OfficialWorkbooks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The progress zoo of issue 17: 枫川县, invented, with May and June 2026 from its eight lead units, written blind
 * from SPEC §3 and §7. {@link #write(Path)} fills a folder with:
 * <ul>
 * <li>{@code official/} — 2026年重点民生实事指标任务分解表.xlsx and 2026年重点民生实事责任分解表.xlsx (the sample's
 * printed layout): 8 townships, 13 indicators — 3 产前筛查率 (%), 7 农村低保标准 (不低于560元/月), 2 城镇新增就业
 * (由县人社局统筹安排, 1600) among them — leaders 黄国栋, 刘晓梅, 谭志刚, 欧阳琳. No defect.</li>
 * <li>{@code submissions/2026-05/} and {@code submissions/2026-06/} — nine files a month:
 * <ul>
 * <li>县人社局 人社局2026年X月民生实事推进情况.xlsx — long, 截至X月底完成, 完成率 formulas, 进展情况; 2 on one row
 * under 全县 (county-wide).</li>
 * <li>县卫健局 县卫健局民生实事进度统计（X月）.xlsx — wide, each township merged over 目标任务 | 累计完成, 合计 pair.</li>
 * <li>县教育局 教育局X月报送.xls — transposed twice on one sheet: 一、目标任务, then 二、完成情况 (same headers).</li>
 * <li>县民政局 民政局民生实事报送表（X月）.xlsx — sheets 任务分解 and 完成情况, both wide.</li>
 * <li>县农业农村局 农业农村局2026年民生实事任务分解表.xlsx (targets) and 农业农村局户厕改造X月完成情况.xlsx (完成数
 * only).</li>
 * <li>县住建局 住建局老旧小区改造进度（X月）.xlsx — long, 实际完成量, 进展情况.</li>
 * <li>县残联 残联X月报送.xlsx — transposed, 任务数 | 已完成 pairs under each indicator, 合计 row.</li>
 * <li>县交通运输局 交通运输局生命防护工程进度（X月）.xls — long, 累计完成.</li>
 * </ul>
 * June plants, each in one cell the answer key names: a regression (1, 清潭镇 75 after 80), an indicator red in both
 * months (9, every township and the total: supervised), a yellow county-wide figure (2), an over-target (4, 桂岭乡 4
 * of 3), a blank completion (6, 茶溪乡), 「正在推进」 (11, 鹿鸣镇), a negative (10, 杨柳铺镇 −2), a percentage (8, 茶溪乡
 * 50%), a unit slip (13, 枫川街道 2350 of 12 公里), a wrong target (8, 桂岭乡 4 of 3, SUB_VALUE_MISMATCH) and a
 * 完成率 typed over its formula (1, 白石镇 60% for 52.78%).</li>
 * <li>{@code schedule.csv} — milestones for 12 (户厕改造) that turn it red in both months.</li>
 * <li>{@code answers.csv} — every target, completion, 完成率 and 进展情况 cell ({@link AnswerKey}).</li>
 * <li>{@code expected-findings.csv} — the findings of both months with the default schedule (month m → m/12),
 * {@code expected-findings-with-schedule.csv} the same with {@code schedule.csv}, and
 * {@code schedule-difference.csv} the lights of indicator 12 without and with it ({@link ProgressRules}).</li>
 * </ul>
 * Everything is fixed in code: two writes give the same files.
 */
public final class ProgressCounty {

    static final String[] FINDING_HEADER = {"month", "rule", "severity", "department", "indicator_no", "township",
        "file", "sheet", "cell", "note"};
    static final String[] DIFFERENCE_HEADER = {"month", "department", "indicator_no", "township", "completion",
        "target", "rate", "share_default", "light_default", "share_schedule", "light_schedule"};

    private ProgressCounty() {
    }

    /** Writes the county's official tables, both months' submissions, the schedule and the answers into {@code folder}. */
    public static void write(Path folder) {
        CountyPlan plan = CountyPlan.fengchuan();
        MonthlyFigures figures = MonthlyFigures.fengchuan(plan);
        OfficialWorkbooks.writeSeparate(folder.resolve("official"), plan.fixture(), OfficialLayout.PRINTED, false);
        AnswerKey key = new AnswerKey();
        for (var month : MonthlyFigures.MONTHS) {
            UnitFiles.write(plan, figures, month, folder.resolve("submissions").resolve(month.toString()), key);
        }
        ProgressRules.Outcome plain = ProgressRules.judge(key, Schedule.byDefault());
        Schedule schedule = Schedule.parse(Schedule.FIXTURE_CSV);
        ProgressRules.Outcome scheduled = ProgressRules.judge(key, schedule);
        try {
            Files.writeString(folder.resolve("schedule.csv"), Schedule.FIXTURE_CSV, StandardCharsets.UTF_8);
            key.write(folder.resolve("answers.csv"));
            findings(folder.resolve("expected-findings.csv"), plain.findings());
            findings(folder.resolve("expected-findings-with-schedule.csv"), scheduled.findings());
            difference(folder.resolve("schedule-difference.csv"), plain, scheduled, schedule);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the county into the folder given as the only argument, to point the job at or look at by hand. */
    public static void main(String[] args) {
        write(Path.of(args[0]));
    }

    private static void findings(Path file, List<ProgressRules.Finding> findings) throws IOException {
        try (CSVPrinter out = printer(file, FINDING_HEADER)) {
            for (ProgressRules.Finding f : findings) {
                out.printRecord(f.month(), f.rule(), f.severity(), f.department(), f.indicatorNo(), f.township(), f.file(),
                        f.sheet(), f.cell(), f.note());
            }
        }
    }

    /** Each light of the scheduled indicators, without and with {@code schedule.csv}. */
    private static void difference(Path file, ProgressRules.Outcome plain, ProgressRules.Outcome scheduled,
            Schedule schedule) throws IOException {
        Map<String, ProgressRules.Verdict> withSchedule = new HashMap<>();
        scheduled.verdicts().forEach(v -> withSchedule.put(id(v), v));
        try (CSVPrinter out = printer(file, DIFFERENCE_HEADER)) {
            for (ProgressRules.Verdict v : plain.verdicts()) {
                if (schedule.indicators().contains(v.indicatorNo())) {
                    ProgressRules.Verdict w = withSchedule.get(id(v));
                    String rate = AnswerKey.percent(v.done().divide(v.target(), 10, RoundingMode.HALF_UP));
                    out.printRecord(v.month(), v.department(), v.indicatorNo(), v.township(), Figure.plain(v.done()),
                            Figure.plain(v.target()), rate, AnswerKey.percent(v.share()), v.light(),
                            AnswerKey.percent(w.share()), w.light());
                }
            }
        }
    }

    private static String id(ProgressRules.Verdict v) {
        return v.month() + "|" + v.department() + "|" + v.indicatorNo() + "|" + v.township();
    }

    private static CSVPrinter printer(Path file, String[] header) throws IOException {
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").get());
    }
}

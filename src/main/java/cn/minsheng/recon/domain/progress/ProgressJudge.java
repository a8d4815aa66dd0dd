package cn.minsheng.recon.domain.progress;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.FindingBuilder;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.matching.NumberText;
import cn.minsheng.recon.domain.model.Decimals;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.submission.Reading;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges cumulative completion against the official targets and the schedule (SPEC §7) and raises the PRG_
 * findings. A completion cell is first checked ({@link #invalid}, {@link #missing}); a figure that passes is judged
 * ({@link #judge}), compared with the latest earlier period ({@link #regression}) and, when red, weighed for
 * supervision ({@link #supervised}).
 *
 * <p>Every finding is about one {@link ProgressItem}: its official value is the official figure the completion is
 * held to (the target, or a rate's or standard's minimum), its submitted value the completion, so the difference is
 * completion − target; a figure of neither kind (the amount due by the schedule, an earlier period's completion) is
 * its compared value.
 */
public final class ProgressJudge {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** A completion this many times its target is a unit slip (万 for 个), not progress. */
    private static final BigDecimal UNIT_SLIP = BigDecimal.valueOf(100);
    /**
     * Points behind are kept to ten decimals: a share of 5/12 divided out to 34 digits then lands exactly on a
     * threshold it reaches exactly, instead of a hair beyond it.
     */
    private static final int POINTS_SCALE = 10;
    /** How far, in percentage points, a stated completion rate may be from the worked-out one: its rounding. */
    private static final BigDecimal RATE_TOLERANCE = new BigDecimal("0.5");

    private final Schedule schedule;
    private final ProgressThresholds thresholds;

    public ProgressJudge(Schedule schedule, ProgressThresholds thresholds) {
        this.schedule = schedule;
        this.thresholds = thresholds;
    }

    /**
     * A completion cell that cannot stand as a cumulative completion, PRG_INVALID_PROGRESS: text ({@code 正在推进}),
     * a negative number, a percentage where a count is due, or 100 times the target or more (a unit slip such as 万
     * for 个); a formula without its value is SUB_FORMULA_NO_VALUE. A blank is no number but not invalid either:
     * whether it is owed is {@link #missing}'s question. A figure that passes is then {@link #judge judged}.
     *
     * @param percent whether the cell showed its number as a percentage — a percent number format, or a % in its
     *                column's unit — which a {@link Reading.Number} no longer tells (text with a % sign, such as
     *                {@code 37.5%} typed into a count column, is recognised from the reading itself). A percentage
     *                is invalid only where a count is due, not for a rate.
     */
    public Optional<Finding> invalid(ProgressItem item, Reading reading, boolean percent) {
        Optional<BigDecimal> target = Goal.of(item).map(Goal::amount);
        boolean counted = !Goal.floorBound(item.indicator());
        FindingBuilder finding = about(RuleCode.PRG_INVALID_PROGRESS, item).values(target.orElse(null), null);
        String where = Wording.subject(item) + (item.whole() ? "" : "，");
        if (reading instanceof Reading.Text text) {
            boolean typedPercent = counted && NumberText.parse(text.text(), "%").isPresent();
            return Optional.of(finding.message(where + (typedPercent ? percentDue(item, text.text())
                    : "此处应填累计完成数，实际为“" + text.text() + "”")).build());
        }
        if (reading instanceof Reading.FormulaWithoutValue formula) {
            return Optional.of(about(RuleCode.SUB_FORMULA_NO_VALUE, item).values(target.orElse(null), null)
                    .message(where + "公式“" + formula.formula() + "”没有保存计算结果，无法确定累计完成数（请在 Excel/WPS 中重新计算并保存）")
                    .build());
        }
        if (!(reading instanceof Reading.Number number)) {
            return Optional.empty();
        }
        BigDecimal value = number.value();
        finding.values(target.orElse(null), value);
        if (value.signum() < 0) {
            return Optional.of(finding.message(where + "累计完成数不能为负数：" + Decimals.plain(value)).build());
        }
        if (counted && percent) {
            return Optional.of(finding.message(where + percentDue(item, Decimals.plain(value) + "%")).build());
        }
        Optional<BigDecimal> slip = target.filter(t -> counted && t.signum() > 0
                && value.compareTo(t.multiply(UNIT_SLIP)) >= 0);
        return slip.map(t -> finding.message(Wording.subject(item) + "累计完成" + Wording.amount(value, item)
                + "，是目标" + Wording.amount(t, item) + "的" + value.divide(t, 0, RoundingMode.DOWN).toPlainString()
                + "倍，可能是单位填错（如“万”与“个”）").build());
    }

    /**
     * A completion rate the file works out (完成率), checked against completion ÷ target, never trusted:
     * PRG_INVALID_PROGRESS when it is no number, or is more than {@link #RATE_TOLERANCE} points off the rate of the
     * completion the file states beside it. Empty when it agrees, is blank, or cannot be checked (no valid
     * completion beside it, no target, or a rate or standard indicator, whose figure is itself the rate).
     *
     * @param percent    whether the cell showed its number as a percentage; a plain number of at most 1 may be a
     *                   fraction (0.6) or a percentage (1 for 1 %) and agrees when either does
     * @param completion the completion stated for the same township (or total), when it passed {@link #invalid}
     */
    public Optional<Finding> rate(ProgressItem item, Reading reading, boolean percent,
            Optional<BigDecimal> completion) {
        Optional<BigDecimal> target = Goal.of(item).map(Goal::amount).filter(t -> t.signum() > 0);
        String where = Wording.subject(item) + (item.whole() ? "" : "，");
        if (reading instanceof Reading.Text || reading instanceof Reading.FormulaWithoutValue) {
            String written = reading instanceof Reading.Text text ? text.text()
                    : "公式“" + ((Reading.FormulaWithoutValue) reading).formula() + "”（没有保存计算结果）";
            return Optional.of(about(RuleCode.PRG_INVALID_PROGRESS, item).values(target.orElse(null), null)
                    .message(where + "完成率应为百分比数字，实际为“" + written + "”").build());
        }
        if (!(reading instanceof Reading.Number number) || Goal.floorBound(item.indicator()) || target.isEmpty()
                || completion.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal worked = completion.get().divide(target.get(), Decimals.CONTEXT).multiply(HUNDRED);
        BigDecimal stated = number.value();
        List<BigDecimal> readings = percent || stated.compareTo(BigDecimal.ONE) > 0 ? List.of(stated)
                : List.of(stated.multiply(HUNDRED), stated);
        if (readings.stream().anyMatch(r -> r.subtract(worked).abs().compareTo(RATE_TOLERANCE) <= 0)) {
            return Optional.empty();
        }
        String shown = Decimals.plain(readings.get(0)) + "%";
        return Optional.of(about(RuleCode.PRG_INVALID_PROGRESS, item).values(target.get(), stated)
                .compared(Decimals.strip(worked.setScale(4, RoundingMode.HALF_UP)), "按累计完成数计算的完成率（%）")
                .message(where + "完成率填报为" + shown + "，按累计完成" + Wording.amount(completion.get(), item)
                        + " ÷ 目标" + Wording.amount(target.get(), item) + "计算为" + Wording.points(worked)
                        + "%（完成率以累计完成数计算为准，请核实）")
                .build());
    }

    /**
     * A blank completion in a file that reports completion for other townships (or indicators),
     * PRG_MISSING_PROGRESS — not a 0, and not judged further. Empty when nothing is owed: a township allocated no
     * target, or one of a county-wide indicator, whose total is what is owed.
     */
    public Optional<Finding> missing(ProgressItem item) {
        Optional<Goal> goal = Goal.of(item).filter(g -> g instanceof Goal.Floor || g.amount().signum() > 0);
        return goal.map(g -> about(RuleCode.PRG_MISSING_PROGRESS, item).values(g.amount(), null)
                .message(Wording.subject(item) + (item.whole() ? "" : "的") + "累计完成数为空（本表已填报其他"
                        + (item.whole() ? "指标" : "乡镇") + "的累计完成数）")
                .build());
    }

    /**
     * Judges a completion that passed {@link #invalid}: against the schedule of {@code period} for a target —
     * PRG_LAGGING at WARNING when more than the yellow points behind, at ERROR when more than the red points behind
     * (exactly on a threshold is not beyond it); PRG_OVER_TARGET when above the target — or, for a rate or a
     * standard, against its minimum: below it is red, PRG_LAGGING at ERROR; at or above it green, never over
     * target. A township allocated no target raises PRG_OVER_TARGET for any completion above 0, with no verdict.
     * For a county-wide indicator, judge the unit's single total on an item for the indicator as a whole.
     */
    public Judgement judge(ProgressItem item, BigDecimal completion, Period period) {
        Optional<Goal> goal = Goal.of(item);
        if (goal.isEmpty()) {
            return new Judgement(Optional.empty(), List.of());
        }
        if (goal.get() instanceof Goal.Floor floor) {
            return againstFloor(item, floor.amount(), completion);
        }
        return againstSchedule(item, goal.get().amount(), completion, period);
    }

    /**
     * PRG_REGRESSION when the completion of {@code period} is lower than the same item's of {@code earlier}, the
     * latest earlier period on record (the 数字完成 guard: cumulative figures never fall). A rate or a standard is
     * no cumulative figure and never regresses.
     *
     * @throws IllegalArgumentException when {@code earlier} is not before {@code period}
     */
    public Optional<Finding> regression(ProgressItem item, Period period, BigDecimal completion, Period earlier,
            BigDecimal earlierCompletion) {
        if (earlier.compareTo(period) >= 0) {
            throw new IllegalArgumentException("the earlier period " + earlier + " is not before " + period);
        }
        if (Goal.floorBound(item.indicator()) || completion.compareTo(earlierCompletion) >= 0) {
            return Optional.empty();
        }
        return Optional.of(about(RuleCode.PRG_REGRESSION, item)
                .values(Goal.of(item).map(Goal::amount).orElse(null), completion)
                .compared(earlierCompletion, earlier.label() + "累计完成")
                .message(Wording.subject(item) + period.label() + "累计完成" + Wording.amount(completion, item)
                        + "，低于" + earlier.label() + "的" + Wording.amount(earlierCompletion, item)
                        + "（累计完成数不应减少）")
                .build());
    }

    /**
     * PRG_SUPERVISED when the item has been red for at least {@code recon.progress.supervise-after} consecutive
     * calendar months up to this period ({@link RedMonths#endingAt}): proposed for 挂牌督办.
     *
     * @param verdict this period's verdict of the item
     */
    public Optional<Finding> supervised(ProgressItem item, ProgressVerdict verdict, int consecutiveRedMonths) {
        if (!thresholds.supervise(consecutiveRedMonths)) {
            return Optional.empty();
        }
        String standing = verdict.onSchedule()
                ? "目标" + Wording.amount(verdict.target(), item) + "，累计完成" + Wording.amount(verdict.completion(), item)
                        + "，完成率" + Wording.percent(verdict.rate()) + "，序时进度"
                        + Wording.percent(verdict.scheduled().orElseThrow())
                : "标准" + Wording.amount(verdict.target(), item) + "，报送" + Wording.amount(verdict.completion(), item);
        return Optional.of(about(RuleCode.PRG_SUPERVISED, item).values(verdict.target(), verdict.completion())
                .message(Wording.subject(item) + "连续" + consecutiveRedMonths + "个月进度红灯，建议挂牌督办（" + standing + "）")
                .build());
    }

    private Judgement againstSchedule(ProgressItem item, BigDecimal target, BigDecimal completion, Period period) {
        List<Finding> findings = new ArrayList<>();
        if (completion.compareTo(target) > 0) {
            findings.add(overTarget(item, target, completion));
        }
        if (target.signum() <= 0) {
            return new Judgement(Optional.empty(), findings);
        }
        BigDecimal share = schedule.share(item.indicator(), period).orElseThrow();
        BigDecimal rate = completion.divide(target, Decimals.CONTEXT);
        BigDecimal behind = Decimals.strip(share.subtract(rate).multiply(HUNDRED)
                .setScale(POINTS_SCALE, RoundingMode.HALF_EVEN));
        Light light = thresholds.light(behind);
        ProgressVerdict verdict = new ProgressVerdict(target, completion, Decimals.strip(rate), Optional.of(share),
                Optional.of(behind), light);
        if (light != Light.GREEN) {
            BigDecimal due = Decimals.strip(target.multiply(share).setScale(4, RoundingMode.HALF_UP));
            findings.add(lagging(item, verdict, "目标" + Wording.amount(target, item) + "，累计完成"
                    + Wording.amount(completion, item) + "，完成率" + Wording.percent(verdict.rate()) + "，低于序时进度"
                    + Wording.percent(share) + "（落后" + Wording.points(behind) + "个百分点，" + light.label() + "）")
                    .compared(due, "序时进度应完成数").build());
        }
        return new Judgement(Optional.of(verdict), findings);
    }

    private Judgement againstFloor(ProgressItem item, BigDecimal minimum, BigDecimal value) {
        if (minimum.signum() <= 0) {
            return new Judgement(Optional.empty(), List.of());
        }
        Light light = value.compareTo(minimum) < 0 ? Light.RED : Light.GREEN;
        ProgressVerdict verdict = new ProgressVerdict(minimum, value,
                Decimals.strip(value.divide(minimum, Decimals.CONTEXT)), Optional.empty(), Optional.empty(), light);
        List<Finding> findings = light == Light.GREEN ? List.of()
                : List.of(lagging(item, verdict, "报送" + Wording.amount(value, item) + "，低于标准"
                        + Wording.amount(minimum, item) + "（" + light.label() + "）").build());
        return new Judgement(Optional.of(verdict), findings);
    }

    /** A percentage written where a count is due: the rate is worked out here, from the count. */
    private static String percentDue(ProgressItem item, String written) {
        String unit = item.unit().isEmpty() ? "" : "（" + item.unit() + "）";
        return "此处应填累计完成数" + unit + "，实际为百分比“" + written + "”（完成率由累计完成数计算得出）";
    }

    /** PRG_LAGGING at the severity of its light: yellow WARNING, red ERROR. */
    private static FindingBuilder lagging(ProgressItem item, ProgressVerdict verdict, String detail) {
        return about(RuleCode.PRG_LAGGING, item)
                .severity(verdict.light() == Light.RED ? Severity.ERROR : Severity.WARNING)
                .values(verdict.target(), verdict.completion())
                .message(Wording.subject(item) + detail);
    }

    private static Finding overTarget(ProgressItem item, BigDecimal target, BigDecimal completion) {
        String detail = target.signum() <= 0 ? "未分配任务（目标为0），累计完成" + Wording.amount(completion, item)
                : "目标" + Wording.amount(target, item) + "，累计完成" + Wording.amount(completion, item) + "，超过目标"
                        + Wording.amount(completion.subtract(target), item) + "（完成率"
                        + Wording.percent(completion.divide(target, Decimals.CONTEXT)) + "）";
        return about(RuleCode.PRG_OVER_TARGET, item).values(target, completion)
                .message(Wording.subject(item) + detail).build();
    }

    private static FindingBuilder about(RuleCode rule, ProgressItem item) {
        return Finding.of(rule).department(item.department())
                .indicator(item.indicator().no(), item.indicator().name())
                .township(item.township())
                .unit(item.unit())
                .source(item.source());
    }
}

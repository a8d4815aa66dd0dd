package cn.minsheng.recon.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings SPEC §7 (and the PRG_ rows of §4) asks for, worked out from the cells the answer key recorded —
 * the same figures the workbooks hold — with the default thresholds: behind the schedule by more than 10 points
 * yellow (PRG_LAGGING WARNING), by more than 20 red (ERROR), red in 2 consecutive months supervised. Each township
 * is judged, and each allocated indicator in total. Where the SPEC leaves a choice open (how a blank or invalid cell
 * counts in a total, how a rate rounds), the figures are chosen so that every choice gives the same verdict, and
 * this class fails when one does not.
 */
final class ProgressRules {

    static final BigDecimal YELLOW = new BigDecimal("0.10");
    static final BigDecimal RED = new BigDecimal("0.20");
    static final int SUPERVISE_AFTER = 2;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal MARGIN = new BigDecimal("0.001");

    enum Status {
        OK, INVALID, MISSING
    }

    enum Light {
        GREEN, YELLOW, RED
    }

    /** An expected finding; {@code file} is relative to the month's submissions folder, blank columns mean any. */
    record Finding(YearMonth month, String rule, String severity, String department, int indicatorNo, String township,
            String file, String sheet, String cell, String note) {
    }

    /** The traffic light of one township (or, with township empty, of the indicator's total) in one month. */
    record Verdict(YearMonth month, String department, int indicatorNo, String township, BigDecimal done,
            BigDecimal target, BigDecimal share, Light light) {
    }

    record Outcome(List<Finding> findings, List<Verdict> verdicts) {
    }

    private final Schedule schedule;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Verdict> verdicts = new ArrayList<>();
    private final Map<String, BigDecimal> lastDone = new HashMap<>();
    private Map<String, Integer> redBefore = new HashMap<>();
    private Map<String, Integer> redNow = new HashMap<>();

    private ProgressRules(Schedule schedule) {
        this.schedule = schedule;
    }

    static Outcome judge(AnswerKey key, Schedule schedule) {
        ProgressRules rules = new ProgressRules(schedule);
        for (YearMonth month : MonthlyFigures.MONTHS) {
            rules.month(key, month);
        }
        return new Outcome(List.copyOf(rules.findings), List.copyOf(rules.verdicts));
    }

    /**
     * How the SPEC takes a completion cell: a blank is missing; text, a negative, a percentage where a count is due
     * and 100 times the target or more are invalid.
     */
    static Status status(Figure figure, Indicator ind, BigDecimal target) {
        return switch (figure.form()) {
            case BLANK -> Status.MISSING;
            case TEXT -> Status.INVALID;
            case PERCENT -> ind.kind == Kind.RATE ? Status.OK : Status.INVALID;
            case NUMBER -> figure.value().signum() < 0 || figure.value().compareTo(target.multiply(HUNDRED)) >= 0
                    ? Status.INVALID : Status.OK;
        };
    }

    private void month(AnswerKey key, YearMonth month) {
        for (AnswerKey.Target t : key.targets) {
            AnswerKey.Place p = t.place();
            if (p.month().equals(month) && t.submitted().compareTo(p.indicator().target(p.town())) != 0) {
                add(p, "SUB_VALUE_MISMATCH", "ERROR", "目标任务 " + Figure.plain(t.submitted()) + "，分解表为 "
                        + Figure.plain(p.indicator().target(p.town())));
            }
        }
        Map<String, List<AnswerKey.Completion>> groups = new LinkedHashMap<>();
        for (AnswerKey.Completion c : key.completions) {
            if (c.place().month().equals(month)) {
                groups.computeIfAbsent(c.place().department() + "|" + c.place().indicator().no, k -> new ArrayList<>()).add(c);
            }
        }
        redNow = new HashMap<>();
        for (List<AnswerKey.Completion> group : groups.values()) {
            Indicator ind = group.get(0).place().indicator();
            Map<String, BigDecimal> before = new HashMap<>(lastDone);
            for (AnswerKey.Completion c : group) {
                place(c);
            }
            if (ind.kind == Kind.ALLOCATED) {
                total(group, before);
            }
        }
        redBefore = redNow;
    }

    private void place(AnswerKey.Completion c) {
        AnswerKey.Place p = c.place();
        Indicator ind = p.indicator();
        BigDecimal target = ind.target(p.town());
        Status status = status(c.figure(), ind, target);
        if (status == Status.MISSING) {
            add(p, "PRG_MISSING_PROGRESS", "WARNING", "累计完成空白，其他乡镇已填报");
        } else if (status == Status.INVALID) {
            add(p, "PRG_INVALID_PROGRESS", "ERROR", "累计完成「" + c.figure().shown() + "」：" + reason(c.figure()));
        } else if (ind.scheduled()) {
            judge(p.month(), p.department(), ind, p.town().township(), c.figure().value(), target, p);
        } else if (c.figure().value().compareTo(target) < 0) {
            throw new IllegalStateException(p + ": the fixture keeps every rate and standard at or above its standard");
        }
    }

    /**
     * The indicator's total: completion of the townships read against the targets of the same townships, or
     * against every target (a blank or invalid cell counted as 0) — the fixture makes both give one verdict.
     */
    private void total(List<AnswerKey.Completion> group, Map<String, BigDecimal> before) {
        AnswerKey.Place first = group.get(0).place();
        Indicator ind = first.indicator();
        BigDecimal done = BigDecimal.ZERO;
        BigDecimal targetRead = BigDecimal.ZERO;
        BigDecimal targetAll = BigDecimal.ZERO;
        BigDecimal previousRead = BigDecimal.ZERO;
        for (AnswerKey.Completion c : group) {
            BigDecimal target = ind.target(c.place().town());
            targetAll = targetAll.add(target);
            if (status(c.figure(), ind, target) == Status.OK) {
                done = done.add(c.figure().value());
                targetRead = targetRead.add(target);
                previousRead = previousRead.add(before.getOrDefault(key(first.department(), ind, c.place().town().township()),
                        BigDecimal.ZERO));
            }
        }
        BigDecimal share = schedule.share(ind.no, first.month().getMonthValue());
        BigDecimal previousAll = before.get(key(first.department(), ind, ""));
        String what = first.month() + " " + ind + " total";
        boolean sameLight = light(done, targetRead, share, what) == light(done, targetAll, share, what);
        boolean sameOver = (done.compareTo(targetRead) > 0) == (done.compareTo(targetAll) > 0);
        boolean sameRegression = previousAll == null
                || (done.compareTo(previousRead) < 0) == (done.compareTo(previousAll) < 0);
        if (!sameLight || !sameOver || !sameRegression) {
            throw new IllegalStateException(what + ": the verdict depends on how blank or invalid cells count");
        }
        // the total has no township and no cell of its own: the finding names the file only
        AnswerKey.Place where = new AnswerKey.Place(first.department(), ind, null, first.month(), first.file(), "", "");
        judge(first.month(), first.department(), ind, "", done, targetAll, where);
    }

    private void judge(YearMonth month, String department, Indicator ind, String township, BigDecimal done,
            BigDecimal target, AnswerKey.Place where) {
        BigDecimal share = schedule.share(ind.no, month.getMonthValue());
        String k = key(department, ind, township);
        Light light = light(done, target, share, month + " " + ind + " " + township);
        verdicts.add(new Verdict(month, department, ind.no, township, done, target, share, light));
        String rates = "完成率 " + AnswerKey.percent(rate(done, target)) + "，序时进度 " + AnswerKey.percent(share);
        if (light == Light.YELLOW) {
            add(where, township, "PRG_LAGGING", "WARNING", rates);
        } else if (light == Light.RED) {
            add(where, township, "PRG_LAGGING", "ERROR", rates);
        }
        if (done.compareTo(target) > 0) {
            add(where, township, "PRG_OVER_TARGET", "INFO", "累计完成 " + Figure.plain(done) + "，目标 " + Figure.plain(target));
        }
        BigDecimal previous = lastDone.get(k);
        if (previous != null && done.compareTo(previous) < 0) {
            add(where, township, "PRG_REGRESSION", "ERROR",
                    "累计完成 " + Figure.plain(done) + "，上期 " + Figure.plain(previous));
        }
        lastDone.put(k, done);
        if (light == Light.RED) {
            int run = redBefore.getOrDefault(k, 0) + 1;
            redNow.put(k, run);
            if (run >= SUPERVISE_AFTER) {
                add(where, township, "PRG_SUPERVISED", "ERROR", "连续" + run + "个月红灯，" + rates);
            }
        }
    }

    /** Behind the schedule by more than 20 points red, by more than 10 yellow; no figure may sit on a threshold. */
    static Light light(BigDecimal done, BigDecimal target, BigDecimal share, String what) {
        BigDecimal behind = share.subtract(rate(done, target));
        if (behind.subtract(YELLOW).abs().compareTo(MARGIN) < 0 || behind.subtract(RED).abs().compareTo(MARGIN) < 0) {
            throw new IllegalStateException(what + " is within 0.1 point of a threshold: choose another figure");
        }
        return behind.compareTo(RED) > 0 ? Light.RED : behind.compareTo(YELLOW) > 0 ? Light.YELLOW : Light.GREEN;
    }

    private static BigDecimal rate(BigDecimal done, BigDecimal target) {
        return done.divide(target, 10, RoundingMode.HALF_UP);
    }

    private static String reason(Figure figure) {
        return switch (figure.form()) {
            case TEXT -> "文字";
            case PERCENT -> "百分数，应填数量";
            default -> figure.value().signum() < 0 ? "负数" : "达目标100倍以上（单位错误）";
        };
    }

    private static String key(String department, Indicator ind, String township) {
        return department + "|" + ind.no + "|" + township;
    }

    private void add(AnswerKey.Place p, String rule, String severity, String note) {
        add(p, p.town().township(), rule, severity, note);
    }

    private void add(AnswerKey.Place p, String township, String rule, String severity, String note) {
        findings.add(new Finding(p.month(), rule, severity, p.department(), p.indicator().no, township, p.file(),
                p.sheet(), p.cell(), note));
    }
}

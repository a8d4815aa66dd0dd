package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.model.Decimals;
import cn.minsheng.recon.domain.progress.Light;
import cn.minsheng.recon.domain.progress.ProgressVerdict;
import cn.minsheng.recon.domain.reconcile.ProgressFigure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the reports word progress: shares as percentages to one decimal, the lights counted worst first, and the
 * comment on a completion cell — target, completion, rate, schedule and where the figure was read.
 */
final class ProgressWords {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<Light> WORST_FIRST = List.of(Light.RED, Light.YELLOW, Light.GREEN);

    private ProgressWords() {
    }

    /** A fraction as a percentage to one decimal: {@code 0.375} → {@code 37.5%}. */
    static String percent(BigDecimal fraction) {
        return points(fraction.multiply(HUNDRED)) + "%";
    }

    /** {@code 红灯 1 黄灯 0 绿灯 3}. */
    static String counts(Map<Light, Long> counts) {
        return String.join(" ", WORST_FIRST.stream().map(l -> l.label() + " " + counts.getOrDefault(l, 0L)).toList());
    }

    /**
     * The comment on a completion cell: the figure's verdict and source, then the findings about the cell; empty for
     * neither. Neutralised, since it quotes inputs.
     */
    static String comment(Optional<ProgressFigure> figure, String unit, List<Finding> findings) {
        String verdict = figure.map(f -> verdict(f, unit)).orElse("");
        String about = findings.isEmpty() ? "" : FindingComment.text(findings);
        return FormulaText.neutralise(verdict.isEmpty() || about.isEmpty() ? verdict + about
                : verdict + "\n\n" + about);
    }

    /**
     * {@code 【进度·红灯】目标 120户，累计完成 30户，完成率 25.0%，序时进度 50.0%（落后 25.0 个百分点）}, then the source;
     * a rate or standard against its minimum.
     */
    static String verdict(ProgressFigure figure, String unit) {
        StringBuilder text = new StringBuilder();
        if (figure.verdict().isPresent()) {
            ProgressVerdict v = figure.verdict().get();
            text.append("【进度·").append(v.light().label()).append("】");
            if (v.onSchedule()) {
                text.append("目标 ").append(amount(v.target(), unit)).append("，累计完成 ")
                        .append(amount(v.completion(), unit)).append("，完成率 ").append(percent(v.rate()))
                        .append("，序时进度 ").append(percent(v.scheduled().orElseThrow()))
                        .append(gap(v.pointsBehind().orElseThrow()));
            } else {
                text.append("标准 ").append(amount(v.target(), unit)).append("，报送 ")
                        .append(amount(v.completion(), unit));
            }
            if (figure.redMonths() > 1) {
                text.append("，已连续 ").append(figure.redMonths()).append(" 个月红灯");
            }
        } else {
            text.append("【进度】累计完成 ").append(amount(figure.completion(), unit)).append("（无目标，不判断进度）");
        }
        text.append("\n来源：").append(figure.source().file());
        if (!figure.source().cell().isEmpty()) {
            text.append(" / ").append(figure.source().sheet()).append(" / ").append(figure.source().cell());
        }
        if (!figure.note().isBlank()) {
            text.append("\n进展情况：").append(figure.note());
        }
        return text.toString();
    }

    /** {@code （落后 25.0 个百分点）}, {@code （领先 2.6 个百分点）}, or level with the schedule to one decimal. */
    private static String gap(BigDecimal behind) {
        String points = points(behind.abs());
        if (new BigDecimal(points).signum() == 0) {
            return "（与序时进度持平）";
        }
        return (behind.signum() > 0 ? "（落后 " : "（领先 ") + points + " 个百分点）";
    }

    private static String amount(BigDecimal value, String unit) {
        return Decimals.plain(value) + unit;
    }

    private static String points(BigDecimal points) {
        return points.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}

package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.progress.Light;
import cn.minsheng.recon.domain.progress.ProgressVerdict;
import cn.minsheng.recon.domain.progress.Wording;
import cn.minsheng.recon.domain.reconcile.ProgressFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;

/**
 * 首页's 序时进度 section: per unit its red, yellow and green items, with the indicators that have red or yellow
 * ones and their counts; the units all green in a line; then the indicators proposed for 挂牌督办, a sentence each
 * (unit, leader, indicator, townships, months in red), pointing to 督办清单. It takes only the height it is given:
 * what does not fit is counted in a 「另有…」 line.
 */
final class FrontPageLights {

    /** The most indicators a unit's line names. */
    static final int MOST_INDICATORS = 3;
    /** The most townships a sentence of supervision names; it counts them all. */
    static final int MOST_TOWNSHIPS = 3;

    private static final float SECTION_POINTS = 24;
    private static final String[] HEADER = {"序号", "单位", "红灯", "黄灯", "绿灯", "有红灯、黄灯的指标", "牵头领导"};

    /** A unit's line as planned: its texts and the height they take. */
    private record UnitLine(String unit, Map<Light, Long> counts, String indicators, String leaders, float height) {
    }

    private final LightTally tally;
    private final IndicatorLeads leads;
    private final Map<String, String> leaders;

    /** @param leaders per unit, its 牵头领导 as 需要督办 names them */
    FrontPageLights(LightTally tally, IndicatorLeads leads, Map<String, String> leaders) {
        this.tally = tally;
        this.leads = leads;
        this.leaders = leaders;
    }

    /** The headline: {@code 序时进度：红灯 8 项　黄灯 2 项　绿灯 30 项}. */
    String headline() {
        return "序时进度：" + LightTally.text(tally.total(), "　");
    }

    /**
     * Writes the section from row {@code r} in at most {@code room} points: its headings and 「另有…」 lines, and as
     * many units' lines, then sentences of supervision, as fit; returns the next row.
     */
    int write(SheetWriter sheet, int r, double room) {
        Map<String, Map<Light, Long>> byUnit = tally.byUnit();
        List<UnitLine> troubled = new ArrayList<>();
        List<String> green = new ArrayList<>();
        byUnit.forEach((unit, counts) -> {
            if (LightTally.troubled(counts)) {
                troubled.add(unitLine(sheet, unit, counts));
            } else {
                green.add(unit + " " + LightTally.count(counts, Light.GREEN) + " 项");
            }
        });
        List<String> supervised = supervised();
        double left = room - SECTION_POINTS - height(sheet, HEADER)
                - height(rest(troubled.size(), green)) - (supervised.isEmpty() ? 0
                : SECTION_POINTS + SheetWriter.LINE_POINTS);
        // the first sentence of supervision before a second unit's line
        double firstSentence = supervised.isEmpty() ? 0 : height(supervised.get(0));
        int units = 0;
        while (units < troubled.size() && troubled.get(units).height() + (units > 0 ? firstSentence : 0) <= left) {
            left -= troubled.get(units++).height();
        }
        int sentences = 0;
        while (sentences < supervised.size() && height(supervised.get(sentences)) <= left) {
            left -= height(supervised.get(sentences++));
        }
        FrontPage.section(sheet, r++, "序时进度红黄绿灯（按指标×乡镇计项）");
        if (units > 0) {
            sheet.header(r++, HEADER);
        }
        for (int i = 0; i < units; i++) {
            r = unit(sheet, r, i + 1, troubled.get(i));
        }
        String rest = rest(troubled.size() - units, green);
        if (!rest.isEmpty()) {
            FrontPage.line(sheet, r++, rest);
        }
        if (!supervised.isEmpty()) {
            FrontPage.section(sheet, r++, SupervisionSheet.SUPERVISE + "（连续红灯，明细见「" + SupervisionSheet.NAME + "」）");
            for (int i = 0; i < sentences; i++) {
                FrontPage.line(sheet, r++, supervised.get(i));
            }
            if (sentences < supervised.size()) {
                FrontPage.line(sheet, r++, "另有 " + (supervised.size() - sentences) + " 个指标建议挂牌督办，见「"
                        + SupervisionSheet.NAME + "」。");
            }
        }
        return r;
    }

    private UnitLine unitLine(SheetWriter sheet, String unit, Map<Light, Long> counts) {
        List<String> lines = new ArrayList<>();
        Map<String, Map<Light, Long>> indicators = new LinkedHashMap<>(tally.byIndicator(unit));
        indicators.values().removeIf(c -> !LightTally.troubled(c));
        indicators.entrySet().stream().limit(MOST_INDICATORS).forEach(e -> lines.add(leads.label(e.getKey()) + "："
                + LightTally.WORST_FIRST.stream().filter(l -> LightTally.count(e.getValue(), l) > 0)
                        .map(l -> l.label() + " " + e.getValue().get(l)).collect(Collectors.joining("、"))));
        if (indicators.size() > MOST_INDICATORS) {
            lines.add("另有 " + (indicators.size() - MOST_INDICATORS) + " 个指标有红灯或黄灯");
        }
        String text = String.join("\n", lines);
        String leader = leaders.getOrDefault(unit, "");
        return new UnitLine(unit, counts, text, leader, height(sheet, "", unit, "", "", "", text, leader));
    }

    private static int unit(SheetWriter sheet, int r, int rank, UnitLine line) {
        Row row = sheet.row(r);
        WorkbookStyles styles = sheet.styles();
        sheet.number(row, 0, Optional.of(BigDecimal.valueOf(rank)), styles.centred());
        sheet.text(row, 1, line.unit(), styles.plain());
        int column = 2;
        for (Light light : LightTally.WORST_FIRST) {
            long count = LightTally.count(line.counts(), light);
            sheet.number(row, column++, Optional.of(BigDecimal.valueOf(count)),
                    count > 0 ? styles.light(light) : styles.centred());
        }
        sheet.text(row, 5, line.indicators(), styles.plain());
        sheet.text(row, 6, line.leaders(), styles.plain());
        row.setHeightInPoints(line.height());
        return r + 1;
    }

    /** The units left out for room, and the units all green with their counts; empty when there are neither. */
    private static String rest(int left, List<String> green) {
        String more = left > 0 ? "另有 " + left + " 个单位有红灯或黄灯，见「" + SupervisionSheet.NAME + "」「"
                + FindingsSheet.NAME + "」。" : "";
        return more + (green.isEmpty() ? "" : "全部绿灯：" + String.join("、", green) + "。");
    }

    /** Per indicator proposed for 挂牌督办, in the breakdown table's order, a sentence. */
    private List<String> supervised() {
        Map<String, List<ProgressFigure>> byIndicator = tally.lit().stream().filter(tally::supervised)
                .sorted(Comparator.comparingInt(f -> leads.order(f.indicatorNo())))
                .collect(Collectors.groupingBy(f -> f.department() + "|" + f.indicatorNo(), LinkedHashMap::new,
                        Collectors.toList()));
        List<String> sentences = new ArrayList<>();
        byIndicator.values().forEach(figures -> sentences.add((sentences.size() + 1) + ". " + sentence(figures)));
        return sentences;
    }

    /**
     * {@code 县残联（谭志刚）9.完成…300户：枫川街道、白石镇、鹿鸣镇等 8 个乡镇及合计连续 2 个月红灯，合计完成率
     * 22.7%（序时进度 50.0%）。}
     */
    private String sentence(List<ProgressFigure> figures) {
        ProgressFigure first = figures.get(0);
        String no = first.indicatorNo();
        String leader = leads.leader(no);
        List<String> townships = figures.stream().filter(f -> !f.whole()).map(ProgressFigure::township).toList();
        Optional<ProgressFigure> whole = figures.stream().filter(ProgressFigure::whole).findFirst();
        String where = townships.isEmpty() ? "全县"
                : String.join("、", townships.stream().limit(MOST_TOWNSHIPS).toList())
                        + (townships.size() > MOST_TOWNSHIPS ? "等 " + townships.size() + " 个乡镇" : "")
                        + (whole.isPresent() ? "及合计" : "");
        IntSummaryStatistics months = figures.stream().mapToInt(ProgressFigure::redMonths).summaryStatistics();
        String run = months.getMin() == months.getMax() ? String.valueOf(months.getMax())
                : months.getMin() + "～" + months.getMax();
        ProgressVerdict verdict = whole.orElse(first).verdict().orElseThrow();
        String standing = (whole.isPresent() && !townships.isEmpty() ? "合计" : "") + "完成率 "
                + Wording.percent(verdict.rate()) + verdict.scheduled().map(s -> "（序时进度 " + Wording.percent(s) + "）")
                        .orElse("（对照标准）");
        return leads.leadUnit(no, first.department()) + (leader.isEmpty() ? "" : "（" + leader + "）")
                + leads.label(no) + "：" + where + "连续 " + run + " 个月红灯，" + standing + "。";
    }

    /** The height of a row of the page's columns holding {@code texts}, wrapped as {@link SheetWriter#fitHeight}. */
    private static float height(SheetWriter sheet, String... texts) {
        int lines = 1;
        for (int c = 0; c < texts.length; c++) {
            lines = Math.max(lines, SheetWriter.lines(texts[c], Math.max(1, sheet.sheet().getColumnWidth(c) / 256 - 1)));
        }
        return lines * SheetWriter.LINE_POINTS;
    }

    private static double height(String text) {
        return text.isEmpty() ? 0 : SheetWriter.LINE_POINTS * SheetWriter.lines(text, FrontPage.PAGE_UNITS);
    }
}

package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.model.Decimals;
import cn.minsheng.recon.domain.progress.Light;
import cn.minsheng.recon.domain.progress.ProgressVerdict;
import cn.minsheng.recon.domain.reconcile.ProgressFigure;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * 督办清单: the red progress items, those proposed for 挂牌督办 (PRG_SUPERVISED) first, each with who leads it, its
 * target, completion, rate against the schedule (or its standard), the points it is behind, the calendar months it
 * has been red and the 进展情况 its unit wrote. Items are numbered as {@link LightTally} counts them; an indicator's
 * total, which restates its townships, follows them as a 合计 line without a number.
 */
final class SupervisionSheet {

    static final String NAME = "督办清单";
    /** The row of the table's header. */
    static final int HEADER = 2;
    static final String NO_RED = "本期没有红灯项目";
    static final String SUPERVISE = "建议挂牌督办";

    private static final int WIDTH = 15;

    private final IndicatorLeads leads;
    private final LightTally tally;

    SupervisionSheet(IndicatorLeads leads, LightTally tally) {
        this.leads = leads;
        this.tally = tally;
    }

    void write(SheetWriter sheet, RunSummary run) {
        sheet.widths(5, 8, 12, 24, 11, 6, 8, 9, 8, 10, 8, 8, 6, 12, 24);
        List<ProgressFigure> red = tally.lit().stream().filter(f -> f.light().orElseThrow() == Light.RED)
                .sorted(Comparator.comparing((ProgressFigure f) -> !tally.supervised(f))
                        .thenComparingInt(f -> leads.order(f.indicatorNo()))
                        .thenComparing(ProgressFigure::whole))
                .toList();
        Row title = sheet.row(0);
        sheet.text(title, 0, run.period().label() + " 民生实事进度督办清单", sheet.styles().title());
        title.setHeightInPoints(28);
        merge(sheet, 0);
        long supervised = red.stream().filter(tally::counts).filter(tally::supervised).count();
        long counted = red.stream().filter(tally::counts).count();
        String summary = red.isEmpty() ? NO_RED
                : "红灯 " + counted + " 项（按指标×乡镇计），其中" + SUPERVISE + " " + supervised + " 项，排在前面"
                        + (counted < red.size() ? "；“合计”行是整个指标的合计，不另计项" : "") + "。对账时间 "
                        + run.runTime().format(LedgerSheet.TIME) + "。";
        Row line = sheet.row(1);
        sheet.text(line, 0, summary, red.isEmpty() ? sheet.styles().section() : sheet.styles().note());
        merge(sheet, 1);
        line.setHeightInPoints(SheetWriter.LINE_POINTS * 2);
        if (red.isEmpty()) {
            sheet.print(-1);
            return;
        }
        sheet.header(HEADER, "序号", "牵头领导", "牵头单位", "指标", "乡镇", "计量单位", "目标", "累计完成", "完成率",
                "序时进度", "落后（百分点）", "连续红灯月数", "亮灯", "建议", "进展情况");
        int r = HEADER + 1;
        int no = 0;
        for (ProgressFigure figure : red) {
            boolean counts = tally.counts(figure);
            r = item(sheet, r, counts ? Optional.of(++no) : Optional.empty(), figure);
        }
        sheet.sheet().createFreezePane(0, HEADER + 1);
        sheet.print(HEADER);
    }

    private int item(SheetWriter sheet, int r, Optional<Integer> no, ProgressFigure figure) {
        Row row = sheet.row(r);
        WorkbookStyles styles = sheet.styles();
        ProgressVerdict verdict = figure.verdict().orElseThrow();
        String indicatorNo = figure.indicatorNo();
        String unit = leads.unit(indicatorNo);
        sheet.number(row, 0, no.map(BigDecimal::valueOf), styles.centred());
        sheet.text(row, 1, leads.leader(indicatorNo), styles.plain());
        sheet.text(row, 2, leads.leadUnit(indicatorNo, figure.department()), styles.plain());
        sheet.text(row, 3, leads.label(indicatorNo), styles.plain());
        sheet.text(row, 4, figure.whole() ? (no.isPresent() ? "全县" : "合计") : figure.township(), styles.plain());
        sheet.text(row, 5, unit, styles.centred());
        sheet.number(row, 6, Optional.of(verdict.target()), styles.plain());
        sheet.number(row, 7, Optional.of(verdict.completion()), styles.plain());
        sheet.number(row, 8, Optional.of(verdict.rate()), styles.percent());
        if (verdict.onSchedule()) {
            sheet.number(row, 9, verdict.scheduled(), styles.percent());
        } else {
            sheet.text(row, 9, "标准" + Decimals.plain(verdict.target()) + unit, styles.plain());
        }
        sheet.number(row, 10, verdict.pointsBehind(), styles.tenths());
        sheet.number(row, 11, Optional.of(BigDecimal.valueOf(figure.redMonths())), styles.centred());
        sheet.text(row, 12, Light.RED.label(), styles.light(Light.RED));
        sheet.text(row, 13, tally.supervised(figure) ? SUPERVISE
                : verdict.onSchedule() ? "督促加快进度" : "督促达到标准", styles.plain());
        sheet.text(row, 14, figure.note(), styles.plain());
        sheet.fitHeight(row);
        return r + 1;
    }

    private static void merge(SheetWriter sheet, int r) {
        sheet.sheet().addMergedRegion(new CellRangeAddress(r, r, 0, WIDTH - 1));
    }
}

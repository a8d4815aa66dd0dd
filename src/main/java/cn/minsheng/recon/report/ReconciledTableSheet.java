package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.model.Decimals;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import cn.minsheng.recon.domain.progress.Light;
import cn.minsheng.recon.domain.reconcile.ProgressFigure;
import cn.minsheng.recon.domain.reconcile.SubmittedFigure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;

/**
 * 分解对账: the official breakdown's layout ({@link BreakdownLayout}) filled with the submitted values. A value that
 * differs, a township left out and one reported beyond the breakdown are coloured apart ({@link CellMark}) and
 * commented with both values and the cell they came from; a value that agrees is green; an indicator nobody
 * reported is grey. Under an indicator with cumulative completion, a 累计完成 row: each township's completion and
 * the total in their traffic lights' colours ({@link CompletionCell}), the PRG_ findings marked there.
 */
final class ReconciledTableSheet {

    static final String NAME = "分解对账";

    private final BreakdownLayout layout;
    private final OfficialTables tables;
    private final StandingFigures figures;
    private final ProgressStanding progress;

    /** @param layout the grid with a 累计完成 row under each indicator {@code progress} has completion for */
    ReconciledTableSheet(BreakdownLayout layout, OfficialTables tables, StandingFigures figures,
            ProgressStanding progress) {
        this.layout = layout;
        this.tables = tables;
        this.figures = figures;
        this.progress = progress;
    }

    void write(SheetWriter sheet, List<Finding> submissionFindings) {
        layout.header(sheet, List.of("官方目标", "报送合计"), List.of("牵头单位", "报送单位及文件"), 24);
        Map<CellAddress, List<Finding>> byCell = layout.byCell(submissionFindings);
        for (Indicator indicator : layout.indicators()) {
            int r = layout.row(indicator);
            Row row = sheet.row(r);
            Optional<StandingFigures.Reported> reported = figures.of(indicator);
            BreakdownLayout.indicator(sheet, row, indicator, BreakdownLayout.at(byCell, r, BreakdownLayout.NAME));
            sheet.text(row, 5, target(indicator), sheet.styles().plain());
            List<Finding> atTotal = BreakdownLayout.at(byCell, r, BreakdownLayout.TOTAL);
            if (reported.isEmpty() && indicator.expectsSubmission() && atTotal.isEmpty()) {
                sheet.text(row, BreakdownLayout.TOTAL, "未报送", sheet.styles().mark(CellMark.UNREPORTED));
            } else {
                sheet.flaggedNumber(row, BreakdownLayout.TOTAL, atTotal,
                        reported.filter(x -> !indicator.rate()).map(StandingFigures.Reported::sum),
                        sheet.styles().plain());
            }
            for (int t = 0; t < layout.townships().size(); t++) {
                township(sheet, row, indicator, reported, t, byCell);
            }
            sheet.text(row, layout.afterTownships(), tables.responsibility(indicator)
                    .map(ResponsibilityRow::leadUnit).orElse(""), sheet.styles().plain());
            sheet.text(row, layout.afterTownships() + 1, reported.map(x -> (x.department().isEmpty() ? ""
                    : x.department() + "：") + x.file()).orElse(""), sheet.styles().plain());
            sheet.fitHeight(row);
            layout.completionRow(indicator).ifPresent(c -> {
                sheet.keepWithNext(r);
                completion(sheet, sheet.row(c), indicator, byCell);
            });
        }
        sheet.sheet().createFreezePane(BreakdownLayout.NAME + 1, 1);
        sheet.print(0, 0, BreakdownLayout.LABELS, false);
    }

    private void township(SheetWriter sheet, Row row, Indicator indicator,
            Optional<StandingFigures.Reported> reported, int t, Map<CellAddress, List<Finding>> byCell) {
        String township = layout.townships().get(t);
        int column = BreakdownLayout.FIRST_TOWNSHIP + t;
        Optional<BigDecimal> official = indicator.townships().get(township) instanceof CellValue.Number n
                ? Optional.of(n.value()) : Optional.empty();
        Optional<BigDecimal> value = reported.map(x -> x.byTownship().get(township)).map(SubmittedFigure::value);
        CellStyle clean = sheet.styles().plain();
        if (value.isPresent() && official.map(o -> o.compareTo(value.get()) == 0).orElse(false)) {
            clean = sheet.styles().mark(CellMark.AGREES);
        } else if (reported.isEmpty() && official.map(o -> o.signum() > 0).orElse(false)) {
            clean = sheet.styles().mark(CellMark.UNREPORTED);
        }
        sheet.flaggedNumber(row, column, BreakdownLayout.at(byCell, row.getRowNum(), column), value, clean);
    }

    /**
     * The 累计完成 row under an indicator: labelled as its own, the indicator's light in words, the completion as a
     * whole in the total column and each township's under its target, and the file it was read from.
     */
    private void completion(SheetWriter sheet, Row row, Indicator indicator, Map<CellAddress, List<Finding>> byCell) {
        int r = row.getRowNum();
        var plain = sheet.styles().plain();
        String unit = indicator.unitText();
        sheet.text(row, 0, "", plain);
        sheet.text(row, 1, "", plain);
        sheet.text(row, 2, indicator.no(), plain);
        sheet.flagged(row, BreakdownLayout.NAME, BreakdownLayout.at(byCell, r, BreakdownLayout.NAME), "累计完成");
        sheet.text(row, 4, unit, plain);
        Optional<ProgressFigure> whole = progress.whole(indicator);
        String rate = ProgressStanding.rate(whole).map(v -> " 完成" + ProgressWords.percent(v)).orElse("");
        Optional<Light> light = progress.light(indicator);
        sheet.text(row, 5, light.map(l -> l.label() + rate).orElse(""), light.map(sheet.styles()::light).orElse(plain));
        CompletionCell.write(sheet, row, BreakdownLayout.TOTAL, whole,
                BreakdownLayout.at(byCell, r, BreakdownLayout.TOTAL), unit);
        for (int t = 0; t < layout.townships().size(); t++) {
            int column = BreakdownLayout.FIRST_TOWNSHIP + t;
            CompletionCell.write(sheet, row, column, progress.of(indicator, layout.townships().get(t)),
                    BreakdownLayout.at(byCell, r, column), unit);
        }
        // the file the completion was read from, when the targets came from another (or none)
        String targets = figures.of(indicator).map(StandingFigures.Reported::file).orElse("");
        sheet.text(row, layout.afterTownships(), "", plain);
        sheet.text(row, layout.afterTownships() + 1, progress.figures(indicator).stream().findFirst()
                .filter(f -> !f.source().file().equals(targets))
                .map(f -> f.department() + "：" + f.source().file()).orElse(""), plain);
        sheet.fitHeight(row);
    }

    /** The official target as a leader reads it: the headline, else the total, else the directive. */
    static String target(Indicator indicator) {
        if (indicator.headline().isPresent()) {
            return indicator.headline().get().phrase();
        }
        Optional<BigDecimal> number = indicator.total().or(indicator::spanningNumber);
        if (number.isPresent()) {
            return Decimals.plain(number.get());
        }
        if (indicator.directive().isPresent()) {
            return indicator.directive().get().text();
        }
        return indicator.allocatedByTownship() && !indicator.rate() ? Decimals.plain(indicator.townshipSum()) : "";
    }
}

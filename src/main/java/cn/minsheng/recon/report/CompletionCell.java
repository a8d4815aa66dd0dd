package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.progress.Light;
import cn.minsheng.recon.domain.reconcile.ProgressFigure;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * A cumulative completion cell: the figure, coloured by its traffic light — a green or unlit one by the findings
 * about it when they warn, so that a fall from last month is not hidden under green — and commented with its
 * verdict, its source and those findings.
 */
final class CompletionCell {

    private CompletionCell() {
    }

    static void write(SheetWriter sheet, Row row, int column, Optional<ProgressFigure> figure, List<Finding> findings,
            String unit) {
        sheet.number(row, column, figure.map(ProgressFigure::completion), style(sheet, figure, findings));
        sheet.comment(row, column, ProgressWords.comment(figure, unit, findings));
    }

    private static CellStyle style(SheetWriter sheet, Optional<ProgressFigure> figure, List<Finding> findings) {
        Optional<Light> light = figure.flatMap(ProgressFigure::light);
        Optional<CellMark> mark = CellMark.of(findings).filter(m -> m != CellMark.INFO);
        if (light.isPresent() && (light.get() != Light.GREEN || mark.isEmpty())) {
            return sheet.styles().light(light.get());
        }
        return mark.or(() -> CellMark.of(findings)).map(sheet.styles()::mark).orElse(sheet.styles().plain());
    }
}

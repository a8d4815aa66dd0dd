package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.reconcile.SubmittedFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * 一镇一表 (属地责任): a block per township in the official order, each on a printed page of its own — every
 * indicator allocated to the township (and any reported there beyond the breakdown), its official target, the
 * submitted value, a status and the findings about that cell.
 */
final class TownshipSheet {

    static final String NAME = "一镇一表";
    private static final int COLUMNS = 7;

    private final BreakdownLayout layout;
    private final StandingFigures figures;

    TownshipSheet(BreakdownLayout layout, StandingFigures figures) {
        this.layout = layout;
        this.figures = figures;
    }

    void write(SheetWriter sheet, List<Finding> submissionFindings) {
        sheet.widths(6, 44, 8, 10, 10, 7, 16);
        Map<CellAddress, List<Finding>> byCell = layout.byCell(submissionFindings);
        int r = 0;
        for (int t = 0; t < layout.townships().size(); t++) {
            String township = layout.townships().get(t);
            int column = BreakdownLayout.FIRST_TOWNSHIP + t;
            List<Indicator> allocated = new ArrayList<>();
            for (Indicator indicator : layout.indicators()) {
                if (official(indicator, township).map(v -> v.signum() != 0).orElse(false)
                        || !BreakdownLayout.at(byCell, layout.row(indicator), column).isEmpty()) {
                    allocated.add(indicator);
                }
            }
            long problems = allocated.stream()
                    .mapToLong(i -> BreakdownLayout.at(byCell, layout.row(i), column).size()).sum();
            Row title = sheet.row(r);
            sheet.text(title, 0, township + "（属地责任）：分配指标 " + allocated.size() + " 项，问题 " + problems + " 条",
                    sheet.styles().section());
            title.setHeightInPoints(24);
            sheet.sheet().addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS - 1));
            r++;
            sheet.header(r++, "指标编号", "指标", "计量单位", "官方目标", "报送", "状态", "问题");
            for (Indicator indicator : allocated) {
                r = line(sheet, r, indicator, township, BreakdownLayout.at(byCell, layout.row(indicator), column));
            }
            if (t < layout.townships().size() - 1) {
                sheet.sheet().setRowBreak(r);
                r++;
            }
        }
        sheet.print(-1);
    }

    private int line(SheetWriter sheet, int r, Indicator indicator, String township, List<Finding> findings) {
        Row row = sheet.row(r);
        CellStyle plain = sheet.styles().plain();
        Optional<BigDecimal> official = official(indicator, township);
        Optional<StandingFigures.Reported> reported = figures.of(indicator);
        Optional<BigDecimal> value = reported.map(x -> x.byTownship().get(township)).map(SubmittedFigure::value);
        sheet.text(row, 0, indicator.no(), sheet.styles().centred());
        sheet.text(row, 1, indicator.name(), plain);
        sheet.text(row, 2, indicator.unitText(), plain);
        if (official.isPresent()) {
            sheet.number(row, 3, official, plain);
        } else {
            sheet.text(row, 3, ReconciledTableSheet.target(indicator), plain);
        }
        sheet.flaggedNumber(row, 4, findings, value, plain);
        Optional<CellMark> mark = CellMark.of(findings);
        if (mark.isEmpty() && value.isPresent() && official.map(o -> o.compareTo(value.get()) == 0).orElse(false)) {
            mark = Optional.of(CellMark.AGREES);
        } else if (mark.isEmpty() && reported.isEmpty()) {
            mark = Optional.of(CellMark.UNREPORTED);
        }
        sheet.text(row, 5, mark.map(CellMark::label).orElse(value.isPresent() ? "已报送" : ""),
                mark.map(sheet.styles()::mark).orElse(plain));
        sheet.text(row, 6, findings.stream().map(f -> f.rule().title()).distinct().collect(Collectors.joining("；")),
                plain);
        sheet.fitHeight(row);
        return r + 1;
    }

    private static Optional<BigDecimal> official(Indicator indicator, String township) {
        return indicator.townships().get(township) instanceof CellValue.Number n ? Optional.of(n.value())
                : Optional.empty();
    }
}

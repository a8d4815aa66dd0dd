package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.progress.Light;
import cn.minsheng.recon.domain.reconcile.ProgressFigure;
import cn.minsheng.recon.domain.reconcile.SubmittedFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * 一镇一表 (属地责任): a block per township in the official order, each on a printed page of its own — every
 * indicator allocated to the township (and any reported there beyond the breakdown, a standard every township is
 * held to among them), its official target, the
 * submitted value, a status and the findings about that cell. When the run has cumulative completion (SPEC §7), each
 * line also gives the township's completion, its rate and its traffic light, and the findings about the completion.
 */
final class TownshipSheet {

    static final String NAME = "一镇一表";

    private final BreakdownLayout layout;
    private final StandingFigures figures;
    private final ProgressStanding progress;

    /** @param layout the grid of 分解对账, whose 累计完成 rows hold the PRG_ findings */
    TownshipSheet(BreakdownLayout layout, StandingFigures figures, ProgressStanding progress) {
        this.layout = layout;
        this.figures = figures;
        this.progress = progress;
    }

    void write(SheetWriter sheet, List<Finding> submissionFindings) {
        List<String> headers = new ArrayList<>(List.of("指标编号", "指标", "计量单位", "官方目标", "报送", "状态"));
        if (progress.present()) {
            sheet.widths(6, 36, 8, 10, 10, 8, 10, 8, 6, 16);
            headers.addAll(List.of("累计完成", "完成率", "进度"));
        } else {
            sheet.widths(6, 44, 8, 10, 10, 7, 16);
        }
        headers.add("问题");
        Map<CellAddress, List<Finding>> byCell = layout.byCell(submissionFindings);
        int r = 0;
        for (int t = 0; t < layout.townships().size(); t++) {
            String township = layout.townships().get(t);
            int column = BreakdownLayout.FIRST_TOWNSHIP + t;
            List<Indicator> allocated = new ArrayList<>();
            for (Indicator indicator : layout.indicators()) {
                if (official(indicator, township).map(v -> v.signum() != 0).orElse(false)
                        || !findings(byCell, indicator, column).isEmpty()
                        || progress.of(indicator, township).isPresent()) {
                    allocated.add(indicator);
                }
            }
            long problems = allocated.stream().mapToLong(i -> findings(byCell, i, column).size()).sum();
            Row title = sheet.row(r);
            sheet.text(title, 0, township + "（属地责任）：分配指标 " + allocated.size() + " 项，问题 " + problems + " 条"
                    + lights(allocated, township), sheet.styles().section());
            title.setHeightInPoints(24);
            sheet.sheet().addMergedRegion(new CellRangeAddress(r, r, 0, headers.size() - 1));
            r++;
            sheet.header(r++, headers.toArray(String[]::new));
            for (Indicator indicator : allocated) {
                r = line(sheet, r, indicator, township, BreakdownLayout.at(byCell, layout.row(indicator), column),
                        completionFindings(byCell, indicator, column));
            }
            if (t < layout.townships().size() - 1) {
                sheet.sheet().setRowBreak(r);
                r++;
            }
        }
        sheet.print(-1);
    }

    private int line(SheetWriter sheet, int r, Indicator indicator, String township, List<Finding> findings,
            List<Finding> aboutCompletion) {
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
        int problems = 6;
        if (progress.present()) {
            completion(sheet, row, progress.of(indicator, township), aboutCompletion, indicator.unitText());
            problems = 9;
        }
        sheet.text(row, problems, Stream.concat(findings.stream(), aboutCompletion.stream())
                .map(f -> f.rule().title()).distinct().collect(Collectors.joining("；")), plain);
        sheet.fitHeight(row);
        return r + 1;
    }

    /** 累计完成, 完成率 and 进度: the completion commented with its verdict and findings, the light in words. */
    private static void completion(SheetWriter sheet, Row row, Optional<ProgressFigure> figure,
            List<Finding> findings, String unit) {
        CellStyle plain = sheet.styles().plain();
        sheet.number(row, 6, figure.map(ProgressFigure::completion), plain);
        sheet.comment(row, 6, ProgressWords.comment(figure, unit, findings));
        sheet.number(row, 7, ProgressStanding.rate(figure), sheet.styles().percent());
        Optional<Light> light = figure.flatMap(ProgressFigure::light);
        sheet.text(row, 8, light.map(Light::label).orElse(""), light.map(sheet.styles()::light).orElse(plain));
    }

    /** {@code ；进度 红灯 1 黄灯 0 绿灯 3}: the township's lights, when the run has completion. */
    private String lights(List<Indicator> allocated, String township) {
        if (!progress.present()) {
            return "";
        }
        Map<Light, Long> counts = allocated.stream().map(i -> progress.of(i, township))
                .flatMap(Optional::stream).map(ProgressFigure::light).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(l -> l, Collectors.counting()));
        return "；进度 " + ProgressWords.counts(counts);
    }

    /** The findings about the township's target and completion of the indicator. */
    private List<Finding> findings(Map<CellAddress, List<Finding>> byCell, Indicator indicator, int column) {
        List<Finding> all = new ArrayList<>(BreakdownLayout.at(byCell, layout.row(indicator), column));
        all.addAll(completionFindings(byCell, indicator, column));
        return all;
    }

    private List<Finding> completionFindings(Map<CellAddress, List<Finding>> byCell, Indicator indicator,
            int column) {
        return layout.completionRow(indicator).map(c -> BreakdownLayout.at(byCell, c, column)).orElse(List.of());
    }

    private static Optional<BigDecimal> official(Indicator indicator, String township) {
        return indicator.townships().get(township) instanceof CellValue.Number n ? Optional.of(n.value())
                : Optional.empty();
    }
}

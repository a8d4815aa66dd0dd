package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.finding.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.IndexedColors;

/**
 * How a cell of the table sheets is coloured, with the legend's words: a submitted value that differs from, is
 * missing from or goes beyond the official breakdown, one that agrees, an indicator nobody reported, or any other
 * finding by its severity.
 */
enum CellMark {
    MISMATCH(IndexedColors.CORAL, "不符", "报送值与官方分解不符"),
    MISSING(IndexedColors.TAN, "漏报", "官方有分解任务，报送缺失或为空"),
    EXTRA(IndexedColors.PALE_BLUE, "多报", "官方未分配任务，却报送了数值"),
    ERROR(IndexedColors.ROSE, "错误", "有其他错误级问题（见批注）"),
    WARNING(IndexedColors.LIGHT_YELLOW, "警告", "有警告级问题（见批注）"),
    INFO(IndexedColors.LIGHT_TURQUOISE, "提示", "有提示级问题（见批注）"),
    AGREES(IndexedColors.LIGHT_GREEN, "一致", "报送值与官方分解一致"),
    UNREPORTED(IndexedColors.GREY_40_PERCENT, "未报送", "应报送而本期无人报送");

    private final IndexedColors fill;
    private final String label;
    private final String meaning;

    CellMark(IndexedColors fill, String label, String meaning) {
        this.fill = fill;
        this.label = label;
        this.meaning = meaning;
    }

    String label() {
        return label;
    }

    IndexedColors fill() {
        return fill;
    }

    String meaning() {
        return meaning;
    }

    /** The mark of a cell the findings concern: the kind of difference first, else the worst severity. */
    static Optional<CellMark> of(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.rule() == RuleCode.SUB_VALUE_MISMATCH
                || f.rule() == RuleCode.SUB_BELOW_STANDARD)) {
            return Optional.of(MISMATCH);
        }
        if (findings.stream().anyMatch(f -> f.rule() == RuleCode.SUB_MISSING_TOWNSHIP)) {
            return Optional.of(MISSING);
        }
        if (findings.stream().anyMatch(f -> f.rule() == RuleCode.SUB_EXTRA_TOWNSHIP)) {
            return Optional.of(EXTRA);
        }
        return findings.stream().map(Finding::severity).min(Comparator.naturalOrder()).map(CellMark::of);
    }

    static CellMark of(Severity severity) {
        return switch (severity) {
            case ERROR -> ERROR;
            case WARNING -> WARNING;
            case INFO -> INFO;
        };
    }
}

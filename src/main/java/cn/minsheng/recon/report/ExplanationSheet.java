package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.model.Period;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * 问题说明, the sheet a unit reads first in its feedback file: for whom, which period, by when and whom to ask; then
 * each finding as what is wrong (its message), where (the sheet, and the cell as a link to that cell of the unit's
 * own sheet in the same file) and what to do ({@link FindingAdvice}).
 */
final class ExplanationSheet {

    static final String NAME = "问题说明";

    /** 序号, 级别, 问题, 工作表, 单元格, 怎么改; a link's text is short (the cell's address): it never has to wrap. */
    private static final int[] WIDTHS = {5, 6, 46, 16, 8, 34};
    private static final int HEADER = 3;

    private ExplanationSheet() {
    }

    /**
     * Adds the sheet, named {@code name}, to {@code workbook}; a finding's place links to its cell when the workbook
     * holds the finding's sheet.
     */
    static Sheet write(FeedbackPage page, Workbook workbook, String name, String unit, Period period,
            ReplyTerms reply, List<Finding> findings) {
        Sheet sheet = workbook.createSheet(name);
        String title = unit + "  " + period.label() + "民生实事报送问题说明";
        if (findings.isEmpty()) {
            FeedbackPage.print(page.open(sheet, WIDTHS, title,
                    "本期报送未发现问题，无需修改。如有疑问，请联系" + reply.officeText() + "。"), -1);
            return sheet;
        }
        SheetWriter writer = page.open(sheet, WIDTHS, title,
                "请于" + reply.dueText() + "前改正并重新报送。如有疑问，请联系" + reply.officeText() + "。",
                summary(findings));
        writer.header(HEADER, "序号", "级别", "问题", "工作表", "单元格", "怎么改");
        int r = HEADER + 1;
        for (Finding finding : sorted(findings)) {
            Row row = writer.row(r);
            writer.number(row, 0, Optional.of(BigDecimal.valueOf(r - HEADER)), page.styles().centred());
            writer.text(row, 1, finding.severity().label(), page.styles().severity(finding.severity()));
            writer.text(row, 2, sentence(finding.message()), page.styles().plain());
            writer.text(row, 3, sheet(finding), page.styles().plain());
            Optional<String> target = target(workbook, finding);
            if (target.isPresent()) {
                writer.link(row, 4, finding.source().cell(), target.get());
            } else {
                writer.text(row, 4, finding.source().cell(), page.styles().centred());
            }
            writer.text(row, 5, FindingAdvice.of(finding) + "。", page.styles().plain());
            writer.fitHeight(row);
            r++;
        }
        sheet.createFreezePane(0, HEADER + 1);
        FeedbackPage.print(writer, HEADER);
        return sheet;
    }

    private static String summary(List<Finding> findings) {
        Map<Severity, Long> counts = Severity.counts(findings);
        StringBuilder text = new StringBuilder("共发现问题").append(findings.size()).append("条（");
        String separator = "";
        for (Map.Entry<Severity, Long> count : counts.entrySet()) {
            text.append(separator).append(count.getKey().label()).append(count.getValue()).append("条");
            separator = "、";
        }
        return text.append("），请逐条按“怎么改”处理。点击“单元格”一栏可跳到出错的单元格；这些单元格已标色，并附有批注。")
                .toString();
    }

    /** By severity, then where in the file: sheet, row, column. */
    private static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().sorted(Comparator.comparing(Finding::severity)
                .thenComparing(f -> f.source().sheet())
                .thenComparing(f -> address(f.source().cell()).map(CellReference::getRow).orElse(-1))
                .thenComparing(f -> address(f.source().cell()).map(c -> (int) c.getCol()).orElse(-1))
                .thenComparing(Finding::indicatorNo)).toList();
    }

    /** The sheet the finding is on; a finding about the whole file, or about no file, says so. */
    private static String sheet(Finding finding) {
        if (!finding.source().sheet().isEmpty()) {
            return finding.source().sheet();
        }
        return finding.source().file().isEmpty() ? "—" : "（整个文件）";
    }

    /** The cell's address in this workbook ({@code 'Sheet 1'!L5}, an apostrophe doubled), when it holds the sheet. */
    static Optional<String> target(Workbook workbook, Finding finding) {
        String sheet = finding.source().sheet();
        if (sheet.isEmpty() || workbook.getSheet(sheet) == null) {
            return Optional.empty();
        }
        return address(finding.source().cell())
                .map(cell -> "'" + sheet.replace("'", "''") + "'!" + cell.formatAsString());
    }

    /** The cell an A1 address names on its own sheet; empty for no address or one naming a sheet. */
    static Optional<CellReference> address(String a1) {
        try {
            CellReference reference = new CellReference(a1);
            return reference.getRow() >= 0 && reference.getCol() >= 0 && reference.getSheetName() == null
                    ? Optional.of(reference) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The message ended as a sentence. */
    static String sentence(String message) {
        return message.isEmpty() || "。！？；".indexOf(message.charAt(message.length() - 1)) >= 0 ? message
                : message + "。";
    }
}

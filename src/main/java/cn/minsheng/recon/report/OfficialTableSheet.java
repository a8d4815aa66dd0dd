package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.model.DirectiveKind;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * 官方分解表: the official breakdown table as it was read, in {@link BreakdownLayout}, each cell the official
 * tables' own findings (OFF_) concern coloured and commented.
 */
final class OfficialTableSheet {

    static final String NAME = "官方分解表";

    private static final Map<DirectiveKind, String> KIND_NAMES = Map.of(
            DirectiveKind.CENTRAL, "本级统筹", DirectiveKind.UPPER_LEVEL, "上级统筹", DirectiveKind.PENDING, "待定",
            DirectiveKind.STANDARD, "标准", DirectiveKind.OTHER, "其他");

    private final BreakdownLayout layout;
    private final OfficialTables tables;

    OfficialTableSheet(BreakdownLayout layout, OfficialTables tables) {
        this.layout = layout;
        this.tables = tables;
    }

    void write(SheetWriter sheet, List<Finding> officialFindings) {
        List<String> townships = layout.townships();
        layout.header(sheet, List.of("名称中的目标", "全域目标/合计"), List.of("牵头领导", "牵头单位"), 18);
        Map<CellAddress, List<Finding>> byCell = layout.byCell(officialFindings);
        for (Indicator indicator : layout.indicators()) {
            int r = layout.row(indicator);
            Row row = sheet.row(r);
            BreakdownLayout.indicator(sheet, row, indicator, BreakdownLayout.at(byCell, r, BreakdownLayout.NAME));
            sheet.text(row, 5, indicator.headline().map(h -> h.phrase()).orElse(""), sheet.styles().plain());
            sheet.flaggedNumber(row, BreakdownLayout.TOTAL, BreakdownLayout.at(byCell, r, BreakdownLayout.TOTAL),
                    indicator.total().or(indicator::spanningNumber), sheet.styles().plain());
            for (int t = 0; t < townships.size(); t++) {
                int column = BreakdownLayout.FIRST_TOWNSHIP + t;
                CellValue value = indicator.townships().get(townships.get(t));
                if (value instanceof CellValue.Number n) {
                    sheet.flaggedNumber(row, column, BreakdownLayout.at(byCell, r, column), Optional.of(n.value()),
                            sheet.styles().plain());
                } else {
                    sheet.flagged(row, column, BreakdownLayout.at(byCell, r, column),
                            value instanceof CellValue.Directive d ? d.text() : "");
                }
            }
            indicator.spanning().ifPresent(value -> spanning(sheet, row, value));
            Optional<ResponsibilityRow> lead = tables.responsibility(indicator);
            sheet.text(row, layout.afterTownships(), lead.map(ResponsibilityRow::leader).orElse(""),
                    sheet.styles().plain());
            sheet.text(row, layout.afterTownships() + 1, lead.map(ResponsibilityRow::leadUnit).orElse(""),
                    sheet.styles().plain());
            sheet.fitHeight(row);
        }
        sheet.sheet().createFreezePane(BreakdownLayout.NAME + 1, 1);
        sheet.print(0, 0, BreakdownLayout.LABELS, false);
    }

    /** One value across the township columns, merged and centred as the official table has it. */
    private void spanning(SheetWriter sheet, Row row, CellValue value) {
        int first = BreakdownLayout.FIRST_TOWNSHIP;
        int count = layout.townships().size();
        if (value instanceof CellValue.Number n) {
            sheet.number(row, first, Optional.of(n.value()), sheet.styles().centred());
        } else if (value instanceof CellValue.Directive d) {
            sheet.text(row, first, d.text() + "（" + KIND_NAMES.get(d.kind()) + "）", sheet.styles().centred());
        }
        for (int c = first + 1; c < first + count; c++) {
            row.getCell(c).setCellStyle(sheet.styles().centred());
        }
        if (count > 1) {
            sheet.sheet().addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first,
                    first + count - 1));
        }
    }
}

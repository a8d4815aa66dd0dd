package cn.minsheng.recon.layout;

import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.submission.Layout;
import cn.minsheng.recon.workbook.SheetGrid;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads the long layout: one row per township × indicator ({@code 乡镇 | 指标 | 单位 | 目标任务数}), maybe one per
 * village ({@code 村/社区}). Every row is kept: the reconciler adds villages up to their township; a village cell
 * saying 小计/合计 marks the township's own subtotal, a township cell saying 合计 the sheet's total. Unlabelled
 * cells right of the value column are unplaced; those left of it sit among the labels.
 */
final class SubmissionLongReader {

    /** The first row labelling a township, an indicator and a value column. */
    OptionalInt header(SheetGrid grid) {
        for (int r = 0; r < grid.rowCount(); r++) {
            if (Columns.of(SubmissionRows.labels(grid, r)).complete()) {
                return OptionalInt.of(r);
            }
        }
        return OptionalInt.empty();
    }

    /** The table under header row {@code h}. */
    boolean read(SheetGrid grid, int h, SubmissionCells cells) {
        Map<Integer, String> labels = SubmissionRows.labels(grid, h);
        Columns columns = Columns.of(labels);
        if (!columns.complete()) {
            return false;
        }
        cells.header(Layout.LONG, h, labels.keySet().iterator().next());
        for (int r = h + 1; r < grid.rowCount() && !SubmissionRows.isNote(grid, r); r++) {
            if (SubmissionRows.isBlank(grid, r) || SubmissionRows.repeatsHeader(grid, r, labels)) {
                continue;
            }
            String township = RowTexts.text(grid, r, columns.township);
            String indicator = RowTexts.text(grid, r, columns.indicator);
            String village = RowTexts.text(grid, r, columns.village);
            String no = columns.indicatorNo < 0 ? "" : RowTexts.number(grid, r, columns.indicatorNo);
            String unit = cells.unit(RowTexts.text(grid, r, columns.unit));
            SourceRef unitCell = cells.unitCell(r, columns.unit);
            SourceRef indicatorCell = cells.cell(r, columns.indicator);
            if (township.isEmpty() && indicator.isEmpty() && village.isEmpty()) {
                cells.stray(r, columns.value, new SubmissionCells.Labels("", SourceRef.none(), no, "", "", unit,
                        unitCell, false));
            } else {
                boolean sheetTotal = SubmissionWords.isTotal(township);
                boolean subtotal = !village.isEmpty() && SubmissionWords.isTotal(village);
                cells.place(r, columns.value, new SubmissionCells.Labels(indicator, indicatorCell, no,
                        sheetTotal ? "合计" : SubmissionWords.township(township), subtotal ? "" : village, unit,
                        unitCell, sheetTotal || subtotal));
            }
            if (columns.department >= 0) {
                cells.department(RowTexts.text(grid, r, columns.department));
            }
            for (int c = columns.value + 1; c < grid.width(); c++) {
                if (!labels.containsKey(c)) {
                    cells.stray(r, c, new SubmissionCells.Labels(indicator, indicatorCell, no, township, village,
                            unit, unitCell, false));
                }
            }
        }
        return true;
    }

    /** What each labelled column is; -1 for a column the table lacks. */
    private static final class Columns {
        int township = -1;
        int indicator = -1;
        int indicatorNo = -1;
        int value = -1;
        int valueRank = Integer.MAX_VALUE;
        int village = -1;
        int unit = -1;
        int department = -1;

        static Columns of(Map<Integer, String> labels) {
            Columns columns = new Columns();
            labels.forEach((c, label) -> {
                int rank = SubmissionWords.valueColumnRank(label);
                if (SubmissionWords.isTownshipColumn(label) && columns.township < 0) {
                    columns.township = c;
                } else if (SubmissionWords.isIndicatorNumberColumn(label) && columns.indicatorNo < 0) {
                    columns.indicatorNo = c;
                } else if (SubmissionWords.isIndicatorColumn(label) && columns.indicator < 0) {
                    columns.indicator = c;
                } else if (rank >= 0 && rank < columns.valueRank) {
                    columns.value = c;
                    columns.valueRank = rank;
                } else if (SubmissionWords.isVillageColumn(label) && columns.village < 0) {
                    columns.village = c;
                } else if (HeaderWords.isUnitColumn(label) && columns.unit < 0) {
                    columns.unit = c;
                } else if (SubmissionWords.isDepartmentColumn(label)) {
                    columns.department = c;
                }
            });
            return columns;
        }

        boolean complete() {
            return township >= 0 && indicator >= 0 && value >= 0;
        }
    }
}

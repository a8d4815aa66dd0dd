package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.official.BreakdownTable;
import cn.minsheng.recon.domain.official.Indicator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;

/**
 * The grid both table sheets (官方分解表 and 分解对账) share: a header row, then a row per indicator in the official
 * order; the indicator's name, a total column, then a column per township in the official order, then two more.
 * In 分解对账 an indicator with cumulative completion (SPEC §7) is followed by a 累计完成 row in the same columns.
 * It says which cell a finding is about, for colouring it and for linking to it: a PRG_ finding is about a
 * completion cell, any other about a target's.
 */
final class BreakdownLayout {

    static final int NAME = 3;
    static final int TOTAL = 6;
    static final int FIRST_TOWNSHIP = 7;

    private final List<Indicator> indicators;
    private final List<String> townships;
    private final Map<String, Integer> rows = new HashMap<>();
    private final Map<String, Integer> completionRows = new HashMap<>();
    private final Map<String, Integer> columns = new HashMap<>();

    /** The official table's grid: a row per indicator. */
    BreakdownLayout(BreakdownTable table) {
        this(table, Set.of());
    }

    /** @param completed the numbers of the indicators followed by a 累计完成 row */
    BreakdownLayout(BreakdownTable table, Set<String> completed) {
        indicators = table.indicators();
        townships = table.townships();
        int r = 1;
        for (Indicator indicator : indicators) {
            rows.putIfAbsent(indicator.no(), r++);
            if (completed.contains(indicator.no()) && !completionRows.containsKey(indicator.no())) {
                completionRows.put(indicator.no(), r++);
            }
        }
        for (int t = 0; t < townships.size(); t++) {
            columns.put(townships.get(t), FIRST_TOWNSHIP + t);
        }
    }

    List<Indicator> indicators() {
        return indicators;
    }

    List<String> townships() {
        return townships;
    }

    /** The two columns after the townships. */
    int afterTownships() {
        return FIRST_TOWNSHIP + townships.size();
    }

    int row(Indicator indicator) {
        return rows.get(indicator.no());
    }

    /** The row of the indicator's cumulative completion, when it has one. */
    Optional<Integer> completionRow(Indicator indicator) {
        return Optional.ofNullable(completionRows.get(indicator.no()));
    }

    /**
     * The cell a finding is about, in the indicator's 累计完成 row for a PRG_ finding (when it has one): its
     * township's when the township is in the table, the total column for a sum that misses or a completion of the
     * indicator as a whole, else the indicator's name; empty for a finding about no indicator of the table.
     */
    Optional<CellAddress> cellOf(Finding finding) {
        boolean progress = finding.rule().progress() && completionRows.containsKey(finding.indicatorNo());
        Integer row = (progress ? completionRows : rows).get(finding.indicatorNo());
        if (finding.indicatorNo().isEmpty() || row == null) {
            return Optional.empty();
        }
        Integer column = columns.get(finding.township());
        if (column != null) {
            return Optional.of(new CellAddress(row, column));
        }
        boolean sum = finding.rule() == RuleCode.SUB_SUM_MISMATCH || finding.rule() == RuleCode.OFF_SUM_MISMATCH
                || (finding.rule() == RuleCode.SUB_TOTAL_ROW_MISMATCH || progress) && finding.township().isEmpty();
        return Optional.of(new CellAddress(row, sum ? TOTAL : NAME));
    }

    /** The findings of {@code all} about each cell. */
    Map<CellAddress, List<Finding>> byCell(List<Finding> all) {
        Map<CellAddress, List<Finding>> byCell = new HashMap<>();
        for (Finding finding : all) {
            cellOf(finding).ifPresent(cell -> byCell.computeIfAbsent(cell, c -> new ArrayList<>())
                    .add(finding));
        }
        return byCell;
    }

    /**
     * The header row of a table sheet, with its column widths: the indicator's columns, the sheet's two columns
     * before the townships, the townships, and its two columns after them ({@code lastWidth} wide, the last).
     */
    void header(SheetWriter sheet, List<String> beforeTownships, List<String> afterTownships, int lastWidth) {
        List<String> headers = new ArrayList<>(List.of("项目序号", "项目", "指标编号", "指标", "单位"));
        headers.addAll(beforeTownships);
        headers.addAll(townships);
        headers.addAll(afterTownships);
        sheet.widths(widths(headers.size(), lastWidth));
        sheet.header(0, headers.toArray(String[]::new));
    }

    /** The indicator's own columns of its row: 序号, project, number, name (flagged by {@code atName}), unit. */
    static void indicator(SheetWriter sheet, Row row, Indicator indicator, List<Finding> atName) {
        sheet.text(row, 0, indicator.projectNo(), sheet.styles().plain());
        sheet.text(row, 1, indicator.project(), sheet.styles().plain());
        sheet.text(row, 2, indicator.no(), sheet.styles().plain());
        sheet.flagged(row, NAME, atName, indicator.name());
        sheet.text(row, 4, indicator.unitText(), sheet.styles().plain());
    }

    /** How many columns of a row name its indicator: a column block of a wide sheet repeats them. */
    static final int LABELS = 5;

    /** Column widths of a table sheet: narrow township columns, wide names; {@code last} for the last column. */
    private static int[] widths(int columns, int last) {
        int[] widths = new int[columns];
        Arrays.fill(widths, 8);
        widths[0] = 6;
        widths[1] = 12;
        widths[2] = 6;
        widths[NAME] = 30;
        widths[4] = 6;
        widths[5] = 16;
        widths[TOTAL] = 12;
        widths[columns - 2] = 10;
        widths[columns - 1] = last;
        return widths;
    }

    /** The findings of {@link #byCell} about one cell; none when there are none. */
    static List<Finding> at(Map<CellAddress, List<Finding>> byCell, int row, int column) {
        return byCell.getOrDefault(new CellAddress(row, column), List.of());
    }
}

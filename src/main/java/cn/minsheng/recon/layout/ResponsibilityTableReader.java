package cn.minsheng.recon.layout;

import cn.minsheng.recon.domain.matching.TextNormalizer;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import cn.minsheng.recon.workbook.SheetGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a 责任分解表 from a sheet: header found by its 序号 and leader/lead-unit columns — by their words when known
 * (牵头单位, 责任领导 …), else by their cells ({@link ResponsibilityColumns}) — each row's project and item from the
 * name columns, leader and units merged down applied to every row they span.
 */
final class ResponsibilityTableReader {

    /**
     * @param headerRow where the table's header starts
     * @param endRow    the first row after the table (another table's header, or the sheet's end)
     */
    record Result(List<ResponsibilityRow> rows, int headerRow, int endRow) {
    }

    /** The table at or below row {@code from}. */
    Optional<Result> read(SheetGrid grid, int from) {
        Optional<TableHeader> found = HeaderLocator.find(grid, from, ResponsibilityTableReader::isAttributeColumn,
                header -> header.column(HeaderWords::isLeadUnitColumn) >= 0);
        boolean byWords = found.isPresent();
        if (!byWords) {
            found = HeaderLocator.find(grid, from, (r, c) -> ResponsibilityColumns.of(grid, r, c).attribute(),
                    header -> ResponsibilityColumns.roles(grid, header).leadUnit() >= 0);
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TableHeader header = found.get();
        ResponsibilityColumns.Roles roles = byWords
                ? new ResponsibilityColumns.Roles(header.column(HeaderWords::isLeaderColumn),
                        header.column(HeaderWords::isLeadUnitColumn), header.column(HeaderWords::isRelatedUnitsColumn))
                : ResponsibilityColumns.roles(grid, header);
        int leader = roles.leader();
        int leadUnit = roles.leadUnit();
        int related = roles.related();
        // a column of deadlines (完成时限) among the names names nothing
        List<Integer> nameColumns = header.nameColumns().stream()
                .filter(c -> !ResponsibilityColumns.of(grid, header.lastRow(), c).ofDates()).toList();
        List<ResponsibilityRow> rows = new ArrayList<>();
        String previousProjectNo = "";
        String previousProject = "";
        int r = header.lastRow() + 1;
        for (; r < grid.rowCount() && !header.otherTableAt(grid, r); r++) {
            if (header.repeatedAt(grid, r) || RowTexts.isNote(grid, r)) {
                continue;
            }
            List<RowTexts.Text> names = RowTexts.distinct(grid, r, nameColumns);
            if (names.isEmpty()) {
                continue;
            }
            String project = TextNormalizer.stripNumbering(names.get(0).text().strip());
            String item = names.size() > 1 ? names.get(names.size() - 1).text().strip() : "";
            String projectNo = RowTexts.number(grid, r, header.numberColumn());
            if (projectNo.isEmpty() && project.equals(previousProject)) {
                projectNo = previousProjectNo;
            }
            rows.add(new ResponsibilityRow(projectNo, project, item, RowTexts.text(grid, r, leader),
                    RowTexts.text(grid, r, leadUnit), RowTexts.text(grid, r, related),
                    names.get(names.size() - 1).source()));
            previousProjectNo = projectNo;
            previousProject = project;
        }
        return Optional.of(new Result(rows, header.firstRow(), r));
    }

    private static boolean isAttributeColumn(String text) {
        return HeaderWords.isLeaderColumn(text) || HeaderWords.isLeadUnitColumn(text)
                || HeaderWords.isRelatedUnitsColumn(text) || HeaderWords.isUnitColumn(text);
    }
}

package cn.minsheng.recon.layout;

import cn.minsheng.recon.domain.matching.NumberText;
import cn.minsheng.recon.domain.matching.TextNormalizer;
import cn.minsheng.recon.domain.matching.TownshipDirectory;
import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.model.Unit;
import cn.minsheng.recon.domain.official.BreakdownTable;
import cn.minsheng.recon.domain.official.DirectiveClassifier;
import cn.minsheng.recon.domain.official.HeadlineParser;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import cn.minsheng.recon.workbook.MergedRegion;
import cn.minsheng.recon.workbook.SheetCell;
import cn.minsheng.recon.workbook.SheetGrid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a 指标任务分解表 from a sheet: header found by its 序号 and 单位 columns, township columns (named like places)
 * and an optional total column (any other numbers) told apart by their labels; repeated headers, project headings, 合计 rows and notes skipped;
 * merged cells applied — a value merged across all the township columns belongs to no one township.
 */
final class BreakdownTableReader {

    private final UnitDirectory units;
    private final HeadlineParser headlines;
    private final DirectiveClassifier directives;

    BreakdownTableReader(UnitDirectory units, HeadlineParser headlines, DirectiveClassifier directives) {
        this.units = units;
        this.headlines = headlines;
        this.directives = directives;
    }

    /**
     * The table at or below row {@code from}, with any responsibility columns it carries; indicators without a
     * number of their own are numbered on from {@code nextNumber}.
     */
    Optional<Result> read(SheetGrid grid, int from, int nextNumber) {
        // the 单位 column by its word, else by its cells: unit words (个, 户, 公里)
        Optional<TableHeader> found = HeaderLocator.find(grid, from, (row, c) -> HeaderWords.isUnitColumn(
                grid.text(row, c)) || ColumnContents.of(grid, row, c, label -> false).ofUnits(),
                header -> !Columns.of(header, grid).townships.isEmpty());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TableHeader header = found.get();
        Columns columns = Columns.of(header, grid);
        List<RowRead> rows = new ArrayList<>();
        String headingProject = "";
        String headingNo = "";
        int r = header.lastRow() + 1;
        for (; r < grid.rowCount() && !header.otherTableAt(grid, r); r++) {
            if (header.repeatedAt(grid, r) || RowTexts.isNote(grid, r)) {
                continue;
            }
            List<RowTexts.Text> names = RowTexts.distinct(grid, r, header.nameColumns());
            if (names.isEmpty() || isTotalRow(grid, header, r, names)) {
                continue;
            }
            if (isHeading(grid, header, columns, r)) {
                headingProject = TextNormalizer.stripNumbering(names.get(names.size() - 1).text().strip());
                headingNo = RowTexts.number(grid, r, header.numberColumn());
                continue;
            }
            rows.add(new RowRead(r, names, headingProject, headingNo));
        }
        boolean ownNumbers = ownNumbers(grid, header, rows);
        List<Indicator> indicators = new ArrayList<>();
        List<ResponsibilityRow> responsibilities = new ArrayList<>();
        for (RowRead row : rows) {
            String fullName = row.names().get(row.names().size() - 1).text().strip();
            String no = TextNormalizer.numbering(fullName)
                    .orElseGet(() -> ownNumbers ? RowTexts.number(grid, row.r(), header.numberColumn())
                            : String.valueOf(indicators.size() + nextNumber));
            Indicator indicator = indicator(grid, header, columns, row, no);
            indicators.add(indicator);
            if (columns.leadUnit >= 0) {
                responsibilities.add(responsibility(grid, columns, row.r(), indicator));
            }
        }
        List<String> townships = columns.townships.values().stream().toList();
        return Optional.of(new Result(new BreakdownTable(townships, indicators, grid.file(), grid.sheet()),
                responsibilities, header.firstRow(), r));
    }

    /**
     * @param headerRow where the table's header starts
     * @param endRow    the first row after the table (another table's header, or the sheet's end)
     */
    record Result(BreakdownTable table, List<ResponsibilityRow> responsibilities, int headerRow, int endRow) {
    }

    /** A data row: its names, and the project heading row above it, if the table has such rows. */
    private record RowRead(int r, List<RowTexts.Text> names, String headingProject, String headingNo) {
    }

    /**
     * 序号 numbers the indicators themselves (not projects) when every indicator row has its own number cell,
     * not merged over several rows, and no two are the same.
     */
    private static boolean ownNumbers(SheetGrid grid, TableHeader header, List<RowRead> rows) {
        Set<String> seen = new HashSet<>();
        for (RowRead row : rows) {
            int c = header.numberColumn();
            boolean ownCell = grid.region(row.r(), c).map(g -> g.firstRow() == g.lastRow()).orElse(true);
            String number = RowTexts.number(grid, row.r(), c);
            if (!ownCell || !number.matches("\\d+") || !seen.add(number)) {
                return false;
            }
        }
        return !rows.isEmpty();
    }

    /** A 合计/总计 row sums the table: it is no indicator. */
    private static boolean isTotalRow(SheetGrid grid, TableHeader header, int r, List<RowTexts.Text> names) {
        String name = HeaderWords.key(names.get(names.size() - 1).text());
        String number = HeaderWords.key(grid.text(r, header.numberColumn()));
        return name.matches("(合计|总计|小计|全[县市区]合计)") || number.matches("(合计|总计|小计)");
    }

    /**
     * A project heading: a row whose name is merged on into the unit column, or that has neither a unit nor a
     * value ({@code 一 | 交通出行}).
     */
    private static boolean isHeading(SheetGrid grid, TableHeader header, Columns columns, int r) {
        int lastName = header.nameColumns().get(header.nameColumns().size() - 1);
        boolean mergedIntoUnit = grid.region(r, columns.unit).map(g -> g.firstColumn() <= lastName).orElse(false);
        boolean empty = grid.text(r, columns.unit).isBlank()
                && columns.valueColumns().stream().allMatch(c -> grid.value(r, c).isBlank());
        return mergedIntoUnit || empty;
    }

    private Indicator indicator(SheetGrid grid, TableHeader header, Columns columns, RowRead row, String no) {
        int r = row.r();
        List<RowTexts.Text> names = row.names();
        String name = TextNormalizer.stripNumbering(names.get(names.size() - 1).text().strip());
        String project = names.size() > 1 ? names.get(0).text()
                : row.headingProject().isEmpty() ? name : row.headingProject();
        String projectNo = row.headingProject().isEmpty() ? RowTexts.number(grid, r, header.numberColumn())
                : row.headingNo();
        String group = names.size() > 2 ? names.get(1).text() : "";
        String unitText = TextNormalizer.normalize(grid.text(r, columns.unit));
        Optional<Unit> unit = units.parse(unitText);

        Map<String, CellValue> townships = new LinkedHashMap<>();
        Map<String, SourceRef> refs = new LinkedHashMap<>();
        CellValue spanning = null;
        SourceRef spanningRef = SourceRef.none();
        for (Map.Entry<Integer, String> township : columns.townships.entrySet()) {
            int c = township.getKey();
            refs.put(township.getValue(), grid.ref(r, c));
            Optional<MergedRegion> region = grid.region(r, c).filter(g -> g.width() > 1);
            if (region.isPresent() && coversAllTownships(columns, region.get())) {
                townships.put(township.getValue(), CellValue.blank());
                if (spanning == null) {
                    spanning = value(grid.value(r, c), name, unitText, unit);
                    spanningRef = grid.ref(r, c);
                }
            } else if (region.isPresent() && region.get().firstColumn() != c && !unit.map(Unit::rate).orElse(false)) {
                // a count merged over some townships is written once: it belongs to the first of them
                townships.put(township.getValue(), CellValue.blank());
            } else {
                townships.put(township.getValue(), value(grid.value(r, c), name, unitText, unit));
            }
        }
        Optional<BigDecimal> total = Optional.empty();
        SourceRef totalRef = SourceRef.none();
        if (columns.total >= 0) {
            totalRef = grid.ref(r, columns.total);
            CellValue totalValue = value(grid.value(r, columns.total), name, unitText, unit);
            if (totalValue instanceof CellValue.Number number) {
                total = Optional.of(number.value());
            } else if (totalValue instanceof CellValue.Directive && spanning == null) {
                spanning = totalValue;
                spanningRef = totalRef;
            }
        }
        return new Indicator(no, projectNo, TextNormalizer.stripNumbering(project), group, name, unitText, unit,
                townships, refs, Optional.ofNullable(spanning), spanningRef, total, totalRef,
                headlines.parse(name, unit), names.get(names.size() - 1).source());
    }

    private static boolean coversAllTownships(Columns columns, MergedRegion region) {
        return columns.townships.size() > 1 && columns.townships.keySet().stream()
                .allMatch(column -> column >= region.firstColumn() && column <= region.lastColumn());
    }

    private CellValue value(SheetCell cell, String indicatorName, String unitText, Optional<Unit> unit) {
        if (cell.kind() == SheetCell.Kind.NUMBER) {
            return new CellValue.Number(cell.number());
        }
        if (cell.kind() != SheetCell.Kind.TEXT || NumberText.isPlaceholder(cell.text())) {
            return CellValue.blank();
        }
        Optional<BigDecimal> number = NumberText.parse(cell.text(), unitText);
        if (number.isPresent()) {
            return new CellValue.Number(number.get());
        }
        return directives.classify(cell.text().strip(), indicatorName, unit);
    }

    private static ResponsibilityRow responsibility(SheetGrid grid, Columns columns, int r, Indicator indicator) {
        return new ResponsibilityRow(indicator.projectNo(), indicator.project(), indicator.label(),
                RowTexts.text(grid, r, columns.leader), RowTexts.text(grid, r, columns.leadUnit),
                RowTexts.text(grid, r, columns.related), grid.ref(r, columns.leadUnit));
    }

    /** What each column from 单位 on is. */
    private static final class Columns {
        int unit;
        int total = -1;
        int leader = -1;
        int leadUnit = -1;
        int related = -1;
        final Map<Integer, String> townships = new LinkedHashMap<>();

        static Columns of(TableHeader header, SheetGrid grid) {
            Columns columns = new Columns();
            columns.unit = header.column(HeaderWords::isUnitColumn);
            if (columns.unit < 0) {
                columns.unit = header.labels().keySet().iterator().next();
            }
            // a column named like no place (任务总量, 2026年全县任务量) whose numbers add up the columns named like
            // places is the total, whatever its words
            List<Integer> places = header.labels().entrySet().stream()
                    .filter(e -> TownshipDirectory.namesPlace(e.getValue())).map(Map.Entry::getKey).toList();
            header.labels().forEach((column, label) -> {
                if (column == columns.unit) {
                    return;
                }
                if (HeaderWords.isLeaderColumn(label)) {
                    columns.leader = column;
                } else if (HeaderWords.isLeadUnitColumn(label)) {
                    columns.leadUnit = column;
                } else if (HeaderWords.isRelatedUnitsColumn(label)) {
                    columns.related = column;
                } else if (HeaderWords.isOtherColumn(label)) {
                    return;
                } else if (HeaderWords.isTotalColumn(label) || !places.isEmpty() && !places.contains(column)
                        && RowSums.sumsTheOthers(grid, header.lastRow() + 1, column, places)) {
                    if (columns.total < 0) {
                        columns.total = column;
                    }
                } else if (places.contains(column) || !attribute(grid, header, column, columns)
                        && !(!places.isEmpty() && notes(grid, header, column, label))) {
                    columns.townships.put(column, HeaderWords.township(label));
                }
            });
            return columns;
        }

        /** A column of last year's figures (2025年基数) or of remarks (情况附注): no township beside named places. */
        private static boolean notes(SheetGrid grid, TableHeader header, int column, String label) {
            return HeaderWords.namesYear(label)
                    || ColumnContents.of(grid, header.lastRow(), column, text -> false).ofRemarks();
        }

        /**
         * A column named like no place whose cells name units or persons, whatever its words: the lead unit (one
         * unit per cell), the related units (lists of units) or the leader (names); false for none of these.
         */
        private static boolean attribute(SheetGrid grid, TableHeader header, int column, Columns columns) {
            ResponsibilityColumns.Roles held = new ResponsibilityColumns.Roles(columns.leader, columns.leadUnit,
                    columns.related);
            ResponsibilityColumns.Roles roles = ResponsibilityColumns.of(grid, header.lastRow(), column)
                    .assign(column, held);
            columns.leader = roles.leader();
            columns.leadUnit = roles.leadUnit();
            columns.related = roles.related();
            return !roles.equals(held);
        }

        List<Integer> valueColumns() {
            List<Integer> all = new ArrayList<>(townships.keySet());
            if (total >= 0) {
                all.add(total);
            }
            return all;
        }
    }
}

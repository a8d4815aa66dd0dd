package cn.minsheng.recon.sheet;

import cn.minsheng.recon.domain.matching.NumberText;
import cn.minsheng.recon.domain.matching.TextNormalizer;
import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.model.Unit;
import cn.minsheng.recon.domain.official.BreakdownTable;
import cn.minsheng.recon.domain.official.DirectiveClassifier;
import cn.minsheng.recon.domain.official.HeadlineParser;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a 指标任务分解表 from a sheet: header found by its 序号 and 单位 columns, township columns and an optional
 * total column told apart by their labels, repeated headers and notes skipped, merged cells applied — a value
 * merged across several township columns belongs to no one township.
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

    /** The table on this sheet with any responsibility columns it carries, or empty when it holds none. */
    Optional<Result> read(SheetGrid grid) {
        Optional<TableHeader> found = HeaderLocator.find(grid, HeaderWords::isUnitColumn);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Columns columns = Columns.of(found.get());
        if (columns.townships.isEmpty() && columns.total < 0) {
            return Optional.empty();
        }
        List<Indicator> indicators = new ArrayList<>();
        List<ResponsibilityRow> responsibilities = new ArrayList<>();
        TableHeader header = found.get();
        int lastNumber = 0;
        for (int r = header.lastRow() + 1; r < grid.rowCount(); r++) {
            Optional<Indicator> row = indicator(grid, header, columns, r, lastNumber);
            if (row.isPresent()) {
                Indicator indicator = row.get();
                indicators.add(indicator);
                lastNumber = NumberText.parse(indicator.no()).map(BigDecimal::intValue).orElse(lastNumber + 1);
                if (columns.leadUnit >= 0) {
                    responsibilities.add(responsibility(grid, columns, r, indicator));
                }
            }
        }
        List<String> townships = columns.townships.values().stream().toList();
        return Optional.of(new Result(new BreakdownTable(townships, indicators, grid.file(), grid.sheet()),
                responsibilities));
    }

    record Result(BreakdownTable table, List<ResponsibilityRow> responsibilities) {
    }

    private Optional<Indicator> indicator(SheetGrid grid, TableHeader header, Columns columns, int r,
            int lastNumber) {
        if (header.repeatedAt(grid, r) || RowTexts.isNote(grid, r)) {
            return Optional.empty();
        }
        List<RowTexts.Text> names = RowTexts.distinct(grid, r, header.nameColumns());
        String unitText = TextNormalizer.normalize(grid.text(r, columns.unit));
        boolean hasValues = columns.valueColumns().stream().anyMatch(c -> !grid.value(r, c).isBlank());
        if (names.isEmpty() || unitText.isEmpty() && !hasValues) {
            return Optional.empty();
        }
        String fullName = names.get(names.size() - 1).text();
        String name = TextNormalizer.stripNumbering(fullName);
        String no = TextNormalizer.numbering(fullName).orElse(String.valueOf(lastNumber + 1));
        String project = names.size() > 1 ? names.get(0).text() : name;
        String group = names.size() > 2 ? names.get(1).text() : "";
        Optional<Unit> unit = units.parse(unitText);

        Map<String, CellValue> townships = new LinkedHashMap<>();
        Map<String, SourceRef> refs = new LinkedHashMap<>();
        CellValue spanning = null;
        SourceRef spanningRef = SourceRef.none();
        for (Map.Entry<Integer, String> township : columns.townships.entrySet()) {
            int c = township.getKey();
            refs.put(township.getValue(), grid.ref(r, c));
            if (spansTownships(grid, columns, r, c)) {
                townships.put(township.getValue(), CellValue.blank());
                if (spanning == null) {
                    spanning = value(grid.value(r, c), name, unit);
                    spanningRef = grid.ref(r, c);
                }
            } else {
                townships.put(township.getValue(), value(grid.value(r, c), name, unit));
            }
        }
        Optional<BigDecimal> total = Optional.empty();
        SourceRef totalRef = SourceRef.none();
        if (columns.total >= 0) {
            totalRef = grid.ref(r, columns.total);
            CellValue totalValue = value(grid.value(r, columns.total), name, unit);
            if (totalValue instanceof CellValue.Number number) {
                total = Optional.of(number.value());
            } else if (totalValue instanceof CellValue.Directive && spanning == null) {
                spanning = totalValue;
                spanningRef = totalRef;
            }
        }
        return Optional.of(new Indicator(no, RowTexts.number(grid, r, header.numberColumn()), TextNormalizer.stripNumbering(project),
                group, name, unitText, unit, townships, refs, Optional.ofNullable(spanning), spanningRef, total,
                totalRef, headlines.parse(name, unit), names.get(names.size() - 1).source()));
    }

    /** A cell merged across two or more township columns holds one value for no one township. */
    private static boolean spansTownships(SheetGrid grid, Columns columns, int r, int c) {
        return grid.region(r, c).map(region -> columns.townships.keySet().stream()
                .filter(column -> column >= region.firstColumn() && column <= region.lastColumn())
                .count() >= 2).orElse(false);
    }

    private CellValue value(SheetCell cell, String indicatorName, Optional<Unit> unit) {
        if (cell.kind() == SheetCell.Kind.NUMBER) {
            return new CellValue.Number(cell.number());
        }
        if (cell.kind() != SheetCell.Kind.TEXT || NumberText.isPlaceholder(cell.text())) {
            return CellValue.blank();
        }
        Optional<BigDecimal> number = NumberText.parse(cell.text());
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

    /** What each column after 单位 is. */
    private static final class Columns {
        int unit;
        int total = -1;
        int leader = -1;
        int leadUnit = -1;
        int related = -1;
        final Map<Integer, String> townships = new LinkedHashMap<>();

        static Columns of(TableHeader header) {
            Columns columns = new Columns();
            columns.unit = header.column(HeaderWords::isUnitColumn);
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
                } else if (HeaderWords.isTotalColumn(label)) {
                    if (columns.total < 0) {
                        columns.total = column;
                    }
                } else {
                    columns.townships.put(column, TextNormalizer.normalize(label));
                }
            });
            return columns;
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

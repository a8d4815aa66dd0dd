package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.model.Comparison;
import cn.minsheng.recon.domain.model.DirectiveKind;
import cn.minsheng.recon.domain.model.Headline;
import cn.minsheng.recon.domain.model.Quantity;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.official.BreakdownTable;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test-data builder for the two official tables held in memory, each indicator stated outright with the row of
 * the responsibility table that names its lead (and related) units: enough for what a report writes from them.
 */
final class TablesFixture {

    private static final UnitDirectory UNITS = UnitDirectory.defaults();

    private final List<String> townships;
    private final List<Indicator> indicators = new ArrayList<>();
    private final Map<ResponsibilityRow, List<Indicator>> coverage = new LinkedHashMap<>();

    private TablesFixture(List<String> townships) {
        this.townships = List.copyOf(townships);
    }

    static TablesFixture of(List<String> townships) {
        return new TablesFixture(townships);
    }

    /** An indicator allocated by township: {@code values} in township order, null a blank cell. */
    TablesFixture allocated(String no, String name, String unit, String lead, String... values) {
        Map<String, CellValue> cells = new LinkedHashMap<>();
        for (int i = 0; i < townships.size(); i++) {
            String value = i < values.length ? values[i] : null;
            cells.put(townships.get(i), value == null ? CellValue.blank() : new CellValue.Number(new BigDecimal(value)));
        }
        return add(no, name, unit, cells, Optional.empty(), Optional.empty(), lead, "");
    }

    /** An indicator with one number written across the township columns. */
    TablesFixture countyWide(String no, String name, String unit, String lead, String number) {
        return add(no, name, unit, blanks(), Optional.of(new CellValue.Number(new BigDecimal(number))),
                Optional.empty(), lead, "");
    }

    /** An indicator with a directive written across the township columns, and its headline target. */
    TablesFixture directive(String no, String name, String unit, String lead, DirectiveKind kind, String text,
            String headline) {
        Optional<Headline> stated = Optional.ofNullable(headline).map(value -> new Headline(
                new Quantity(new BigDecimal(value), UNITS.parse(unit).orElseThrow()), Comparison.EXACT, value + unit));
        return add(no, name, unit, blanks(), Optional.of(new CellValue.Directive(text, kind, Optional.empty(),
                Optional.empty())), stated, lead, "");
    }

    /** Makes the latest indicator's row name {@code units} as its related units. */
    TablesFixture related(String units) {
        Map.Entry<ResponsibilityRow, List<Indicator>> last = new ArrayList<>(coverage.entrySet())
                .get(coverage.size() - 1);
        ResponsibilityRow row = last.getKey();
        coverage.remove(row);
        coverage.put(new ResponsibilityRow(row.projectNo(), row.project(), row.item(), row.leader(), row.leadUnit(),
                units, row.source()), last.getValue());
        return this;
    }

    OfficialTables build() {
        return new OfficialTables(new BreakdownTable(townships, indicators, "分解表.xlsx", "Sheet1"),
                List.copyOf(coverage.keySet()), coverage);
    }

    private Map<String, CellValue> blanks() {
        Map<String, CellValue> cells = new LinkedHashMap<>();
        townships.forEach(t -> cells.put(t, CellValue.blank()));
        return cells;
    }

    private TablesFixture add(String no, String name, String unit, Map<String, CellValue> cells,
            Optional<CellValue> spanning, Optional<Headline> headline, String lead, String related) {
        int row = 4 + indicators.size();
        Map<String, SourceRef> refs = new LinkedHashMap<>();
        for (int c = 0; c < townships.size(); c++) {
            refs.put(townships.get(c), SourceRef.of("分解表.xlsx", "Sheet1", row, 4 + c));
        }
        Indicator indicator = new Indicator(no, no, "项目" + no, "", name, unit, UNITS.parse(unit), cells, refs,
                spanning, spanning.isEmpty() ? SourceRef.none() : SourceRef.of("分解表.xlsx", "Sheet1", row, 4),
                Optional.empty(), SourceRef.none(), headline, SourceRef.of("分解表.xlsx", "Sheet1", row, 1));
        indicators.add(indicator);
        coverage.put(new ResponsibilityRow(no, "项目" + no, name, "领导" + no, lead, related,
                SourceRef.of("责任表.xlsx", "Sheet1", row, 2)), List.of(indicator));
        return this;
    }
}

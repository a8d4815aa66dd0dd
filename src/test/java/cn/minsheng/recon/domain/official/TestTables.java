package cn.minsheng.recon.domain.official;

import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.model.CellValue;
import cn.minsheng.recon.domain.model.SourceRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test-data builder for official tables held in memory: three townships 甲镇, 乙乡, 丙街道. */
final class TestTables {

    static final List<String> TOWNSHIPS = List.of("甲镇", "乙乡", "丙街道");
    static final UnitDirectory UNITS = UnitDirectory.defaults();
    static final HeadlineParser HEADLINES = new HeadlineParser(UNITS);
    static final DirectiveClassifier DIRECTIVES = new DirectiveClassifier(HEADLINES);

    private final List<Indicator> indicators = new ArrayList<>();
    private final List<ResponsibilityRow> rows = new ArrayList<>();
    private String projectNo = "1";
    private String project = "项目";

    /** The project (序号 and name) of the indicators added after this; until the first call, 1 项目. */
    TestTables project(String no, String name) {
        projectNo = no;
        project = name;
        return this;
    }

    /** An indicator whose townships hold {@code values} in order; null is a blank cell. */
    TestTables indicator(String no, String name, String unit, String... values) {
        Map<String, CellValue> townships = new LinkedHashMap<>();
        Map<String, SourceRef> refs = new LinkedHashMap<>();
        for (int i = 0; i < TOWNSHIPS.size(); i++) {
            String value = i < values.length ? values[i] : null;
            townships.put(TOWNSHIPS.get(i), value == null ? CellValue.blank() : new CellValue.Number(new BigDecimal(value)));
            refs.put(TOWNSHIPS.get(i), new SourceRef("分解表.xlsx", "Sheet1", (char) ('E' + i) + no));
        }
        add(no, name, unit, townships, refs, Optional.empty(), Optional.empty());
        return this;
    }

    /** An indicator with one text or number written across the townships. */
    TestTables spanning(String no, String name, String unit, String across) {
        Map<String, CellValue> townships = new LinkedHashMap<>();
        TOWNSHIPS.forEach(t -> townships.put(t, CellValue.blank()));
        CellValue value = across.matches("[0-9.]+") ? new CellValue.Number(new BigDecimal(across))
                : DIRECTIVES.classify(across, name, UNITS.parse(unit));
        add(no, name, unit, townships, Map.of(), Optional.of(value), Optional.empty());
        return this;
    }

    TestTables total(String total) {
        Indicator last = indicators.remove(indicators.size() - 1);
        indicators.add(new Indicator(last.no(), last.projectNo(), last.project(), last.group(), last.name(),
                last.unitText(), last.unit(), last.townships(), last.townshipRefs(), last.spanning(),
                last.spanningRef(), Optional.of(new BigDecimal(total)), new SourceRef("分解表.xlsx", "Sheet1", "D9"),
                last.headline(), last.nameRef()));
        return this;
    }

    TestTables lead(String item, String leadUnit) {
        rows.add(new ResponsibilityRow("", "项目", item, "领导", leadUnit, "",
                new SourceRef("责任表.xlsx", "Sheet1", "C" + (rows.size() + 3))));
        return this;
    }

    /** A row of the responsibility table as written: its 序号, project, item (empty: the whole project) and units. */
    TestTables row(String projectNo, String project, String item, String leadUnit, String relatedUnits) {
        rows.add(new ResponsibilityRow(projectNo, project, item, "领导", leadUnit, relatedUnits,
                new SourceRef("责任表.xlsx", "Sheet1", "C" + (rows.size() + 3))));
        return this;
    }

    /** A row about the whole project (no item), as a heading above the item rows. */
    TestTables projectLead(String leadUnit) {
        rows.add(new ResponsibilityRow("", "项目", "", "领导", leadUnit, "",
                new SourceRef("责任表.xlsx", "Sheet1", "B" + (rows.size() + 3))));
        return this;
    }

    OfficialTables build() {
        BreakdownTable breakdown = new BreakdownTable(TOWNSHIPS, indicators, "分解表.xlsx", "Sheet1");
        return new OfficialTables(breakdown, rows, new ResponsibilityMatcher().match(breakdown, rows));
    }

    private void add(String no, String name, String unit, Map<String, CellValue> townships,
            Map<String, SourceRef> refs, Optional<CellValue> spanning, Optional<BigDecimal> total) {
        indicators.add(new Indicator(no, projectNo, project, "", name, unit, UNITS.parse(unit), townships, refs, spanning,
                new SourceRef("分解表.xlsx", "Sheet1", "E" + no), total, SourceRef.none(),
                HEADLINES.parse(name, UNITS.parse(unit)), new SourceRef("分解表.xlsx", "Sheet1", "B" + no)));
    }
}

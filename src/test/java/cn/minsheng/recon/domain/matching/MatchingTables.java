package cn.minsheng.recon.domain.matching;

import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.official.BreakdownTable;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test-data builder for official tables in memory: indicators by number and name, each with its lead unit. */
public final class MatchingTables {

    private final List<Indicator> indicators = new ArrayList<>();
    private final Map<ResponsibilityRow, List<Indicator>> coverage = new LinkedHashMap<>();

    /** An indicator led by {@code leadUnit} (blank: no responsibility row covers it). */
    public MatchingTables indicator(String no, String name, String leadUnit) {
        Indicator indicator = new Indicator(no, no, "项目", "", name, "人", UnitDirectory.defaults().parse("人"),
                Map.of(), Map.of(), Optional.empty(), SourceRef.none(), Optional.empty(), SourceRef.none(),
                Optional.empty(), new SourceRef("分解表.xlsx", "Sheet1", "B" + no));
        indicators.add(indicator);
        if (!leadUnit.isBlank()) {
            ResponsibilityRow row = new ResponsibilityRow(no, "项目", name, "领导", leadUnit, "",
                    new SourceRef("责任表.xlsx", "Sheet1", "C" + no));
            coverage.put(row, List.of(indicator));
        }
        return this;
    }

    public OfficialTables build() {
        BreakdownTable breakdown = new BreakdownTable(List.of("甲镇", "乙乡"), indicators, "分解表.xlsx", "Sheet1");
        return new OfficialTables(breakdown, List.copyOf(coverage.keySet()), coverage);
    }
}

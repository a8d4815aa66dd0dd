package cn.minsheng.recon.layout;

import cn.minsheng.recon.domain.matching.UnitDirectory;
import cn.minsheng.recon.domain.official.BreakdownTable;
import cn.minsheng.recon.domain.official.DirectiveClassifier;
import cn.minsheng.recon.domain.official.HeadlineParser;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.official.ResponsibilityMatcher;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import cn.minsheng.recon.workbook.SheetGrid;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises the breakdown and responsibility tables among any number of sheets by their header words (never by
 * file or sheet name) and resolves which indicators each responsibility row covers.
 */
public final class OfficialTablesParser {

    private final BreakdownTableReader breakdownReader;
    private final ResponsibilityTableReader responsibilityReader = new ResponsibilityTableReader();
    private final ResponsibilityMatcher matcher = new ResponsibilityMatcher();

    public OfficialTablesParser(UnitDirectory units, HeadlineParser headlines, DirectiveClassifier directives) {
        this.breakdownReader = new BreakdownTableReader(units, headlines, directives);
    }

    public OfficialTables parse(List<SheetGrid> grids) throws OfficialTablesException {
        List<BreakdownTableReader.Result> breakdowns = new ArrayList<>();
        List<ResponsibilityRow> responsibilities = new ArrayList<>();
        for (SheetGrid grid : grids) {
            // a sheet may hold one table, or both one under the other: take them top-down
            int from = 0;
            while (from < grid.rowCount()) {
                int nextNumber = breakdowns.stream().mapToInt(b -> b.table().indicators().size()).sum() + 1;
                var breakdown = breakdownReader.read(grid, from, nextNumber);
                var responsibility = responsibilityReader.read(grid, from);
                if (breakdown.isPresent() && (responsibility.isEmpty()
                        || breakdown.get().headerRow() <= responsibility.get().headerRow())) {
                    breakdowns.add(breakdown.get());
                    from = breakdown.get().endRow();
                } else if (responsibility.isPresent()) {
                    responsibilities.addAll(responsibility.get().rows());
                    from = responsibility.get().endRow();
                } else {
                    break;
                }
            }
        }
        if (breakdowns.isEmpty()) {
            throw new OfficialTablesException("未找到指标任务分解表：没有哪张工作表的表头同时含有“序号”“单位”和乡镇（街道）列");
        }
        BreakdownTable breakdown = combine(breakdowns);
        if (breakdown.indicators().isEmpty()) {
            throw new OfficialTablesException("指标任务分解表（" + breakdown.file() + " / " + breakdown.sheet()
                    + "）的表头下没有指标行");
        }
        breakdowns.forEach(b -> responsibilities.addAll(b.responsibilities()));
        if (responsibilities.isEmpty()) {
            throw new OfficialTablesException("未找到责任分解表：没有哪张工作表的表头含有“序号”和“牵头（责任）单位”列");
        }
        return new OfficialTables(breakdown, responsibilities, matcher.match(breakdown, responsibilities));
    }

    /** Several breakdown sheets (省级 and 市级 parts, say) make one table when their townships agree. */
    private static BreakdownTable combine(List<BreakdownTableReader.Result> parts) throws OfficialTablesException {
        BreakdownTable first = parts.get(0).table();
        List<Indicator> indicators = new ArrayList<>();
        for (BreakdownTableReader.Result part : parts) {
            if (!part.table().townships().equals(first.townships())) {
                throw new OfficialTablesException("指标任务分解表（" + first.file() + " / " + first.sheet() + "）与（"
                        + part.table().file() + " / " + part.table().sheet() + "）的乡镇列不一致，无法合并");
            }
            indicators.addAll(part.table().indicators());
        }
        return new BreakdownTable(first.townships(), indicators, first.file(), first.sheet());
    }
}

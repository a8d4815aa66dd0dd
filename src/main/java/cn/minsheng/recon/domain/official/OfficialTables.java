package cn.minsheng.recon.domain.official;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Both official tables with each indicator's responsibility resolved.
 *
 * @param breakdown        the 指标任务分解表
 * @param responsibilities the rows of the 责任分解表, in order
 * @param coverage         which indicators each responsibility row covers
 */
public record OfficialTables(
        BreakdownTable breakdown,
        List<ResponsibilityRow> responsibilities,
        Map<ResponsibilityRow, List<Indicator>> coverage) {

    /**
     * The row that says who leads the indicator: the first that names a lead unit, a row about the indicator
     * itself before a row about its whole project; else the first row that covers it at all.
     */
    public Optional<ResponsibilityRow> responsibility(Indicator indicator) {
        List<ResponsibilityRow> covering = responsibilities.stream()
                .filter(row -> coverage.getOrDefault(row, List.of()).contains(indicator))
                .toList();
        return covering.stream()
                .filter(row -> !row.leadUnit().isBlank())
                .min(Comparator.comparing(ResponsibilityRow::coversProject))
                .or(() -> covering.stream().findFirst());
    }
}

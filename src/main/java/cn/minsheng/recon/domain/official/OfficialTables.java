package cn.minsheng.recon.domain.official;

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

    /** The first responsibility row that covers the indicator. */
    public Optional<ResponsibilityRow> responsibility(Indicator indicator) {
        return responsibilities.stream()
                .filter(row -> coverage.getOrDefault(row, List.of()).contains(indicator))
                .findFirst();
    }
}

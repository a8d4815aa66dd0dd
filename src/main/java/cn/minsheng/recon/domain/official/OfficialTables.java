package cn.minsheng.recon.domain.official;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** The indicators {@code unit} leads and is expected to report (SPEC §3.2), in the breakdown table's order. */
    public List<Indicator> owedBy(String unit) {
        return breakdown.indicators().stream().filter(Indicator::expectsSubmission)
                .filter(indicator -> responsibility(indicator).map(row -> row.leadUnit().strip())
                        .filter(unit.strip()::equals).isPresent())
                .toList();
    }

    /**
     * Every department the responsibility table names: lead units, and the related units listed beside them
     * (市财政局、市卫健局，相关镇政府（街道办）gives 市财政局 and 市卫健局).
     */
    public Set<String> departments() {
        Set<String> units = new LinkedHashSet<>();
        for (ResponsibilityRow row : responsibilities) {
            if (!row.leadUnit().isBlank()) {
                units.add(row.leadUnit().strip());
            }
            Arrays.stream(row.relatedUnits().split("[，,、；;\\s]+"))
                    .map(String::strip)
                    .filter(unit -> unit.length() >= 2 && !unit.contains("相关") && !unit.contains("统筹"))
                    .forEach(units::add);
        }
        return units;
    }
}

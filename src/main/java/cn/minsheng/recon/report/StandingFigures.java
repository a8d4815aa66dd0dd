package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import cn.minsheng.recon.domain.reconcile.SubmittedFigure;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The submitted numbers shown for each indicator: those of the lead unit's file, else of the first file that
 * reports it (another unit's report of it is a finding of its own).
 */
final class StandingFigures {

    /**
     * One file's numbers for an indicator.
     *
     * @param byTownship the number per official township
     */
    record Reported(String file, String department, Map<String, SubmittedFigure> byTownship) {

        BigDecimal sum() {
            return byTownship.values().stream().map(SubmittedFigure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private final OfficialTables tables;
    private final Map<String, List<SubmittedFigure>> byIndicator;

    StandingFigures(OfficialTables tables, List<SubmittedFigure> figures) {
        this.tables = tables;
        this.byIndicator = figures.stream()
                .collect(Collectors.groupingBy(SubmittedFigure::indicatorNo, LinkedHashMap::new, Collectors.toList()));
    }

    Optional<Reported> of(Indicator indicator) {
        List<SubmittedFigure> figures = byIndicator.getOrDefault(indicator.no(), List.of());
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> lead = tables.responsibility(indicator).map(ResponsibilityRow::leadUnit);
        SubmittedFigure first = figures.stream().filter(f -> lead.map(f.department()::equals).orElse(false))
                .findFirst().orElse(figures.get(0));
        String file = first.source().file();
        Map<String, SubmittedFigure> byTownship = new LinkedHashMap<>();
        figures.stream().filter(f -> f.source().file().equals(file)).forEach(f -> byTownship.put(f.township(), f));
        return Optional.of(new Reported(file, first.department(), byTownship));
    }
}

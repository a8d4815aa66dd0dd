package cn.minsheng.recon.domain.official;

import cn.minsheng.recon.domain.matching.NameSimilarity;
import cn.minsheng.recon.domain.matching.TextNormalizer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out which indicators each responsibility row covers: by the indicator number when the row gives one
 * and the names agree, else by name within the row's project (then anywhere); a row without an item covers
 * every indicator of its project.
 */
public final class ResponsibilityMatcher {

    public Map<ResponsibilityRow, List<Indicator>> match(BreakdownTable breakdown, List<ResponsibilityRow> rows) {
        Map<ResponsibilityRow, List<Indicator>> coverage = new LinkedHashMap<>();
        for (ResponsibilityRow row : rows) {
            coverage.put(row, cover(breakdown.indicators(), row));
        }
        return coverage;
    }

    private List<Indicator> cover(List<Indicator> indicators, ResponsibilityRow row) {
        Optional<Indicator> numbered = TextNormalizer.numbering(row.item())
                .flatMap(no -> indicators.stream().filter(i -> i.no().equals(no)).findFirst())
                .filter(i -> agrees(i.name(), row.item()));
        if (numbered.isPresent()) {
            return List.of(numbered.get());
        }
        List<Indicator> project = sameProject(indicators, row);
        if (row.coversProject()) {
            if (!project.isEmpty()) {
                return project;
            }
            List<Indicator> byProjectName = indicators.stream()
                    .filter(i -> !i.project().isEmpty() && agrees(i.project(), row.project()))
                    .toList();
            if (!byProjectName.isEmpty()) {
                return byProjectName;
            }
        }
        return best(project, row.text()).or(() -> best(indicators, row.text())).map(List::of).orElse(List.of());
    }

    /** The indicators of the row's project, when its 序号 names a project whose name agrees with the row's. */
    private static List<Indicator> sameProject(List<Indicator> indicators, ResponsibilityRow row) {
        if (row.projectNo().isEmpty()) {
            return List.of();
        }
        List<Indicator> project = indicators.stream().filter(i -> i.projectNo().equals(row.projectNo())).toList();
        boolean namesAgree = row.project().isEmpty() || project.stream().anyMatch(
                i -> agrees(i.project(), row.project()) || agrees(i.name(), row.project()));
        return namesAgree ? project : List.of();
    }

    private static Optional<Indicator> best(List<Indicator> candidates, String text) {
        return candidates.stream()
                .filter(i -> NameSimilarity.score(i.name(), text) >= NameSimilarity.THRESHOLD)
                .max(Comparator.comparingDouble(i -> NameSimilarity.score(i.name(), text)));
    }

    private static boolean agrees(String a, String b) {
        return NameSimilarity.score(a, b) >= NameSimilarity.THRESHOLD;
    }
}

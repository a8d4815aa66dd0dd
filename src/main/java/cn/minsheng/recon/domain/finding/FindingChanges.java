package cn.minsheng.recon.domain.finding;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What changed since the previous run of a period: the findings that are new and those that are gone. A finding
 * is "the same" when it is about the same thing — rule, department, indicator and township (and the file, for a
 * rule about a file) — whatever its values or the name of the file that carries it now.
 *
 * @param previousRun when the previous run of the period started; empty for a period's first run
 */
public record FindingChanges(Optional<LocalDateTime> previousRun, List<Finding> added, List<Finding> resolved) {

    public static FindingChanges firstRun() {
        return new FindingChanges(Optional.empty(), List.of(), List.of());
    }

    public static FindingChanges between(LocalDateTime previousRun, List<Finding> before, List<Finding> now) {
        Set<String> beforeKeys = keys(before);
        Set<String> nowKeys = keys(now);
        return new FindingChanges(Optional.of(previousRun),
                now.stream().filter(f -> !beforeKeys.contains(key(f))).toList(),
                before.stream().filter(f -> !nowKeys.contains(key(f))).toList());
    }

    private static Set<String> keys(List<Finding> findings) {
        Set<String> keys = new LinkedHashSet<>();
        findings.forEach(f -> keys.add(key(f)));
        return keys;
    }

    private static String key(Finding f) {
        String file = f.rule().name().startsWith("FILE_") ? f.source().file() : "";
        return String.join("|", f.rule().name(), f.department(), f.indicatorNo(), f.township(), file);
    }
}

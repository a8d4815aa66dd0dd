package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.official.ResponsibilityRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One unit's open problems, for ranking who must act: the findings about it, its 牵头领导 and its most serious
 * finding. The official tables' own findings go to the office that keeps them, a file of no known unit to a line of
 * its own.
 *
 * @param unit     the unit (or {@link #OFFICIAL_TABLES}, {@link #UNKNOWN_UNIT})
 * @param leaders  the 牵头领导 of the indicators the unit leads, 、-separated; empty when none is named
 * @param findings its findings, the most serious first
 */
record UnitProblems(String unit, String leaders, List<Finding> findings) {

    static final String OFFICIAL_TABLES = "官方分解表";
    static final String UNKNOWN_UNIT = "（未识别单位的文件）";

    /** Most serious first: by severity, then by the rule's order in SPEC §4. */
    static final Comparator<Finding> GRAVITY = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::rule);

    /** Most errors first, then most warnings, then most notes: the order units and indicators are ranked in. */
    static final Comparator<Map<Severity, Long>> WORST_FIRST = Comparator
            .comparingLong((Map<Severity, Long> counts) -> -counts.getOrDefault(Severity.ERROR, 0L))
            .thenComparingLong(counts -> -counts.getOrDefault(Severity.WARNING, 0L))
            .thenComparingLong(counts -> -counts.getOrDefault(Severity.INFO, 0L));

    long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Errors and warnings: what the unit must correct. */
    long open() {
        return count(Severity.ERROR) + count(Severity.WARNING);
    }

    Finding worst() {
        return findings.get(0);
    }

    /**
     * Every unit with findings, ranked by errors, then warnings, then notes; units that tie keep the order in which
     * their first finding came.
     *
     * @param office who answers for the official tables
     */
    static List<UnitProblems> ranked(List<Finding> findings, OfficialTables tables, String office) {
        Map<String, List<Finding>> byUnit = new LinkedHashMap<>();
        for (Finding finding : findings) {
            byUnit.computeIfAbsent(unitOf(finding), u -> new ArrayList<>()).add(finding);
        }
        List<UnitProblems> units = new ArrayList<>();
        byUnit.forEach((unit, own) -> units.add(new UnitProblems(unit,
                unit.equals(OFFICIAL_TABLES) ? office : leaders(tables, unit, own),
                own.stream().sorted(GRAVITY).toList())));
        units.sort(Comparator.comparing(u -> Severity.counts(u.findings()), WORST_FIRST));
        return units;
    }

    /** The line a finding is counted on. */
    static String unitOf(Finding finding) {
        if (finding.rule().official()) {
            return OFFICIAL_TABLES;
        }
        return finding.department().isEmpty() ? UNKNOWN_UNIT : finding.department();
    }

    /** The leaders of what the unit leads, else those its findings were routed to. */
    private static String leaders(OfficialTables tables, String unit, List<Finding> own) {
        List<String> leaders = tables.responsibilities().stream().filter(r -> r.leadUnit().equals(unit))
                .map(ResponsibilityRow::leader).filter(l -> !l.isBlank()).distinct().toList();
        if (leaders.isEmpty()) {
            leaders = own.stream().map(Finding::leadLeader).filter(l -> !l.isBlank()).distinct().toList();
        }
        return String.join("、", leaders);
    }
}

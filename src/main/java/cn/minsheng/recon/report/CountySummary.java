package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Severity;
import java.util.Map;

/**
 * One county's line of the summary workbook (汇总). The counts are those of its completed run; a county whose run
 * did not complete has none, and {@code problem} says why.
 *
 * @param county             the county's folder name
 * @param status             how its reconciliation ended
 * @param problem            why it did not complete, in Chinese; empty when it did
 * @param findings           its findings by severity
 * @param missingSubmissions expected departments that sent nothing (未报送单位数)
 * @param filesRead          submission files read (已报送, 已被替代 and 无法读取; editor lock and hidden files aside)
 */
public record CountySummary(String county, CountyStatus status, String problem, Map<Severity, Long> findings,
        int missingSubmissions, int filesRead) {

    public CountySummary {
        findings = Map.copyOf(findings);
    }

    /** A county whose run did not complete: no counts. */
    public static CountySummary notCompleted(String county, CountyStatus status, String problem) {
        return new CountySummary(county, status, problem, Map.of(), 0, 0);
    }

    public boolean completed() {
        return status == CountyStatus.COMPLETED;
    }

    public long findings(Severity severity) {
        return findings.getOrDefault(severity, 0L);
    }
}

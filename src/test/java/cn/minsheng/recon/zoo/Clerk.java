package cn.minsheng.recon.zoo;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What every county writer shares: the period's folder, opening a department file, the title block clerks put
 * above a table, and the SUB_MISSING_SUBMISSION findings of the expected units that sent nothing.
 */
final class Clerk {

    static final String PERIOD = "2026-03";
    static final String ERROR = "ERROR";
    static final String WARNING = "WARNING";

    final County county;
    final Expectations expectations = new Expectations();
    final Path countyDir;
    final Path submissionsDir;
    final Path officialDir;
    private final Set<String> senders = new LinkedHashSet<>();

    Clerk(County county, Path dir) {
        this.county = county;
        this.countyDir = dir.resolve(county.name());
        this.submissionsDir = countyDir.resolve("submissions").resolve(PERIOD);
        this.officialDir = countyDir.resolve("official");
    }

    /** A department file; {@code when} is its modification time, {@code "04-02 16:40"} in April 2026. */
    Submission file(String file, String department, Book.Format format, String when) {
        if (department != null) {
            senders.add(department);
        }
        return new Submission(county, expectations, file, department, format, at(when));
    }

    static LocalDateTime at(String when) {
        return LocalDateTime.parse("2026-" + when.replace(' ', 'T'));
    }

    /** Title row and the 填报单位 line above a table {@code lastCol + 1} columns wide. */
    static void titled(Page page, String title, String unitLine, int lastCol) {
        page.title(title, lastCol);
        if (unitLine != null) {
            page.line(unitLine, lastCol);
        }
    }

    void officialFinding(String rule, String severity, Integer indicatorNo, String township, String sheet, String cell) {
        expectations.finding(rule, severity, null, indicatorNo, township, null, sheet, cell);
    }

    /** Records SUB_MISSING_SUBMISSION for the expected units with no file and writes the two CSV files. */
    void finish() {
        for (String unit : county.expectedUnits()) {
            if (!senders.contains(unit)) {
                expectations.finding("SUB_MISSING_SUBMISSION", WARNING, unit, null, null, null, null, null);
            }
        }
        try {
            expectations.write(countyDir, FileTime.from(at("04-10T09:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package cn.minsheng.recon.domain.reconcile;

import cn.minsheng.recon.domain.submission.Submission;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Test-data builder for a department file of the period as the reconciler receives it: its name, the 填报单位 and
 * 填报日期 it states, when it was saved, and its sheets ({@link SubmittedSheet}) — no workbook is written or read.
 */
final class SubmittedFile {

    /** When a file was saved unless a test says otherwise: a fixed time, never the clock's. */
    static final LocalDateTime SAVED = LocalDateTime.of(2026, 3, 25, 10, 0);
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final String name;
    private final Optional<String> department;
    private final Optional<LocalDate> date;
    private final LocalDateTime saved;
    private final List<SubmittedSheet> sheets;

    private SubmittedFile(String name, Optional<String> department, Optional<LocalDate> date, LocalDateTime saved,
            List<SubmittedSheet> sheets) {
        this.name = name;
        this.department = department;
        this.date = date;
        this.saved = saved;
        this.sheets = List.copyOf(sheets);
    }

    /** A file that states neither its unit nor its date; {@code name} may name the unit. */
    static SubmittedFile of(String name, SubmittedSheet... sheets) {
        return new SubmittedFile(name, Optional.empty(), Optional.empty(), SAVED, List.of(sheets));
    }

    /** With a 填报单位 line naming {@code unit}, as written. */
    SubmittedFile declaring(String unit) {
        return new SubmittedFile(name, Optional.of(unit), date, saved, sheets);
    }

    /** With a 填报日期 line. */
    SubmittedFile dated(LocalDate filed) {
        return new SubmittedFile(name, department, Optional.of(filed), saved, sheets);
    }

    /** Last modified at {@code time}, China time. */
    SubmittedFile savedAt(LocalDateTime time) {
        return new SubmittedFile(name, department, date, time, sheets);
    }

    String name() {
        return name;
    }

    Submission submission() {
        return new Submission(name, department, date, sheets.stream().map(s -> s.build(name)).toList());
    }

    ReceivedFile received() {
        return ReceivedFile.read(name, saved.atZone(CHINA).toInstant(), submission());
    }

    /** A file the reader could not read, for {@code reason}. */
    static ReceivedFile unreadable(String name, String reason) {
        return ReceivedFile.unreadable(name, SAVED.atZone(CHINA).toInstant(), reason);
    }

    static Instant at(LocalDateTime time) {
        return time.atZone(CHINA).toInstant();
    }
}

package cn.minsheng.recon.domain.reconcile;

import cn.minsheng.recon.domain.submission.Submission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A department file of the period as the office received it: read, or unreadable with the reason. What it says
 * may be fetched only when asked for ({@link #staged}), so that a county's files need not all be in memory at once:
 * the reconciler takes them one at a time.
 */
public final class ReceivedFile {

    private final String name;
    private final Instant modified;
    private final Optional<String> declaredDepartment;
    private final Optional<LocalDate> declaredDate;
    private final Supplier<Submission> contents;
    private final String unreadable;

    private ReceivedFile(String name, Instant modified, Optional<String> declaredDepartment,
            Optional<LocalDate> declaredDate, Supplier<Submission> contents, String unreadable) {
        this.name = name;
        this.modified = modified;
        this.declaredDepartment = declaredDepartment;
        this.declaredDate = declaredDate;
        this.contents = contents;
        this.unreadable = unreadable;
    }

    /** A file read, with what it says held in memory. */
    public static ReceivedFile read(String name, Instant modified, Submission submission) {
        return new ReceivedFile(name, modified, submission.declaredDepartment(), submission.declaredDate(),
                () -> submission, "");
    }

    /**
     * A file read earlier, whose 填报单位 and 填报日期 are known and whose values {@code contents} fetches each time
     * it is asked.
     */
    public static ReceivedFile staged(String name, Instant modified, Optional<String> declaredDepartment,
            Optional<LocalDate> declaredDate, Supplier<Submission> contents) {
        return new ReceivedFile(name, modified, declaredDepartment, declaredDate, contents, "");
    }

    public static ReceivedFile unreadable(String name, Instant modified, String reason) {
        return new ReceivedFile(name, modified, Optional.empty(), Optional.empty(), null, reason);
    }

    /** The file name, no folder. */
    public String name() {
        return name;
    }

    /** Its modification time, which decides the newest file when no 填报日期 does. */
    public Instant modified() {
        return modified;
    }

    /** The 填报单位 the file states, as written. */
    public Optional<String> declaredDepartment() {
        return declaredDepartment;
    }

    /** The 填报日期 the file states. */
    public Optional<LocalDate> declaredDate() {
        return declaredDate;
    }

    /** What it says, when it could be read: fetched anew for a staged file, so keep it only while needed. */
    public Optional<Submission> submission() {
        return contents == null ? Optional.empty() : Optional.of(contents.get());
    }

    /** Why it could not be read, when it could not. */
    public String unreadable() {
        return unreadable;
    }

    /** Of the name and time only: hashing what the file says would cost every value it holds, for each lookup. */
    @Override
    public int hashCode() {
        return Objects.hash(name, modified);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReceivedFile file && name.equals(file.name) && modified.equals(file.modified)
                && unreadable.equals(file.unreadable);
    }

    @Override
    public String toString() {
        return "ReceivedFile[" + name + (unreadable.isEmpty() ? "" : ", unreadable: " + unreadable) + "]";
    }
}

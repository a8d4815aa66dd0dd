package cn.minsheng.recon.domain.reconcile;

import cn.minsheng.recon.domain.submission.Submission;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A department file of the period as the office received it: read, or unreadable with the reason.
 *
 * @param name        the file name, no folder
 * @param modified    its modification time, which decides the newest file when no 填报日期 does
 * @param submission  what it says, when it could be read
 * @param unreadable  why it could not be read, when it could not
 */
public record ReceivedFile(String name, Instant modified, Optional<Submission> submission, String unreadable) {

    public static ReceivedFile read(String name, Instant modified, Submission submission) {
        return new ReceivedFile(name, modified, Optional.of(submission), "");
    }

    public static ReceivedFile unreadable(String name, Instant modified, String reason) {
        return new ReceivedFile(name, modified, Optional.empty(), reason);
    }

    /** Of the name and time only: the default would hash every value the file holds, for each lookup. */
    @Override
    public int hashCode() {
        return Objects.hash(name, modified);
    }
}

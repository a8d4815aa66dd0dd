package cn.minsheng.recon.staging;

import cn.minsheng.recon.domain.submission.Submission;
import java.time.Instant;
import java.util.Optional;

/**
 * A file of the submissions folder as ingested.
 *
 * @param ignored    an editor lock file or a hidden file: listed, never read
 * @param unreadable why it could not be read, empty when it could
 * @param submission what it says, when it was read
 */
public record StagedFile(String name, long size, Instant modified, String sha256, boolean ignored,
                         String unreadable, Optional<Submission> submission) {
}

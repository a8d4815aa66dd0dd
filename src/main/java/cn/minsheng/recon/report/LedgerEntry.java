package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.reconcile.FileOutcome;
import java.time.Instant;
import java.util.Optional;

/**
 * A line of the 报送情况 sheet: what became of a file, and the file itself (absent for a department that sent
 * nothing).
 */
public record LedgerEntry(FileOutcome outcome, long size, Optional<Instant> modified, String sha256) {
}

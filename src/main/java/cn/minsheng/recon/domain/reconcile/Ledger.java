package cn.minsheng.recon.domain.reconcile;

import java.util.ArrayList;
import java.util.List;

/**
 * The submission ledger of a period (报送情况): a line per file received, in the reconciliation's order, then a line
 * per file passed over unread (已忽略: editor lock files, hidden files), then one per expected unit that sent
 * nothing (未报送), each of which has its SUB_MISSING_SUBMISSION finding.
 */
public final class Ledger {

    private Ledger() {
    }

    /** @param ignored the names of the files passed over unread */
    public static List<FileOutcome> of(Reconciliation result, List<String> ignored) {
        List<FileOutcome> lines = new ArrayList<>(result.files());
        ignored.forEach(file -> lines.add(new FileOutcome(file, "", FileStatus.IGNORED, 0, 0, 0, 0)));
        result.missing().forEach(unit -> lines.add(new FileOutcome("", unit, FileStatus.NOT_SUBMITTED, 0, 0, 0, 1)));
        return List.copyOf(lines);
    }
}

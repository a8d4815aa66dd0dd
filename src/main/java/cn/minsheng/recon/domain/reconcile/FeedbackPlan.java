package cn.minsheng.recon.domain.reconcile;

import cn.minsheng.recon.domain.finding.Finding;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who gets a feedback file, made from which of their files, with which findings: one per unit on the ledger. A
 * unit that sent files gets its file in use marked — one it submitted before one superseded, a readable one
 * before an unreadable one, then the newest — with the findings about that file and its own findings about no file;
 * a unit that sent nothing gets a notice with its own findings.
 */
public final class FeedbackPlan {

    /**
     * One unit's feedback file.
     *
     * @param department the unit, as the responsibility table spells it
     * @param file       the file of its that is marked (as the ledger names it); empty for a notice
     * @param findings   what the file tells it
     */
    public record Entry(String department, Optional<String> file, List<Finding> findings) {

        public Entry {
            findings = List.copyOf(findings);
        }
    }

    private FeedbackPlan() {
    }

    /**
     * @param ledger   the period's ledger
     * @param modified when each file on the ledger was last modified, by its name; absent counts as long ago
     * @param findings every finding of the period
     */
    public static List<Entry> of(List<FileOutcome> ledger, Function<String, Optional<Instant>> modified,
            List<Finding> findings) {
        Comparator<FileOutcome> preferred = Comparator
                .comparing((FileOutcome line) -> line.status() == FileStatus.SUBMITTED)
                .thenComparing(line -> line.status() != FileStatus.UNREADABLE)
                .thenComparing(line -> modified.apply(line.file()).orElse(Instant.EPOCH));
        Map<String, Optional<FileOutcome>> departments = new LinkedHashMap<>();
        for (FileOutcome line : ledger) {
            if (line.department() == null || line.department().isEmpty()) {
                continue;
            }
            boolean sent = line.status() == FileStatus.SUBMITTED || line.status() == FileStatus.SUPERSEDED
                    || line.status() == FileStatus.UNREADABLE;
            if (sent && !line.file().isEmpty()) {
                departments.merge(line.department(), Optional.of(line), (a, b) -> a.isEmpty() ? b
                        : b.isEmpty() ? a : preferred.compare(a.get(), b.get()) >= 0 ? a : b);
            } else if (line.status() == FileStatus.NOT_SUBMITTED) {
                departments.putIfAbsent(line.department(), Optional.empty());
            }
        }
        return departments.entrySet().stream().map(department -> {
            Optional<String> file = department.getValue().map(FileOutcome::file);
            List<Finding> own = findings.stream().filter(f -> file.map(name -> f.source().file().equals(name))
                    .orElse(false) || f.source().file().isEmpty() && f.department().equals(department.getKey()))
                    .toList();
            return new Entry(department.getKey(), file, own);
        }).toList();
    }
}

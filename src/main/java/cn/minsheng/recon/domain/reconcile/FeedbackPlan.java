package cn.minsheng.recon.domain.reconcile;

import cn.minsheng.recon.domain.finding.Finding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who gets a feedback file, made from which of their files, with which findings. A unit that sent files gets each
 * file that stands (submitted: its values are in use) marked with the findings about it — a unit may send its
 * targets in one file and its completion in another; the first of them, the newest, is named after the unit and
 * carries its findings about no file as well, any other after the unit and the file. A unit none of whose files
 * stands gets the one it sent marked — one superseded before an unreadable one, then the newest — and a unit that
 * sent nothing a notice with its own findings.
 */
public final class FeedbackPlan {

    /**
     * One feedback file.
     *
     * @param department the unit, as the responsibility table spells it
     * @param file       the file of its that is marked (as the ledger names it); empty for a notice
     * @param findings   what the file tells it
     * @param name       what the feedback file is titled and saved as: the unit, or for a unit's further file
     *                   {@code 单位（文件名）}
     */
    public record Entry(String department, Optional<String> file, List<Finding> findings, String name) {

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
        Map<String, List<FileOutcome>> departments = new LinkedHashMap<>();
        for (FileOutcome line : ledger) {
            if (line.department() == null || line.department().isEmpty()) {
                continue;
            }
            boolean sent = line.status() == FileStatus.SUBMITTED || line.status() == FileStatus.SUPERSEDED
                    || line.status() == FileStatus.UNREADABLE;
            if (sent && !line.file().isEmpty()) {
                departments.computeIfAbsent(line.department(), d -> new ArrayList<>()).add(line);
            } else if (line.status() == FileStatus.NOT_SUBMITTED) {
                departments.putIfAbsent(line.department(), new ArrayList<>());
            }
        }
        List<Entry> entries = new ArrayList<>();
        departments.forEach((department, sent) -> {
            // the best first; between files alike in every way, the one listed first
            List<FileOutcome> ranked = sent.stream().sorted(preferred.reversed()).toList();
            List<FileOutcome> marked = ranked.stream().filter(line -> line.status() == FileStatus.SUBMITTED).toList();
            marked = marked.isEmpty() && !ranked.isEmpty() ? List.of(ranked.get(0)) : marked;
            List<Finding> ownNoFile = findings.stream()
                    .filter(f -> f.source().file().isEmpty() && f.department().equals(department)).toList();
            if (marked.isEmpty()) {
                entries.add(new Entry(department, Optional.empty(), ownNoFile, department));
            }
            for (int i = 0; i < marked.size(); i++) {
                String file = marked.get(i).file();
                List<Finding> own = new ArrayList<>(findings.stream()
                        .filter(f -> f.source().file().equals(file)).toList());
                if (i == 0) {
                    own.addAll(ownNoFile);
                }
                entries.add(new Entry(department, Optional.of(file), own,
                        i == 0 ? department : department + "（" + stem(file) + "）"));
            }
        });
        return entries;
    }

    /** A file's name without its folders and its extension. */
    private static String stem(String file) {
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

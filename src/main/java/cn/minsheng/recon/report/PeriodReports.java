package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.reconcile.ProgressFigure;
import cn.minsheng.recon.domain.reconcile.SubmittedFigure;
import cn.minsheng.recon.workbook.ReadLimits;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The outputs of a run (SPEC §5): findings.csv, the leaders' workbook and each unit's feedback file. Each is written
 * atomically; each method returns where the file went, which differs from the target when someone has the target
 * open ({@link AtomicFiles}).
 */
public class PeriodReports {

    private final ReadLimits limits;
    private final int dueDays;
    private final String office;
    private final String contact;

    /**
     * @param limits  how much a submission may cost to open again for its feedback file
     * @param dueDays how many days after a run its corrections are due back
     * @param office  the office's name and {@code contact}, as units are told them
     */
    public PeriodReports(ReadLimits limits, int dueDays, String office, String contact) {
        this.limits = limits;
        this.dueDays = dueDays;
        this.office = office;
        this.contact = contact;
    }

    /** What units are told about answering a run started at {@code runTime}. */
    public ReplyTerms reply(LocalDateTime runTime) {
        return ReplyTerms.after(runTime, dueDays, office, contact);
    }

    public Path findingsCsv(Path target, List<Finding> findings) throws IOException {
        return new FindingsCsvWriter().write(target, findings);
    }

    public Path workbook(Path target, RunSummary run, OfficialTables tables, List<Finding> findings,
            List<SubmittedFigure> figures, List<ProgressFigure> progress) throws IOException {
        return new ReconciliationWorkbookWriter().write(target, run, tables, findings, figures, progress);
    }

    /**
     * The unit's feedback file in {@code outputFolder/feedback/}: its {@code submission} marked, or a notice of what
     * it owes by the official {@code tables} when it has none that can be opened.
     */
    public Path feedback(Path outputFolder, Period period, OfficialTables tables, String department,
            Optional<Path> submission, List<Finding> findings, ReplyTerms reply) throws IOException {
        return new FeedbackWriter(period, limits, reply, tables).write(outputFolder, department, submission, findings);
    }
}

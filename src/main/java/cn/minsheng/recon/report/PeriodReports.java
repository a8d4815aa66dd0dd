package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.reconcile.SubmittedFigure;
import cn.minsheng.recon.workbook.ReadLimits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The outputs of a run (SPEC §5): findings.csv, the leaders' workbook and each unit's feedback file. Each is written
 * atomically; each method returns where the file went, which differs from the target when someone has the target
 * open ({@link AtomicFiles}).
 */
public class PeriodReports {

    private final ReadLimits limits;

    /** @param limits how much a submission may cost to open again for its feedback file */
    public PeriodReports(ReadLimits limits) {
        this.limits = limits;
    }

    public Path findingsCsv(Path target, List<Finding> findings) throws IOException {
        return new FindingsCsvWriter().write(target, findings);
    }

    public Path workbook(Path target, RunSummary run, OfficialTables tables, List<Finding> findings,
            List<SubmittedFigure> figures) throws IOException {
        return new ReconciliationWorkbookWriter().write(target, run, tables, findings, figures);
    }

    /**
     * The unit's feedback file in {@code outputFolder/feedback/}: its {@code submission} marked, or a notice when it
     * has none that can be opened.
     */
    public Path feedback(Path outputFolder, Period period, String department, Optional<Path> submission,
            List<Finding> findings) throws IOException {
        return new FeedbackWriter(period, limits).write(outputFolder, department, submission, findings);
    }
}

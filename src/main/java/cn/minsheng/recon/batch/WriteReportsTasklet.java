package cn.minsheng.recon.batch;

import cn.minsheng.recon.domain.reconcile.FileOutcome;
import cn.minsheng.recon.domain.reconcile.FileStatus;
import cn.minsheng.recon.domain.reconcile.Finding;
import cn.minsheng.recon.domain.reconcile.FindingChanges;
import cn.minsheng.recon.domain.reconcile.Severity;
import cn.minsheng.recon.report.FeedbackWriter;
import cn.minsheng.recon.report.FindingsCsvWriter;
import cn.minsheng.recon.report.LedgerEntry;
import cn.minsheng.recon.report.ReconciliationWorkbookWriter;
import cn.minsheng.recon.report.RunSummary;
import cn.minsheng.recon.sheet.OfficialTablesLoader;
import cn.minsheng.recon.staging.JdbcFigureRepository;
import cn.minsheng.recon.staging.JdbcFindingRepository;
import cn.minsheng.recon.staging.JdbcLedgerRepository;
import cn.minsheng.recon.staging.JdbcRunHistoryRepository;
import cn.minsheng.recon.staging.RunRecord;
import cn.minsheng.recon.staging.JdbcSubmissionRepository;
import cn.minsheng.recon.staging.StagedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the period's findings.csv, reconciliation workbook and departments' feedback files from the staged findings.
 * {@code recon.reports.enabled=false} writes nothing (the benchmark's J_read: the job without its outputs), and
 * {@code recon.reports.feedback=false} leaves out the feedback files (the benchmark times them apart).
 */
class WriteReportsTasklet implements Tasklet {

    private static final Logger CONSOLE = LoggerFactory.getLogger(Console.NAME);

    private final OfficialTablesSource official;
    private final JdbcFindingRepository findings;
    private final JdbcLedgerRepository ledger;
    private final JdbcSubmissionRepository submissions;
    private final JdbcFigureRepository figures;
    private final JdbcRunHistoryRepository history;
    private final ReconcileRequest request;
    private final boolean enabled;
    private final boolean feedback;

    WriteReportsTasklet(OfficialTablesSource official, JdbcFindingRepository findings, JdbcLedgerRepository ledger,
            JdbcSubmissionRepository submissions, JdbcFigureRepository figures, JdbcRunHistoryRepository history,
            ReconcileRequest request, boolean enabled, boolean feedback) {
        this.official = official;
        this.findings = findings;
        this.ledger = ledger;
        this.submissions = submissions;
        this.figures = figures;
        this.history = history;
        this.request = request;
        this.enabled = enabled;
        this.feedback = feedback;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        if (!enabled) {
            return RepeatStatus.FINISHED;
        }
        JobExecution job = contribution.getStepExecution().getJobExecution();
        List<Finding> all = findings.findAll(job.getId());
        OfficialTablesLoader.Loaded loaded = official.get();
        Path folder = request.periodOutput();
        Path csv = request.findingsCsv();
        Path workbook = request.workbook();
        Path csvWritten = new FindingsCsvWriter().write(csv, all);
        // the staged files (size, time, hash): read once for the ledger and the feedback files
        Map<String, StagedFile> staged = submissions.findFiles(job.getId()).stream()
                .collect(Collectors.toMap(StagedFile::name, f -> f));
        Optional<RunRecord> previous = history.previous(request.period(), outputFolder(), job.getId());
        FindingChanges changes = previous.map(p -> FindingChanges.between(p.runTime(),
                findings.findAll(p.executionId()), all)).orElseGet(FindingChanges::firstRun);
        RunSummary run = new RunSummary(request.period(),
                job.getStartTime() == null ? LocalDateTime.now(ZoneId.systemDefault()) : job.getStartTime(),
                loaded.files(), ledger(job.getId(), staged), changes);
        Path workbookWritten = new ReconciliationWorkbookWriter().write(workbook, run, loaded.tables(), all,
                figures.findAll(job.getId()));
        CONSOLE.info("问题清单：{}", csvWritten);
        diverted("问题清单", csv, csvWritten);
        CONSOLE.info("对账工作簿：{}", workbookWritten);
        diverted("对账工作簿", workbook, workbookWritten);
        if (feedback) {
            int written = feedback(job.getId(), staged, folder, all);
            CONSOLE.info("反馈文件：{} 个，目录 {}", written, request.feedbackFolder());
        }
        previous.ifPresent(p -> CONSOLE.info("与上次对账（{}）相比：新增问题 {} 条，已解决 {} 条",
                p.runTime().format(Console.TIME), changes.added().size(),
                changes.resolved().size()));
        record(job.getId(), run, all, staged.values());
        return RepeatStatus.FINISHED;
    }

    private String outputFolder() {
        return request.periodOutput().toAbsolutePath().normalize().toString();
    }

    /** Keeps the run in the history: its inputs with their hashes and its counts. */
    private void record(long execution, RunSummary run, List<Finding> all, Collection<StagedFile> staged) {
        Map<Severity, Long> counts = Severity.counts(all);
        List<RunRecord.Input> inputs = new ArrayList<>();
        run.inputs().forEach(f -> inputs.add(new RunRecord.Input("官方表", f.name(), f.sha256(), f.size())));
        staged.stream().sorted(Comparator.comparing(StagedFile::name))
                .forEach(f -> inputs.add(new RunRecord.Input("报送", f.name(), f.sha256(), f.size())));
        history.record(new RunRecord(execution, run.period(), run.runTime(),
                outputFolder(), staged.size(),
                counts.getOrDefault(Severity.ERROR, 0L).intValue(), counts.getOrDefault(Severity.WARNING, 0L).intValue(),
                counts.getOrDefault(Severity.INFO, 0L).intValue(), run.changes().added().size(),
                run.changes().resolved().size()), inputs);
    }

    /**
     * One feedback file per department on the ledger: its newest file (the one in use) marked with the findings of
     * that file and the department's own, or a notice when it sent nothing usable.
     */
    private int feedback(long execution, Map<String, StagedFile> staged, Path folder, List<Finding> all)
            throws IOException {
        Map<String, Optional<FileOutcome>> departments = new LinkedHashMap<>();
        Comparator<FileOutcome> preferred = Comparator
                .comparing((FileOutcome line) -> line.status() == FileStatus.SUBMITTED)
                .thenComparing(line -> line.status() != FileStatus.UNREADABLE)
                .thenComparing(line -> Optional.ofNullable(staged.get(line.file())).map(StagedFile::modified)
                        .orElse(Instant.EPOCH));
        for (FileOutcome line : ledger.findAll(execution)) {
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
        FeedbackWriter writer = new FeedbackWriter(request.period());
        for (Map.Entry<String, Optional<FileOutcome>> department : departments.entrySet()) {
            Optional<String> file = department.getValue().map(FileOutcome::file);
            List<Finding> own = all.stream().filter(f -> file.map(name -> f.source().file().equals(name))
                    .orElse(false) || f.source().file().isEmpty() && f.department().equals(department.getKey()))
                    .toList();
            Optional<Path> submission = file.map(request.submissions()::resolve);
            diverted("反馈文件", FeedbackWriter.target(folder, department.getKey(), submission),
                    writer.write(folder, department.getKey(), submission, own));
        }
        return departments.size();
    }

    /** Says why an output did not go to its usual name: someone has that file open. */
    private static void diverted(String what, Path intended, Path actual) {
        if (!actual.equals(intended)) {
            CONSOLE.warn("{} {} 正被打开（Excel/WPS 锁定），未覆盖；本次写入 {}", what, intended.getFileName(),
                    actual.getFileName());
        }
    }

    /** The ledger lines with the size, time and hash of the file each is about. */
    private List<LedgerEntry> ledger(long execution, Map<String, StagedFile> files) {
        return ledger.findAll(execution).stream().map(line -> {
            StagedFile file = files.get(line.file());
            return file == null ? new LedgerEntry(line, 0, Optional.empty(), "")
                    : new LedgerEntry(line, file.size(), Optional.of(file.modified()), file.sha256());
        }).toList();
    }
}

package cn.minsheng.recon.batch;

import cn.minsheng.recon.console.Console;
import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.FindingChanges;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.reconcile.FeedbackPlan;
import cn.minsheng.recon.domain.reconcile.FileOutcome;
import cn.minsheng.recon.layout.OfficialTablesLoader;
import cn.minsheng.recon.report.FeedbackWriter;
import cn.minsheng.recon.report.LedgerEntry;
import cn.minsheng.recon.report.PeriodReports;
import cn.minsheng.recon.report.ReplyTerms;
import cn.minsheng.recon.report.RunSummary;
import cn.minsheng.recon.staging.JdbcFigureRepository;
import cn.minsheng.recon.staging.JdbcFindingRepository;
import cn.minsheng.recon.staging.JdbcLedgerRepository;
import cn.minsheng.recon.staging.JdbcProgressRepository;
import cn.minsheng.recon.staging.JdbcRunHistoryRepository;
import cn.minsheng.recon.staging.JdbcSubmissionRepository;
import cn.minsheng.recon.staging.RunRecord;
import cn.minsheng.recon.staging.StagedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the period's findings.csv, reconciliation workbook and units' feedback files ({@link PeriodReports}) from
 * what the earlier steps staged, says where they went, and records the run in the history.
 */
class WriteReportsTasklet implements Tasklet {

    private static final Logger CONSOLE = LoggerFactory.getLogger(Console.NAME);

    private final OfficialTablesSource official;
    private final JdbcFindingRepository findings;
    private final JdbcLedgerRepository ledger;
    private final JdbcSubmissionRepository submissions;
    private final JdbcFigureRepository figures;
    private final JdbcProgressRepository progress;
    private final JdbcRunHistoryRepository history;
    private final PeriodReports reports;
    private final ReconcileRequest request;

    WriteReportsTasklet(OfficialTablesSource official, JdbcFindingRepository findings, JdbcLedgerRepository ledger,
            JdbcSubmissionRepository submissions, JdbcFigureRepository figures, JdbcProgressRepository progress,
            JdbcRunHistoryRepository history, PeriodReports reports, ReconcileRequest request) {
        this.official = official;
        this.findings = findings;
        this.ledger = ledger;
        this.submissions = submissions;
        this.figures = figures;
        this.progress = progress;
        this.history = history;
        this.reports = reports;
        this.request = request;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        List<Finding> all = findings.findAll(job.getId());
        OfficialTablesLoader.Loaded loaded = official.get();
        Path csvWritten = reports.findingsCsv(request.findingsCsv(), all);
        // the staged files (size, time, hash): read once for the ledger and the feedback files
        Map<String, StagedFile> staged = submissions.findFiles(job.getId()).stream()
                .collect(Collectors.toMap(StagedFile::name, f -> f));
        List<FileOutcome> lines = ledger.findAll(job.getId());
        Optional<RunRecord> previous = history.previous(request.period(), outputFolder(), job.getId());
        FindingChanges changes = previous.map(p -> FindingChanges.between(p.runTime(),
                findings.findAll(p.executionId()), all)).orElseGet(FindingChanges::firstRun);
        LocalDateTime runTime = job.getStartTime() == null ? LocalDateTime.now(ZoneId.systemDefault())
                : job.getStartTime();
        RunSummary run = new RunSummary(request.period(), runTime, loaded.files(), ledgerEntries(lines, staged),
                changes, reports.reply(runTime), !Files.isDirectory(request.submissions()));
        Path workbookWritten = reports.workbook(request.workbook(), run, loaded.tables(), all,
                figures.findAll(job.getId()), progress.findAll(job.getId()));
        CONSOLE.info("问题清单：{}", csvWritten);
        diverted("问题清单", request.findingsCsv(), csvWritten);
        CONSOLE.info("对账工作簿：{}", workbookWritten);
        diverted("对账工作簿", request.workbook(), workbookWritten);
        int written = feedback(FeedbackPlan.of(lines,
                file -> Optional.ofNullable(staged.get(file)).map(StagedFile::modified), all), loaded.tables(),
                run.reply());
        CONSOLE.info("反馈文件：{} 个，目录 {}", written, request.feedbackFolder());
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
     * Writes every feedback file of the plan, each titled and named as the plan says (a unit's further file after
     * the unit and the file); returns how many.
     */
    private int feedback(List<FeedbackPlan.Entry> plan, OfficialTables tables, ReplyTerms reply)
            throws IOException {
        Path folder = request.periodOutput();
        for (FeedbackPlan.Entry entry : plan) {
            Optional<Path> submission = entry.file().map(request.submissions()::resolve);
            diverted("反馈文件", FeedbackWriter.target(folder, entry.name(), submission),
                    reports.feedback(folder, request.period(), tables, entry.name(), submission,
                            entry.findings(), reply));
        }
        return plan.size();
    }

    /** Says why an output did not go to its usual name: someone has that file open. */
    private static void diverted(String what, Path intended, Path actual) {
        if (!actual.equals(intended)) {
            CONSOLE.warn("{} {} 正被打开（Excel/WPS 锁定），未覆盖；本次写入 {}", what, intended.getFileName(),
                    actual.getFileName());
        }
    }

    /** The ledger lines with the size, time and hash of the file each is about. */
    private static List<LedgerEntry> ledgerEntries(List<FileOutcome> lines, Map<String, StagedFile> files) {
        return lines.stream().map(line -> {
            StagedFile file = files.get(line.file());
            return file == null ? new LedgerEntry(line, 0, Optional.empty(), "")
                    : new LedgerEntry(line, file.size(), Optional.of(file.modified()), file.sha256());
        }).toList();
    }
}

package cn.minsheng.recon.batch;

import cn.minsheng.recon.domain.reconcile.Finding;
import cn.minsheng.recon.report.FindingsCsvWriter;
import cn.minsheng.recon.report.LedgerEntry;
import cn.minsheng.recon.report.ReconciliationWorkbookWriter;
import cn.minsheng.recon.report.RunSummary;
import cn.minsheng.recon.sheet.OfficialTablesLoader;
import cn.minsheng.recon.staging.JdbcFindingRepository;
import cn.minsheng.recon.staging.JdbcLedgerRepository;
import cn.minsheng.recon.staging.JdbcSubmissionRepository;
import cn.minsheng.recon.staging.StagedFile;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
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

/** Writes the period's findings.csv and reconciliation workbook from the staged findings. */
class WriteReportsTasklet implements Tasklet {

    private static final Logger CONSOLE = LoggerFactory.getLogger(Console.NAME);

    private final OfficialTablesSource official;
    private final JdbcFindingRepository findings;
    private final JdbcLedgerRepository ledger;
    private final JdbcSubmissionRepository submissions;
    private final ReconcileRequest request;

    WriteReportsTasklet(OfficialTablesSource official, JdbcFindingRepository findings, JdbcLedgerRepository ledger,
            JdbcSubmissionRepository submissions, ReconcileRequest request) {
        this.official = official;
        this.findings = findings;
        this.ledger = ledger;
        this.submissions = submissions;
        this.request = request;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        List<Finding> all = findings.findAll(job.getId());
        OfficialTablesLoader.Loaded loaded = official.get();
        Path folder = request.periodOutput();
        Path csv = folder.resolve("findings.csv");
        Path workbook = folder.resolve("reconciliation-" + request.period() + ".xlsx");
        new FindingsCsvWriter().write(csv, all);
        RunSummary run = new RunSummary(request.period(),
                job.getStartTime() == null ? LocalDateTime.now(ZoneId.systemDefault()) : job.getStartTime(),
                loaded.files(), ledger(job.getId()));
        new ReconciliationWorkbookWriter().write(workbook, run, loaded.tables(), all);
        CONSOLE.info("问题清单：{}", csv);
        CONSOLE.info("对账工作簿：{}", workbook);
        return RepeatStatus.FINISHED;
    }

    /** The ledger lines with the size, time and hash of the file each is about. */
    private List<LedgerEntry> ledger(long execution) {
        Map<String, StagedFile> files = submissions.findAll(execution).stream()
                .collect(Collectors.toMap(StagedFile::name, f -> f));
        return ledger.findAll(execution).stream().map(line -> {
            StagedFile file = files.get(line.file());
            return file == null ? new LedgerEntry(line, 0, Optional.empty(), "")
                    : new LedgerEntry(line, file.size(), Optional.of(file.modified()), file.sha256());
        }).toList();
    }
}

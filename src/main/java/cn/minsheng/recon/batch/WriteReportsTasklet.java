package cn.minsheng.recon.batch;

import cn.minsheng.recon.domain.reconcile.Finding;
import cn.minsheng.recon.report.FindingsCsvWriter;
import cn.minsheng.recon.report.ReconciliationWorkbookWriter;
import cn.minsheng.recon.report.RunSummary;
import cn.minsheng.recon.sheet.OfficialTablesLoader;
import cn.minsheng.recon.staging.JdbcFindingRepository;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
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

    private final OfficialTablesHolder official;
    private final JdbcFindingRepository findings;
    private final ReconcileRequest request;

    WriteReportsTasklet(OfficialTablesHolder official, JdbcFindingRepository findings, ReconcileRequest request) {
        this.official = official;
        this.findings = findings;
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
                job.getStartTime() == null ? java.time.LocalDateTime.now(ZoneId.systemDefault()) : job.getStartTime(),
                loaded.files());
        new ReconciliationWorkbookWriter().write(workbook, run, loaded.tables(), all);
        CONSOLE.info("问题清单：{}", csv);
        CONSOLE.info("对账工作簿：{}", workbook);
        return RepeatStatus.FINISHED;
    }
}

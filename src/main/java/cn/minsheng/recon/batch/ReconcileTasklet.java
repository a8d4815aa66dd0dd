package cn.minsheng.recon.batch;

import cn.minsheng.recon.console.Console;
import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.SeverityPolicy;
import cn.minsheng.recon.domain.reconcile.Ledger;
import cn.minsheng.recon.domain.reconcile.ReceivedFile;
import cn.minsheng.recon.domain.reconcile.ProgressFigure;
import cn.minsheng.recon.domain.reconcile.Reconciler;
import cn.minsheng.recon.domain.reconcile.Reconciliation;
import cn.minsheng.recon.staging.JdbcFigureRepository;
import cn.minsheng.recon.staging.JdbcFindingRepository;
import cn.minsheng.recon.staging.JdbcLedgerRepository;
import cn.minsheng.recon.staging.JdbcSubmissionRepository;
import cn.minsheng.recon.staging.StagedFile;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Reconciles the staged submissions with the official tables and stages the findings and the ledger. */
class ReconcileTasklet implements Tasklet {

    static final String STAGE = "2-submissions";
    private static final Logger CONSOLE = LoggerFactory.getLogger(Console.NAME);

    private final ReconcilerSource reconcilers;
    private final JdbcSubmissionRepository submissions;
    private final JdbcFindingRepository findings;
    private final JdbcLedgerRepository ledger;
    private final JdbcFigureRepository figures;
    private final ProgressStore progress;
    private final SeverityPolicy severities;

    /** Where a run's completion figures are kept for the periods after it. */
    interface ProgressStore {
        void replace(long execution, List<ProgressFigure> figures);
    }

    ReconcileTasklet(ReconcilerSource reconcilers, JdbcSubmissionRepository submissions,
            JdbcFindingRepository findings, JdbcLedgerRepository ledger, JdbcFigureRepository figures,
            ProgressStore progress, SeverityPolicy severities) {
        this.reconcilers = reconcilers;
        this.submissions = submissions;
        this.findings = findings;
        this.ledger = ledger;
        this.figures = figures;
        this.progress = progress;
        this.severities = severities;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long execution = contribution.getStepExecution().getJobExecution().getId();
        List<ReceivedFile> received = submissions.findReceived(execution);
        List<String> ignored = submissions.findFiles(execution).stream().filter(StagedFile::ignored)
                .map(StagedFile::name).toList();
        Reconciler reconciler = reconcilers.create();
        Reconciliation result = reconciler.reconcile(received);
        List<Finding> found = result.findings().stream()
                .map(severities::apply)
                .toList();
        findings.replace(execution, STAGE, found);
        ledger.replace(execution, Ledger.of(result, ignored));
        figures.replace(execution, result.figures());
        progress.replace(execution, result.progress());
        CONSOLE.info("报送对账：文件 {} 个（忽略 {} 个），未报送单位 {} 个，发现问题 {} 条", received.size(), ignored.size(),
                result.missing().size(), found.size());
        return RepeatStatus.FINISHED;
    }
}

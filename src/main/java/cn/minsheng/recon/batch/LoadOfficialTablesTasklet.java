package cn.minsheng.recon.batch;

import cn.minsheng.recon.console.Console;
import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.SeverityPolicy;
import cn.minsheng.recon.domain.official.OfficialConsistencyChecks;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.layout.OfficialTablesLoader;
import cn.minsheng.recon.staging.JdbcFindingRepository;
import cn.minsheng.recon.workbook.InputFile;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Reads the official tables, checks them (OFF_ rules) and stages the findings. */
class LoadOfficialTablesTasklet implements Tasklet {

    static final String STAGE = "1-official";
    private static final Logger CONSOLE = LoggerFactory.getLogger(Console.NAME);

    private final OfficialTablesSource official;
    private final OfficialConsistencyChecks checks;
    private final JdbcFindingRepository findings;
    private final SeverityPolicy severities;

    LoadOfficialTablesTasklet(OfficialTablesSource official, OfficialConsistencyChecks checks,
            JdbcFindingRepository findings, SeverityPolicy severities) {
        this.official = official;
        this.checks = checks;
        this.findings = findings;
        this.severities = severities;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        OfficialTablesLoader.Loaded loaded = official.get();
        OfficialTables tables = loaded.tables();
        for (InputFile file : loaded.files()) {
            CONSOLE.info("读取官方表：{}（{} 字节）", file.name(), file.size());
        }
        CONSOLE.info("指标任务分解表（{} / {}）：指标 {} 个，乡镇（街道）{} 个；责任分解表：{} 行",
                tables.breakdown().file(), tables.breakdown().sheet(), tables.breakdown().indicators().size(),
                tables.breakdown().townships().size(), tables.responsibilities().size());
        List<Finding> found = checks.check(tables).stream()
                .map(severities::apply)
                .toList();
        long executionId = contribution.getStepExecution().getJobExecution().getId();
        findings.replace(executionId, STAGE, found);
        contribution.incrementWriteCount(found.size());
        CONSOLE.info("官方表自查：发现问题 {} 条", found.size());
        return RepeatStatus.FINISHED;
    }
}

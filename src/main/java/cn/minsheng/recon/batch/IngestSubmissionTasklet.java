package cn.minsheng.recon.batch;

import cn.minsheng.recon.domain.matching.TownshipDirectory;
import cn.minsheng.recon.domain.submission.Submission;
import cn.minsheng.recon.sheet.InputFile;
import cn.minsheng.recon.sheet.SubmissionParser;
import cn.minsheng.recon.sheet.UnreadableWorkbookException;
import cn.minsheng.recon.sheet.WorkbookFiles;
import cn.minsheng.recon.staging.JdbcSubmissionRepository;
import cn.minsheng.recon.staging.StagedFile;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Reads one submission file and stages what it says: every value with its source cell, or why it could not be
 * read. Lock and hidden files are staged as ignored, never opened.
 */
class IngestSubmissionTasklet implements Tasklet {

    private static final Logger CONSOLE = LoggerFactory.getLogger(Console.NAME);

    private final Path file;
    private final SubmissionReader reader;
    private final TownshipDirectory townships;
    private final JdbcSubmissionRepository staging;
    private final Progress progress;

    /** Where this file stands among the run's: {@code （3/17）} before its line. */
    record Progress(IngestProgress counter, int files) {

        String next(long jobExecution) {
            return "（" + counter.fileDone(jobExecution) + "/" + files + "）";
        }
    }

    IngestSubmissionTasklet(Path file, SubmissionReader reader, TownshipDirectory townships,
            JdbcSubmissionRepository staging, Progress progress) {
        this.file = file;
        this.reader = reader;
        this.townships = townships;
        this.staging = staging;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        InputFile input = InputFile.of(file);
        long execution = contribution.getStepExecution().getJobExecution().getId();
        StagedFile staged;
        if (WorkbookFiles.ignored(file)) {
            staged = new StagedFile(input.name(), input.size(), input.modified(), input.sha256(), true, "",
                    Optional.empty());
            CONSOLE.info("{}忽略：{}（编辑器临时文件或隐藏文件）", progress.next(execution), input.name());
        } else if (!WorkbookFiles.isWorkbook(file)) {
            staged = unreadable(input, "不支持的文件类型，只读取 .xlsx 和 .xls", progress.next(execution));
        } else {
            try {
                Submission submission = new SubmissionParser(townships::isTownship)
                        .parse(input.name(), reader.read(file));
                staged = new StagedFile(input.name(), input.size(), input.modified(), input.sha256(), false, "",
                        Optional.of(submission));
                contribution.incrementReadCount();
                if (submission.sheets().isEmpty()) {
                    CONSOLE.info("{}读取报送：{}（没有识别出报送表）", progress.next(execution), input.name());
                } else {
                    CONSOLE.info("{}读取报送：{}（{} 个工作表，{} 个数据单元格）", progress.next(execution), input.name(),
                            submission.sheets().size(), submission.valueCount());
                }
            } catch (UnreadableWorkbookException e) {
                staged = unreadable(input, e.getMessage(), progress.next(execution));
            }
        }
        staging.replace(execution, staged);
        return RepeatStatus.FINISHED;
    }

    private static StagedFile unreadable(InputFile input, String reason, String position) {
        CONSOLE.info("{}无法读取：{}（{}）", position, input.name(), reason);
        return new StagedFile(input.name(), input.size(), input.modified(), input.sha256(), false, reason,
                Optional.empty());
    }
}

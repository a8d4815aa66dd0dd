package cn.minsheng.recon.batch;

import cn.minsheng.recon.console.Console;
import cn.minsheng.recon.domain.matching.TownshipDirectory;
import cn.minsheng.recon.domain.submission.Submission;
import cn.minsheng.recon.layout.SubmissionParser;
import cn.minsheng.recon.staging.JdbcSubmissionRepository;
import cn.minsheng.recon.staging.StagedFile;
import cn.minsheng.recon.workbook.InputFile;
import cn.minsheng.recon.workbook.SheetGrid;
import cn.minsheng.recon.workbook.UnreadableWorkbookException;
import cn.minsheng.recon.workbook.WorkbookFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Reads a partition's submission files one per chunk, each in its own transaction, and stages what each says:
 * every value with its source cell, or why it could not be read. Lock and hidden files are staged as ignored,
 * never opened. A file already staged under the job execution (by an earlier, interrupted execution of the same
 * run, handed over on restart) is not read again.
 */
class IngestSubmissionTasklet implements Tasklet {

    private static final Logger CONSOLE = LoggerFactory.getLogger(Console.NAME);

    private final Path folder;
    private final List<Path> files;
    private final SubmissionReader reader;
    private final TownshipDirectory townships;
    private final JdbcSubmissionRepository staging;
    private final Progress progress;
    private Set<String> staged;
    private int next;

    /** Where this file stands among the run's: {@code （3/17）} before its line. */
    record Progress(IngestProgress counter, int files) {

        String next(long jobExecution) {
            return "（" + counter.fileDone(jobExecution) + "/" + files + "）";
        }
    }

    IngestSubmissionTasklet(Path folder, List<Path> files, SubmissionReader reader, TownshipDirectory townships,
            JdbcSubmissionRepository staging, Progress progress) {
        this.folder = folder;
        this.files = List.copyOf(files);
        this.reader = reader;
        this.townships = townships;
        this.staging = staging;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long execution = contribution.getStepExecution().getJobExecution().getId();
        if (staged == null) {
            staged = staging.stagedNames(execution);
        }
        while (next < files.size() && staged.contains(WorkbookFiles.name(folder, files.get(next)))) {
            next++;
        }
        if (next < files.size()) {
            staging.replace(execution, ingest(files.get(next++), contribution, execution));
        }
        return next < files.size() ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
    }

    private StagedFile ingest(Path file, StepContribution contribution, long execution) throws Exception {
        InputFile input = InputFile.of(file, WorkbookFiles.name(folder, file));
        if (WorkbookFiles.ignored(file)) {
            CONSOLE.info("{}忽略：{}（编辑器临时文件或隐藏文件）", progress.next(execution), input.name());
            return new StagedFile(input.name(), input.size(), input.modified(), input.sha256(), true, "",
                    Optional.empty());
        }
        if (!WorkbookFiles.isWorkbook(file)) {
            return unreadable(input, "不支持的文件类型，只读取 .xlsx 和 .xls", progress.next(execution));
        }
        try {
            List<SheetGrid> grids = reader.read(file).stream().map(grid -> grid.inFile(input.name())).toList();
            Submission submission = new SubmissionParser(townships::isTownship).parse(input.name(), grids);
            contribution.incrementReadCount();
            if (submission.dataSheets().isEmpty()) {
                CONSOLE.info("{}读取报送：{}（没有识别出报送表）", progress.next(execution), input.name());
            } else {
                CONSOLE.info("{}读取报送：{}（{} 个工作表，{} 个数据单元格）", progress.next(execution), input.name(),
                        submission.dataSheets().size(), submission.valueCount());
            }
            return new StagedFile(input.name(), input.size(), input.modified(), input.sha256(), false, "",
                    Optional.of(submission));
        } catch (UnreadableWorkbookException e) {
            return unreadable(input, e.getMessage(), progress.next(execution));
        }
    }

    private static StagedFile unreadable(InputFile input, String reason, String position) {
        CONSOLE.info("{}无法读取：{}（{}）", position, input.name(), reason);
        return new StagedFile(input.name(), input.size(), input.modified(), input.sha256(), false, reason,
                Optional.empty());
    }
}

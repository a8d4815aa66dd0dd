package cn.minsheng.recon.batch;

import cn.minsheng.recon.workbook.SheetGrid;
import cn.minsheng.recon.workbook.UnreadableWorkbookException;
import java.nio.file.Path;
import java.util.List;

/** How the ingest step reads a submission workbook: the safe reader, within its limits. */
@FunctionalInterface
public interface SubmissionReader {

    List<SheetGrid> read(Path file) throws UnreadableWorkbookException;
}

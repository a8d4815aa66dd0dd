package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.workbook.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one department's feedback file, {@code feedback/<department>.xlsx} ({@code .xls} for an .xls
 * submission): a copy of its own workbook with a first sheet 问题说明 ({@link ExplanationSheet}) explaining its
 * findings and each offending cell coloured by severity and commented, its cells keeping their values; or, for a
 * department that sent nothing (or sent a file we cannot open), a notice workbook, 报送提醒 ({@link NoticeSheet}),
 * listing what it owes.
 *
 * <p>An {@code .xlsx} submission is copied part by part with its sheets streamed through ({@link StreamedFeedback}):
 * POI's usermodel holds only the flagged cells, so a long village-level sheet costs a pass over its XML instead of an
 * object per cell. An {@code .xls}, and a package the streamed copy does not take, are opened whole in POI's
 * usermodel from an in-memory copy of their bytes. Either way the input file is never opened for writing and the
 * output is written atomically. Everything we add is neutralised with {@link FormulaText}.
 */
public final class FeedbackWriter {

    public static final String FOLDER = "feedback";

    private static final String AUTHOR = "minsheng-recon";

    private final Period period;
    private final ReadLimits limits;
    private final ReplyTerms reply;
    private final OfficialTables tables;

    /**
     * @param period the period the feedback is about, named in the notice
     * @param limits the reading limits: a submission larger than they allow is not opened again
     * @param reply  when corrections are due back and whom to ask
     * @param tables the official tables, which say what a unit that sent nothing owes
     */
    public FeedbackWriter(Period period, ReadLimits limits, ReplyTerms reply, OfficialTables tables) {
        this.period = period;
        this.limits = limits;
        this.reply = reply;
        this.tables = tables;
    }

    /** Where the department's feedback file goes when nobody has it open. */
    public static Path target(Path outputFolder, String department, Optional<Path> submissionFile) {
        return outputFolder.resolve(FOLDER).resolve(fileName(department) + (xls(submissionFile) ? ".xls" : ".xlsx"));
    }

    private static boolean xls(Optional<Path> submissionFile) {
        return submissionFile.map(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xls"))
                .orElse(false);
    }

    /**
     * Writes {@code outputFolder/feedback/<department>.xlsx|.xls} (beside it when that file is open elsewhere) and
     * returns the file written.
     *
     * @param submissionFile the department's file, empty when it sent nothing
     * @param findings       the findings of that file and the department-level ones
     */
    public Path write(Path outputFolder, String department, Optional<Path> submissionFile, List<Finding> findings)
            throws IOException {
        if (submissionFile.isPresent() && !xls(submissionFile)) {
            try {
                if (Files.size(submissionFile.get()) <= limits.maxFileBytes()) {
                    return streamed(outputFolder, department, submissionFile.get(), findings);
                }
            } catch (IOException | RuntimeException e) {
                // a package the streamed copy does not take (or cannot open): as POI's usermodel makes of it
            }
        }
        return inMemory(outputFolder, department, submissionFile, findings);
    }

    /** The feedback file of an .xlsx submission, its sheets streamed through ({@link StreamedFeedback}). */
    Path streamed(Path outputFolder, String department, Path submissionFile, List<Finding> findings)
            throws IOException {
        return AtomicFiles.writeBesideLocked(target(outputFolder, department, Optional.of(submissionFile)),
                out -> StreamedFeedback.write(submissionFile, flaggedAddresses(findings),
                        workbook -> mark(workbook, department, findings), out));
    }

    /** The feedback file made in POI's usermodel: for .xls, a missing or unreadable submission, and as fallback. */
    Path inMemory(Path outputFolder, String department, Optional<Path> submissionFile, List<Finding> findings)
            throws IOException {
        boolean xls = xls(submissionFile);
        Path target = target(outputFolder, department, submissionFile);
        Optional<Workbook> marked = submissionFile.flatMap(this::open);
        try (Workbook workbook = marked.orElseGet(() -> xls ? new HSSFWorkbook() : new XSSFWorkbook())) {
            if (marked.isPresent()) {
                mark(workbook, department, findings);
            } else {
                notice(workbook, department, submissionFile, findings);
            }
            return AtomicFiles.writeBesideLocked(target, workbook::write);
        }
    }

    /** The submission's workbook, opened from an in-memory copy of its bytes; empty when it cannot be opened. */
    private Optional<Workbook> open(Path file) {
        try {
            if (Files.size(file) > limits.maxFileBytes()) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(WorkbookFactory.create(new ByteArrayInputStream(bytes)));
        } catch (IOException | RuntimeException e) {
            // encrypted, corrupt or vanished: the department gets the notice with its findings instead
            return Optional.empty();
        }
    }

    private void mark(Workbook workbook, String department, List<Finding> findings) {
        WorkbookStyles styles = new WorkbookStyles(workbook);
        colourCells(workbook, styles, findings);
        Sheet list = ExplanationSheet.write(new FeedbackPage(styles), workbook,
                freeName(workbook, ExplanationSheet.NAME), department, period, reply, findings);
        firstAndOnlySelected(workbook, list);
    }

    /** 报送提醒 with what the unit owes; its findings other than 未报送 follow on 问题说明. */
    private void notice(Workbook workbook, String department, Optional<Path> submissionFile,
            List<Finding> findings) {
        FeedbackPage page = new FeedbackPage(new WorkbookStyles(workbook));
        NoticeSheet.write(page, workbook, department, period, reply, situation(department, submissionFile, findings),
                tables.owedBy(department));
        List<Finding> others = findings.stream().filter(f -> f.rule() != RuleCode.SUB_MISSING_SUBMISSION).toList();
        if (!others.isEmpty()) {
            ExplanationSheet.write(page, workbook, ExplanationSheet.NAME, department, period, reply, others);
        }
    }

    /** Why the unit gets a notice: its file could not be opened, or nothing of its came (its 未报送 finding says so). */
    private static String situation(String department, Optional<Path> submissionFile, List<Finding> findings) {
        if (submissionFile.isPresent()) {
            return "收到的文件“" + submissionFile.get().getFileName() + "”无法打开，请检查后重新报送（不要加密，使用 .xlsx 或"
                    + " .xls 格式）。" + findings.stream().filter(f -> f.rule() == RuleCode.FILE_UNREADABLE)
                    .map(f -> ExplanationSheet.sentence(f.message())).collect(Collectors.joining());
        }
        String missing = findings.stream().filter(f -> f.rule() == RuleCode.SUB_MISSING_SUBMISSION)
                .map(f -> ExplanationSheet.sentence(f.message())).collect(Collectors.joining("\n"));
        return missing.isEmpty() ? "本期没有收到" + department + "的报送。" : missing;
    }

    /**
     * Colours and comments every cell a finding names. Each coloured cell gets a clone of its own style, shared
     * only with other flagged cells of the same style and severity, so unflagged cells keep their look.
     */
    private static void colourCells(Workbook workbook, WorkbookStyles styles, List<Finding> findings) {
        Map<String, List<Finding>> byCell = new LinkedHashMap<>();
        for (Finding f : findings) {
            String sheet = f.source().sheet();
            String cell = f.source().cell();
            if (!sheet.isEmpty() && workbook.getSheet(sheet) != null && ExplanationSheet.address(cell).isPresent()) {
                byCell.computeIfAbsent(sheet + "!" + cell, k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, CellStyle> clones = new HashMap<>();
        CreationHelper helper = workbook.getCreationHelper();
        for (List<Finding> here : byCell.values()) {
            Sheet sheet = workbook.getSheet(here.get(0).source().sheet());
            CellReference address = ExplanationSheet.address(here.get(0).source().cell()).orElseThrow();
            Row row = sheet.getRow(address.getRow()) != null ? sheet.getRow(address.getRow())
                    : sheet.createRow(address.getRow());
            Cell cell = row.getCell(address.getCol()) != null ? row.getCell(address.getCol())
                    : row.createCell(address.getCol());
            Severity worst = here.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow();
            CellStyle original = cell.getCellStyle();
            short fill = styles.severity(worst).getFillForegroundColor();
            CellStyle coloured = clones.computeIfAbsent(original.getIndex() + "/" + worst, k -> {
                CellStyle clone = workbook.createCellStyle();
                clone.cloneStyleFrom(original);
                clone.setFillForegroundColor(fill);
                clone.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                return clone;
            });
            cell.setCellStyle(coloured);
            comment(sheet, cell, helper, here);
        }
    }

    private static void comment(Sheet sheet, Cell cell, CreationHelper helper, List<Finding> here) {
        String text = FindingComment.text(here);
        Comment existing = cell.getCellComment();
        if (existing != null) {
            // the department's own note stays; ours follows it
            String theirs = existing.getString() == null ? "" : existing.getString().getString();
            existing.setString(helper.createRichTextString(theirs + "\n" + text));
            return;
        }
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 5);
        Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor(AUTHOR);
        cell.setCellComment(comment);
    }

    /** The cells findings name, on any sheet. */
    private static Set<CellAddress> flaggedAddresses(List<Finding> findings) {
        Set<CellAddress> flagged = new HashSet<>();
        for (Finding f : findings) {
            if (!f.source().sheet().isEmpty()) {
                ExplanationSheet.address(f.source().cell()).ifPresent(address -> flagged.add(new CellAddress(address)));
            }
        }
        return flagged;
    }

    /** Moves our sheet to the front and opens the workbook on it, with no other tab selected (grouped). */
    private static void firstAndOnlySelected(Workbook workbook, Sheet ours) {
        workbook.setSheetOrder(ours.getSheetName(), 0);
        for (Sheet sheet : workbook) {
            sheet.setSelected(false);
        }
        ours.setSelected(true);
        workbook.setActiveSheet(0);
        workbook.setFirstVisibleTab(0);
    }

    /** {@code name}, or {@code name(2)} … when the department's workbook already has a sheet of that name. */
    private static String freeName(Workbook workbook, String name) {
        String candidate = name;
        for (int n = 2; workbook.getSheet(candidate) != null; n++) {
            candidate = name + "(" + n + ")";
        }
        return candidate;
    }

    /** The department's name as a file name: characters Windows forbids become {@code _}. */
    static String fileName(String department) {
        String cleaned = department.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.isEmpty() || cleaned.startsWith(".") ? "_" + cleaned : cleaned;
    }
}

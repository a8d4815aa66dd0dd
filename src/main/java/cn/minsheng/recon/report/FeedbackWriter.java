package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.model.Period;
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
 * submission): a copy of its own workbook with a first sheet 问题说明 listing its findings and each offending cell
 * coloured by severity and commented, its cells keeping their values; or, for a department that sent nothing (or
 * sent a file we cannot open), a small notice workbook saying what is expected.
 *
 * <p>An {@code .xlsx} submission is copied part by part with its sheets streamed through ({@link StreamedFeedback}):
 * POI's usermodel holds only the flagged cells, so a long village-level sheet costs a pass over its XML instead of an
 * object per cell. An {@code .xls}, and a package the streamed copy does not take, are opened whole in POI's
 * usermodel from an in-memory copy of their bytes. Either way the input file is never opened for writing and the
 * output is written atomically. Everything we add is neutralised with {@link FormulaText}.
 */
public final class FeedbackWriter {

    static final String FINDINGS_SHEET = "问题说明";
    static final String NOTICE_SHEET = "报送提醒";
    public static final String FOLDER = "feedback";

    private static final String AUTHOR = "minsheng-recon";

    private final Period period;
    private final ReadLimits limits;
    private final ReplyTerms reply;

    /**
     * @param period the period the feedback is about, named in the notice
     * @param limits the reading limits: a submission larger than they allow is not opened again
     * @param reply  when corrections are due back and whom to ask
     */
    public FeedbackWriter(Period period, ReadLimits limits, ReplyTerms reply) {
        this.period = period;
        this.limits = limits;
        this.reply = reply;
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
                        workbook -> mark(workbook, findings), out));
    }

    /** The feedback file made in POI's usermodel: for .xls, a missing or unreadable submission, and as fallback. */
    Path inMemory(Path outputFolder, String department, Optional<Path> submissionFile, List<Finding> findings)
            throws IOException {
        boolean xls = xls(submissionFile);
        Path target = target(outputFolder, department, submissionFile);
        Optional<Workbook> marked = submissionFile.flatMap(this::open);
        try (Workbook workbook = marked.orElseGet(() -> xls ? new HSSFWorkbook() : new XSSFWorkbook())) {
            if (marked.isPresent()) {
                mark(workbook, findings);
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

    private void mark(Workbook workbook, List<Finding> findings) {
        Sheet list = workbook.createSheet(freeName(workbook, FINDINGS_SHEET));
        SheetWriter writer = new SheetWriter(list, new WorkbookStyles(workbook));
        colourCells(workbook, writer.styles(), findings);
        findingsTable(writer, findings);
        firstAndOnlySelected(workbook, list);
    }

    private void notice(Workbook workbook, String department, Optional<Path> submissionFile,
            List<Finding> findings) {
        WorkbookStyles styles = new WorkbookStyles(workbook);
        SheetWriter writer = new SheetWriter(workbook.createSheet(NOTICE_SHEET), styles);
        writer.widths(14, 80);
        int r = writer.pair(0, "部门", department);
        r = writer.pair(r, "期别", period.toString());
        if (submissionFile.isPresent()) {
            r = writer.pair(r, "收到的文件", submissionFile.get().getFileName().toString());
            r = writer.pair(r, "情况", "收到的文件无法打开，请检查后重新报送（不要加密，使用 .xlsx 或 .xls 格式）");
        }
        List<Finding> missing = findings.stream().filter(f -> f.rule() == RuleCode.SUB_MISSING_SUBMISSION).toList();
        for (Finding finding : missing) {
            r = writer.pair(r, "应报送", finding.message());
        }
        if (missing.isEmpty() && submissionFile.isEmpty()) {
            r = writer.pair(r, "应报送", department + "本期没有报送（应报送其牵头的按乡镇分解或统筹安排的指标）");
        }
        r = writer.pair(r, "报送要求", "请按官方分解表的指标和乡镇，报送" + period + "的数据");
        for (int i = 0; i < r; i++) {
            writer.fitHeight(writer.row(i));
        }
        List<Finding> others = findings.stream().filter(f -> f.rule() != RuleCode.SUB_MISSING_SUBMISSION).toList();
        if (!others.isEmpty()) {
            findingsTable(new SheetWriter(workbook.createSheet(FINDINGS_SHEET), styles), others);
        }
    }

    private static void findingsTable(SheetWriter sheet, List<Finding> findings) {
        sheet.widths(6, 30, 10, 16, 8, 60, 12, 12);
        sheet.header(0, "级别", "指标", "乡镇", "工作表", "单元格", "说明", "官方值", "报送值");
        int r = 1;
        for (Finding f : sorted(findings)) {
            Row row = sheet.row(r++);
            CellStyle plain = sheet.styles().plain();
            sheet.text(row, 0, f.severity().label(), sheet.styles().severity(f.severity()));
            sheet.text(row, 1, f.indicatorNo().isEmpty() ? f.indicator() : f.indicatorNo() + " " + f.indicator(),
                    plain);
            sheet.text(row, 2, f.township(), plain);
            sheet.text(row, 3, f.source().sheet(), plain);
            sheet.text(row, 4, f.source().cell(), plain);
            sheet.text(row, 5, f.message(), plain);
            sheet.number(row, 6, Optional.ofNullable(f.officialValue()), plain);
            sheet.number(row, 7, Optional.ofNullable(f.submittedValue()), plain);
            sheet.fitHeight(row);
        }
        if (findings.isEmpty()) {
            sheet.text(sheet.row(1), 5, "本期报送未发现问题", sheet.styles().plain());
        }
        sheet.sheet().createFreezePane(0, 1);
        sheet.print(0);
    }

    private static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().sorted(Comparator.comparing(Finding::severity)
                .thenComparing(f -> f.source().sheet()).thenComparing(Finding::indicatorNo)).toList();
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
            if (!sheet.isEmpty() && !cell.isEmpty() && workbook.getSheet(sheet) != null && address(cell) != null) {
                byCell.computeIfAbsent(sheet + "!" + cell, k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, CellStyle> clones = new HashMap<>();
        CreationHelper helper = workbook.getCreationHelper();
        for (List<Finding> here : byCell.values()) {
            Sheet sheet = workbook.getSheet(here.get(0).source().sheet());
            CellReference address = address(here.get(0).source().cell());
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
            CellReference address = f.source().sheet().isEmpty() ? null : address(f.source().cell());
            if (address != null) {
                flagged.add(new CellAddress(address));
            }
        }
        return flagged;
    }

    private static CellReference address(String a1) {
        try {
            CellReference reference = new CellReference(a1);
            return reference.getRow() >= 0 && reference.getCol() >= 0 ? reference : null;
        } catch (RuntimeException e) {
            return null;
        }
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

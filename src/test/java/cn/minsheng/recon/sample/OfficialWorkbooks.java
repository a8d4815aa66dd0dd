package cn.minsheng.recon.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link PlanFixture} as the official workbooks a county office keeps (XSSF for .xlsx, HSSF for
 * .xls), and tells where each value landed so tests can assert the A1 cells findings must name.
 *
 * <p>Paging imitates the printed document: a page holds {@value #BREAKDOWN_LINES_PER_PAGE} text lines of
 * the breakdown table and {@value #RESPONSIBILITY_LINES_PER_PAGE} of the responsibility table, a text
 * wraps every {@value #TEXT_WIDTH} characters (half that for ASCII), and pages break only between
 * projects. With these numbers the Miluo tables break exactly where seed 004 breaks them.
 */
public final class OfficialWorkbooks {

    static final int TEXT_WIDTH = 40;
    static final int TOWNSHIP_WIDTH = 8;
    static final int BREAKDOWN_LINES_PER_PAGE = 12;
    static final int RESPONSIBILITY_LINES_PER_PAGE = 17;

    // responsibility table columns (both layouts): 序号 | project | item | leader | lead unit | related units
    private static final int PROJECT_COLUMN = 1;
    private static final int ITEM_COLUMN = 2;
    private static final int LEADER_COLUMN = 3;

    private OfficialWorkbooks() {
    }

    // ---- files

    /** Writes the breakdown and the responsibility table as two workbooks into {@code dir}; returns {@code dir}. */
    public static Path writeSeparate(Path dir, PlanFixture plan, OfficialLayout layout, boolean xls) {
        try (Workbook breakdown = newWorkbook(xls); Workbook responsibility = newWorkbook(xls)) {
            addBreakdownSheet(breakdown, "Sheet1", plan, layout);
            addResponsibilitySheet(responsibility, "Sheet1", plan, layout);
            Files.createDirectories(dir);
            save(breakdown, dir.resolve(breakdownFileName(plan, xls)));
            save(responsibility, dir.resolve(responsibilityFileName(plan, xls)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes both tables as sheets {@code Sheet1} and {@code 附件} of one workbook (names that say nothing
     * about which table is which); the extension of {@code file} chooses .xls or .xlsx.
     */
    public static Path writeCombined(Path file, PlanFixture plan, OfficialLayout layout, boolean responsibilityFirst) {
        try (Workbook workbook = newWorkbook(file.getFileName().toString().toLowerCase().endsWith(".xls"))) {
            if (responsibilityFirst) {
                addResponsibilitySheet(workbook, "Sheet1", plan, layout);
                addBreakdownSheet(workbook, "附件", plan, layout);
            } else {
                addBreakdownSheet(workbook, "Sheet1", plan, layout);
                addResponsibilitySheet(workbook, "附件", plan, layout);
            }
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            save(workbook, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 2026年重点民生实事指标任务分解表.xlsx} */
    public static String breakdownFileName(PlanFixture plan, boolean xls) {
        return plan.titleYear() + "年重点民生实事指标任务分解表" + (xls ? ".xls" : ".xlsx");
    }

    /** {@code 2026年重点民生实事责任分解表.xlsx} */
    public static String responsibilityFileName(PlanFixture plan, boolean xls) {
        return plan.titleYear() + "年重点民生实事责任分解表" + (xls ? ".xls" : ".xlsx");
    }

    // ---- sheets

    /** Adds the 指标任务分解表 as a sheet of {@code workbook}. */
    public static void addBreakdownSheet(Workbook workbook, String sheetName, PlanFixture plan, OfficialLayout layout) {
        Canvas canvas = new Canvas(workbook.createSheet(sheetName));
        int townships = plan.townships().size();
        int firstTownship = layout.firstTownshipColumn();
        int lastTownship = firstTownship + townships - 1;
        int lastColumn = Math.max(lastTownship, layout.remarkColumn(townships));
        canvas.widths(breakdownWidths(layout, townships));
        writeTitle(canvas, layout, "附件2", layout.breakdownTitle(plan), lastColumn);

        Rows rows = breakdownRows(plan, layout);
        for (int header : rows.headers()) {
            writeBreakdownHeader(canvas, header, plan, layout);
        }
        breakPagesAtRepeatedHeaders(canvas, rows);
        List<PlanIndicator> indicators = plan.indicators();
        for (List<Integer> project : indicatorProjects(plan)) {
            int top = rows.items().get(project.get(0));
            int bottom = rows.items().get(project.get(project.size() - 1));
            PlanIndicator first = indicators.get(project.get(0));
            canvas.cell(top, bottom, layout.noColumn(), layout.noColumn(), first.projectNo(), canvas.centered);
            if (first.project() != null) {
                canvas.cell(top, bottom, layout.projectColumn(), layout.projectColumn(), first.project(), canvas.centered);
            }
            writeNamesBelowProject(canvas, rows, indicators, project, layout);
            for (int i : project) {
                writeTargets(canvas, rows.items().get(i), indicators.get(i), plan, layout);
            }
        }
        for (int i = 0; i < indicators.size(); i++) {
            canvas.height(rows.items().get(i), breakdownLines(indicators.get(i), plan, layout));
        }
        writeNote(canvas, rows.note(), plan.note(), lastColumn);
    }

    /** Adds the 责任分解表 as a sheet of {@code workbook}. */
    public static void addResponsibilitySheet(Workbook workbook, String sheetName, PlanFixture plan, OfficialLayout layout) {
        Canvas canvas = new Canvas(workbook.createSheet(sheetName));
        List<String> header = layout.responsibilityHeader();
        int lastColumn = header.size() - 1;
        canvas.widths(new int[] {6, 12, TEXT_WIDTH, 10, 16, TEXT_WIDTH});
        writeTitle(canvas, layout, "附件1", layout.responsibilityTitle(plan), lastColumn);

        Rows rows = responsibilityRows(plan, layout);
        for (int top : rows.headers()) {
            for (int column = 0; column < header.size(); column++) {
                int last = column;
                while (last + 1 < header.size() && header.get(last + 1) == null) {
                    last++;
                }
                canvas.cell(top, top, column, last, header.get(column), canvas.header);
                column = last;
            }
            canvas.height(top, 2);
        }
        breakPagesAtRepeatedHeaders(canvas, rows);
        List<PlanResponsibility> lines = plan.responsibilities();
        for (List<Integer> project : responsibilityProjects(plan)) {
            int top = rows.items().get(project.get(0));
            int bottom = rows.items().get(project.get(project.size() - 1));
            PlanResponsibility first = lines.get(project.get(0));
            canvas.cell(top, bottom, 0, 0, first.projectNo(), canvas.centered);
            boolean wholeProject = project.size() == 1 && first.item() == null;
            if (wholeProject && header.get(ITEM_COLUMN) == null) { // the name spans both name columns, as in the header
                canvas.cell(top, top, PROJECT_COLUMN, ITEM_COLUMN, first.project(), canvas.text);
                continue;
            }
            canvas.cell(top, bottom, PROJECT_COLUMN, PROJECT_COLUMN, first.project(), canvas.centered);
            for (int i : project) {
                int row = rows.items().get(i);
                canvas.cell(row, row, ITEM_COLUMN, ITEM_COLUMN, itemText(plan, i, layout), canvas.text);
            }
        }
        writeMergedDown(canvas, rows, lines.stream().map(PlanResponsibility::leader).toList(), LEADER_COLUMN);
        writeMergedDown(canvas, rows, lines.stream().map(PlanResponsibility::leadUnit).toList(), LEADER_COLUMN + 1);
        writeMergedDown(canvas, rows, lines.stream().map(PlanResponsibility::relatedUnits).toList(), LEADER_COLUMN + 2);
        for (int i = 0; i < lines.size(); i++) {
            canvas.height(rows.items().get(i), responsibilityLines(lines.get(i)));
        }
        writeNote(canvas, rows.note(), plan.note(), lastColumn);
    }

    // ---- where things land (1-based rows, A1 cells)

    /** The 1-based row of an indicator in the breakdown table. */
    public static int indicatorRow(PlanFixture plan, OfficialLayout layout, int indicatorNo) {
        return breakdownRows(plan, layout).items().get(plan.indicators().indexOf(plan.indicator(indicatorNo))) + 1;
    }

    /** The cell of one township's target, e.g. {@code G17}; inside the merged cell when a text or total spans the row. */
    public static String townshipCell(PlanFixture plan, OfficialLayout layout, int indicatorNo, String township) {
        int index = plan.townships().indexOf(township);
        if (index < 0) {
            throw new IllegalArgumentException("no township " + township);
        }
        return a1(indicatorRow(plan, layout, indicatorNo) - 1, layout.firstTownshipColumn() + index);
    }

    /** The first township cell of an indicator: where a directive or a city-wide number merged across them sits. */
    public static String targetCell(PlanFixture plan, OfficialLayout layout, int indicatorNo) {
        return townshipCell(plan, layout, indicatorNo, plan.townships().get(0));
    }

    /** The 全县目标/全市目标 cell of an indicator (one-row layout only). */
    public static String totalCell(PlanFixture plan, OfficialLayout layout, int indicatorNo) {
        if (layout.totalColumn() < 0) {
            throw new IllegalArgumentException(layout + " has no total column");
        }
        return a1(indicatorRow(plan, layout, indicatorNo) - 1, layout.totalColumn());
    }

    /** The cell holding an indicator's name. */
    public static String nameCell(PlanFixture plan, OfficialLayout layout, int indicatorNo) {
        PlanIndicator indicator = plan.indicator(indicatorNo);
        return a1(indicatorRow(plan, layout, indicatorNo) - 1, nameColumns(indicator, layout)[0]);
    }

    /** The 1-based first row of each breakdown header (more than one when the header is repeated). */
    public static List<Integer> breakdownHeaderRows(PlanFixture plan, OfficialLayout layout) {
        return breakdownRows(plan, layout).headers().stream().map(row -> row + 1).toList();
    }

    /** The 1-based row of the breakdown's {@code 注：…} line. */
    public static int breakdownNoteRow(PlanFixture plan, OfficialLayout layout) {
        return breakdownRows(plan, layout).note() + 1;
    }

    /** The 1-based row of the responsibility row at {@code index} of {@link PlanFixture#responsibilities()}. */
    public static int responsibilityRow(PlanFixture plan, OfficialLayout layout, int index) {
        return responsibilityRows(plan, layout).items().get(index) + 1;
    }

    /** The leader cell of a responsibility row (top-left of its merged cell only when the row starts the run). */
    public static String leaderCell(PlanFixture plan, OfficialLayout layout, int index) {
        return a1(responsibilityRow(plan, layout, index) - 1, LEADER_COLUMN);
    }

    public static List<Integer> responsibilityHeaderRows(PlanFixture plan, OfficialLayout layout) {
        return responsibilityRows(plan, layout).headers().stream().map(row -> row + 1).toList();
    }

    public static int responsibilityNoteRow(PlanFixture plan, OfficialLayout layout) {
        return responsibilityRows(plan, layout).note() + 1;
    }

    // ---- breakdown parts

    private static void writeBreakdownHeader(Canvas canvas, int top, PlanFixture plan, OfficialLayout layout) {
        int bottom = top + layout.headerRows() - 1;
        int first = layout.firstTownshipColumn();
        canvas.cell(top, bottom, layout.noColumn(), layout.noColumn(), "序号", canvas.header);
        if (layout.groupColumn() >= 0) {
            canvas.cell(top, bottom, layout.projectColumn(), layout.indicatorColumn(), "项目名称及指标任务", canvas.header);
        } else {
            canvas.cell(top, bottom, layout.projectColumn(), layout.projectColumn(), "项目名称", canvas.header);
            canvas.cell(top, bottom, layout.indicatorColumn(), layout.indicatorColumn(), "指标任务", canvas.header);
        }
        canvas.cell(top, bottom, layout.unitColumn(), layout.unitColumn(), "单位", canvas.header);
        if (layout.totalColumn() >= 0) {
            canvas.cell(top, bottom, layout.totalColumn(), layout.totalColumn(), plan.wholeArea() + "目标", canvas.header);
        }
        if (bottom > top) {
            canvas.cell(top, top, first, first + plan.townships().size() - 1, "目标任务", canvas.header);
        }
        for (int i = 0; i < plan.townships().size(); i++) {
            canvas.cell(bottom, bottom, first + i, first + i, plan.townships().get(i), canvas.header);
        }
        int remark = layout.remarkColumn(plan.townships().size());
        if (remark >= 0) {
            canvas.cell(top, bottom, remark, remark, "备注", canvas.header);
        }
        for (int row = top; row <= bottom; row++) {
            canvas.height(row, 1.5);
        }
    }

    /** Group and indicator names of one project: a group merged down its run, a name without group over both. */
    private static void writeNamesBelowProject(Canvas canvas, Rows rows, List<PlanIndicator> indicators,
                                               List<Integer> project, OfficialLayout layout) {
        int run = 0;
        while (run < project.size()) {
            PlanIndicator first = indicators.get(project.get(run));
            int end = run;
            while (layout.groupColumn() >= 0 && first.group() != null && end + 1 < project.size()
                    && first.group().equals(indicators.get(project.get(end + 1)).group())) {
                end++;
            }
            if (layout.groupColumn() >= 0 && first.group() != null && first.project() != null) {
                canvas.cell(rows.items().get(project.get(run)), rows.items().get(project.get(end)),
                        layout.groupColumn(), layout.groupColumn(), first.group(), canvas.centered);
            }
            for (int k = run; k <= end; k++) {
                PlanIndicator indicator = indicators.get(project.get(k));
                int row = rows.items().get(project.get(k));
                int[] columns = nameColumns(indicator, layout);
                canvas.cell(row, row, columns[0], columns[1], indicatorName(indicator, layout), canvas.text);
            }
            run = end + 1;
        }
    }

    /** First and last column of an indicator's name cell. */
    private static int[] nameColumns(PlanIndicator indicator, OfficialLayout layout) {
        if (indicator.project() == null) {
            return new int[] {layout.projectColumn(), layout.indicatorColumn()};
        }
        if (layout.groupColumn() >= 0 && indicator.group() == null) {
            return new int[] {layout.groupColumn(), layout.indicatorColumn()};
        }
        return new int[] {layout.indicatorColumn(), layout.indicatorColumn()};
    }

    private static String indicatorName(PlanIndicator indicator, OfficialLayout layout) {
        return layout.numbersIndicatorNames() ? indicator.numberedName() : indicator.name();
    }

    private static void writeTargets(Canvas canvas, int row, PlanIndicator indicator, PlanFixture plan,
                                     OfficialLayout layout) {
        canvas.cell(row, row, layout.unitColumn(), layout.unitColumn(), indicator.unit(), canvas.centered);
        if (layout.totalColumn() >= 0) {
            canvas.cell(row, row, layout.totalColumn(), layout.totalColumn(), totalOf(indicator), canvas.number);
        }
        int first = layout.firstTownshipColumn();
        int last = first + plan.townships().size() - 1;
        if (indicator.directive() != null) {
            canvas.cell(row, row, first, last, indicator.directive(), canvas.centered);
        } else if (indicator.townships().isEmpty() && indicator.cityTotal() != null && layout.totalColumn() < 0) {
            canvas.cell(row, row, first, last, indicator.cityTotal(), canvas.number);
        } else {
            for (int i = 0; i < plan.townships().size(); i++) {
                canvas.cell(row, row, first + i, first + i, indicator.townships().get(plan.townships().get(i)), canvas.number);
            }
        }
        int remark = layout.remarkColumn(plan.townships().size());
        if (remark >= 0) {
            canvas.cell(row, row, remark, remark, null, canvas.text);
        }
    }

    /**
     * The total column: the city total when there is one, else the township sum — for a rate their
     * common value, blank when they differ; blank for a directive.
     */
    private static BigDecimal totalOf(PlanIndicator indicator) {
        if (indicator.cityTotal() != null) {
            return indicator.cityTotal();
        }
        if (indicator.directive() != null || indicator.townships().isEmpty()) {
            return null;
        }
        if (!indicator.hasRateUnit()) {
            return indicator.townshipSum();
        }
        List<BigDecimal> distinct = indicator.townships().values().stream()
                .map(BigDecimal::stripTrailingZeros).distinct().toList();
        return distinct.size() == 1 ? distinct.get(0) : null;
    }

    private static int[] breakdownWidths(OfficialLayout layout, int townships) {
        int columns = Math.max(layout.firstTownshipColumn() + townships, layout.remarkColumn(townships) + 1);
        int[] widths = new int[columns];
        widths[layout.noColumn()] = 4;
        widths[layout.projectColumn()] = 6;
        if (layout.groupColumn() >= 0) {
            widths[layout.groupColumn()] = 8;
        }
        widths[layout.indicatorColumn()] = TEXT_WIDTH;
        widths[layout.unitColumn()] = 5;
        if (layout.totalColumn() >= 0) {
            widths[layout.totalColumn()] = 7;
        }
        for (int i = 0; i < townships; i++) {
            widths[layout.firstTownshipColumn() + i] = TOWNSHIP_WIDTH;
        }
        if (layout.remarkColumn(townships) >= 0) {
            widths[layout.remarkColumn(townships)] = 10;
        }
        return widths;
    }

    // ---- responsibility parts

    /** The item as printed; the one-row layout puts the number of the indicator it is about in front. */
    private static String itemText(PlanFixture plan, int index, OfficialLayout layout) {
        String item = plan.responsibilities().get(index).item();
        if (item == null || !layout.numbersResponsibilityItems()) {
            return item;
        }
        List<PlanIndicator> covered = plan.indicatorsCoveredBy(index);
        return covered.size() == 1 ? covered.get(0).no() + "." + item : item;
    }

    /** A value merged down over the rows below it that leave the column null, never across a repeated header. */
    private static void writeMergedDown(Canvas canvas, Rows rows, List<String> values, int column) {
        int start = 0;
        for (int i = 1; i <= values.size(); i++) {
            boolean continues = i < values.size() && values.get(i) == null
                    && rows.items().get(i) == rows.items().get(i - 1) + 1;
            if (!continues) {
                canvas.cell(rows.items().get(start), rows.items().get(i - 1), column, column, values.get(start), canvas.centered);
                start = i;
            }
        }
    }

    // ---- shared parts

    private static void writeTitle(Canvas canvas, OfficialLayout layout, String attachment, String title, int lastColumn) {
        int row = 0;
        if (layout.hasAttachmentLine()) {
            canvas.cell(row, row, 0, 1, attachment, canvas.attachment);
            canvas.height(row++, 1.5);
        }
        canvas.cell(row, row, 0, lastColumn, title, canvas.title);
        canvas.height(row, 2.5);
    }

    /** Printing starts a page at each repeated header, as in the document the table was copied from. */
    private static void breakPagesAtRepeatedHeaders(Canvas canvas, Rows rows) {
        rows.headers().stream().skip(1).forEach(header -> canvas.sheet.setRowBreak(header - 1));
    }

    private static void writeNote(Canvas canvas, int row, String note, int lastColumn) {
        if (note != null) {
            canvas.cell(row, row, 0, lastColumn, note, canvas.note);
            canvas.height(row, 1.5);
        }
    }

    private static Rows breakdownRows(PlanFixture plan, OfficialLayout layout) {
        return paginate(layout.titleRows(), layout.headerRows(), layout.repeatsHeader(), BREAKDOWN_LINES_PER_PAGE,
                indicatorProjects(plan), i -> breakdownLines(plan.indicators().get(i), plan, layout));
    }

    private static Rows responsibilityRows(PlanFixture plan, OfficialLayout layout) {
        return paginate(layout.titleRows(), 1, layout.repeatsHeader(), RESPONSIBILITY_LINES_PER_PAGE,
                responsibilityProjects(plan), i -> responsibilityLines(plan.responsibilities().get(i)));
    }

    /** Indexes of {@link PlanFixture#indicators()}, one list per project. */
    private static List<List<Integer>> indicatorProjects(PlanFixture plan) {
        List<PlanIndicator> indicators = plan.indicators();
        return blocks(indicators.size(), i -> indicators.get(i).projectNo() != indicators.get(i - 1).projectNo());
    }

    /** Indexes of {@link PlanFixture#responsibilities()}, one list per project. */
    private static List<List<Integer>> responsibilityProjects(PlanFixture plan) {
        return blocks(plan.responsibilities().size(), i -> plan.responsibilities().get(i).startsProject());
    }

    private static int breakdownLines(PlanIndicator indicator, PlanFixture plan, OfficialLayout layout) {
        return Math.max(lines(indicatorName(indicator, layout), TEXT_WIDTH),
                lines(indicator.directive(), TOWNSHIP_WIDTH * plan.townships().size()));
    }

    private static int responsibilityLines(PlanResponsibility row) {
        String name = row.item() != null ? row.item() : row.project();
        return Math.max(lines(name, TEXT_WIDTH), lines(row.relatedUnits(), TEXT_WIDTH));
    }

    /** Printed lines of a wrapped text: a CJK character is one unit wide, an ASCII one half. */
    private static int lines(String text, int width) {
        if (text == null) {
            return 1;
        }
        double units = text.chars().mapToDouble(c -> c < 128 ? 0.5 : 1).sum();
        return Math.max(1, (int) Math.ceil(units / width));
    }

    /** Indexes 0..size-1 cut into runs: a new run at 0 and wherever {@code startsBlock} holds. */
    private static List<List<Integer>> blocks(int size, Predicate<Integer> startsBlock) {
        List<List<Integer>> blocks = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (i == 0 || startsBlock.test(i)) {
                blocks.add(new ArrayList<>());
            }
            blocks.get(blocks.size() - 1).add(i);
        }
        return blocks;
    }

    /**
     * Places the header at {@code firstRow} and the items after it, starting a new page (with the header
     * again) before a block that would overflow the page.
     */
    private static Rows paginate(int firstRow, int headerRows, boolean repeatHeader, int linesPerPage,
                                 List<List<Integer>> blocks, ToIntFunction<Integer> linesOfItem) {
        List<Integer> headers = new ArrayList<>(List.of(firstRow));
        List<Integer> items = new ArrayList<>();
        int row = firstRow + headerRows;
        int used = 0;
        for (List<Integer> block : blocks) {
            int lines = block.stream().mapToInt(linesOfItem).sum();
            if (repeatHeader && used > 0 && used + lines > linesPerPage) {
                headers.add(row);
                row += headerRows;
                used = 0;
            }
            for (int ignored : block) {
                items.add(row++);
            }
            used += lines;
        }
        return new Rows(List.copyOf(headers), List.copyOf(items), row);
    }

    /** 0-based rows: where each header starts, each item's row (in plan order), and the note's row. */
    private record Rows(List<Integer> headers, List<Integer> items, int note) {
    }

    private static String a1(int row, int column) {
        return new CellReference(row, column).formatAsString();
    }

    private static Workbook newWorkbook(boolean xls) {
        if (!xls) {
            return new XSSFWorkbook();
        }
        HSSFWorkbook workbook = new HSSFWorkbook();
        // Excel and WPS always write the summary streams; a Chinese Windows names them in code page 936
        workbook.createInformationProperties();
        workbook.getSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_GBK);
        workbook.getDocumentSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_GBK);
        return workbook;
    }

    private static void save(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    /** One sheet with the styles of an office file: 黑体 titles and header, 仿宋 text, 宋体 numbers, thin borders. */
    private static final class Canvas {

        final Sheet sheet;
        final CellStyle attachment;
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle centered;
        final CellStyle number;
        final CellStyle note;

        Canvas(Sheet sheet) {
            this.sheet = sheet;
            Workbook workbook = sheet.getWorkbook();
            attachment = style(workbook, "黑体", 14, false, HorizontalAlignment.LEFT, false);
            title = style(workbook, "黑体", 18, false, HorizontalAlignment.CENTER, false);
            header = style(workbook, "黑体", 11, true, HorizontalAlignment.CENTER, true);
            text = style(workbook, "仿宋", 11, true, HorizontalAlignment.LEFT, true);
            centered = style(workbook, "仿宋", 11, true, HorizontalAlignment.CENTER, true);
            number = style(workbook, "宋体", 11, true, HorizontalAlignment.CENTER, false);
            note = style(workbook, "仿宋", 11, false, HorizontalAlignment.LEFT, true);
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
        }

        /**
         * Fills rows {@code top..bottom} × columns {@code left..right} with {@code style} (so a merged cell
         * keeps its borders), puts {@code value} in the top-left cell and merges the range when it is more
         * than one cell. A null value leaves the cell blank; numbers become doubles only here.
         */
        void cell(int top, int bottom, int left, int right, Object value, CellStyle style) {
            for (int r = top; r <= bottom; r++) {
                Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
                for (int c = left; c <= right; c++) {
                    row.createCell(c).setCellStyle(style);
                }
            }
            Cell cell = sheet.getRow(top).getCell(left);
            if (value instanceof String string) {
                cell.setCellValue(string);
            } else if (value instanceof BigDecimal decimal) {
                cell.setCellValue(decimal.doubleValue());
            } else if (value instanceof Integer integer) {
                cell.setCellValue(integer);
            } else if (value != null) {
                throw new IllegalArgumentException("cannot write " + value.getClass());
            }
            if (top != bottom || left != right) {
                sheet.addMergedRegion(new CellRangeAddress(top, bottom, left, right));
            }
        }

        /** Row height in printed text lines. */
        void height(int row, double lines) {
            Row existing = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
            existing.setHeightInPoints((float) (lines * 15 + 5));
        }

        /** Column widths in CJK characters. */
        void widths(int[] characters) {
            for (int c = 0; c < characters.length; c++) {
                sheet.setColumnWidth(c, Math.min(255, characters[c] * 2 + 1) * 256);
            }
        }

        private static CellStyle style(Workbook workbook, String fontName, int points, boolean bordered,
                                       HorizontalAlignment alignment, boolean wrap) {
            return OfficeStyles.style(workbook, fontName, points, bordered, alignment, wrap);
        }
    }
}

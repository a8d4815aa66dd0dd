package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.model.Decimals;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Writes cells into one sheet the way our reports need them: input text neutralised, numbers as numbers, cells
 * with findings coloured by their worst severity and commented, rows as tall as their wrapped text, print-ready.
 */
final class SheetWriter {

    static final float LINE_POINTS = 15f;

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final CreationHelper helper;
    private Drawing<?> drawing;
    /** Column widths as set by {@link #widths}, in 1/256 of a character. */
    private int[] widths = new int[0];
    /**
     * A Chinese character's printed width in column units (tenths): an 11-point glyph is 14.7 pixels, 2.1 of the
     * 7-pixel digit a column unit is measured in, and a little more for the cell's padding.
     */
    static final int WIDE_TENTHS = 22;
    /** Per row, each text written into it, for {@link #fitHeight}. */
    private final Map<Integer, Map<Integer, String>> texts = new HashMap<>();
    /** Font size per cell style index, and the smallest written so far. */
    private final Map<Integer, Double> fontPoints = new HashMap<>();
    private double smallestPoints = Double.MAX_VALUE;
    /** The last column a cell was written in, -1 for none. */
    private int lastColumn = -1;
    /** How many columns from the first are printed; all when negative. */
    private int printedColumns = -1;
    /** The rows printed on the page of the row after them. */
    private final Set<Integer> keptWithNext = new HashSet<>();
    /**
     * The share of a page's height that page breaks fill: a little short of full, so that a printer that fits a
     * little less than worked out never breaks first.
     */
    private static final double PAGE_FILL = 0.95;

    /** @param styles the workbook's styles, made once per workbook and shared by its sheets */
    SheetWriter(Sheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
        this.helper = sheet.getWorkbook().getCreationHelper();
    }

    Sheet sheet() {
        return sheet;
    }

    WorkbookStyles styles() {
        return styles;
    }

    Row row(int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    /** Column widths in Excel's character units: a Chinese character takes two. */
    void widths(int... units) {
        widths = new int[units.length];
        for (int c = 0; c < units.length; c++) {
            widths[c] = units[c] * 256;
            sheet.setColumnWidth(c, widths[c]);
        }
    }

    void header(int r, String... labels) {
        header(r, 0, labels);
    }

    /** A header row's labels from column {@code first} on. */
    void header(int r, int first, String... labels) {
        Row row = row(r);
        for (int c = 0; c < labels.length; c++) {
            text(row, first + c, labels[c], styles.header());
        }
        fitHeight(row);
    }

    /** Prints only the columns up to {@code lastPrinted} and the rows up to {@code lastRow}. */
    void printArea(int lastPrinted, int lastRow) {
        printedColumns = lastPrinted + 1;
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastPrinted, 0, lastRow);
    }

    /** A label and its value on one row; returns the next row. */
    int pair(int r, String label, String value) {
        Row row = row(r);
        text(row, 0, label, styles.header());
        text(row, 1, value, styles.plain());
        return r + 1;
    }

    /**
     * A text cell. In an .xlsx the text is written into the cell itself (an inline string): adding it to the shared
     * strings table costs POI a serialisation of the text for every cell, the larger part of writing a report.
     */
    void text(Row row, int column, String value, CellStyle style) {
        String text = FormulaText.neutralise(value);
        Cell cell = row.createCell(column);
        if (cell instanceof XSSFCell xssf) {
            CTCell ct = xssf.getCTCell();
            ct.setT(STCellType.INLINE_STR);
            ct.addNewIs().setT(text);
        } else {
            cell.setCellValue(text);
        }
        cell.setCellStyle(style);
        noteFont(style, column);
        texts.computeIfAbsent(row.getRowNum(), r -> new HashMap<>()).put(column, text);
    }

    /** Numbers are written as numbers: the spreadsheet's own type, from the exact decimal. */
    void number(Row row, int column, Optional<BigDecimal> value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        noteFont(style, column);
        value.ifPresent(v -> cell.setCellValue(Double.parseDouble(Decimals.plain(v))));
    }

    /** A text cell coloured and commented when findings concern it. */
    void flagged(Row row, int column, List<Finding> findings, String value) {
        text(row, column, value, style(findings, styles.plain()));
        comment(row, column, findings);
    }

    /** A number (or an empty cell) coloured and commented when findings concern it, else in {@code clean}. */
    void flaggedNumber(Row row, int column, List<Finding> findings, Optional<BigDecimal> value, CellStyle clean) {
        number(row, column, value, style(findings, clean));
        comment(row, column, findings);
    }

    /** A text cell that links to a cell of this workbook ({@code '分解对账'!H5}). */
    void link(Row row, int column, String text, String address) {
        text(row, column, text, styles.link());
        Hyperlink link = helper.createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress(address);
        row.getCell(column).setHyperlink(link);
    }

    /** Prints row {@code r} on the page of the row after it (an indicator's targets and its completion). */
    void keepWithNext(int r) {
        keptWithNext.add(r);
    }

    /** Grows the row to show every line of its wrapped text. */
    void fitHeight(Row row) {
        int lines = 1;
        List<CellRangeAddress> merged = sheet.getMergedRegions();
        for (Map.Entry<Integer, String> text : texts.getOrDefault(row.getRowNum(), Map.of()).entrySet()) {
            int column = text.getKey();
            if (merged.stream().anyMatch(region -> region.isInRange(row.getRowNum(), column))) {
                continue;
            }
            int set = column < widths.length ? widths[column] : sheet.getColumnWidth(column);
            lines = Math.max(lines, lines(text.getValue(), Math.max(1, set / 256 - 1)));
        }
        row.setHeightInPoints(lines * LINE_POINTS);
    }

    /** How many lines a text takes in a column {@code width} units wide, each of its own lines wrapped. */
    static int lines(String text, int width) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            // Chinese characters, and the quotation marks, dashes and symbols from U+2000 on, which Chinese fonts
            // draw full width (“…”)
            int tenths = line.codePoints().map(cp -> cp < 0x2000 ? 10 : WIDE_TENTHS).sum();
            lines += Math.max(1, (tenths + 10 * width - 1) / (10 * width));
        }
        return lines;
    }

    /**
     * Print-ready: the paper and scale of {@link PagePlan} for this sheet's columns and smallest text, the table's
     * header row {@code header} repeated on every page (none when negative), 第 N 页 共 M 页 at the foot. Column
     * blocks, when the sheet is too wide for any paper, repeat the first column.
     */
    void print(int header) {
        print(header, header, 1, true);
    }

    /**
     * As {@link #print(int)}, the rows {@code firstHeader}..{@code lastHeader} repeated, the first {@code labels}
     * columns repeated by column blocks, and A4 portrait tried first only when {@code portraitFirst}.
     */
    void print(int firstHeader, int lastHeader, int labels, boolean portraitFirst) {
        int[] all = new int[printedColumns >= 0 ? printedColumns : Math.max(widths.length, lastColumn + 1)];
        for (int c = 0; c < all.length; c++) {
            all[c] = (c < widths.length ? widths[c] : sheet.getColumnWidth(c)) / 256;
        }
        PagePlan plan = PagePlan.of(all, smallestPoints, labels, portraitFirst);
        plan.apply(sheet);
        if (firstHeader >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(firstHeader, lastHeader, -1, -1));
        }
        if (!plan.fitToWidth() && labels > 0) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, labels - 1));
        }
        if (!keptWithNext.isEmpty()) {
            keepTogether(plan.rowsPerPage() * PAGE_FILL, firstHeader < 0 ? 0 : height(firstHeader, lastHeader));
        }
        sheet.getFooter().setCenter("第 &P 页 共 &N 页");
    }

    /**
     * Page breaks as a printer would place them, each moved up when it would part a row of {@link #keepWithNext}
     * from the next; every page after the first repeats the header ({@code header} points).
     */
    private void keepTogether(double page, double header) {
        double used = 0;
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            double own = height(r, r);
            double needed = own + (keptWithNext.contains(r) ? height(r + 1, r + 1) : 0);
            if (used + needed > page && used > header) {
                sheet.setRowBreak(r - 1);
                used = header;
            }
            used += own;
        }
    }

    /** The height of rows {@code first}..{@code last} together, in points. */
    private double height(int first, int last) {
        double height = 0;
        for (int r = first; r <= last; r++) {
            Row row = sheet.getRow(r);
            height += row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        }
        return height;
    }

    /** Keeps the smallest font size and the last column written, for {@link #print}. */
    private void noteFont(CellStyle style, int column) {
        smallestPoints = Math.min(smallestPoints, fontPoints.computeIfAbsent((int) style.getIndex(),
                i -> (double) sheet.getWorkbook().getFontAt(style.getFontIndex()).getFontHeightInPoints()));
        lastColumn = Math.max(lastColumn, column);
    }

    private CellStyle style(List<Finding> findings, CellStyle clean) {
        return CellMark.of(findings).map(styles::mark).orElse(clean);
    }

    private void comment(Row row, int column, List<Finding> findings) {
        if (!findings.isEmpty()) {
            comment(row, column, FindingComment.text(findings));
        }
    }

    /** A comment on a cell already written, its box as tall as the text's lines; none for an empty text. */
    void comment(Row row, int column, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(column);
        anchor.setCol2(column + 5);
        anchor.setRow1(row.getRowNum());
        anchor.setRow2(row.getRowNum() + 3 + text.split("\n").length);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor("minsheng-recon");
        row.getCell(column).setCellComment(comment);
    }
}

package cn.minsheng.recon.workbook;

import cn.minsheng.recon.xml.SecureXml;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One worksheet part of an .xlsx read in a single streaming pass into a {@link SheetGrid}: its rows, their cells
 * and its merged ranges, each cell made what POI's usermodel makes of it. Rows and cells without a reference
 * follow the previous one, as in POI.
 */
final class XlsxWorksheet {

    private static final SpreadsheetVersion VERSION = SpreadsheetVersion.EXCEL2007;

    private final SharedStrings strings;
    private final CellFormats formats;
    private final GridBudget budget;

    /** The current row's cells by column, up to Excel's last column; a cell beyond it fails the row anyway. */
    private SheetCell[] cells = new SheetCell[64];
    private int row;
    private int first;
    private int end;

    /** Shared formulas by {@code si}, and array formulas: a cell without a cached value is shown by its formula. */
    private final Map<String, Formula> shared = new HashMap<>();
    private final List<Formula> arrays = new ArrayList<>();

    /** A long sheet repeats its texts and numbers row after row; inline strings (SXSSF) even copy each text. */
    private final RecurringCells recurring = new RecurringCells();

    /** A formula's text and the range it applies to, from its first cell on. */
    private record Formula(String text, int firstRow, int firstColumn, CellRangeAddress range) {
    }

    XlsxWorksheet(SharedStrings strings, CellFormats formats, GridBudget budget) {
        this.strings = strings;
        this.formats = formats;
        this.budget = budget;
    }

    /** The sheet whose part the parser stands on (its root element), read to its end. */
    SheetGrid read(String file, String sheet, boolean hidden, XMLStreamReader xml)
            throws XMLStreamException, UnreadableWorkbookException {
        SheetGridBuilder grid = new SheetGridBuilder(file, sheet, VERSION, budget);
        List<String> merged = new ArrayList<>();
        boolean inSheetData = false;
        boolean inRow = false;
        int last = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (inRow && name.equals("c")) {
                    cell(xml);
                } else if (inSheetData && name.equals("row")) {
                    String r = xml.getAttributeValue(null, "r");
                    row = r == null ? last + 1 : (int) Math.min(Integer.MAX_VALUE, Long.parseLong(r) - 1);
                    last = Math.max(last, row);
                    first = Integer.MAX_VALUE;
                    end = 0;
                    inRow = true;
                } else if (name.equals("sheetData")) {
                    inSheetData = true;
                } else if (name.equals("mergeCell")) {
                    merged.add(xml.getAttributeValue(null, "ref"));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && inSheetData) {
                String name = xml.getLocalName();
                if (name.equals("row")) {
                    grid.row(row, first, end, c -> c < cells.length ? cells[c] : null);
                    Arrays.fill(cells, 0, Math.min(end, cells.length), null);
                    inRow = false;
                } else if (name.equals("sheetData")) {
                    inSheetData = false;
                }
            }
        }
        for (String ref : merged) {
            grid.merged(CellRangeAddress.valueOf(ref));
        }
        return grid.build(hidden);
    }

    /** The {@code <c>} the parser stands on, read to its end and kept in the current row. */
    private void cell(XMLStreamReader xml) throws XMLStreamException, UnreadableWorkbookException {
        budget.stored();
        String ref = null;
        String type = null;
        String style = null;
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            // by its one character: the parser hands over a new name string for every attribute, and hashing each
            // for a switch was a tenth of the read
            String name = xml.getAttributeLocalName(i);
            char only = name.length() == 1 ? name.charAt(0) : ' ';
            if (only == 'r') {
                ref = xml.getAttributeValue(i);
            } else if (only == 't') {
                type = xml.getAttributeValue(i);
            } else if (only == 's') {
                style = xml.getAttributeValue(i);
            }
        }
        int column = ref == null ? end : column(ref);
        String value = null;
        String inline = null;
        String formula = null;
        String sharedIndex = null;
        boolean isFormula = false;
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "v" -> value = xml.getElementText();
                case "is" -> inline = SharedStrings.item(xml);
                case "f" -> {
                    String kind = xml.getAttributeValue(null, "t");
                    String si = xml.getAttributeValue(null, "si");
                    String range = xml.getAttributeValue(null, "ref");
                    formula = xml.getElementText();
                    // POI takes a data table's formula for no formula
                    isFormula = !"dataTable".equals(kind);
                    if ("shared".equals(kind)) {
                        sharedIndex = si;
                        share(si, range, formula, column);
                    } else if ("array".equals(kind) && range != null) {
                        arrays.add(new Formula(formula, row, column, CellRangeAddress.valueOf(range)));
                    }
                }
                default -> SecureXml.skip(xml);
            }
        }
        if (!isFormula && !arrays.isEmpty()) {
            for (Formula array : arrays) {
                if (array.range().isInRange(row, column)) {
                    isFormula = true;
                    formula = array.text();
                }
            }
        }
        if (isFormula && value == null && sharedIndex != null) {
            formula = sharedFormula(sharedIndex, column);
        }
        SheetCell cell = isFormula ? formulaCell(type, value, formula, style) : cell(type, value, inline, style);
        keep(column, cell);
    }

    /** Records a shared formula at its first cell, the one that has the text and the range it applies to. */
    private void share(String si, String range, String text, int column) {
        if (range != null && !text.isEmpty()) {
            CellRangeAddress applies = CellRangeAddress.valueOf(range);
            // a range that starts before the first cell applies from the first cell on, as in POI
            shared.put(si, new Formula(text, Math.max(row, applies.getFirstRow()),
                    Math.max(column, applies.getFirstColumn()), applies));
        }
    }

    /**
     * The text of a shared formula at this cell; empty for a formula whose first cell has not been read, which POI
     * cannot render either.
     */
    private String sharedFormula(String si, int column) {
        Formula master = shared.get(si);
        return master == null ? "" : SharedFormula.moved(master.text(), row - master.firstRow(),
                column - master.firstColumn());
    }

    /** A cell that is no formula, by its type ({@code t}): POI's own reading of each. */
    private SheetCell cell(String type, String value, String inline, String style) {
        if (type == null || type.equals("n")) {
            // a number cell without <v> is blank
            return value == null ? SheetCell.blank() : number(value, format(style));
        }
        return switch (type) {
            case "s" -> value == null ? SheetCell.blank() : text(strings.get(Integer.parseInt(value)));
            case "inlineStr" -> inline != null ? text(inline)
                    : value != null ? CellValues.ooxmlText(value) : SheetCell.blank();
            case "str" -> value == null ? SheetCell.blank() : CellValues.ooxmlText(value);
            case "b" -> CellValues.bool("1".equals(value));
            case "e" -> CellValues.error();
            default -> throw new IllegalStateException("Illegal cell type: " + type);
        };
    }

    private SheetCell number(String stored, String format) {
        return recurring.number(stored, format, CellValues::number);
    }

    private SheetCell text(String text) {
        return recurring.text(text);
    }

    /** A formula cell: its cached value by type, or the formula when nothing is cached. */
    private SheetCell formulaCell(String type, String value, String formula, String style) {
        if (value == null) {
            return CellValues.formulaWithoutValue(formula);
        }
        if (type == null || type.equals("n")) {
            return number(value, format(style));
        }
        return switch (type) {
            // a cached text is kept in <v> whatever the type says, even "s"
            case "s", "str", "inlineStr" -> CellValues.ooxmlText(value);
            case "b" -> CellValues.bool("1".equals(value));
            case "e" -> CellValues.error();
            default -> throw new IllegalStateException("Illegal cell type: " + type);
        };
    }

    private String format(String style) {
        return formats.of(style == null ? 0 : Integer.parseInt(style));
    }

    private void keep(int column, SheetCell cell) {
        first = Math.min(first, column);
        end = Math.max(end, column + 1);
        if (column < 0 || column > VERSION.getLastColumnIndex()) {
            return; // the row fails on its end
        }
        if (column >= cells.length) {
            cells = Arrays.copyOf(cells, Math.min(VERSION.getMaxColumns(), Math.max(column + 1, cells.length * 2)));
        }
        cells[column] = cell;
    }

    /** The column of a cell reference such as {@code AB12}: only its letters count, as in POI. */
    static int column(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                column = column * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                column = column * 26 + (ch - 'a' + 1);
            } else if (ch != '$') {
                break;
            }
            if (column > 1 << 24) {
                return 1 << 24; // far beyond the grid, without overflowing
            }
        }
        return column - 1;
    }
}

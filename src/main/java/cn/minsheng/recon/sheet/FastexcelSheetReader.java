package cn.minsheng.recon.sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.util.CellRangeAddress;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads every sheet of an .xlsx into the same {@link SheetGrid}s as {@link PoiSheetReader}, streaming rows with
 * fastexcel-reader instead of building POI's object model (a few times the cost of inflating and parsing the XML
 * at all, against POI's sixteen or more, and no heap per cell beyond the grid itself).
 *
 * <p>fastexcel-reader has no limits of its own and no merged regions: it is only ever handed a package that
 * {@link SafeWorkbookReader} has scanned, and that scan hands over each sheet part's {@code <mergeCell>} ranges.
 * Shared strings are held on the heap, so their part is refused beyond a size.
 *
 * <p>Where fastexcel-reader keeps less than POI sees: a formula's cached text and cached error both arrive as
 * text, told apart by the error values Excel writes; a cell without a style of its own takes the workbook's
 * default style (POI would look at the column's style first).
 */
final class FastexcelSheetReader {

    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

    private final long maxCells;
    private final long maxSharedStringsBytes;

    /**
     * @param maxCells              the most grid slots per workbook, as {@link PoiSheetReader} counts them
     * @param maxSharedStringsBytes the most the shared strings part may inflate to
     */
    FastexcelSheetReader(long maxCells, long maxSharedStringsBytes) {
        this.maxCells = maxCells;
        this.maxSharedStringsBytes = maxSharedStringsBytes;
    }

    /**
     * @param merged each sheet part's merged ranges ({@code ref} of {@code <mergeCell>}), by zip entry name
     */
    List<SheetGrid> read(Path file, Map<String, List<String>> merged) throws UnreadableWorkbookException {
        String name = file.getFileName().toString();
        try {
            XlsxParts parts = parts(file);
            try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), WITH_FORMATS)) {
                GridBudget budget = new GridBudget(maxCells);
                List<SheetGrid> grids = new ArrayList<>();
                for (Iterator<Sheet> sheets = workbook.getSheets().iterator(); sheets.hasNext(); ) {
                    Sheet sheet = sheets.next();
                    XlsxParts.Sheet part = parts.sheets().get(sheet.getId());
                    if (part == null || !part.read()) {
                        continue; // POI skips a sheet without a part, and macro sheets
                    }
                    grids.add(grid(name, workbook, sheet, merged.getOrDefault(part.part(), List.of()), budget));
                }
                return grids;
            }
        } catch (UnreadableWorkbookException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            throw new UnreadableWorkbookException("不是可读取的 Excel 文件（" + cause.getClass().getSimpleName() + "）", e);
        }
    }

    private XlsxParts parts(Path file) throws IOException, XMLStreamException, UnreadableWorkbookException {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            XlsxParts parts = XlsxParts.of(zip);
            if (parts.sharedStrings().isPresent()) {
                ZipEntry entry = zip.getEntry(parts.sharedStrings().get());
                // the scan has made sure no entry inflates beyond the size its directory declares
                if (entry != null && entry.getSize() > maxSharedStringsBytes) {
                    throw new UnreadableWorkbookException("共享字符串表解压后 "
                            + SafeWorkbookReader.megabytes(entry.getSize()) + " MB，超过上限 "
                            + SafeWorkbookReader.megabytes(maxSharedStringsBytes) + " MB", null);
                }
            }
            return parts;
        }
    }

    private static SheetGrid grid(String file, ReadableWorkbook workbook, Sheet sheet, List<String> merged,
                                  GridBudget budget) throws IOException, UnreadableWorkbookException {
        SheetGridBuilder grid = new SheetGridBuilder(file, sheet.getName(), SpreadsheetVersion.EXCEL2007, budget);
        try (Stream<Row> rows = sheet.openStream()) {
            int seen = 0;
            int last = -1;
            for (Iterator<Row> it = rows.iterator(); it.hasNext(); seen++) {
                Row row = it.next();
                int index = row.getRowNum() - 1;
                if (row.getRowNum() == seen && index <= last) {
                    // a <row> without r: fastexcel-reader numbers it by the rows seen, POI (and Excel) as the
                    // row after the last one
                    index = last + 1;
                }
                last = Math.max(last, index);
                int end = row.getCellCount();
                int first = 0;
                while (first < end && row.getCell(first) == null) {
                    first++;
                }
                grid.row(index, first, end, c -> cell(workbook, row.getCell(c)));
            }
        }
        for (String ref : merged) {
            grid.merged(CellRangeAddress.valueOf(ref));
        }
        return grid.build();
    }

    private static SheetCell cell(ReadableWorkbook workbook, Cell cell) {
        if (cell == null) {
            return null;
        }
        String stored = cell.getRawValue();
        Object value = cell.getValue();
        return switch (cell.getType()) {
            // a number cell with an empty <v/> is POI's 0; without <v> it is blank
            case EMPTY -> stored == null ? SheetCell.blank() : CellValues.number(stored, format(workbook, cell));
            case NUMBER -> CellValues.number(stored, format(workbook, cell));
            case STRING -> CellValues.ooxmlText((String) value);
            case BOOLEAN -> CellValues.bool(Boolean.TRUE.equals(value));
            case ERROR -> CellValues.error();
            case FORMULA -> formula(workbook, cell);
        };
    }

    /** What POI makes of a formula cell: its cached value by type, or the formula when nothing is cached. */
    private static SheetCell formula(ReadableWorkbook workbook, Cell cell) {
        Object value = cell.getValue();
        if (cell.getFormula() == null) {
            // t="str" without <f>: POI reads the text
            return CellValues.ooxmlText((String) value);
        }
        if (cell.getRawValue() == null) {
            return CellValues.formulaWithoutValue(cell.getFormula());
        }
        if (value instanceof BigDecimal) {
            return CellValues.number(cell.getRawValue(), format(workbook, cell));
        }
        if (value instanceof Boolean bool) {
            return CellValues.bool(bool);
        }
        if (value instanceof String text) {
            return CellValues.isError(text) ? CellValues.error() : CellValues.ooxmlText(text);
        }
        // an empty <v/>: what Excel caches for a formula whose result is the empty text
        return SheetCell.blank();
    }

    /**
     * The number format of the cell's style, as POI finds it: the style's own format if the workbook defines it,
     * else the built-in one; a cell without a style has the workbook's default style (index 0).
     */
    private static String format(ReadableWorkbook workbook, Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id == null) {
            List<String> formats = workbook.getFormats();
            if (formats.isEmpty() || formats.get(0) == null) {
                return "";
            }
            id = Integer.valueOf(formats.get(0));
        }
        String defined = workbook.getNumFmtIdToFormat().get(String.valueOf(id));
        return defined != null ? defined : BuiltinFormats.getBuiltinFormat(id);
    }
}

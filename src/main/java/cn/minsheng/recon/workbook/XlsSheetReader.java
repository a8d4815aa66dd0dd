package cn.minsheng.recon.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.record.ArrayRecord;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BlankRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.MulBlankRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.SharedFormulaRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.TableRecord;
import org.apache.poi.hssf.record.WindowTwoRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.util.RecordFormatException;

/**
 * Reads every sheet of an .xls (BIFF8) into the same {@link SheetGrid}s as POI's usermodel, in one pass over
 * the records of its Workbook stream instead of building POI's object model: the workbook's globals first (sheet
 * names, shared strings, number formats), then each sheet's cells, held to the cell budget as they are read.
 *
 * <p>Which substreams are sheets follows POI's usermodel: worksheets, chart sheets and Excel 4 macro sheets, each
 * named by the next sheet name in order; a Visual Basic module or any other kind is skipped. A chart embedded in a
 * sheet is a substream of its own inside the sheet's and is skipped too.
 */
final class XlsSheetReader {

    private final long maxCells;

    /** @param maxCells the most grid slots per workbook, as the reading through POI's usermodel counts them */
    XlsSheetReader(long maxCells) {
        this.maxCells = maxCells;
    }

    /** Every sheet of the .xls, read-only; the file is known to be an OLE2 file without encryption streams. */
    List<SheetGrid> read(Path file) throws UnreadableWorkbookException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            // buffered: the records are read field by field, and a document stream copies out of its blocks per
            // call; not read whole, which would hold a copy of the workbook while its grid is built
            try (InputStream in = new BufferedInputStream(
                    root.createDocumentInputStream(HSSFWorkbook.getWorkbookDirEntryName(root)), 1 << 16)) {
                return read(file.getFileName().toString(), in);
            }
        } catch (IOException | RuntimeException e) {
            throw PoiFailures.explained(e);
        }
    }

    private List<SheetGrid> read(String file, InputStream in) throws UnreadableWorkbookException {
        // with continue records as POI's usermodel reads them: the same records, the same failures
        RecordFactoryInputStream records = new RecordFactoryInputStream(in, true);
        GridBudget budget = new GridBudget(maxCells);
        List<String> names = new ArrayList<>();
        List<Boolean> hidden = new ArrayList<>();
        Map<Integer, String> definedFormats = new HashMap<>();
        List<Integer> formatIds = new ArrayList<>();
        SSTRecord strings = null;
        CellFormats formats = null;
        List<SheetGrid> grids = new ArrayList<>();
        XlsWorksheet sheet = null;
        PendingText pending = null;
        boolean window = false;
        boolean rows = false;
        boolean globals = true;
        int depth = 0;
        for (Record record = records.nextRecord(); record != null; record = records.nextRecord()) {
            if (record instanceof BOFRecord bof) {
                depth++;
                if (depth == 1 && !globals && isSheet(bof.getType())) {
                    formats = formats != null ? formats : CellFormats.of(definedFormats, formatIds);
                    sheet = new XlsWorksheet(formats, budget);
                    window = false;
                    rows = false;
                }
            } else if (record instanceof EOFRecord) {
                if (pending != null) {
                    throw pending.missing();
                }
                if (depth == 1 && sheet != null && !window) {
                    throw noWindow(rows);
                }
                if (depth == 1 && sheet != null) {
                    grids.add(sheet.build(file, names.get(grids.size()), hidden.get(grids.size())));
                    sheet = null;
                }
                globals = globals && depth > 1;
                depth = Math.max(0, depth - 1);
            } else if (depth != 1) {
                continue; // an embedded chart, or records outside any substream
            } else if (globals) {
                if (record instanceof BoundSheetRecord bound) {
                    names.add(bound.getSheetname());
                    hidden.add(bound.isHidden() || bound.isVeryHidden());
                } else if (record instanceof SSTRecord sst) {
                    strings = sst;
                } else if (record instanceof FormatRecord format) {
                    definedFormats.put(format.getIndexCode(), format.getFormatString());
                } else if (record instanceof ExtendedFormatRecord xf) {
                    formatIds.add(xf.getFormatIndex() & 0xFFFF);
                }
            } else if (sheet != null) {
                window = window || record instanceof WindowTwoRecord;
                rows = rows || record instanceof CellValueRecordInterface || record instanceof RowRecord
                        || record instanceof MulRKRecord || record instanceof MulBlankRecord;
                if (pending != null) {
                    pending = pending.resolvedBy(record, sheet);
                } else if (record instanceof FormulaRecord formula) {
                    pending = formula(formula, sheet);
                } else {
                    cell(record, strings, sheet);
                }
            }
        }
        return grids;
    }

    /**
     * POI refuses a sheet without a WINDOW2 record (the sheet's view, which every program writes), with cells or
     * without: the same failure, so that the same files are unreadable.
     */
    private static RuntimeException noWindow(boolean rows) {
        return rows ? new IllegalArgumentException("Found EOFRecord before WindowTwoRecord was encountered")
                : new RecordFormatException("WINDOW2 was not found");
    }

    /** A worksheet, a chart sheet or an Excel 4 macro sheet: the substreams POI's usermodel takes for sheets. */
    private static boolean isSheet(int type) {
        return type == BOFRecord.TYPE_WORKSHEET || type == BOFRecord.TYPE_CHART
                || type == BOFRecord.TYPE_EXCEL_4_MACRO;
    }

    /** Any record of a sheet but a formula's: cells, rows and merged ranges are kept, the rest is layout. */
    private static void cell(Record record, SSTRecord strings, XlsWorksheet sheet)
            throws UnreadableWorkbookException {
        if (record instanceof NumberRecord number) {
            sheet.number(number.getRow(), column(number.getColumn()), number.getValue(), number.getXFIndex());
        } else if (record instanceof LabelSSTRecord label) {
            sheet.text(label.getRow(), column(label.getColumn()), strings.getString(label.getSSTIndex()).getString());
        } else if (record instanceof RKRecord rk) {
            sheet.number(rk.getRow(), column(rk.getColumn()), rk.getRKNumber(), rk.getXFIndex());
        } else if (record instanceof MulRKRecord rks) {
            for (int i = 0; i < rks.getNumColumns(); i++) {
                sheet.number(rks.getRow(), column(rks.getFirstColumn()) + i, rks.getRKNumberAt(i), rks.getXFAt(i));
            }
        } else if (record instanceof BlankRecord blank) {
            sheet.cell(blank.getRow(), column(blank.getColumn()), SheetCell.blank());
        } else if (record instanceof MulBlankRecord blanks) {
            for (int i = 0; i < blanks.getNumColumns(); i++) {
                sheet.cell(blanks.getRow(), blanks.getFirstColumn() + i, SheetCell.blank());
            }
        } else if (record instanceof BoolErrRecord boolErr) {
            sheet.cell(boolErr.getRow(), column(boolErr.getColumn()),
                    boolErr.isBoolean() ? CellValues.bool(boolErr.getBooleanValue()) : CellValues.error());
        } else if (record instanceof LabelRecord label) {
            sheet.text(label.getRow(), column(label.getColumn()), label.getValue());
        } else if (record instanceof RowRecord row) {
            sheet.row(row.getRowNumber());
        } else if (record instanceof MergeCellsRecord merged) {
            for (int i = 0; i < merged.getNumAreas(); i++) {
                sheet.merged(merged.getAreaAt(i));
            }
        }
    }

    /**
     * A formula cell by its cached value, which a BIFF8 formula always has; a cached text follows in a STRING record,
     * so that cell waits for it. An empty cached text is a blank, as in POI.
     */
    private static PendingText formula(FormulaRecord formula, XlsWorksheet sheet) throws UnreadableWorkbookException {
        int row = formula.getRow();
        int column = column(formula.getColumn());
        CellType type = formula.getCachedResultTypeEnum();
        if (type == CellType.STRING && formula.hasCachedResultString()) {
            return new PendingText(row, column);
        }
        switch (type) {
            case NUMERIC -> sheet.number(row, column, formula.getValue(), formula.getXFIndex());
            case BOOLEAN -> sheet.cell(row, column, CellValues.bool(formula.getCachedBooleanValue()));
            case ERROR -> sheet.cell(row, column, CellValues.error());
            default -> sheet.cell(row, column, SheetCell.blank());
        }
        return null;
    }

    /** A formula cell whose cached text is in the STRING record that must come next. */
    private record PendingText(int row, int column) {

        /** Null once {@code record} has given the text; the records POI sets aside on the way are passed over. */
        PendingText resolvedBy(Record record, XlsWorksheet sheet) throws UnreadableWorkbookException {
            if (record instanceof StringRecord text) {
                sheet.text(row, column, text.getString());
                return null;
            }
            if (record instanceof SharedFormulaRecord || record instanceof ArrayRecord
                    || record instanceof TableRecord) {
                return this;
            }
            throw missing();
        }

        RecordFormatException missing() {
            return new RecordFormatException("Formula record flag is set but String record was not found");
        }
    }

    /** A column as BIFF8 stores it, an unsigned 16-bit number. */
    private static int column(short stored) {
        return stored & 0xFFFF;
    }
}

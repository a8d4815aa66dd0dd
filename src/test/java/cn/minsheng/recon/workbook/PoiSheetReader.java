package cn.minsheng.recon.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * Reads every sheet of an .xlsx or .xls file into {@link SheetGrid}s with POI's usermodel, opened read-only so
 * the input can never be rewritten. No workbook is read this way in a run any more: {@link WorkbookReader} reads
 * .xlsx with {@link XlsxSheetReader} and .xls with {@link XlsSheetReader}, both held to give exactly the grids this
 * reader gives (the equivalence tests), which makes it their reference.
 *
 * <p>What it builds is bounded by a cell budget, not by what the file claims: every slot of the grid (a row, each
 * cell position up to a row's last cell, each cell a merged region spans) counts, so a row whose one cell sits at
 * XFD or a region merged over the whole sheet cannot make the grid explode.
 */
public final class PoiSheetReader {

    /** Enough for any county's tables many times over; POI's usermodel needs ~1 KB of heap per cell. */
    public static final long DEFAULT_MAX_CELLS = 1_000_000;

    private final long maxBytes;
    private final long maxCells;

    public PoiSheetReader(long maxBytes) {
        this(maxBytes, DEFAULT_MAX_CELLS);
    }

    public PoiSheetReader(long maxBytes, long maxCells) {
        this.maxBytes = maxBytes;
        this.maxCells = maxCells;
    }

    public List<SheetGrid> read(Path file) throws UnreadableWorkbookException {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new UnreadableWorkbookException("文件为空", null);
            }
            if (size > maxBytes) {
                throw new UnreadableWorkbookException("文件大小 " + size + " 字节，超过上限 " + maxBytes + " 字节", null);
            }
            // read-only: POI may rewrite a package it opened read-write when it is closed
            try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
                GridBudget budget = new GridBudget(maxCells);
                List<SheetGrid> grids = new ArrayList<>();
                for (Sheet sheet : workbook) {
                    grids.add(grid(name, sheet, budget));
                }
                return grids;
            }
        } catch (IOException | RuntimeException e) {
            throw PoiFailures.explained(e);
        }
    }

    private static SheetGrid grid(String file, Sheet sheet, GridBudget budget) throws UnreadableWorkbookException {
        SpreadsheetVersion version = sheet.getWorkbook().getSpreadsheetVersion();
        SheetGridBuilder grid = new SheetGridBuilder(file, sheet.getSheetName(), version, budget);
        if (sheet.getLastRowNum() >= 0) {
            grid.checkRow(sheet.getLastRowNum());
        }
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                grid.row(r, 0, 0, c -> null);
                continue;
            }
            // from the cells themselves: getLastCellNum is a short, and POI takes a cell at column BDWGN (about a
            // million) from an .xlsx without complaint, which the short silently wraps
            int first = Integer.MAX_VALUE;
            int end = 0;
            for (Cell cell : row) {
                first = Math.min(first, cell.getColumnIndex());
                end = Math.max(end, cell.getColumnIndex() + 1);
            }
            grid.row(r, first, end, c -> {
                Cell cell = row.getCell(c);
                return cell == null ? null : cell(cell);
            });
        }
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            grid.merged(range);
        }
        int index = sheet.getWorkbook().getSheetIndex(sheet);
        return grid.build(sheet.getWorkbook().isSheetHidden(index) || sheet.getWorkbook().isSheetVeryHidden(index));
    }

    private static SheetCell cell(Cell cell) {
        if (cell.getCellType() == CellType.FORMULA && !hasCachedValue(cell)) {
            return CellValues.formulaWithoutValue(formula(cell));
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> CellValues.number(cell.getNumericCellValue(),
                    cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString());
            case STRING -> CellValues.text(cell.getStringCellValue());
            case BOOLEAN -> CellValues.bool(cell.getBooleanCellValue());
            case ERROR -> CellValues.error();
            default -> SheetCell.blank();
        };
    }

    /**
     * Whether a formula cell carries the value its program last computed. An .xlsx written by a generator often
     * has {@code <f>} without {@code <v>}; a BIFF8 formula record always holds a result.
     */
    private static boolean hasCachedValue(Cell cell) {
        return !(cell instanceof XSSFCell xssf) || xssf.getCTCell().isSetV();
    }

    private static String formula(Cell cell) {
        try {
            return cell.getCellFormula();
        } catch (RuntimeException e) {
            return ""; // a shared formula POI cannot rebuild: the kind alone says enough
        }
    }
}

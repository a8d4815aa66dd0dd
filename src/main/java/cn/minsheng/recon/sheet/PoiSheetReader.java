package cn.minsheng.recon.sheet;

import cn.minsheng.recon.domain.model.Decimals;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
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
 * the input can never be rewritten. Meant for the small official tables, whose merged regions matter.
 *
 * <p>What it builds is bounded by a cell budget, not by what the file claims: every slot of the grid (a row, each
 * cell position up to a row's last cell, each cell a merged region spans) counts, so a row whose one cell sits at
 * XFD or a region merged over the whole sheet cannot make the grid explode. Files from departments go through
 * {@link SafeWorkbookReader}, which checks the package before POI sees it and bounds the time.
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
                Budget budget = new Budget(maxCells);
                List<SheetGrid> grids = new ArrayList<>();
                for (Sheet sheet : workbook) {
                    grids.add(grid(name, sheet, budget));
                }
                return grids;
            }
        } catch (EncryptedDocumentException e) {
            throw new UnreadableWorkbookException("文件已加密（设置了打开密码）", e);
        } catch (OldExcelFormatException e) {
            throw new UnreadableWorkbookException("Excel 95 或更早的格式，无法读取，请另存为 .xlsx", e);
        } catch (UnreadableWorkbookException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableWorkbookException("不是可读取的 Excel 文件（" + e.getClass().getSimpleName() + "）", e);
        }
    }

    /** Counts the grid's slots across all sheets of one workbook and stops the read beyond the limit. */
    private static final class Budget {
        private final long max;
        private long used;

        Budget(long max) {
            this.max = max;
        }

        void take(long slots) throws UnreadableWorkbookException {
            used += slots;
            if (used > max) {
                throw new UnreadableWorkbookException("单元格数超过上限 " + max, null);
            }
            // a reader that timed out is interrupted; POI itself never looks, so stop here at least
            if (Thread.currentThread().isInterrupted()) {
                throw new UnreadableWorkbookException("读取被中断", null);
            }
        }
    }

    private static SheetGrid grid(String file, Sheet sheet, Budget budget) throws UnreadableWorkbookException {
        SpreadsheetVersion version = sheet.getWorkbook().getSpreadsheetVersion();
        if (sheet.getLastRowNum() > version.getLastRowIndex()) {
            throw beyondGrid(sheet);
        }
        List<List<SheetCell>> rows = new ArrayList<>();
        int width = 0;
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            // the count is taken before the row's list is built: a claimed width costs budget, not memory first
            int last = row == null ? 0 : end(row, version, sheet);
            budget.take(1L + last);
            if (last == 0) {
                rows.add(List.of());
                continue;
            }
            List<SheetCell> cells = new ArrayList<>(Collections.nCopies(last, SheetCell.blank()));
            for (Cell cell : row) {
                cells.set(cell.getColumnIndex(), cell(cell));
            }
            rows.add(cells);
            width = Math.max(width, last);
        }
        List<MergedRegion> regions = new ArrayList<>();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            MergedRegion region = clip(range, rows.size(), width);
            if (region != null) {
                // SheetGrid indexes every cell a region spans
                budget.take((long) (region.lastRow() - region.firstRow() + 1) * region.width());
                regions.add(region);
            }
        }
        return new SheetGrid(file, sheet.getSheetName(), rows, regions);
    }

    /**
     * One past the row's last cell, from the cells themselves: {@code getLastCellNum} is a short, and POI takes
     * a cell at column BDWGN (about a million) from an .xlsx without complaint, which the short silently wraps.
     */
    private static int end(Row row, SpreadsheetVersion version, Sheet sheet) throws UnreadableWorkbookException {
        int end = 0;
        for (Cell cell : row) {
            int c = cell.getColumnIndex();
            if (c < 0 || c > version.getLastColumnIndex()) {
                throw beyondGrid(sheet);
            }
            end = Math.max(end, c + 1);
        }
        return end;
    }

    private static UnreadableWorkbookException beyondGrid(Sheet sheet) {
        return new UnreadableWorkbookException("工作表“" + sheet.getSheetName() + "”的单元格超出 Excel 的最大行列范围",
                null);
    }

    /**
     * The part of a merged region that can show anything: beyond the last row or column holding a cell there is
     * nothing to show, and a region merged over A1:XFD1048576 would otherwise be indexed cell by cell. The first
     * column is kept even when it lies beyond the last one, so a region never vanishes from under its own cell.
     */
    private static MergedRegion clip(CellRangeAddress range, int rowCount, int width) {
        int lastRow = Math.min(range.getLastRow(), rowCount - 1);
        if (range.getFirstRow() > lastRow || range.getFirstRow() < 0 || range.getFirstColumn() < 0) {
            return null;
        }
        int lastColumn = Math.max(range.getFirstColumn(), Math.min(range.getLastColumn(), width - 1));
        return new MergedRegion(range.getFirstRow(), lastRow, range.getFirstColumn(), lastColumn);
    }

    private static SheetCell cell(Cell cell) {
        if (cell == null) {
            return SheetCell.blank();
        }
        if (cell.getCellType() == CellType.FORMULA && !hasCachedValue(cell)) {
            // POI would show such a cell as 0 or blank; it is a finding (SUB_FORMULA_NO_VALUE), never a value
            return new SheetCell(SheetCell.Kind.FORMULA_NO_VALUE, null, formula(cell));
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> number(cell);
            case STRING -> SheetCell.text(cell.getStringCellValue());
            case BOOLEAN -> SheetCell.text(String.valueOf(cell.getBooleanCellValue()));
            case ERROR -> new SheetCell(SheetCell.Kind.ERROR, null, "#ERROR");
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

    /** The number as the sheet shows it: a percent-formatted 0.9 is the 90 of a % column. */
    private static SheetCell number(Cell cell) {
        BigDecimal value = new BigDecimal(Double.toString(cell.getNumericCellValue()));
        String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        if (format != null && format.contains("%")) {
            value = value.movePointRight(2);
        }
        return SheetCell.number(Decimals.strip(value));
    }
}

package cn.minsheng.recon.sheet;

import cn.minsheng.recon.domain.model.Decimals;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads every sheet of an .xlsx or .xls file into {@link SheetGrid}s with POI's usermodel, opened read-only so
 * the input can never be rewritten. Meant for the small official tables, whose merged regions matter.
 */
public final class PoiSheetReader {

    private final long maxBytes;

    public PoiSheetReader(long maxBytes) {
        this.maxBytes = maxBytes;
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
            try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
                List<SheetGrid> grids = new ArrayList<>();
                for (Sheet sheet : workbook) {
                    grids.add(grid(name, sheet));
                }
                return grids;
            }
        } catch (EncryptedDocumentException e) {
            throw new UnreadableWorkbookException("文件已加密（设置了打开密码）", e);
        } catch (UnreadableWorkbookException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableWorkbookException("不是可读取的 Excel 文件（" + e.getClass().getSimpleName() + "）", e);
        }
    }

    private static SheetGrid grid(String file, Sheet sheet) {
        List<List<SheetCell>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<SheetCell> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(cell(row.getCell(c)));
                }
            }
            rows.add(cells);
        }
        List<MergedRegion> regions = new ArrayList<>();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            regions.add(new MergedRegion(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(),
                    range.getLastColumn()));
        }
        return new SheetGrid(file, sheet.getSheetName(), rows, regions);
    }

    private static SheetCell cell(Cell cell) {
        if (cell == null) {
            return SheetCell.blank();
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

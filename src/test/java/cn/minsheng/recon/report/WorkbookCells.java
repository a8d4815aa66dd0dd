package cn.minsheng.recon.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** A written workbook read back with POI, and its cells as text, for the report tests to compare. */
final class WorkbookCells {

    private WorkbookCells() {
    }

    /** The workbook, from a copy of the file's bytes (the file stays closed). */
    static Workbook read(Path file) throws IOException {
        return WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    /** Every cell as "A1=type:value", formulas as their text. */
    static List<String> cells(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                String value = switch (cell.getCellType()) {
                    case FORMULA -> "=" + cell.getCellFormula();
                    case NUMERIC -> Double.toString(cell.getNumericCellValue());
                    default -> formatter.formatCellValue(cell);
                };
                cells.add(cell.getAddress() + "=" + cell.getCellType() + ":" + value);
            }
        }
        return cells;
    }
}

package cn.minsheng.recon.workbook;

/** A merged range of cells, zero-based and inclusive; its value is the top-left cell's. */
public record MergedRegion(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    public int width() {
        return lastColumn - firstColumn + 1;
    }
}

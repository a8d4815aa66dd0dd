package cn.minsheng.recon.workbook;

/**
 * Counts the grid slots of one workbook across all its sheets and stops the read beyond the limit, whatever library
 * reads the cells: a row, each cell position up to a row's last cell, each cell a merged region spans.
 */
final class GridBudget {

    private final long max;
    private long used;
    private long stored;

    GridBudget(long max) {
        this.max = max;
    }

    /** Takes {@code slots}, or says the workbook is over the limit; the limit itself is never taken back. */
    boolean take(long slots) throws UnreadableWorkbookException {
        // a reader that timed out is interrupted; neither library looks, so stop here at least
        if (Thread.currentThread().isInterrupted()) {
            throw new UnreadableWorkbookException("读取被中断", null);
        }
        used += slots;
        return used <= max;
    }

    /**
     * Counts one cell as stored in the file: a row written twice takes no new slots, but every cell read still
     * costs the reading.
     */
    void stored() throws UnreadableWorkbookException {
        if (++stored > max) {
            throw exceeded();
        }
    }

    UnreadableWorkbookException exceeded() {
        return new UnreadableWorkbookException("单元格数超过上限 " + max, null);
    }
}

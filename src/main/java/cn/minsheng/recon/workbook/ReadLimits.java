package cn.minsheng.recon.workbook;

import java.time.Duration;

/**
 * How much one input file may cost to read: the same bounds for every reader of a file (submissions, official
 * tables, feedback copies).
 *
 * @param maxFileBytes         the largest file read at all
 * @param maxUncompressedBytes the most a zip package may inflate to, all entries together
 * @param maxCompressionRatio  the most an entry larger than 1 MB may inflate per compressed byte
 * @param maxCells             the most cells (grid slots: rows, cell positions, merged cells) read per workbook
 * @param timeout              the longest one file may take
 */
public record ReadLimits(long maxFileBytes, long maxUncompressedBytes, double maxCompressionRatio, long maxCells,
        Duration timeout) {

    /**
     * Generous for a county's submissions (a few thousand cells), well inside a default heap: POI's usermodel
     * needs about 1 KB per cell, so one million cells is about 1 GB.
     */
    public static ReadLimits defaults() {
        return new ReadLimits(50L << 20, 500L << 20, 100, 1_000_000, Duration.ofSeconds(60));
    }
}

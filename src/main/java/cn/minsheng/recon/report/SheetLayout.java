package cn.minsheng.recon.report;

import java.util.List;
import java.util.TreeMap;

/**
 * Where a worksheet part's rows lie, by byte offset, as {@link FlaggedCellsSheet} found them while cutting the sheet
 * down: what lets {@link SheetDataMerge} put the rows back by copying bytes, parsing only the rows that findings
 * touch. Also what it needs to write the rows element again in POI's sheet: the original's {@code <sheetData>} tag
 * and the namespaces in force there, and the original's {@code <dimension>}.
 *
 * @param prefix     the prefix of {@code <sheetData>} (and of its rows), empty for none
 * @param namespace  its namespace
 * @param attributes its attributes without a prefix (name, value)
 * @param namespaces the namespaces (prefix, URI) declared on the root and on {@code <sheetData>}, which the rows may
 *                   use
 * @param dimension  the {@code ref} of the original's {@code <dimension>}, empty when it has none
 * @param rowsStart  the offset where the rows start (after the {@code <sheetData>} tag)
 * @param rowsEnd    the offset where they end (the {@code </sheetData>} tag), {@code rowsStart} for an empty one
 * @param places     each flagged row (from 0): the offsets of the original's row, or, for a row the sheet lacks, an
 *                   empty range where it goes
 */
record SheetLayout(String prefix, String namespace, List<String[]> attributes, List<String[]> namespaces,
        String dimension, long rowsStart, long rowsEnd, TreeMap<Integer, long[]> places) {
}

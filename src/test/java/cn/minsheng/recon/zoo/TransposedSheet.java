package cn.minsheng.recon.zoo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The transposed layout of a submission: townships as rows, indicators as columns headed by their names (the
 * unit often only in the header's parentheses), optionally a unit row under the header, a 合计 row and notes.
 */
final class TransposedSheet {

    String seqHeader;
    String townHeader = "乡镇";
    String groupHeader;
    String noteHeader;
    String totalLabel;
    List<Town> towns;
    Function<Town, String> townLabel = Town::name;
    Function<Line, String> columnHeader = line -> line.label + "（" + line.unit + "）";
    final List<Line> lines = new ArrayList<>();

    TransposedSheet(List<Town> towns) {
        this.towns = towns;
    }

    TransposedSheet add(Line... more) {
        lines.addAll(List.of(more));
        return this;
    }

    int write(Submission sub, Page page) {
        lines.forEach(Line::checked);
        int c0 = seqHeader != null ? 1 : 0;
        int firstInd = c0 + 1;
        int lastInd = firstInd + lines.size() - 1;
        int noteCol = noteHeader != null ? lastInd + 1 : -1;
        int lastCol = noteHeader != null ? noteCol : lastInd;
        int headerRow = page.newRow();
        int secondRow = groupHeader != null ? page.newRow() : headerRow;
        if (seqHeader != null) {
            page.put(headerRow, 0, seqHeader, page.book.header);
        }
        page.put(headerRow, c0, townHeader, page.book.header);
        if (noteCol >= 0) {
            page.put(headerRow, noteCol, noteHeader, page.book.header);
        }
        for (int i = 0; i < lines.size(); i++) {
            page.put(secondRow, firstInd + i, columnHeader.apply(lines.get(i)), page.book.header);
        }
        if (groupHeader != null) {
            page.put(headerRow, firstInd, groupHeader, page.book.header);
            page.merge(headerRow, headerRow, firstInd, lastInd);
            for (int c = 0; c <= lastCol; c++) {
                if (c < firstInd || c > lastInd) {
                    page.merge(headerRow, secondRow, c, c);
                }
            }
        }
        page.height(secondRow, 48);
        int firstRow = page.cursor();
        int seq = 0;
        for (Town town : towns) {
            int r = page.newRow();
            if (seqHeader != null) {
                page.center(r, 0, Integer.toString(++seq));
            }
            page.center(r, c0, townLabel.apply(town));
            for (int i = 0; i < lines.size(); i++) {
                Entry entry = lines.get(i).entries.get(town);
                if (entry != null) {
                    sub.value(page, r, firstInd + i, lines.get(i).ind, town, entry);
                }
            }
            if (noteCol >= 0) {
                StringBuilder note = new StringBuilder();
                lines.forEach(line -> {
                    String n = line.notes.get(town);
                    if (n != null) {
                        note.append(n);
                    }
                });
                page.text(r, noteCol, note.toString());
            }
            page.box(r, lastCol);
        }
        int lastRow = page.cursor() - 1;
        for (Line line : lines) {
            for (Town town : line.entries.keySet()) {
                if (!towns.contains(town)) {
                    throw new IllegalStateException(sub.file + ": no row for " + town.name());
                }
            }
        }
        if (totalLabel != null) {
            int r = page.newRow();
            page.box(r, lastCol);
            page.center(r, 0, totalLabel);
            if (seqHeader != null) {
                page.merge(r, r, 0, c0);
            }
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                int c = firstInd + i;
                if (line.total instanceof Entry planted) {
                    sub.total(page, r, c, line.ind, planted);
                } else if (line.additive()) {
                    String column = Page.column(c);
                    page.formula(r, c, "SUM(" + column + (firstRow + 1) + ":" + column + (lastRow + 1) + ")");
                } else {
                    page.center(r, c, "—");
                }
            }
        }
        return headerRow;
    }
}

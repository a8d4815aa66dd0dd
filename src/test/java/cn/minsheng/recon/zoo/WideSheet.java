package cn.minsheng.recon.zoo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The wide layout of a submission: indicators as rows, townships as columns, optionally a total column (before
 * or after the townships), a notes column and a two-row header whose first row groups the townships.
 */
final class WideSheet {

    String seqHeader = "序号";
    String projectHeader;
    String nameHeader = "指标名称";
    String unitHeader = "单位";
    String groupHeader;
    String totalHeader;
    boolean totalBefore;
    String noteHeader;
    List<Town> towns;
    Function<Town, String> townLabel = Town::name;
    final List<Line> lines = new ArrayList<>();

    WideSheet(List<Town> towns) {
        this.towns = towns;
    }

    WideSheet add(Line... more) {
        lines.addAll(List.of(more));
        return this;
    }

    /** Writes header and rows from the page's cursor; returns the header's first row. */
    int write(Submission sub, Page page) {
        lines.forEach(Line::checked);
        List<String> left = new ArrayList<>();
        if (seqHeader != null) {
            left.add(seqHeader);
        }
        if (projectHeader != null) {
            left.add(projectHeader);
        }
        int nameCol = left.size();
        left.add(nameHeader);
        int unitCol = -1;
        if (unitHeader != null) {
            unitCol = left.size();
            left.add(unitHeader);
        }
        int totalCol = -1;
        if (totalHeader != null && totalBefore) {
            totalCol = left.size();
            left.add(totalHeader);
        }
        int firstTown = left.size();
        int lastTown = firstTown + towns.size() - 1;
        int next = lastTown + 1;
        if (totalHeader != null && !totalBefore) {
            totalCol = next++;
        }
        int noteCol = noteHeader != null ? next++ : -1;
        int lastCol = next - 1;

        int headerRow = page.newRow();
        int secondRow = groupHeader != null ? page.newRow() : headerRow;
        for (int c = 0; c < left.size(); c++) {
            page.put(headerRow, c, left.get(c), page.book.header);
        }
        if (totalCol >= 0) {
            page.put(headerRow, totalCol, totalHeader, page.book.header);
        }
        if (noteCol >= 0) {
            page.put(headerRow, noteCol, noteHeader, page.book.header);
        }
        for (int i = 0; i < towns.size(); i++) {
            page.put(secondRow, firstTown + i, townLabel.apply(towns.get(i)), page.book.header);
        }
        if (groupHeader != null) {
            page.put(headerRow, firstTown, groupHeader, page.book.header);
            page.merge(headerRow, headerRow, firstTown, lastTown);
            for (int c = 0; c <= lastCol; c++) {
                if (c < firstTown || c > lastTown) {
                    page.merge(headerRow, secondRow, c, c);
                }
            }
        }

        int seq = 0;
        for (Line line : lines) {
            int r = page.newRow();
            if (line.category) {
                page.put(r, 0, line.label, page.book.category);
                page.merge(r, r, 0, lastCol);
                continue;
            }
            if (seqHeader != null) {
                page.center(r, 0, Integer.toString(++seq));
            }
            if (projectHeader != null) {
                page.text(r, nameCol - 1, line.ind == null ? "" : line.ind.project);
            }
            page.text(r, nameCol, line.label);
            if (unitCol >= 0) {
                page.center(r, unitCol, line.unit);
            }
            for (int i = 0; i < towns.size(); i++) {
                Entry entry = line.entries.get(towns.get(i));
                if (entry != null) {
                    sub.value(page, r, firstTown + i, line.ind, towns.get(i), entry);
                }
            }
            for (Town town : line.entries.keySet()) {
                if (!towns.contains(town)) {
                    throw new IllegalStateException(sub.file + ": no column for " + town.name());
                }
            }
            if (totalCol >= 0) {
                writeTotal(sub, page, line, r, totalCol, firstTown, lastTown);
            }
            if (noteCol >= 0 && line.note != null) {
                page.text(r, noteCol, line.note);
            }
            page.box(r, lastCol);
        }
        return headerRow;
    }

    static void writeTotal(Submission sub, Page page, Line line, int r, int totalCol, int from, int to) {
        Object total = line.total;
        if (total instanceof Entry planted) {
            sub.total(page, r, totalCol, line.ind, planted);
        } else if (total instanceof BigDecimal || total instanceof String) {
            page.put(r, totalCol, total, total instanceof String ? page.book.center : page.book.number);
        } else if (line.additive() && !line.entries.isEmpty()) {
            page.formula(r, totalCol, "SUM(" + Page.column(from) + (r + 1) + ":" + Page.column(to) + (r + 1) + ")");
        } else {
            page.center(r, totalCol, "—");
        }
    }
}

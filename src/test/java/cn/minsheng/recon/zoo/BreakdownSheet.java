package cn.minsheng.recon.zoo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The official 指标任务分解表 as an office prints it: title rows, a one- or two-row header, 序号 and project names
 * merged down, directives merged across the township columns, an optional total column under the office's own
 * words, category rows, the header repeated after a page break, notes below.
 */
final class BreakdownSheet {

    final County county;
    String attachment;
    String title;
    String seqHeader = "序号";
    String nameHeader = "项目名称及指标任务";
    String taskHeader;
    int nameCols = 3;
    String unitHeader = "单位";
    String groupHeader = "目标任务";
    String totalHeader;
    boolean totalBefore = true;
    String noteHeader;
    Function<Ind, String> note = ind -> null;
    boolean zeros;
    final Map<Integer, String> categories = new HashMap<>();
    final Set<Integer> repeatHeaderBefore = new HashSet<>();
    final List<String> notesBelow = new ArrayList<>();
    private int lastCol;
    private int firstTown;

    BreakdownSheet(County county) {
        this.county = county;
    }

    void write(Page page) {
        List<Town> towns = county.towns();
        int unitCol = 1 + nameCols;
        int totalCol = -1;
        int next = unitCol + 1;
        if (totalHeader != null && totalBefore) {
            totalCol = next++;
        }
        firstTown = next;
        next += towns.size();
        if (totalHeader != null && !totalBefore) {
            totalCol = next++;
        }
        int noteCol = noteHeader != null ? next++ : -1;
        lastCol = next - 1;

        if (attachment != null) {
            page.attachment(attachment);
        }
        page.title(title, lastCol);
        int headerFrom = page.cursor();
        header(page, unitCol, totalCol, noteCol);
        int headerTo = page.cursor() - 1;
        page.print(headerFrom, headerTo);
        page.freeze(unitCol + 1, headerTo + 1);

        List<Ind> inds = county.inds();
        int[] rowOf = new int[inds.size()];
        for (int i = 0; i < inds.size(); i++) {
            Ind ind = inds.get(i);
            if (repeatHeaderBefore.contains(ind.no)) {
                page.breakAfter(page.cursor() - 1);
                header(page, unitCol, totalCol, noteCol);
            }
            String category = categories.get(ind.no);
            if (category != null) {
                int r = page.newRow();
                page.put(r, 0, category, page.book.category);
                page.merge(r, r, 0, lastCol);
            }
            int r = page.newRow();
            rowOf[i] = r;
            page.box(r, lastCol);
            page.center(r, 0, Integer.toString(ind.projectNo));
            writeName(page, ind, r);
            page.center(r, unitCol, ind.unit);
            writeTownships(page, ind, r, towns);
            if (totalCol >= 0) {
                Object total = ind.totalCell();
                if (total instanceof BigDecimal d) {
                    page.number(r, totalCol, d);
                } else if (total instanceof String s) {
                    page.center(r, totalCol, s);
                }
            }
            if (noteCol >= 0) {
                String text = note.apply(ind);
                if (text != null) {
                    page.text(r, noteCol, text);
                }
            }
        }
        mergeNames(page, inds, rowOf);
        for (String line : notesBelow) {
            int r = page.line(line, lastCol);
            page.height(r, 20);
        }
        double[] widths = new double[lastCol + 1];
        widths[0] = 5;
        for (int c = 1; c <= nameCols; c++) {
            widths[c] = c == nameCols ? 34 : 10;
        }
        widths[unitCol] = 7;
        for (int c = unitCol + 1; c <= lastCol; c++) {
            widths[c] = 8;
        }
        if (noteCol >= 0) {
            widths[noteCol] = 14;
        }
        page.widths(widths);
    }

    private void header(Page page, int unitCol, int totalCol, int noteCol) {
        boolean twoRows = groupHeader != null;
        int r1 = page.newRow();
        int r2 = twoRows ? page.newRow() : r1;
        page.box(r1, lastCol);
        page.box(r2, lastCol);
        page.put(r1, 0, seqHeader, page.book.header);
        page.put(r1, 1, nameHeader, page.book.header);
        page.put(r1, unitCol, unitHeader, page.book.header);
        if (totalCol >= 0) {
            page.put(r1, totalCol, totalHeader, page.book.header);
        }
        if (noteCol >= 0) {
            page.put(r1, noteCol, noteHeader, page.book.header);
        }
        List<Town> towns = county.towns();
        for (int i = 0; i < towns.size(); i++) {
            page.put(r2, firstTown + i, towns.get(i).name(), page.book.header);
        }
        int lastNameCol = nameCols;
        if (taskHeader != null) {
            page.put(r1, nameCols, taskHeader, page.book.header);
            lastNameCol = nameCols - 1;
        }
        if (twoRows) {
            page.put(r1, firstTown, groupHeader, page.book.header);
            page.merge(r1, r1, firstTown, firstTown + towns.size() - 1);
            page.merge(r1, r2, 1, lastNameCol);
            for (int c = 0; c <= lastCol; c++) {
                if ((c == 0 || c > lastNameCol) && (c < firstTown || c >= firstTown + towns.size())) {
                    page.merge(r1, r2, c, c);
                }
            }
            page.height(r2, 30);
        } else {
            page.merge(r1, r1, 1, lastNameCol);
            page.height(r1, 30);
        }
    }

    private void writeName(Page page, Ind ind, int r) {
        if (nameCols == 1) {
            page.text(r, 1, ind.numbered());
            return;
        }
        if (ind.project == null) {
            page.text(r, 1, ind.numbered());
            page.merge(r, r, 1, nameCols);
            return;
        }
        page.center(r, 1, ind.project);
        if (nameCols == 3 && ind.group != null) {
            page.center(r, 2, ind.group);
        }
        page.text(r, nameCols, ind.numbered());
    }

    private void writeTownships(Page page, Ind ind, int r, List<Town> towns) {
        int lastTown = firstTown + towns.size() - 1;
        if (ind.kind == Kind.ALLOCATED || ind.kind == Kind.RATE) {
            for (int i = 0; i < towns.size(); i++) {
                BigDecimal v = ind.target(towns.get(i));
                if (v != null) {
                    page.number(r, firstTown + i, v);
                } else if (zeros && ind.kind == Kind.ALLOCATED) {
                    page.number(r, firstTown + i, BigDecimal.ZERO);
                }
            }
        } else if (ind.kind == Kind.CITYWIDE) {
            if (totalHeader == null) {
                page.number(r, firstTown, ind.headline);
                page.merge(r, r, firstTown, lastTown);
            }
        } else {
            page.text(r, firstTown, ind.directive);
            page.merge(r, r, firstTown, lastTown);
            page.height(r, 30);
        }
    }

    /** Merges 序号, project and group cells down over consecutive rows (a header or category row breaks a run). */
    private void mergeNames(Page page, List<Ind> inds, int[] rowOf) {
        int start = 0;
        for (int i = 0; i < inds.size(); i++) {
            boolean end = i + 1 == inds.size() || inds.get(i + 1).projectNo != inds.get(start).projectNo
                    || rowOf[i + 1] != rowOf[i] + 1;
            if (end) {
                if (i > start) {
                    page.merge(rowOf[start], rowOf[i], 0, 0);
                    if (nameCols >= 2 && inds.get(start).project != null) {
                        page.merge(rowOf[start], rowOf[i], 1, 1);
                    }
                    if (nameCols == 3) {
                        mergeGroups(page, inds, rowOf, start, i);
                    }
                }
                start = i + 1;
            }
        }
    }

    private void mergeGroups(Page page, List<Ind> inds, int[] rowOf, int from, int to) {
        int start = from;
        for (int i = from; i <= to; i++) {
            boolean end = i == to || !same(inds.get(i + 1).group, inds.get(start).group);
            if (end) {
                if (i > start && inds.get(start).group != null) {
                    page.merge(rowOf[start], rowOf[i], 2, 2);
                }
                start = i + 1;
            }
        }
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}

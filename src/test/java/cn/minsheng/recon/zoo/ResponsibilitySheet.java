package cn.minsheng.recon.zoo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The official 责任分解表 (责任分工表): project and task, lead leader, lead unit and related units, the leader and
 * unit cells merged down over the tasks they share. Header words are the office's own; with {@code projectHeader}
 * null the project sits merged over two columns under one header (项目名称), else in its own column.
 */
final class ResponsibilitySheet {

    final County county;
    String attachment;
    String title;
    String seqHeader = "序号";
    String nameHeader = "项目名称";
    String taskHeader;
    String leaderHeader = "牵头领导";
    String leadHeader = "牵头责任单位";
    String relatedHeader = "相关责任单位";
    boolean numbered;
    final Set<Integer> repeatHeaderBefore = new HashSet<>();
    final List<String> notesBelow = new ArrayList<>();

    ResponsibilitySheet(County county) {
        this.county = county;
    }

    void write(Page page) {
        int lastCol = 5;
        if (attachment != null) {
            page.attachment(attachment);
        }
        page.title(title, lastCol);
        int headerRow = header(page);
        page.print(headerRow, headerRow);

        List<String[]> rows = new ArrayList<>();
        List<Integer> projectOf = new ArrayList<>();
        for (Ind ind : county.inds()) {
            if (!ind.inResponsibility) {
                continue;
            }
            String task = numbered ? ind.no + "." + ind.respName() : ind.respName();
            rows.add(new String[] {Integer.toString(ind.projectNo), ind.project, task, ind.leader, ind.lead, ind.related,
                    Integer.toString(ind.no)});
            projectOf.add(ind.projectNo);
        }
        int strayNo = county.inds().get(county.inds().size() - 1).projectNo;
        for (String[] stray : county.strayResponsibilities) {
            strayNo++;
            rows.add(new String[] {Integer.toString(strayNo), null, stray[0], stray[1], stray[2], stray[3], ""});
            projectOf.add(strayNo);
        }

        int[] rowOf = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            String no = row[6];
            if (!no.isEmpty() && repeatHeaderBefore.contains(Integer.parseInt(no))) {
                page.breakAfter(page.cursor() - 1);
                header(page);
            }
            int r = page.newRow();
            rowOf[i] = r;
            page.box(r, lastCol);
            page.center(r, 0, row[0]);
            if (row[1] == null) {
                page.text(r, 1, row[2]);
                page.merge(r, r, 1, 2);
            } else {
                page.center(r, 1, row[1]);
                page.text(r, 2, row[2]);
            }
            page.center(r, 3, row[3]);
            page.center(r, 4, row[4]);
            page.text(r, 5, row[5]);
        }
        int start = 0;
        for (int i = 0; i < rows.size(); i++) {
            boolean end = i + 1 == rows.size() || !projectOf.get(i + 1).equals(projectOf.get(start))
                    || rowOf[i + 1] != rowOf[i] + 1;
            if (end) {
                if (i > start) {
                    page.merge(rowOf[start], rowOf[i], 0, 0);
                    if (rows.get(start)[1] != null) {
                        page.merge(rowOf[start], rowOf[i], 1, 1);
                    }
                    for (int c = 3; c <= 5; c++) {
                        mergeRuns(page, rows, rowOf, start, i, c);
                    }
                }
                start = i + 1;
            }
        }
        for (String line : notesBelow) {
            page.line(line, lastCol);
        }
        page.widths(5, 12, 40, 10, 16, 40);
    }

    private int header(Page page) {
        int r = page.header(seqHeader, nameHeader, taskHeader, leaderHeader, leadHeader, relatedHeader);
        if (taskHeader == null) {
            page.merge(r, r, 1, 2);
        }
        page.height(r, 28);
        return r;
    }

    /** Merges consecutive equal cells of one column within a project: the leader or unit written once. */
    private static void mergeRuns(Page page, List<String[]> rows, int[] rowOf, int from, int to, int c) {
        int start = from;
        for (int i = from; i <= to; i++) {
            boolean end = i == to || !rows.get(i + 1)[c].equals(rows.get(start)[c]);
            if (end) {
                if (i > start) {
                    page.merge(rowOf[start], rowOf[i], c, c);
                }
                start = i + 1;
            }
        }
    }
}

package cn.minsheng.recon.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The wide layout: indicators as rows, townships as columns. With two measures each township heads two columns
 * (目标任务 | 累计完成) merged over a sub-header row; an optional total group after the townships sums them.
 */
final class WideTable {

    private record Row(Indicator indicator, String label) {
    }

    private final List<Town> towns;
    private final List<Row> rows = new ArrayList<>();
    String nameHeader = "指标名称";
    String unitHeader = "单位";
    List<Measure> measures = List.of(Measure.TARGET);
    String targetHeader = "目标任务";
    String doneHeader = "累计完成";
    String totalHeader;
    Function<Town, String> townLabel = Town::name;

    WideTable(List<Town> towns) {
        this.towns = List.copyOf(towns);
    }

    WideTable add(Indicator ind, String words) {
        rows.add(new Row(ind, ind.label(words)));
        return this;
    }

    int lastCol() {
        return 2 + (towns.size() + (totalHeader == null ? 0 : 1)) * measures.size();
    }

    /** Writes the header from row {@code top} and the rows under it; returns the row after the table. */
    int write(Filing f, Grid g, int top) {
        int width = measures.size();
        int sub = width > 1 ? top + 1 : top;
        String[] left = {"序号", nameHeader, unitHeader};
        for (int c = 0; c < left.length; c++) {
            g.header(top, c, left[c]);
            g.merge(top, sub, c, c);
        }
        List<String> groups = new ArrayList<>(towns.stream().map(townLabel).toList());
        if (totalHeader != null) {
            groups.add(totalHeader);
        }
        for (int i = 0; i < groups.size(); i++) {
            int col = 3 + i * width;
            g.header(top, col, groups.get(i));
            if (width > 1) {
                g.merge(top, top, col, col + width - 1);
                for (int k = 0; k < width; k++) {
                    g.header(sub, col + k, measures.get(k) == Measure.TARGET ? targetHeader : doneHeader);
                }
            }
        }
        int r = sub + 1;
        int seq = 0;
        for (Row row : rows) {
            Indicator ind = row.indicator();
            g.put(r, 0, Integer.toString(++seq), g.book.center);
            g.put(r, 1, row.label(), g.book.text);
            g.put(r, 2, ind.unit, g.book.center);
            for (int i = 0; i < towns.size(); i++) {
                for (int k = 0; k < width; k++) {
                    if (ind.places().contains(towns.get(i))) {
                        f.write(measures.get(k), g, r, 3 + i * width + k, ind, towns.get(i));
                    }
                }
            }
            if (totalHeader != null) {
                for (int k = 0; k < width; k++) {
                    total(g, r, 3 + towns.size() * width + k, ind, width, k);
                }
            }
            g.box(r, lastCol());
            r++;
        }
        return r;
    }

    /** The clerk's SUM over the township columns of one measure; a dash for rates and standards. */
    private void total(Grid g, int r, int c, Indicator ind, int width, int k) {
        if (ind.kind != Kind.ALLOCATED) {
            g.put(r, c, "—", g.book.center);
            return;
        }
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < towns.size(); i++) {
            cells.add(Grid.a1(r, 3 + i * width + k));
        }
        g.formula(r, c, "SUM(" + String.join(",", cells) + ")", g.book.number);
    }
}

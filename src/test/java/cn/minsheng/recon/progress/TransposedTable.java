package cn.minsheng.recon.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The transposed layout: townships as rows, indicators as columns — a column per indicator and measure, the
 * indicator's name over its columns when {@code groupLabel} is set (任务数 | 已完成 pairs), a 合计 row of SUMs.
 * A clerk stacks two of them (目标任务, then 完成情况) or sends one with completions only.
 */
final class TransposedTable {

    private record Column(Indicator indicator, Measure measure, String header) {
    }

    private final List<Town> towns;
    private final List<Column> columns = new ArrayList<>();
    String townHeader = "乡镇";
    Function<Town, String> townLabel = Town::name;
    Function<Indicator, String> groupLabel;
    String totalLabel;

    TransposedTable(List<Town> towns) {
        this.towns = List.copyOf(towns);
    }

    TransposedTable col(Indicator ind, Measure measure, String header) {
        columns.add(new Column(ind, measure, header));
        return this;
    }

    int lastCol() {
        return 1 + columns.size();
    }

    int write(Filing f, Grid g, int top) {
        int sub = groupLabel != null ? top + 1 : top;
        g.header(top, 0, "序号");
        g.header(top, 1, townHeader);
        g.merge(top, sub, 0, 0);
        g.merge(top, sub, 1, 1);
        for (int i = 0; i < columns.size(); i++) {
            g.header(sub, 2 + i, columns.get(i).header());
        }
        if (groupLabel != null) {
            groupHeader(g, top);
        }
        int first = sub + 1;
        int r = first;
        for (Town town : towns) {
            g.put(r, 0, Integer.toString(r - first + 1), g.book.center);
            g.put(r, 1, townLabel.apply(town), g.book.center);
            for (int i = 0; i < columns.size(); i++) {
                Column col = columns.get(i);
                if (col.indicator().places().contains(town)) {
                    f.write(col.measure(), g, r, 2 + i, col.indicator(), town);
                }
            }
            g.box(r, lastCol());
            r++;
        }
        if (totalLabel != null) {
            g.put(r, 0, totalLabel, g.book.center);
            g.merge(r, r, 0, 1);
            for (int i = 0; i < columns.size(); i++) {
                String column = Grid.column(2 + i);
                if (columns.get(i).indicator().kind == Kind.ALLOCATED) {
                    g.formula(r, 2 + i, "SUM(" + column + (first + 1) + ":" + column + r + ")", g.book.number);
                } else {
                    g.put(r, 2 + i, "—", g.book.center);
                }
            }
            g.box(r, lastCol());
            r++;
        }
        return r;
    }

    /** The indicator's name merged over its run of columns on the first header row. */
    private void groupHeader(Grid g, int top) {
        int start = 0;
        for (int i = 1; i <= columns.size(); i++) {
            if (i == columns.size() || columns.get(i).indicator() != columns.get(start).indicator()) {
                g.header(top, 2 + start, groupLabel.apply(columns.get(start).indicator()));
                g.merge(top, top, 2 + start, 1 + i);
                start = i;
            }
        }
    }
}

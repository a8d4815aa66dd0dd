package cn.minsheng.recon.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The long layout: one row per township × indicator (a county-wide indicator on one row under 全县), columns in the
 * clerk's order under the clerk's words — target, completion, 完成率, 进展情况 among them.
 */
final class LongTable {

    enum Col {
        SEQ, TOWN, INDICATOR, UNIT, TARGET, DONE, RATE, NOTE
    }

    private record Column(Col role, String header) {
    }

    private record Line(Indicator indicator, String label) {
    }

    private final List<Column> columns = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    boolean mergeIndicator;
    Function<Town, String> townLabel = Town::name;

    LongTable col(Col role, String header) {
        columns.add(new Column(role, header));
        return this;
    }

    LongTable add(Indicator ind, String words) {
        lines.add(new Line(ind, ind.label(words)));
        return this;
    }

    int lastCol() {
        return columns.size() - 1;
    }

    int write(Filing f, Grid g, int top) {
        for (int c = 0; c < columns.size(); c++) {
            g.header(top, c, columns.get(c).header());
        }
        int r = top + 1;
        int seq = 0;
        for (Line line : lines) {
            Indicator ind = line.indicator();
            int first = r;
            for (Town town : ind.places()) {
                String targetA1 = null;
                String doneA1 = null;
                int rateCol = -1;
                for (int c = 0; c < columns.size(); c++) {
                    switch (columns.get(c).role()) {
                        case SEQ -> g.put(r, c, Integer.toString(++seq), g.book.center);
                        case TOWN -> g.put(r, c, town == Town.WHOLE_COUNTY ? town.shortName() : townLabel.apply(town),
                                g.book.center);
                        case INDICATOR -> g.put(r, c, line.label(), g.book.text);
                        case UNIT -> g.put(r, c, ind.unit, g.book.center);
                        case TARGET -> targetA1 = f.target(g, r, c, ind, town);
                        case DONE -> doneA1 = f.done(g, r, c, ind, town);
                        case RATE -> rateCol = c;
                        case NOTE -> f.note(g, r, c, ind, town);
                    }
                }
                if (rateCol >= 0) {
                    f.rate(g, r, rateCol, ind, town, targetA1, doneA1);
                }
                r++;
            }
            if (mergeIndicator) {
                mergeDown(g, Col.INDICATOR, first, r - 1);
                mergeDown(g, Col.UNIT, first, r - 1);
            }
        }
        return r;
    }

    private void mergeDown(Grid g, Col role, int from, int to) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).role() == role && to > from) {
                g.merge(from, to, c, c);
            }
        }
    }
}

package cn.minsheng.recon.zoo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The long layout of a submission: one row per township × indicator (or per village), its columns in any order
 * under any words, rows grouped by indicator (the indicator merged down over its townships) or by township (the
 * township merged down over its indicators or its villages).
 */
final class LongSheet {

    enum Role {
        SEQ, TOWN, VILLAGE, IND, UNIT, VALUE, COPY, NOTE
    }

    record Col(Role role, String header) {
    }

    private record Spec(Line line, Town town, Line.Village village, Entry entry) {
    }

    final List<Col> cols = new ArrayList<>();
    boolean byTown;
    boolean mergeGroup = true;
    List<Town> townOrder;
    Function<Town, String> townLabel = Town::name;
    String subtotalLabel;
    final List<Line> lines = new ArrayList<>();

    LongSheet col(Role role, String header) {
        cols.add(new Col(role, header));
        return this;
    }

    LongSheet add(Line... more) {
        lines.addAll(List.of(more));
        return this;
    }

    int write(Submission sub, Page page) {
        lines.forEach(Line::checked);
        int lastCol = cols.size() - 1;
        int headerRow = page.header(cols.stream().map(Col::header).toArray(String[]::new));
        List<List<Spec>> groups = byTown ? groupsByTown() : groupsByIndicator();
        int seq = 0;
        for (List<Spec> group : groups) {
            if (group.size() == 1 && group.get(0).line().category) {
                int r = page.newRow();
                page.put(r, 0, group.get(0).line().label, page.book.category);
                page.merge(r, r, 0, lastCol);
                continue;
            }
            int first = page.cursor();
            Town previousTown = null;
            int townStart = first;
            for (Spec spec : group) {
                int r = page.newRow();
                for (int c = 0; c <= lastCol; c++) {
                    Role role = cols.get(c).role();
                    switch (role) {
                        case SEQ -> page.center(r, c, Integer.toString(++seq));
                        case TOWN -> page.center(r, c, townLabel.apply(spec.town()));
                        case VILLAGE -> page.center(r, c, spec.village() == null ? "" : spec.village().name());
                        case IND -> page.text(r, c, spec.line().label);
                        case UNIT -> page.center(r, c, spec.line().unit);
                        case VALUE -> sub.value(page, r, c, spec.line().ind, spec.town(), spec.entry());
                        case COPY -> page.put(r, c, spec.entry().value(), page.book.number);
                        case NOTE -> {
                            String note = spec.line().notes.get(spec.town());
                            if (note == null && r == first) {
                                note = spec.line().note;
                            }
                            page.text(r, c, note == null ? "" : note);
                        }
                    }
                }
                if (!byTown && hasRole(Role.VILLAGE)) {
                    if (previousTown != null && !previousTown.equals(spec.town())) {
                        mergeColumn(page, Role.TOWN, townStart, r - 1);
                        townStart = r;
                    }
                    previousTown = spec.town();
                }
            }
            int last = page.cursor() - 1;
            if (!byTown && hasRole(Role.VILLAGE)) {
                mergeColumn(page, Role.TOWN, townStart, last);
            }
            if (mergeGroup) {
                if (byTown) {
                    mergeColumn(page, Role.TOWN, first, last);
                } else {
                    mergeColumn(page, Role.IND, first, last);
                    mergeColumn(page, Role.UNIT, first, last);
                }
            }
            if (subtotalLabel != null && !byTown) {
                int r = page.newRow();
                int townCol = indexOf(Role.TOWN);
                int valueCol = indexOf(Role.VALUE);
                page.box(r, lastCol);
                page.center(r, townCol, subtotalLabel);
                String column = Page.column(valueCol);
                page.formula(r, valueCol, "SUM(" + column + (first + 1) + ":" + column + (last + 1) + ")");
            }
        }
        return headerRow;
    }

    private List<List<Spec>> groupsByIndicator() {
        List<List<Spec>> groups = new ArrayList<>();
        for (Line line : lines) {
            List<Spec> group = new ArrayList<>();
            if (line.category) {
                group.add(new Spec(line, null, null, null));
            } else if (!line.villages.isEmpty()) {
                line.villages.forEach((town, list) -> list.forEach(v -> group.add(new Spec(line, town, v, v.entry()))));
            } else {
                line.entries.forEach((town, entry) -> group.add(new Spec(line, town, null, entry)));
            }
            groups.add(group);
        }
        return groups;
    }

    private List<List<Spec>> groupsByTown() {
        Set<Town> order = new LinkedHashSet<>(townOrder);
        lines.forEach(line -> order.addAll(line.entries.keySet()));
        List<List<Spec>> groups = new ArrayList<>();
        for (Town town : order) {
            List<Spec> group = new ArrayList<>();
            for (Line line : lines) {
                Entry entry = line.entries.get(town);
                if (entry != null) {
                    group.add(new Spec(line, town, null, entry));
                }
            }
            if (!group.isEmpty()) {
                groups.add(group);
            }
        }
        return groups;
    }

    private boolean hasRole(Role role) {
        return indexOf(role) >= 0;
    }

    private int indexOf(Role role) {
        for (int c = 0; c < cols.size(); c++) {
            if (cols.get(c).role() == role) {
                return c;
            }
        }
        return -1;
    }

    private void mergeColumn(Page page, Role role, int from, int to) {
        int c = indexOf(role);
        if (c >= 0 && to > from) {
            page.merge(from, to, c, c);
        }
    }
}

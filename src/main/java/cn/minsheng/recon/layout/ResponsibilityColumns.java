package cn.minsheng.recon.layout;

import cn.minsheng.recon.domain.matching.DepartmentDirectory;
import cn.minsheng.recon.domain.matching.TextNormalizer;
import cn.minsheng.recon.workbook.SheetGrid;
import java.util.regex.Pattern;

/**
 * What a responsibility table's column holds under its header, whatever the header says: one unit per cell (the
 * lead unit: 县卫健局), lists of units (the related units: 县财政局、县教育局，各乡镇), or persons' names (the leader:
 * 刘卫东), counted over the first rows, merged cells applied.
 *
 * @param filled  the non-blank cells looked at
 * @param units   cells naming exactly one unit
 * @param lists   cells naming units in a list, or a unit beside other words
 * @param persons cells holding a name of two or three characters, or a list of such names, and no unit
 * @param dates   deadlines and dates (2026年10月底前)
 */
record ResponsibilityColumns(int filled, int units, int lists, int persons, int dates) {

    /** Persons' names: two or three characters (欧阳明 too), one or a list. */
    private static final Pattern PERSONS = Pattern.compile("\\p{IsHan}{2,3}([、，,;；]\\p{IsHan}{2,3})*");

    /** A deadline or a date: 2026年10月底前, 6月30日前, 年底, 第三季度. */
    private static final Pattern DATES = Pattern.compile(".{0,6}(\\d{4}年|\\d{1,2}月|年底|月底|季度|上半年|下半年).{0,8}");

    /** The leader, lead-unit and related-units columns; -1 for a role no column holds. */
    record Roles(int leader, int leadUnit, int related) {
    }

    /** The contents of column {@code c} under a header on row {@code h}. */
    static ResponsibilityColumns of(SheetGrid grid, int h, int c) {
        int filled = 0;
        int units = 0;
        int lists = 0;
        int persons = 0;
        int dates = 0;
        for (int r = h + 1; r < Math.min(grid.rowCount(), h + 1 + ColumnContents.SAMPLE); r++) {
            String text = TextNormalizer.normalize(grid.text(r, c)).replaceAll("\\([^()]*\\)", "");
            if (text.isEmpty()) {
                continue;
            }
            filled++;
            int named = DepartmentDirectory.unitsNamed(text).size();
            if (named == 1 && DepartmentDirectory.unitsNamed(text).get(0).equals(text)) {
                units++;
            } else if (named >= 1) {
                lists++;
            } else if (PERSONS.matcher(text).matches()) {
                persons++;
            } else if (DATES.matcher(text).matches()) {
                dates++;
            }
        }
        return new ResponsibilityColumns(filled, units, lists, persons, dates);
    }

    /** The roles of the header's columns from the first attribute column on. */
    static Roles roles(SheetGrid grid, TableHeader header) {
        Roles roles = new Roles(-1, -1, -1);
        for (int c : header.labels().keySet()) {
            roles = of(grid, header.lastRow(), c).assign(c, roles);
        }
        return roles;
    }

    /**
     * {@code roles} with column {@code c} taken for the first role its cells fit that no column holds yet: the lead
     * unit (one unit per cell), the related units (lists of units, or units once the lead is taken), the leader
     * (names); {@code roles} itself when none.
     */
    Roles assign(int c, Roles roles) {
        if (ofUnits() && roles.leadUnit() < 0) {
            return new Roles(roles.leader(), c, roles.related());
        }
        if ((ofLists() || ofUnits()) && roles.related() < 0) {
            return new Roles(roles.leader(), roles.leadUnit(), c);
        }
        if (ofPersons() && roles.leader() < 0) {
            return new Roles(c, roles.leadUnit(), roles.related());
        }
        return roles;
    }

    /** A column of units or persons: where a responsibility table's attribute columns start. */
    boolean attribute() {
        return ofUnits() || ofLists() || ofPersons();
    }

    boolean ofUnits() {
        return units * 2 > filled;
    }

    boolean ofLists() {
        return lists >= 1 && (lists + units) * 2 > filled;
    }

    boolean ofPersons() {
        return persons * 2 > filled;
    }

    /** A column of deadlines: no name of the indicator, whatever its header says. */
    boolean ofDates() {
        return dates * 2 > filled;
    }
}

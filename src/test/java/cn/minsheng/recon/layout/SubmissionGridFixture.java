package cn.minsheng.recon.layout;

import cn.minsheng.recon.domain.matching.TextNormalizer;
import cn.minsheng.recon.workbook.MergedRegion;
import cn.minsheng.recon.workbook.SheetCell;
import cn.minsheng.recon.workbook.SheetGrid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a submission sheet in memory, row by row: a {@code String} is a text cell, a number a number cell,
 * {@code null} a blank, a {@link SheetCell} itself; merges are given as A1 ranges ({@code "B3:B4"}).
 */
public final class SubmissionGridFixture {

    static final String FILE = "人社局-2026-03.xlsx";

    /** The county the sheets are about. */
    static final List<String> TOWNSHIPS = List.of("归义街道", "新市镇", "古培镇", "三阳乡");

    private static final Pattern A1 = Pattern.compile("([A-Z]+)(\\d+)");

    private final String sheet;
    private final List<List<SheetCell>> rows = new ArrayList<>();
    private final List<MergedRegion> regions = new ArrayList<>();

    private SubmissionGridFixture(String sheet) {
        this.sheet = sheet;
    }

    /**
     * Whether a label names one of {@link #TOWNSHIPS}, as the county's directory answers: full names and short
     * forms ({@code 归义} for 归义街道), spaced or full-width, and a stem with another suffix ({@code 新市社区}).
     */
    static boolean isTownship(String label) {
        String name = TextNormalizer.normalize(label).replaceFirst("(镇|乡|街道|社区)$", "");
        return name.length() >= 2 && TOWNSHIPS.stream().anyMatch(t -> t.replaceFirst("(镇|乡|街道)$", "").equals(name));
    }

    public static SubmissionGridFixture sheet(String name) {
        return new SubmissionGridFixture(name);
    }

    /** A formula cell whose result was never saved. */
    static SheetCell formulaWithoutValue(String formula) {
        return new SheetCell(SheetCell.Kind.FORMULA_NO_VALUE, null, formula);
    }

    static SheetCell error() {
        return new SheetCell(SheetCell.Kind.ERROR, null, "#ERROR");
    }

    public SubmissionGridFixture row(Object... cells) {
        List<SheetCell> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell(cell));
        }
        rows.add(row);
        return this;
    }

    public SubmissionGridFixture merge(String range) {
        String[] corners = range.split(":");
        int[] from = position(corners[0]);
        int[] to = position(corners[1]);
        regions.add(new MergedRegion(from[0], to[0], from[1], to[1]));
        return this;
    }

    public SheetGrid grid() {
        return new SheetGrid(FILE, sheet, rows, regions);
    }

    private static SheetCell cell(Object value) {
        if (value == null) {
            return SheetCell.blank();
        }
        if (value instanceof SheetCell cell) {
            return cell;
        }
        if (value instanceof Number number) {
            return SheetCell.number(new BigDecimal(number.toString()));
        }
        return SheetCell.text(value.toString());
    }

    /** Zero-based row and column of an A1 address. */
    private static int[] position(String a1) {
        Matcher m = A1.matcher(a1);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an A1 address: " + a1);
        }
        int column = 0;
        for (char letter : m.group(1).toCharArray()) {
            column = column * 26 + (letter - 'A' + 1);
        }
        return new int[] {Integer.parseInt(m.group(2)) - 1, column - 1};
    }
}

package cn.minsheng.recon.domain.model;

import java.util.Objects;

/**
 * Where a value was read: file name (no folder), sheet name and A1 cell address.
 * Empty strings stand for "no such place" (for instance a finding about a missing file).
 *
 * <p>A place made from a row and column keeps the two numbers and writes the A1 address only when asked for: a long
 * sheet's values each carry three places, most of which are never shown.
 */
public final class SourceRef {

    private static final SourceRef NONE = new SourceRef("", "", "");

    private final String file;
    private final String sheet;
    private final String cell;
    private final int row;
    private final int column;

    public SourceRef(String file, String sheet, String cell) {
        this(file, sheet, cell == null ? "" : cell, -1, -1);
    }

    private SourceRef(String file, String sheet, String cell, int row, int column) {
        this.file = file == null ? "" : file;
        this.sheet = sheet == null ? "" : sheet;
        this.cell = cell;
        this.row = row;
        this.column = column;
    }

    public static SourceRef none() {
        return NONE;
    }

    /** Zero-based {@code row} and {@code column} on the sheet. */
    public static SourceRef of(String file, String sheet, int row, int column) {
        return new SourceRef(file, sheet, null, row, column);
    }

    /**
     * The place of an A1 address as written ({@code AB12}); an address of another form is kept as it is. Equal to
     * {@code new SourceRef(file, sheet, cell)}, held as two numbers.
     */
    public static SourceRef parse(String file, String sheet, String cell) {
        int column = 0;
        int i = 0;
        while (i < cell.length() && i < 3 && cell.charAt(i) >= 'A' && cell.charAt(i) <= 'Z') {
            column = column * 26 + cell.charAt(i) - 'A' + 1;
            i++;
        }
        int digits = cell.length() - i;
        if (i == 0 || digits < 1 || digits > 7 || cell.charAt(i) == '0') {
            return new SourceRef(file, sheet, cell);
        }
        int row = 0;
        for (int j = i; j < cell.length(); j++) {
            char c = cell.charAt(j);
            if (c < '0' || c > '9') {
                return new SourceRef(file, sheet, cell);
            }
            row = row * 10 + c - '0';
        }
        return of(file, sheet, row - 1, column - 1);
    }

    /** Zero-based row and column to an A1 address ({@code (0, 27)} is {@code AB1}). */
    public static String a1(int row, int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.append(row + 1).toString();
    }

    public String file() {
        return file;
    }

    public String sheet() {
        return sheet;
    }

    /** The zero-based row of a place made from a row and column; -1 for one given as an address, or none. */
    public int row() {
        return row;
    }

    /** The zero-based column of a place made from a row and column; -1 for one given as an address, or none. */
    public int column() {
        return column;
    }

    /** The A1 address, empty for none. */
    public String cell() {
        return cell != null ? cell : a1(row, column);
    }

    /** "file!sheet!A1" as people read it in a message. */
    public String describe() {
        return file + " / " + sheet + " / " + cell();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof SourceRef ref)) {
            return false;
        }
        boolean sameCell = cell == null && ref.cell == null ? row == ref.row && column == ref.column
                : cell().equals(ref.cell());
        return sameCell && file.equals(ref.file) && sheet.equals(ref.sheet);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, sheet, cell());
    }

    @Override
    public String toString() {
        return "SourceRef[file=" + file + ", sheet=" + sheet + ", cell=" + cell() + "]";
    }
}

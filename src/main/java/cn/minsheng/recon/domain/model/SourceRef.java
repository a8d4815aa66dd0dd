package cn.minsheng.recon.domain.model;

/**
 * Where a value was read: file name (no folder), sheet name and A1 cell address.
 * Empty strings stand for "no such place" (for instance a finding about a missing file).
 */
public record SourceRef(String file, String sheet, String cell) {

    public SourceRef {
        file = file == null ? "" : file;
        sheet = sheet == null ? "" : sheet;
        cell = cell == null ? "" : cell;
    }

    public static SourceRef none() {
        return new SourceRef("", "", "");
    }

    public static SourceRef of(String file, String sheet, int row, int column) {
        return new SourceRef(file, sheet, a1(row, column));
    }

    /** Zero-based row and column to an A1 address ({@code (0, 27)} is {@code AB1}). */
    public static String a1(int row, int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.append(row + 1).toString();
    }

    /** "file!sheet!A1" as people read it in a message. */
    public String describe() {
        return file + " / " + sheet + " / " + cell;
    }
}

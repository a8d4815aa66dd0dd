package cn.minsheng.recon.layout;

import cn.minsheng.recon.domain.matching.TextNormalizer;
import cn.minsheng.recon.domain.submission.Measure;
import cn.minsheng.recon.domain.submission.Submission;
import cn.minsheng.recon.domain.submission.SubmissionSheet;
import cn.minsheng.recon.workbook.SheetCell;
import cn.minsheng.recon.workbook.SheetGrid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads a department's submission from its sheets without per-file configuration (SPEC §3.2): on each sheet it
 * recognises the wide, transposed or long layout, and reads every cell of the data area into a value placed by
 * its indicator and township labels, or into the unplaced cells; it takes the {@code 填报单位} and {@code 填报日期}
 * the file declares. Sheets with no recognisable table (instructions, notes) are left out; hidden sheets (old data)
 * are never read, only named.
 */
public final class SubmissionParser {

    /** Excel's day 0 for date serials (1900 system, past its phantom 29 February). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final SubmissionWideReader wide;
    private final SubmissionLongReader longLayout;
    private final SubmissionTransposedReader transposed;

    /** @param isTownship whether a label names a township of the county, short forms included ({@code 归义}) */
    public SubmissionParser(Predicate<String> isTownship) {
        this.wide = new SubmissionWideReader(isTownship);
        this.longLayout = new SubmissionLongReader(isTownship);
        this.transposed = new SubmissionTransposedReader(isTownship);
    }

    /** The submission in {@code file}, whose sheets are {@code grids} in workbook order. */
    public Submission parse(String file, List<SheetGrid> grids) {
        List<SubmissionSheet> sheets = new ArrayList<>();
        Optional<String> department = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        Optional<String> title = Optional.empty();
        boolean progressFile = HeaderWords.titlesProgress(file.replaceFirst("^.*/", ""));
        for (SheetGrid grid : grids) {
            if (grid.hidden()) {
                sheets.add(SubmissionSheet.hidden(file, grid.sheet()));
                continue;
            }
            boolean progress = progressFile || HeaderWords.titlesProgress(grid.sheet())
                    || firstLine(grid).filter(HeaderWords::titlesProgress).isPresent();
            Optional<SubmissionCells> read = read(grid, progress ? Measure.COMPLETION : Measure.TARGET);
            if (read.isEmpty()) {
                continue;
            }
            sheets.add(read.get().sheet());
            department = department.or(() -> declaredDepartment(grid)).or(() -> read.get().department());
            date = date.or(() -> declaredDate(grid));
            title = title.or(() -> title(grid));
        }
        // without a 填报单位 line or column, a title such as 某县人力资源和社会保障局2026年…任务分解表 may name it
        Optional<String> titled = title;
        return new Submission(file, department.or(() -> titled), date, sheets);
    }

    /**
     * The sheet's table. Wide and long headers are looked for from the top, the higher one first — a village
     * named like its township ({@code 新市镇 | 新市社区}) makes a long table's row look like a wide header — unless
     * the long header's words stand right above a wide header's townships under a label merged across them: then
     * they are the wide header's upper row. Transposed last.
     */
    private Optional<SubmissionCells> read(SheetGrid grid, Measure measure) {
        OptionalInt longHeader = longLayout.header(grid);
        // a wide header more than a row under a long one is never read (the long table is, and always can be):
        // on a long sheet of thousands of rows, looking for one further down costs more than reading it
        OptionalInt wideHeader = wide.header(grid, longHeader.isPresent() ? longHeader.getAsInt() + 2
                : grid.rowCount());
        boolean longFirst = longHeader.isPresent() && (wideHeader.isEmpty()
                || longHeader.getAsInt() < wideHeader.getAsInt() - 1
                || longHeader.getAsInt() == wideHeader.getAsInt() - 1
                        && !wide.underSpanningLabel(grid, wideHeader.getAsInt()));
        List<Attempt> attempts = new ArrayList<>();
        Attempt readWide = cells -> wideHeader.isPresent() && wide.read(grid, wideHeader.getAsInt(), cells);
        Attempt readLong = cells -> longHeader.isPresent() && longLayout.read(grid, longHeader.getAsInt(), cells);
        attempts.add(longFirst ? readLong : readWide);
        attempts.add(longFirst ? readWide : readLong);
        attempts.add(cells -> transposed.read(grid, cells));
        for (Attempt attempt : attempts) {
            SubmissionCells cells = new SubmissionCells(grid, measure);
            if (attempt.read(cells)) {
                return Optional.of(cells);
            }
        }
        return Optional.empty();
    }

    private interface Attempt {
        boolean read(SubmissionCells cells);
    }

    private static Optional<String> declaredDepartment(SheetGrid grid) {
        for (int r = 0; r < grid.rowCount(); r++) {
            if (!mentions(grid, r, "单位")) {
                continue;
            }
            Optional<String> department = SubmissionWords.department(SubmissionRows.line(grid, r));
            if (department.isPresent()) {
                return department;
            }
        }
        return Optional.empty();
    }

    /**
     * The sheet's first line when it is a title that could name a unit: one text alone on its row (merged across
     * or not), no {@code ：}, with a unit word (局, 委, 办, 中心, 公司, 联社 …).
     */
    private static Optional<String> title(SheetGrid grid) {
        return firstLine(grid).filter(line -> !line.contains("：") && !line.contains(":")
                && line.matches(".*(局|委|办|中心|公司|联社|联合会|工会|妇联|残联|院|部|队|站).*"));
    }

    /** The sheet's first line when one text stands alone on it (merged across or not): a title. */
    private static Optional<String> firstLine(SheetGrid grid) {
        for (int r = 0; r < Math.min(3, grid.rowCount()); r++) {
            Set<String> texts = new LinkedHashSet<>();
            for (int c = 0; c < grid.width(); c++) {
                String text = grid.text(r, c).strip();
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
            if (!texts.isEmpty()) {
                return texts.size() == 1 ? Optional.of(texts.iterator().next()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A {@code 填报日期：} line, its date typed as text or, in the next cell, stored as a date. */
    private static Optional<LocalDate> declaredDate(SheetGrid grid) {
        for (int r = 0; r < grid.rowCount(); r++) {
            if (!mentions(grid, r, "日期") && !mentions(grid, r, "时间")) {
                continue;
            }
            Optional<LocalDate> date = SubmissionWords.date(SubmissionRows.line(grid, r));
            if (date.isPresent()) {
                return date;
            }
            for (int c = 0; c < grid.width(); c++) {
                SheetCell cell = grid.raw(r, c);
                if (cell.kind() == SheetCell.Kind.TEXT && SubmissionWords.isDateLabel(cell.text())) {
                    Optional<LocalDate> serial = serialDate(nextCell(grid, r, c));
                    if (serial.isPresent()) {
                        return serial;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Some cell of row {@code r} has {@code word} in it: what a 填报单位 or 填报日期 line must have, checked
     * before the row is joined and matched, which on a sheet of thousands of data rows costs far more.
     */
    private static boolean mentions(SheetGrid grid, int r, String word) {
        for (int c = 0; c < grid.width(); c++) {
            if (TextNormalizer.normalize(grid.raw(r, c).text()).contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static SheetCell nextCell(SheetGrid grid, int r, int c) {
        for (int next = c + 1; next < grid.width(); next++) {
            if (!grid.raw(r, next).isBlank()) {
                return grid.raw(r, next);
            }
        }
        return SheetCell.blank();
    }

    /** A date cell as a sheet stores it: days since Excel's epoch, within this century or so. */
    private static Optional<LocalDate> serialDate(SheetCell cell) {
        if (cell.kind() != SheetCell.Kind.NUMBER || cell.number().compareTo(BigDecimal.valueOf(36526)) < 0
                || cell.number().compareTo(BigDecimal.valueOf(73051)) > 0) {
            return Optional.empty();
        }
        return Optional.of(EXCEL_EPOCH.plusDays(cell.number().longValue()));
    }
}

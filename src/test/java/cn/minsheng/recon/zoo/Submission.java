package cn.minsheng.recon.zoo;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;

/**
 * One department file of the period being written: its path relative to the submissions folder, the lead unit
 * it comes from (as the responsibility table spells it; null when nothing in the file names it), the workbook,
 * and the count of values it holds at indicator × township positions on its visible sheets.
 */
final class Submission {

    final County county;
    final Expectations expectations;
    final String file;
    final String department;
    final Book book;
    private final LocalDateTime modified;
    private int values;

    Submission(County county, Expectations expectations, String file, String department, Book.Format format,
            LocalDateTime modified) {
        this.county = county;
        this.expectations = expectations;
        this.file = file;
        this.department = department;
        this.book = new Book(format);
        this.modified = modified;
    }

    Page page(String name) {
        return book.page(name);
    }

    /** Writes one value; counts it when it is a number on a visible sheet; records its planted finding. */
    Cell value(Page page, int r, int c, Ind ind, Town town, Entry entry) {
        return write(page, r, c, ind, town, entry, true);
    }

    /** Writes a total the clerk typed (never counted as a value); records its planted finding. */
    Cell total(Page page, int r, int c, Ind ind, Entry entry) {
        return write(page, r, c, ind, null, entry, false);
    }

    private Cell write(Page page, int r, int c, Ind ind, Town town, Entry entry, boolean countable) {
        Cell cell = switch (entry.form()) {
            case NUMBER -> page.number(r, c, entry.value());
            case TEXT, FULL_WIDTH, THOUSANDS, INVALID -> page.put(r, c, entry.shown(), book.textNumber);
            case FORMULA -> page.formula(r, c, entry.text());
            case FORMULA_NO_CACHE -> {
                Cell f = page.formula(r, c, entry.text());
                book.withoutCachedValue(f);
                yield f;
            }
        };
        boolean hidden = book.wb.isSheetHidden(book.wb.getSheetIndex(page.sheet));
        if (hidden) {
            return cell;
        }
        if (countable && entry.form().counted()) {
            values++;
        }
        Entry.Plant plant = entry.plant();
        if (plant != null) {
            Set<Entry.Any> blank = plant.blanks();
            expectations.finding(plant.rule(), plant.severity(), blank.contains(Entry.Any.DEPARTMENT) ? null : department,
                    ind == null || blank.contains(Entry.Any.INDICATOR) ? null : ind.no,
                    town == null || blank.contains(Entry.Any.TOWNSHIP) ? null : town.name(), file, page.name(),
                    blank.contains(Entry.Any.CELL) ? null : Page.addr(r, c));
        }
        return cell;
    }

    /** A finding of this file that no single written cell carries (a missing row, a sum, the layout). */
    void finding(String rule, String severity, Integer indicatorNo, String township, String sheet, String cell) {
        expectations.finding(rule, severity, department, indicatorNo, township, file, sheet, cell);
    }

    void save(Path submissionsDir) {
        book.save(submissionsDir.resolve(file), modified);
        expectations.values(file, values);
    }
}

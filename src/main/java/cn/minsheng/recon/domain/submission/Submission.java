package cn.minsheng.recon.domain.submission;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What one department file says, read but not yet matched.
 *
 * @param file                the file name, no folder
 * @param declaredDepartment  the 填报单位 the file states (a line above the header or a column), as written
 * @param declaredDate        the 填报日期 it states
 * @param sheets              the sheets that hold data and the hidden sheets passed over, in workbook order; empty
 *                            when none is recognised
 */
public record Submission(String file, Optional<String> declaredDepartment, Optional<LocalDate> declaredDate,
                         List<SubmissionSheet> sheets) {

    public Submission {
        sheets = List.copyOf(sheets);
    }

    /** The sheets read: those that hold data, hidden sheets aside. */
    public List<SubmissionSheet> dataSheets() {
        return sheets.stream().filter(sheet -> sheet.layout() != Layout.HIDDEN).toList();
    }

    /** The names of the hidden sheets, passed over unread. */
    public List<String> hiddenSheets() {
        return sheets.stream().filter(sheet -> sheet.layout() == Layout.HIDDEN).map(SubmissionSheet::sheet).toList();
    }

    public int valueCount() {
        return sheets.stream().mapToInt(s -> s.values().size() + s.unplaced().size()).sum();
    }
}

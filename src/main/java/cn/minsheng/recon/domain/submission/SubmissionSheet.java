package cn.minsheng.recon.domain.submission;

import cn.minsheng.recon.domain.model.SourceRef;
import java.util.List;

/**
 * The data a submission sheet holds.
 *
 * @param sheet    the sheet's name
 * @param layout   how it is arranged
 * @param header   where its header row is
 * @param values   every value cell of the data area, blanks included
 * @param unplaced non-empty cells inside the data area that no indicator or township label places (a number in
 *                 a column without a header, say): they end as findings, never dropped
 * @param ambiguities columns that qualified for a role another column was read for
 */
public record SubmissionSheet(String sheet, Layout layout, SourceRef header, List<SubmittedValue> values,
                              List<SubmittedValue> unplaced, List<AmbiguousColumn> ambiguities) {

    public SubmissionSheet {
        values = List.copyOf(values);
        unplaced = List.copyOf(unplaced);
        ambiguities = List.copyOf(ambiguities);
    }

    /** A sheet whose every column's role was plain. */
    public SubmissionSheet(String sheet, Layout layout, SourceRef header, List<SubmittedValue> values,
            List<SubmittedValue> unplaced) {
        this(sheet, layout, header, values, unplaced, List.of());
    }

    /** A sheet the workbook hides: its name only, nothing read. */
    public static SubmissionSheet hidden(String file, String sheet) {
        return new SubmissionSheet(sheet, Layout.HIDDEN, new SourceRef(file, sheet, ""), List.of(), List.of());
    }
}

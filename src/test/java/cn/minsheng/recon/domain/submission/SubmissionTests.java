package cn.minsheng.recon.domain.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minsheng.recon.domain.model.SourceRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A file read but not matched: every value cell of its sheets counts, placed or not, blanks included. */
class SubmissionTests {

    private static SubmittedValue value(int row, Reading reading) {
        return new SubmittedValue(SourceRef.of("卫健局.xlsx", "Sheet1", row, 3), SourceRef.of("卫健局.xlsx", "Sheet1",
                row, 1), SourceRef.none(), "8.培训乡村医生", "", "城关镇", "", "人", reading, false);
    }

    private static SubmissionSheet sheet(String name, int values, int unplaced) {
        List<SubmittedValue> placed = new ArrayList<>();
        for (int i = 0; i < values; i++) {
            placed.add(value(3 + i, i % 2 == 0 ? Reading.blank() : new Reading.Number(BigDecimal.ONE)));
        }
        List<SubmittedValue> strays = new ArrayList<>();
        for (int i = 0; i < unplaced; i++) {
            strays.add(value(20 + i, new Reading.Text("备注")));
        }
        return new SubmissionSheet(name, Layout.WIDE, SourceRef.of("卫健局.xlsx", name, 2, 0), placed, strays);
    }

    @Test
    void countsEveryValueOfEverySheetPlacedOrNotBlanksIncluded() {
        Submission submission = new Submission("卫健局.xlsx", Optional.empty(), Optional.empty(),
                List.of(sheet("Sheet1", 5, 2), sheet("Sheet2", 3, 0)));

        assertThat(submission.valueCount()).isEqualTo(10);
        assertThat(new Submission("卫健局.xlsx", Optional.empty(), Optional.empty(), List.of()).valueCount()).isZero();
    }

    @Test
    void holdsCopiesOfTheListsItIsGiven() {
        List<SubmissionSheet> sheets = new ArrayList<>(List.of(sheet("Sheet1", 1, 0)));
        Submission submission = new Submission("卫健局.xlsx", Optional.empty(), Optional.empty(), sheets);
        sheets.add(sheet("Sheet2", 1, 0));

        assertThat(submission.sheets()).hasSize(1);
        assertThatThrownBy(() -> submission.sheets().get(0).values().add(value(9, Reading.blank())))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> submission.sheets().get(0).unplaced().add(value(9, Reading.blank())))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aBlankReadingIsABlank() {
        assertThat(Reading.blank()).isEqualTo(new Reading.Blank());
    }
}

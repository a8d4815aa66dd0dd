package cn.minsheng.recon.domain.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.model.SourceRef;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A value gives back the label and unit cells it was made with, however it holds them. */
class SubmittedValueTests {

    private static final SourceRef VALUE = SourceRef.of("卫健局.xlsx", "村级", 11, 4);

    @Test
    void givesBackItsPlacesOnItsOwnSheetAndElsewhere() {
        SourceRef[][] places = {
            {SourceRef.of("卫健局.xlsx", "村级", 11, 1), SourceRef.of("卫健局.xlsx", "村级", 11, 3)},
            {SourceRef.none(), SourceRef.of("卫健局.xlsx", "村级", 1, 0)},
            {new SourceRef("卫健局.xlsx", "村级", "B12"), SourceRef.of("卫健局.xlsx", "说明", 2, 0)},
            {SourceRef.of("民政局.xlsx", "村级", 11, 1), SourceRef.none()},
        };
        for (SourceRef[] place : places) {
            SubmittedValue value = value(place[0], place[1]);

            assertThat(value.label()).isEqualTo(place[0]).hasToString(place[0].toString());
            assertThat(value.unit()).isEqualTo(place[1]).hasToString(place[1].toString());
            assertThat(value).isEqualTo(value(place[0], place[1])).hasSameHashCodeAs(value(place[0], place[1]));
        }
        assertThat(value(places[0][0], places[0][1])).isNotEqualTo(value(places[0][1], places[0][0]));
    }

    private static SubmittedValue value(SourceRef label, SourceRef unit) {
        return new SubmittedValue(VALUE, label, unit, "13.改造农村公路", "13", "白沙镇", "青山村", "公里",
                new Reading.Number(BigDecimal.ONE), false);
    }
}

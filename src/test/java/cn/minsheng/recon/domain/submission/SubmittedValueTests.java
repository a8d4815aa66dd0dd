package cn.minsheng.recon.domain.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.model.SourceRef;
import java.math.BigDecimal;
import java.util.List;
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

    @Test
    void valuesDifferingInAnyOneOfWhatTheySayAreNotEqual() {
        SourceRef label = SourceRef.of("卫健局.xlsx", "村级", 11, 1);
        SourceRef unit = SourceRef.of("卫健局.xlsx", "村级", 11, 3);
        SubmittedValue value = value(label, unit);
        SourceRef elsewhere = SourceRef.of("卫健局.xlsx", "村级", 12, 4);
        Reading one = new Reading.Number(BigDecimal.ONE);

        assertThat(List.of(
                new SubmittedValue(elsewhere, label, unit, "13.改造农村公路", "13", "白沙镇", "青山村", "公里", one, false),
                new SubmittedValue(VALUE, elsewhere, unit, "13.改造农村公路", "13", "白沙镇", "青山村", "公里", one, false),
                new SubmittedValue(VALUE, label, elsewhere, "13.改造农村公路", "13", "白沙镇", "青山村", "公里", one, false),
                new SubmittedValue(VALUE, label, unit, "14.改造农村公路", "13", "白沙镇", "青山村", "公里", one, false),
                new SubmittedValue(VALUE, label, unit, "13.改造农村公路", "14", "白沙镇", "青山村", "公里", one, false),
                new SubmittedValue(VALUE, label, unit, "13.改造农村公路", "13", "三阳乡", "青山村", "公里", one, false),
                new SubmittedValue(VALUE, label, unit, "13.改造农村公路", "13", "白沙镇", "绿水村", "公里", one, false),
                new SubmittedValue(VALUE, label, unit, "13.改造农村公路", "13", "白沙镇", "青山村", "米", one, false),
                new SubmittedValue(VALUE, label, unit, "13.改造农村公路", "13", "白沙镇", "青山村", "公里",
                        Reading.blank(), false),
                new SubmittedValue(VALUE, label, unit, "13.改造农村公路", "13", "白沙镇", "青山村", "公里", one, true)))
                .allSatisfy(other -> assertThat(other).isNotEqualTo(value));
        assertThat(value).isNotEqualTo(VALUE).isEqualTo(value);
    }

    @Test
    void tellsWhatItSaysAndWhere() {
        SubmittedValue value = value(SourceRef.of("卫健局.xlsx", "村级", 11, 1), SourceRef.none());

        assertThat(value.toString()).contains("cell=E12", "cell=B12", "13.改造农村公路", "indicatorNo=13", "白沙镇",
                "青山村", "公里", "Number[value=1, percent=false]", "total=false");
    }

    private static SubmittedValue value(SourceRef label, SourceRef unit) {
        return new SubmittedValue(VALUE, label, unit, "13.改造农村公路", "13", "白沙镇", "青山村", "公里",
                new Reading.Number(BigDecimal.ONE), false);
    }
}

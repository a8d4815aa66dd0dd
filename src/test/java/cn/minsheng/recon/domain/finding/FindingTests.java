package cn.minsheng.recon.domain.finding;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.model.SourceRef;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A finding as SPEC §4 lists its columns: built at its rule's default severity, difference = submitted − official. */
class FindingTests {

    private static final SourceRef CELL = new SourceRef("卫健局.xlsx", "Sheet1", "F4");

    private static FindingBuilder mismatch() {
        return Finding.of(RuleCode.SUB_VALUE_MISMATCH).department("县卫健局").indicator("8", "培训乡村医生8人")
                .township("河西街道").unit("人").source(CELL).message("河西街道报送3，官方分解为2");
    }

    @Nested
    class Builder {

        @Test
        void setsEveryColumnAndTheRulesDefaultSeverity() {
            Finding finding = mismatch().values(new BigDecimal("2"), new BigDecimal("3")).routing("张伟", "县卫健局")
                    .build();

            assertThat(finding.rule()).isEqualTo(RuleCode.SUB_VALUE_MISMATCH);
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.department()).isEqualTo("县卫健局");
            assertThat(finding.indicatorNo()).isEqualTo("8");
            assertThat(finding.indicator()).isEqualTo("培训乡村医生8人");
            assertThat(finding.township()).isEqualTo("河西街道");
            assertThat(finding.officialValue()).isEqualByComparingTo("2");
            assertThat(finding.submittedValue()).isEqualByComparingTo("3");
            assertThat(finding.unit()).isEqualTo("人");
            assertThat(finding.source()).isEqualTo(CELL);
            assertThat(finding.message()).isEqualTo("河西街道报送3，官方分解为2");
            assertThat(finding.leadLeader()).isEqualTo("张伟");
            assertThat(finding.leadUnit()).isEqualTo("县卫健局");
        }

        @Test
        void aRuleWhoseFindingsDifferInSeverityIsGivenOne() {
            // PRG_LAGGING is yellow (the rule's WARNING) or red
            assertThat(Finding.of(RuleCode.PRG_LAGGING).severity(Severity.ERROR).build().severity())
                    .isEqualTo(Severity.ERROR);
            assertThat(Finding.of(RuleCode.PRG_LAGGING).build().severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        void theDifferenceIsSubmittedMinusOfficial() {
            assertThat(mismatch().values(new BigDecimal("2"), new BigDecimal("3")).build().difference())
                    .isEqualByComparingTo("1");
            assertThat(mismatch().values(new BigDecimal("0.9875"), new BigDecimal("0.987")).build().difference())
                    .isEqualByComparingTo("-0.0005");
        }

        @Test
        void thereIsNoDifferenceWithoutBothValues() {
            assertThat(mismatch().values(new BigDecimal("2"), null).build().difference()).isNull();
            assertThat(mismatch().values(null, new BigDecimal("3")).build().difference()).isNull();
            assertThat(mismatch().build().difference()).isNull();
        }

        @Test
        void aFigureThatIsNeitherOfficialNorSubmittedIsHeldApartWithWhatItIs() {
            Finding finding = Finding.of(RuleCode.OFF_CROSS_TABLE_MISMATCH).indicator("43", "排查整治桥梁80座")
                    .values(new BigDecimal("80"), null).compared(new BigDecimal("90"), "责任分解表").build();

            assertThat(finding.officialValue()).isEqualByComparingTo("80");
            assertThat(finding.submittedValue()).isNull();
            assertThat(finding.comparedValue()).isEqualByComparingTo("90");
            assertThat(finding.comparedWith()).isEqualTo("责任分解表");
            // a difference is submitted − official: a compared figure is no submitted one
            assertThat(finding.difference()).isNull();
        }

        @Test
        void eachRuleStartsAtItsOwnDefaultSeverity() {
            assertThat(Finding.of(RuleCode.SUB_UNIT_CONVERTED).build().severity()).isEqualTo(Severity.INFO);
            assertThat(Finding.of(RuleCode.SUB_MISSING_SUBMISSION).build().severity()).isEqualTo(Severity.WARNING);
        }
    }

    @Nested
    class Columns {

        @Test
        void whatIsNotSetIsEmptyNeverNull() {
            Finding finding = Finding.of(RuleCode.FILE_UNREADABLE).build();

            assertThat(finding.department()).isEmpty();
            assertThat(finding.indicatorNo()).isEmpty();
            assertThat(finding.indicator()).isEmpty();
            assertThat(finding.township()).isEmpty();
            assertThat(finding.unit()).isEmpty();
            assertThat(finding.message()).isEmpty();
            assertThat(finding.leadLeader()).isEmpty();
            assertThat(finding.leadUnit()).isEmpty();
            assertThat(finding.source()).isEqualTo(SourceRef.none());
            assertThat(finding.officialValue()).isNull();
            assertThat(finding.submittedValue()).isNull();
            assertThat(finding.comparedValue()).isNull();
            assertThat(finding.comparedWith()).isEmpty();
        }

        @Test
        void anotherSeverityOrRoutingChangesNothingElse() {
            Finding finding = mismatch().values(new BigDecimal("2"), new BigDecimal("3"))
                    .compared(new BigDecimal("4"), "先报的数值").build();

            Finding warning = finding.withSeverity(Severity.WARNING);
            Finding routed = finding.withRouting("张伟", "县卫健局");

            assertThat(warning.severity()).isEqualTo(Severity.WARNING);
            assertThat(warning).isEqualTo(new Finding(finding.rule(), Severity.WARNING, finding.department(),
                    finding.indicatorNo(), finding.indicator(), finding.township(), finding.officialValue(),
                    finding.submittedValue(), finding.difference(), finding.comparedValue(), finding.comparedWith(),
                    finding.unit(), finding.source(), finding.message(), "", ""));
            assertThat(routed).isEqualTo(new Finding(finding.rule(), Severity.ERROR, finding.department(),
                    finding.indicatorNo(), finding.indicator(), finding.township(), finding.officialValue(),
                    finding.submittedValue(), finding.difference(), finding.comparedValue(), finding.comparedWith(),
                    finding.unit(), finding.source(), finding.message(), "张伟", "县卫健局"));
        }
    }
}

package cn.minsheng.recon.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cn.minsheng.recon.domain.model.Decimals;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.progress.Schedule.Milestone;
import cn.minsheng.recon.domain.reconcile.CountyTables;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §7: the share of the year due by a period's month end, m/12 unless milestones say otherwise. */
class ScheduleTests {

    private static final OfficialTables COUNTY = CountyTables.county().build();

    private static Milestone at(int month, String share) {
        return new Milestone(month, new BigDecimal(share));
    }

    /** Indicator 13: 6 → 50 %, 10 → 100 % (SPEC §7's example); the others m/12. */
    private final Schedule milestones = new Schedule(Map.of("13", List.of(at(10, "1"), at(6, "0.5"))));

    @Nested
    class ByDefault {

        @ParameterizedTest(name = "month {0} → {1}")
        @CsvSource({"3, 0.25", "6, 0.5", "9, 0.75", "12, 1"})
        void monthMIsMTwelfthsOfTheYear(int month, String share) {
            assertThat(Schedule.linear().share("13", month)).isEqualByComparingTo(share);
        }

        @Test
        void aTwelfthIsDividedExactlyToThirtyFourDigits() {
            assertThat(Schedule.linear().share("1", 1))
                    .isEqualTo(BigDecimal.ONE.divide(BigDecimal.valueOf(12), Decimals.CONTEXT));
        }

        @Test
        void aPeriodIsScheduledByItsMonthWhateverTheYear() {
            Period march = Period.parse("2027-03");

            assertThat(Schedule.linear().share(COUNTY.breakdown().indicator("6").orElseThrow(), march))
                    .hasValueSatisfying(share -> assertThat(share).isEqualByComparingTo("0.25"));
        }

        @Test
        void aMonthOutsideTheYearIsRefused() {
            assertThatIllegalArgumentException().isThrownBy(() -> Schedule.linear().share("13", 0));
            assertThatIllegalArgumentException().isThrownBy(() -> Schedule.linear().share("13", 13));
        }
    }

    @Nested
    class WithMilestones {

        @ParameterizedTest(name = "month {0} → {1}")
        @CsvSource({
                "1, 0.08333333333333333333333333333333333", // from 0 at month 0 to 50 % at month 6
                "3, 0.25",
                "6, 0.5",   // exactly on a milestone
                "8, 0.75",  // halfway from 6 to 10
                "10, 1",
                "11, 1",    // after the last milestone the share stays
                "12, 1"})
        void theShareRunsLinearlyBetweenMilestones(int month, String share) {
            assertThat(milestones.share("13", month)).isEqualByComparingTo(share);
        }

        @Test
        void afterALastMilestoneBelowTheWholeTheShareStaysThere() {
            Schedule early = new Schedule(Map.of("13", List.of(at(4, "0.3"))));

            assertThat(early.share("13", 2)).isEqualByComparingTo("0.15");
            assertThat(early.share("13", 9)).isEqualByComparingTo("0.3");
        }

        @Test
        void otherIndicatorsKeepMTwelfths() {
            assertThat(milestones.share("6", 6)).isEqualByComparingTo("0.5");
            assertThat(milestones.share("6", 8)).isEqualByComparingTo("0.6666666666666666666666666666666667");
        }

        @Test
        void theMilestonesAreKeptByMonth() {
            assertThat(milestones.milestones("13")).containsExactly(at(6, "0.5"), at(10, "1"));
            assertThat(milestones.milestones("6")).isEmpty();
        }

        @Test
        void twoMilestonesForOneMonthOrAFallingShareAreRefused() {
            assertThatIllegalArgumentException().isThrownBy(
                    () -> new Schedule(Map.of("13", List.of(at(6, "0.5"), at(6, "0.6")))));
            assertThatIllegalArgumentException().isThrownBy(
                    () -> new Schedule(Map.of("13", List.of(at(6, "0.5"), at(9, "0.4")))));
        }

        @Test
        void aMilestoneIsAMonthOfTheYearAndAShareOfTheWhole() {
            assertThatIllegalArgumentException().isThrownBy(() -> at(0, "0.5"));
            assertThatIllegalArgumentException().isThrownBy(() -> at(13, "0.5"));
            assertThatIllegalArgumentException().isThrownBy(() -> at(6, "1.01"));
            assertThatIllegalArgumentException().isThrownBy(() -> at(6, "-0.1"));
        }
    }

    @Nested
    class RatesAndStandards {

        private final Schedule everyIndicator = new Schedule(Map.of(
                "1", List.of(at(6, "0.5")), "10", List.of(at(6, "0.5")), "6", List.of(at(6, "0.8"))));
        private final Period june = Period.parse("2026-06");

        @Test
        void aRateHasNoScheduleEvenWithMilestones() {
            assertThat(everyIndicator.share(COUNTY.breakdown().indicator("1").orElseThrow(), june)).isEmpty();
        }

        @Test
        void aStandardHasNoSchedule() {
            assertThat(everyIndicator.share(COUNTY.breakdown().indicator("10").orElseThrow(), june)).isEmpty();
        }

        @Test
        void aCountIsScheduledByItsMilestones() {
            assertThat(everyIndicator.share(COUNTY.breakdown().indicator("6").orElseThrow(), june))
                    .hasValueSatisfying(share -> assertThat(share).isEqualByComparingTo("0.8"));
        }
    }
}

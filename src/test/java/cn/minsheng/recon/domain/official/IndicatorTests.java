package cn.minsheng.recon.domain.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorTests {

    private static Indicator only(TestTables tables) {
        return tables.build().breakdown().indicators().get(0);
    }

    @Test
    void allocatedByTownshipWhenOneTownshipHoldsANumber() {
        Indicator indicator = only(new TestTables().indicator("18", "隐患治理550户", "户", null, "0", null));

        assertThat(indicator.allocatedByTownship()).isTrue();
        assertThat(indicator.townshipSum()).isEqualByComparingTo("0");
        assertThat(only(new TestTables().indicator("18", "隐患治理550户", "户")).allocatedByTownship()).isFalse();
        assertThat(only(new TestTables().spanning("18", "隐患治理550户", "户", "550")).allocatedByTownship()).isFalse();
    }

    @Test
    void theTownshipSumIsExact() {
        assertThat(only(new TestTables().indicator("13", "签约不少于1.7万人", "万人", "0.8865", "0.6323", "0.1812"))
                .townshipSum()).isEqualTo(new BigDecimal("1.7000"));
    }

    @Test
    void aCityWideNumberBelongsToNoTownship() {
        Indicator indicator = only(new TestTables().spanning("18", "隐患治理550户", "户", "550"));

        assertThat(indicator.spanningNumber()).contains(new BigDecimal("550"));
        assertThat(indicator.directive()).isEmpty();
        assertThat(indicator.townshipSum()).isEqualByComparingTo("0");
    }

    @Test
    void aDirectiveIsNoNumber() {
        Indicator indicator = only(new TestTables().spanning("7", "新增校舍面积", "平方米", "省级统筹，省教育厅牵头"));

        assertThat(indicator.directive()).hasValueSatisfying(d -> assertThat(d.text()).isEqualTo("省级统筹，省教育厅牵头"));
        assertThat(indicator.spanningNumber()).isEmpty();
    }

    @Test
    void theWholeTargetIsTheHeadlineInTheWorkingUnit() {
        // 0.8 + 0.6 + 0.1 falls short of the headline, which still states the target
        Indicator indicator = only(new TestTables().indicator("13", "签约不少于17000人", "万人", "0.8", "0.6", "0.1"));

        assertThat(indicator.wholeTarget()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("1.7"));
    }

    @Test
    void withoutAHeadlineTheWholeTargetIsTheTotalThenTheNumberAcrossThenTheTownshipSum() {
        assertThat(only(new TestTables().indicator("9", "新增托养床位", "张", "10", "5").total("30")).wholeTarget())
                .contains(new BigDecimal("30"));
        assertThat(only(new TestTables().spanning("18", "隐患治理", "户", "550")).wholeTarget())
                .contains(new BigDecimal("550"));
        assertThat(only(new TestTables().indicator("6", "技能培训", "人次", "200", "100", null)).wholeTarget())
                .contains(new BigDecimal("300"));
    }

    @Test
    void aDirectiveStatingAQuantityGivesTheWholeTarget() {
        Indicator pending = only(new TestTables().spanning("18", "地质灾害隐患治理", "户",
                "全市完成550户，待摸底完成后确定各镇（街道）任务数"));

        assertThat(pending.wholeTarget()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("550"));
    }

    @Test
    void aRateHasNoWholeTargetButItsHeadline() {
        assertThat(only(new TestTables().indicator("1", "筛查", "%", "90", "95")).wholeTarget()).isEmpty();
        assertThat(only(new TestTables().indicator("1", "筛查率达95%以上", "%", "90", "95")).wholeTarget())
                .hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("95"));
        assertThat(only(new TestTables().spanning("7", "新增校舍面积", "平方米", "省级统筹，省教育厅牵头")).wholeTarget())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            % | true
            元/月 | true
            个 | false
            万人 | false
            '' | false
            """)
    void aRateIsNeverSummed(String unit, boolean rate) {
        assertThat(only(new TestTables().indicator("1", "筛查", unit, "90")).rate()).isEqualTo(rate);
    }

    @Test
    void theWorkingUnitIsTheUnitColumnElseTheHeadlines() {
        assertThat(only(new TestTables().indicator("14", "培训乡村医生30人", "万人")).workingUnit())
                .hasValueSatisfying(u -> assertThat(u.symbol()).isEqualTo("万人"));
        assertThat(only(new TestTables().indicator("14", "培训乡村医生30人", "")).workingUnit())
                .hasValueSatisfying(u -> assertThat(u.symbol()).isEqualTo("人"));
        assertThat(only(new TestTables().indicator("14", "培训乡村医生", "")).workingUnit()).isEmpty();
    }

    /** SPEC §3.2: who is expected to submit. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            由市人社局统筹安排                           | true
            全市完成550户，待摸底完成后确定各镇（街道）任务数 | true
            550                                        | true
            省级统筹，省人社厅牵头                        | false
            不低于770元/月                              | false
            市本级完成34个                              | false
            """)
    void aSplitIsExpectedOfTheLeadUnit(String across, boolean expected) {
        String unit = across.contains("元/月") ? "元/月" : "户";
        assertThat(only(new TestTables().spanning("9", "民生项目", unit, across)).expectsSubmission()).isEqualTo(expected);
    }

    @Test
    void townshipTargetsOrATotalAreExpectedToBeSplit() {
        assertThat(only(new TestTables().indicator("18", "隐患治理", "户", "1")).expectsSubmission()).isTrue();
        assertThat(only(new TestTables().indicator("18", "隐患治理", "户").total("550")).expectsSubmission()).isTrue();
        assertThat(only(new TestTables().indicator("18", "隐患治理", "户")).expectsSubmission()).isFalse();
    }

    /** A blank, a 0 or a negative number is no target: the township owes nothing. */
    @Test
    void theTownshipTargetsAreItsNumbersAbove0InTableOrder() {
        Indicator indicator = only(new TestTables().indicator("18", "隐患治理", "户", "0", null, "2.50"));

        assertThat(indicator.townshipTargets()).containsExactly(entry("丙街道", new BigDecimal("2.50")));
        assertThat(only(new TestTables().indicator("18", "隐患治理", "户", "1", "0", "3")).townshipTargets().keySet())
                .containsExactly("甲镇", "丙街道");
        assertThat(only(new TestTables().spanning("18", "隐患治理550户", "户", "550")).townshipTargets()).isEmpty();
    }

    @Test
    void isCitedByNumberAndName() {
        Indicator indicator = only(new TestTables().indicator("13", "提升城乡居民基本医疗服务水平", "万人"));

        assertThat(indicator.label()).isEqualTo("13.提升城乡居民基本医疗服务水平");
    }

    @Test
    void equalIndicatorsHashAlike() {
        Indicator one = only(new TestTables().indicator("13", "签约不少于1.7万人", "万人", "1"));
        Indicator same = only(new TestTables().indicator("13", "签约不少于1.7万人", "万人", "1"));

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
    }

    @Test
    void aBreakdownTableFindsAnIndicatorByItsNumber() {
        BreakdownTable table = new TestTables().indicator("13", "签约", "万人").indicator("14", "培训", "人").build()
                .breakdown();

        assertThat(table.indicator("14")).hasValueSatisfying(i -> assertThat(i.name()).isEqualTo("培训"));
        assertThat(table.indicator("15")).isEmpty();
    }
}

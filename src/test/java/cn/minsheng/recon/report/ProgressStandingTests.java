package cn.minsheng.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.official.Indicator;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.progress.Light;
import cn.minsheng.recon.domain.progress.ProgressVerdict;
import cn.minsheng.recon.domain.reconcile.ProgressFigure;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which completion figures the reports show for an indicator, and the light they give it. */
class ProgressStandingTests {

    private static final OfficialTables TABLES = TablesFixture.of(List.of("白塘镇", "新市镇"))
            .allocated("1", "培训1200人次", "人次", "县人社局", "600", "600")
            .allocated("3", "筛查率95%", "%", "县卫健局", "95", "95")
            .build();
    private static final Indicator TRAINING = TABLES.breakdown().indicators().get(0);
    private static final Indicator SCREENING = TABLES.breakdown().indicators().get(1);

    @Test
    void anIndicatorIsLitByTheWorstOfItsFiguresAsAWholeAndByTownship() {
        ProgressStanding whole = standing(scheduled("县人社局", "1", "", Light.GREEN),
                scheduled("县人社局", "1", "白塘镇", Light.RED));
        ProgressStanding townships = standing(scheduled("县人社局", "1", "白塘镇", Light.YELLOW),
                scheduled("县人社局", "1", "新市镇", Light.RED));

        assertThat(whole.light(TRAINING)).as("a red township under a green whole").contains(Light.RED);
        assertThat(townships.light(TRAINING)).contains(Light.RED);
        assertThat(standing(scheduled("县人社局", "1", "", Light.YELLOW), scheduled("县人社局", "1", "白塘镇",
                Light.GREEN)).light(TRAINING)).contains(Light.YELLOW);
        assertThat(townships.light(SCREENING)).isEmpty();
        assertThat(townships.counts(List.of(TRAINING, SCREENING))).isEqualTo(Map.of(Light.RED, 1L));
    }

    @Test
    void theLeadUnitsFiguresStandBeforeAnotherUnitsOfTheSameIndicator() {
        ProgressStanding standing = standing(scheduled("县财政局", "1", "白塘镇", Light.RED),
                scheduled("县人社局", "1", "白塘镇", Light.GREEN));

        assertThat(standing.of(TRAINING, "白塘镇").map(ProgressFigure::department)).contains("县人社局");
        assertThat(standing.light(TRAINING)).contains(Light.GREEN);
    }

    @Test
    void aRateSummedOverItsTownshipsIsNoFigureOfTheWholeAndHasNoCompletionRate() {
        ProgressFigure sum = floor("", "191");
        ProgressStanding standing = standing(sum, floor("白塘镇", "96"), floor("新市镇", "95"));

        assertThat(standing.whole(SCREENING)).isEmpty();
        assertThat(standing.light(SCREENING)).contains(Light.GREEN);
        assertThat(ProgressStanding.rate(Optional.of(sum))).isEmpty();
        assertThat(ProgressStanding.rate(Optional.of(scheduled("县人社局", "1", "", Light.GREEN))))
                .contains(new BigDecimal("0.5"));
    }

    @Test
    void completionIsPresentForAnIndicatorWithOnlyFindingsAboutIt() {
        assertThat(standing().present()).isFalse();
        Finding invalid = Finding.of(RuleCode.PRG_INVALID_PROGRESS).indicator("1", "培训")
                .message("累计完成“正在推进”").build();

        assertThat(new ProgressStanding(TABLES, List.of(), List.of(invalid)).completed()).containsExactly("1");
    }

    private static ProgressStanding standing(ProgressFigure... figures) {
        return new ProgressStanding(TABLES, List.of(figures), List.of());
    }

    /** A figure half done against a schedule, of the given light. */
    private static ProgressFigure scheduled(String department, String no, String township, Light light) {
        ProgressVerdict verdict = new ProgressVerdict(new BigDecimal("600"), new BigDecimal("300"),
                new BigDecimal("0.5"), Optional.of(new BigDecimal("0.5")), Optional.of(BigDecimal.ZERO), light);
        return new ProgressFigure(department, no, township, new BigDecimal("300"), Optional.of(verdict), 0,
                SourceRef.of("f.xlsx", "Sheet1", 4, 3), "");
    }

    /** A screening rate held to its 95 % minimum. */
    private static ProgressFigure floor(String township, String value) {
        ProgressVerdict verdict = new ProgressVerdict(new BigDecimal("95"), new BigDecimal(value),
                new BigDecimal(value).divide(new BigDecimal("95"), MathContext.DECIMAL64), Optional.empty(),
                Optional.empty(), Light.GREEN);
        return new ProgressFigure("县卫健局", "3", township, new BigDecimal(value), Optional.of(verdict), 0,
                SourceRef.of("f.xlsx", "Sheet1", 4, 3), "");
    }
}

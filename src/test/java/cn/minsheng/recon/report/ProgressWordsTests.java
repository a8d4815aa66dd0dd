package cn.minsheng.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.progress.Light;
import cn.minsheng.recon.domain.progress.ProgressVerdict;
import cn.minsheng.recon.domain.reconcile.ProgressFigure;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a completion's verdict reads in a cell's comment, and the lights counted. */
class ProgressWordsTests {

    @Test
    void aScheduledFigureSaysItsTargetCompletionRateScheduleAndHowFarBehindOrAheadItIs() {
        assertThat(ProgressWords.verdict(scheduled("68", "0.2266666667", "27.3333333333", Light.RED, 2), "户"))
                .isEqualTo("【进度·红灯】目标 300户，累计完成 68户，完成率 22.7%，序时进度 50.0%（落后 27.3 个百分点），已连续 2 个月红灯"
                        + "\n来源：残联6月报送.xlsx / Sheet1 / D5");
        assertThat(ProgressWords.verdict(scheduled("158", "0.5266666667", "-2.6666666667", Light.GREEN, 0), "户"))
                .contains("（领先 2.7 个百分点）").doesNotContain("红灯");
        assertThat(ProgressWords.verdict(scheduled("150", "0.5", "0.04", Light.GREEN, 0), "户"))
                .contains("序时进度 50.0%（与序时进度持平）");
    }

    @Test
    void aStandardsFigureSaysTheStandardAndWhatWasReported() {
        ProgressVerdict verdict = new ProgressVerdict(new BigDecimal("560"), new BigDecimal("580"),
                new BigDecimal("1.0357142857"), Optional.empty(), Optional.empty(), Light.GREEN);
        ProgressFigure figure = new ProgressFigure("县民政局", "7", "白塘镇", new BigDecimal("580"), Optional.of(verdict),
                0, SourceRef.of("民政局.xlsx", "完成情况", 4, 2), "已按月足额发放");

        assertThat(ProgressWords.verdict(figure, "元/月")).isEqualTo("【进度·绿灯】标准 560元/月，报送 580元/月"
                + "\n来源：民政局.xlsx / 完成情况 / C5\n进展情况：已按月足额发放");
    }

    @Test
    void theLightsAreCountedWorstFirstNoneLeftOut() {
        assertThat(ProgressWords.counts(Map.of(Light.GREEN, 3L, Light.RED, 1L))).isEqualTo("红灯 1 黄灯 0 绿灯 3");
    }

    private static ProgressFigure scheduled(String done, String rate, String behind, Light light, int redMonths) {
        ProgressVerdict verdict = new ProgressVerdict(new BigDecimal("300"), new BigDecimal(done), new BigDecimal(rate),
                Optional.of(new BigDecimal("0.5")), Optional.of(new BigDecimal(behind)), light);
        return new ProgressFigure("县残联", "9", "", new BigDecimal(done), Optional.of(verdict), redMonths,
                SourceRef.of("残联6月报送.xlsx", "Sheet1", 4, 3), "");
    }
}

package cn.minsheng.recon.layout;

import static cn.minsheng.recon.layout.SubmissionGridFixture.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.submission.Measure;
import cn.minsheng.recon.domain.submission.Reading;
import cn.minsheng.recon.domain.submission.Submission;
import cn.minsheng.recon.domain.submission.SubmissionSheet;
import cn.minsheng.recon.domain.submission.SubmittedValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a monthly submission carries each township's cumulative completion beside its target. Each township
 * merged over two columns with a row under it naming them (目标任务 | 累计完成): the first is read as the target,
 * the second as the completion, and the naming row is header, not an indicator.
 */
class CompletionColumnsTests {

    private final SubmissionParser parser = new SubmissionParser(SubmissionGridFixture::isTownship);

    @Test
    void aTownshipOverTargetAndCompletionColumnsGivesEachCellItsMeasure() {
        Submission submission = parser.parse(SubmissionGridFixture.FILE, List.of(sheet("6月进度")
                .row("2026年民生实事进度表")
                .row("序号", "指标", "单位", "归义街道", "", "新市镇", "")
                .row("", "", "", "目标任务", "累计完成", "目标任务", "累计完成")
                .row(1, "新建农村公路", "公里", 12, 7, 8, 3)
                .row(2, "改造农村危房", "户", 6, 6, 4, "")
                .merge("D2:E2").merge("F2:G2").merge("A2:A3").merge("B2:B3").merge("C2:C3")
                .grid()));

        SubmissionSheet read = only(submission);
        assertThat(read.values()).extracting(v -> v.source().cell() + " " + v.townshipLabel() + " " + v.measure()
                + " " + shown(v)).containsExactly(
                "D4 归义街道 TARGET 12", "E4 归义街道 COMPLETION 7", "F4 新市镇 TARGET 8", "G4 新市镇 COMPLETION 3",
                "D5 归义街道 TARGET 6", "E5 归义街道 COMPLETION 6", "F5 新市镇 TARGET 4", "G5 新市镇 COMPLETION ");
        assertThat(read.values()).extracting(SubmittedValue::indicatorLabel).doesNotContain("", "目标任务");
        assertThat(read.unplaced()).isEmpty();
    }

    @Test
    void theCompletionMayComeFirstAndBeNamedInWordsNoListHolds() {
        Submission submission = parser.parse(SubmissionGridFixture.FILE, List.of(sheet("完成情况")
                .row("指标", "单位", "归义街道", "", "新市镇", "")
                .row("", "", "实际完成量", "年度任务", "实际完成量", "年度任务")
                .row("新建农村公路", "公里", 5, 12, 2, 8)
                .merge("C1:D1").merge("E1:F1")
                .grid()));

        assertThat(only(submission).values()).extracting(v -> v.source().cell() + " " + v.measure())
                .containsExactly("C3 COMPLETION", "D3 TARGET", "E3 COMPLETION", "F3 TARGET");
    }

    @Test
    void aTwoRowHeaderWithoutCompletionStaysATableOfTargets() {
        Submission submission = parser.parse(SubmissionGridFixture.FILE, List.of(sheet("目标")
                .row("指标", "单位", "归义街道", "新市镇")
                .row("新建农村公路", "公里", 12, 8)
                .grid()));

        assertThat(only(submission).values()).extracting(SubmittedValue::measure).containsOnly(Measure.TARGET)
                .hasSize(2);
    }

    @Test
    void aLongSheetReadsItsCompletionColumnBesideItsTargetsAndKeepsItsProgressInWords() {
        Submission submission = parser.parse(SubmissionGridFixture.FILE, List.of(sheet("清单")
                .row("序号", "乡镇", "指标", "单位", "目标任务", "截至6月底完成", "进展情况")
                .row(1, "归义街道", "新建农村公路", "公里", 12, 7, "路基完成")
                .row(2, "新市镇", "新建农村公路", "公里", 8, "", "")
                .grid()));

        SubmissionSheet read = only(submission);
        assertThat(read.values()).extracting(v -> v.source().cell() + " " + v.townshipLabel() + " " + v.measure()
                + " " + shown(v)).containsExactly("E2 归义街道 TARGET 12", "F2 归义街道 COMPLETION 7",
                "G2 归义街道 NOTE Text[text=路基完成]", "E3 新市镇 TARGET 8", "F3 新市镇 COMPLETION ", "G3 新市镇 NOTE ");
        assertThat(read.ambiguities()).isEmpty();
    }

    @Test
    void aLongSheetOfCompletionAloneIsStillASubmission() {
        Submission submission = parser.parse(SubmissionGridFixture.FILE, List.of(sheet("完成情况")
                .row("乡镇", "指标", "完成数")
                .row("归义街道", "新建农村公路", 7)
                .row("新市镇", "新建农村公路", 3)
                .grid()));

        assertThat(only(submission).values()).extracting(v -> v.source().cell() + " " + v.measure())
                .containsExactly("C2 COMPLETION", "C3 COMPLETION");
    }

    @Test
    void aSheetTitledForProgressBesideTheTargetSheetHoldsCompletion() {
        Submission submission = parser.parse(SubmissionGridFixture.FILE, List.of(
                sheet("目标任务")
                        .row("指标", "单位", "归义街道", "新市镇")
                        .row("新建农村公路", "公里", 12, 8)
                        .grid(),
                sheet("Sheet2")
                        .row("2026年6月民生实事完成情况")
                        .row("指标", "单位", "归义街道", "新市镇")
                        .row("新建农村公路", "公里", 7, 3)
                        .grid()));

        assertThat(submission.sheets()).extracting(s -> s.values().stream().map(SubmittedValue::measure).toList())
                .containsExactly(List.of(Measure.TARGET, Measure.TARGET), List.of(Measure.COMPLETION,
                        Measure.COMPLETION));
    }

    @Test
    void aFileNamedForProgressHoldsCompletionOnEverySheet() {
        Submission submission = parser.parse("交通局/6月完成情况.xlsx", List.of(sheet("Sheet1")
                .row("指标", "单位", "归义街道", "新市镇")
                .row("新建农村公路", "公里", 7, 3)
                .grid()));

        assertThat(only(submission).values()).extracting(SubmittedValue::measure)
                .containsExactly(Measure.COMPLETION, Measure.COMPLETION);
    }

    @Test
    void aTransposedSheetReadsTheBlockUnderACompletionTitleAsCompletion() {
        Submission submission = parser.parse(SubmissionGridFixture.FILE, List.of(sheet("Sheet1")
                .row("县教育局2026年重点民生实事任务及完成情况")
                .row("一、目标任务")
                .row("序号", "乡镇", "新建农村公路（公里）", "改造农村危房（户）")
                .row(1, "归义", 12, 6)
                .row(2, "新市", 8, 4)
                .row("", "", "", "")
                .row("二、完成情况（截至6月底）")
                .row("序号", "乡镇", "新建农村公路（公里）", "改造农村危房（户）")
                .row(1, "归义", 7, 6)
                .row(2, "新市", 3, "")
                .merge("A1:D1").merge("A2:D2").merge("A7:D7")
                .grid()));

        SubmissionSheet read = only(submission);
        assertThat(read.layout()).isEqualTo(cn.minsheng.recon.domain.submission.Layout.TRANSPOSED);
        assertThat(read.values()).extracting(v -> v.source().cell() + " " + v.measure()).containsExactly(
                "C4 TARGET", "D4 TARGET", "C5 TARGET", "D5 TARGET",
                "C9 COMPLETION", "D9 COMPLETION", "C10 COMPLETION", "D10 COMPLETION");
    }

    @Test
    void aTransposedSheetOfIndicatorsMergedOverTargetAndCompletionGivesEachColumnItsMeasure() {
        Submission submission = parser.parse(SubmissionGridFixture.FILE, List.of(sheet("Sheet1")
                .row("填报单位：县残联")
                .row("序号", "乡镇（街道）", "新建农村公路（公里）", "", "改造农村危房（户）", "")
                .row("", "", "任务数", "已完成", "任务数", "已完成")
                .row(1, "归义", 12, 7, 6, 6)
                .row(2, "新市", 8, 3, 4, 2)
                .merge("A1:F1").merge("C2:D2").merge("E2:F2").merge("A2:A3").merge("B2:B3")
                .grid()));

        assertThat(only(submission).values()).extracting(v -> v.source().cell() + " " + v.indicatorLabel() + " "
                + v.measure()).containsExactly("C4 新建农村公路（公里） TARGET", "D4 新建农村公路（公里） COMPLETION",
                "E4 改造农村危房（户） TARGET", "F4 改造农村危房（户） COMPLETION", "C5 新建农村公路（公里） TARGET",
                "D5 新建农村公路（公里） COMPLETION", "E5 改造农村危房（户） TARGET", "F5 改造农村危房（户） COMPLETION");
    }

    private static SubmissionSheet only(Submission submission) {
        assertThat(submission.sheets()).hasSize(1);
        return submission.sheets().get(0);
    }

    private static String shown(SubmittedValue value) {
        return value.reading() instanceof Reading.Number n ? n.value().stripTrailingZeros().toPlainString()
                : value.reading() instanceof Reading.Blank ? "" : value.reading().toString();
    }
}

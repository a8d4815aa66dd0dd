package cn.minsheng.recon.domain.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.sample.PlanFixture;
import cn.minsheng.recon.sample.PlanIndicator;
import cn.minsheng.recon.testing.SmallWorkbook;
import cn.minsheng.recon.testing.SmallWorkbook.Pct;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a 完成率 column is checked against completion ÷ target, never trusted, and 进展情况 words are kept beside
 * the completion they explain — in a wide sheet (目标任务 | 累计完成 | 完成率 under each township, a 进展情况 column) and
 * in a long one. Neither is a target, a township or an indicator, and every cell read is accounted for.
 */
class CompletionRateAndNoteTests {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    @TempDir
    Path folder;

    private final RulesWorld world = RulesWorld.county();
    private final PlanIndicator indicator = PlanFixture.sampleCounty().indicator(8);
    private final List<Map.Entry<String, BigDecimal>> townships = new ArrayList<>(indicator.townships().entrySet());

    @Test
    void aWideSheetsRateThatDisagreesWithItsCompletionIsFlaggedAndItsNoteKept() {
        // given each township's target, half of it done and the rate of that: 50% as a percentage, as a fraction,
        // and on the second township 80%, which its completion does not bear out
        SmallWorkbook workbook = new SmallWorkbook();
        SmallWorkbook.Sheet sheet = workbook.sheet("6月进度");
        List<Object> header = new ArrayList<>(List.of("序号", "指标", "单位"));
        List<Object> names = new ArrayList<>(List.of("", "", ""));
        List<Object> values = new ArrayList<>(List.of(1, indicator.numberedName(), indicator.unit()));
        for (int t = 0; t < townships.size(); t++) {
            header.addAll(List.of(townships.get(t).getKey(), "", ""));
            names.addAll(List.of("目标任务", "累计完成", "完成率"));
            values.addAll(List.of(townships.get(t).getValue(), townships.get(t).getValue().multiply(HALF),
                    t == 1 ? new Pct(0.8) : t == 2 ? (Object) 0.5 : new Pct(0.5)));
        }
        header.add("进展情况");
        names.add("");
        values.add("已开工，正在推进");
        sheet.row(header.toArray()).row(names.toArray()).row(values.toArray());
        for (int t = 0; t < townships.size(); t++) {
            sheet.merge(0, 0, 3 + 3 * t, 5 + 3 * t);
        }
        Path file = workbook.write(folder.resolve(indicator.leadUnit() + "6月进度.xlsx"));

        Reconciliation reconciliation = world.reconcile(file);

        // then the one rate its completion does not bear out is flagged at its cell, and nothing else of it
        assertThat(reconciliation.findings()).filteredOn(f -> f.rule() == RuleCode.PRG_INVALID_PROGRESS)
                .singleElement().satisfies(f -> {
                    assertThat(f.source().cell()).isEqualTo(new CellReference(2, 3 + 3 + 2).formatAsString(false));
                    assertThat(f.township()).isEqualTo(townships.get(1).getKey());
                    assertThat(f.message()).contains("80%", "50.0%");
                });
        assertThat(reconciliation.findings()).extracting(Finding::rule).extracting(Enum::name)
                .doesNotContain("SUB_DUPLICATE", "SUB_UNKNOWN_TOWNSHIP", "SUB_UNKNOWN_INDICATOR",
                        "SUB_VALUE_MISMATCH", "SUB_UNPLACED_VALUE");
        // and the words are kept beside each township's completion
        assertThat(reconciliation.progress()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.note()).isEqualTo("已开工，正在推进"));
        FileOutcome line = reconciliation.files().get(0);
        assertThat(line.valuesRead()).isEqualTo(3 * townships.size() + 1);
        assertThat(line.valuesReconciled() + line.valuesUnderFinding()).isEqualTo(line.valuesRead());
    }

    @Test
    void aLongSheetsRatesAreCheckedRowByRowAndItsNotesStayWithTheirTownships() {
        SmallWorkbook workbook = new SmallWorkbook();
        SmallWorkbook.Sheet sheet = workbook.sheet("完成情况统计")
                .row("乡镇", "指标名称", "单位", "目标任务", "累计完成", "完成率", "进展情况");
        for (int t = 0; t < townships.size(); t++) {
            Map.Entry<String, BigDecimal> township = townships.get(t);
            Object rate = t == 0 ? "正在推进" : t == 1 ? new Pct(0.9) : new Pct(0.5);
            sheet.row(township.getKey(), indicator.numberedName(), indicator.unit(), township.getValue(),
                    township.getValue().multiply(HALF), rate, t == 2 ? "" : "第" + (t + 1) + "批已验收");
        }
        Path file = workbook.write(folder.resolve(indicator.leadUnit() + "完成情况.xlsx"));

        Reconciliation reconciliation = world.reconcile(file);

        assertThat(reconciliation.findings()).filteredOn(f -> f.rule() == RuleCode.PRG_INVALID_PROGRESS)
                .extracting(f -> f.source().cell()).containsExactlyInAnyOrder("F2", "F3");
        assertThat(reconciliation.findings()).extracting(Finding::rule).extracting(Enum::name)
                .doesNotContain("SUB_DUPLICATE", "SUB_UNKNOWN_TOWNSHIP", "SUB_UNKNOWN_INDICATOR",
                        "SUB_VALUE_MISMATCH", "SUB_UNPLACED_VALUE", "SUB_AMBIGUOUS_COLUMN");
        assertThat(reconciliation.progress()).filteredOn(f -> !f.whole())
                .extracting(ProgressFigure::township, ProgressFigure::note)
                .contains(Tuple.tuple(townships.get(0).getKey(), "第1批已验收"),
                        Tuple.tuple(townships.get(2).getKey(), ""));
        FileOutcome line = reconciliation.files().get(0);
        assertThat(line.valuesRead()).as("target, completion, rate and note of each row").isEqualTo(4 * townships.size());
        assertThat(line.valuesReconciled() + line.valuesUnderFinding()).isEqualTo(line.valuesRead());
    }

    @Test
    void aBlankCompletionInARowPastedTwiceIsMissingOnceAndTheCopyStandsWithIt() {
        SmallWorkbook workbook = new SmallWorkbook();
        SmallWorkbook.Sheet sheet = workbook.sheet("清单").row("乡镇", "指标名称", "单位", "目标任务", "累计完成");
        for (int t = 0; t < townships.size(); t++) {
            Map.Entry<String, BigDecimal> township = townships.get(t);
            sheet.row(township.getKey(), indicator.numberedName(), indicator.unit(), township.getValue(),
                    t == 0 ? "" : township.getValue().multiply(HALF));
        }
        Map.Entry<String, BigDecimal> first = townships.get(0);
        sheet.row(first.getKey(), indicator.numberedName(), indicator.unit(), first.getValue(), "");
        Path file = workbook.write(folder.resolve(indicator.leadUnit() + "清单.xlsx"));

        Reconciliation reconciliation = world.reconcile(file);

        assertThat(reconciliation.findings()).filteredOn(f -> f.rule() == RuleCode.PRG_MISSING_PROGRESS)
                .singleElement().satisfies(f -> assertThat(f.source().cell()).isEqualTo("E2"));
        FileOutcome line = reconciliation.files().get(0);
        assertThat(line.valuesReconciled() + line.valuesUnderFinding()).isEqualTo(line.valuesRead());
    }
}

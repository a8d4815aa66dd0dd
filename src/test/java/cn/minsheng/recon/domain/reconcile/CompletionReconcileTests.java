package cn.minsheng.recon.domain.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.sample.PlanFixture;
import cn.minsheng.recon.sample.PlanIndicator;
import cn.minsheng.recon.testing.SmallWorkbook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a monthly file with each township's completion beside its target. The targets are reconciled as
 * ever; the completion is no second target (no SUB_DUPLICATE), its naming row no indicator, and every cell read is
 * accounted for.
 */
class CompletionReconcileTests {

    @TempDir
    Path folder;

    @Test
    void completionBesideTheTargetsIsNeitherADuplicateNorAnIndicatorAndEveryCellIsAccountedFor() {
        RulesWorld world = RulesWorld.county();
        PlanFixture plan = PlanFixture.sampleCounty();
        PlanIndicator indicator = plan.indicator(8);
        List<Map.Entry<String, BigDecimal>> townships = new ArrayList<>(indicator.townships().entrySet());
        SmallWorkbook workbook = new SmallWorkbook();
        SmallWorkbook.Sheet sheet = workbook.sheet("6月进度");
        List<Object> header = new ArrayList<>(List.of("序号", "指标", "单位"));
        List<Object> names = new ArrayList<>(List.of("", "", ""));
        List<Object> values = new ArrayList<>(List.of(1, indicator.numberedName(), indicator.unit()));
        for (Map.Entry<String, BigDecimal> township : townships) {
            header.add(township.getKey());
            header.add("");
            names.add("目标任务");
            names.add("累计完成");
            values.add(township.getValue());
            values.add(township.getValue().divide(BigDecimal.valueOf(2)));
        }
        sheet.row(header.toArray()).row(names.toArray()).row(values.toArray());
        for (int t = 0; t < townships.size(); t++) {
            sheet.merge(0, 0, 3 + 2 * t, 4 + 2 * t);
        }
        Path file = workbook.write(folder.resolve(indicator.leadUnit() + "6月进度.xlsx"));

        Reconciliation reconciliation = world.reconcile(file);

        assertThat(reconciliation.findings()).extracting(Finding::rule).extracting(Enum::name)
                .doesNotContain("SUB_DUPLICATE", "SUB_UNKNOWN_INDICATOR", "SUB_VALUE_MISMATCH", "SUB_SUM_MISMATCH");
        FileOutcome line = reconciliation.files().get(0);
        assertThat(line.valuesRead()).isEqualTo(2 * townships.size());
        assertThat(line.valuesReconciled() + line.valuesUnderFinding()).isEqualTo(line.valuesRead());
        assertThat(reconciliation.figures()).hasSize(townships.size())
                .allSatisfy(f -> assertThat(f.value()).isEqualByComparingTo(indicator.townships().get(f.township())));
    }

    @Test
    void aFileOfCompletionBesideTheUnitsFileOfTargetsReplacesNeither() {
        RulesWorld world = RulesWorld.county();
        PlanIndicator indicator = PlanFixture.sampleCounty().indicator(8);
        List<String> townships = new ArrayList<>(indicator.townships().keySet());
        Path targets = plain(indicator, "目标任务", indicator.leadUnit() + "民生实事任务分解表.xlsx", townships, false);
        Path completion = plain(indicator, "完成情况", indicator.leadUnit() + "6月完成情况.xlsx", townships, true);
        RulesWorld.touch(completion, LocalDateTime.of(2026, 7, 2, 9, 0));

        Reconciliation reconciliation = world.reconcile(targets, completion);

        assertThat(reconciliation.findings()).extracting(Finding::rule).extracting(Enum::name)
                .doesNotContain("FILE_SUPERSEDED", "SUB_DUPLICATE", "SUB_VALUE_MISMATCH");
        assertThat(reconciliation.files()).extracting(FileOutcome::status).containsOnly(FileStatus.SUBMITTED);
        assertThat(reconciliation.figures()).hasSize(townships.size());
    }

    /** A wide sheet of the indicator's townships: its official targets, or half of them as completion. */
    private Path plain(PlanIndicator indicator, String sheetName, String file, List<String> townships, boolean half) {
        SmallWorkbook workbook = new SmallWorkbook();
        List<Object> header = new ArrayList<>(List.of("指标", "单位"));
        List<Object> values = new ArrayList<>(List.of(indicator.numberedName(), indicator.unit()));
        for (String township : townships) {
            header.add(township);
            BigDecimal target = indicator.townships().get(township);
            values.add(half ? target.divide(BigDecimal.valueOf(2)) : target);
        }
        workbook.sheet(sheetName).row(header.toArray()).row(values.toArray());
        return workbook.write(folder.resolve(file));
    }
}

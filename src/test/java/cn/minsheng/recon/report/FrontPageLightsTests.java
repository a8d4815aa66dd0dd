package cn.minsheng.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.progress.Light;
import cn.minsheng.recon.domain.progress.ProgressVerdict;
import cn.minsheng.recon.domain.reconcile.ProgressFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 首页's 序时进度 section takes no more than the height it is given: with room for everything it shows every unit
 * with red and every indicator proposed for 挂牌督办; with less, fewer of each, and says how many more there are.
 */
class FrontPageLightsTests {

    /** Six units, each leading one indicator red in 甲镇 and green in 乙镇; the first four proposed for 督办. */
    private static final int UNITS = 6;
    private static final int SUPERVISED = 4;

    @ParameterizedTest
    @ValueSource(doubles = {120, 160, 200})
    void keepsWithinItsRoomAndCountsWhatItLeavesOut(double room) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(FrontPage.NAME);
            int end = write(workbook, sheet, room);

            double height = 0;
            for (int r = 0; r < end; r++) {
                height += sheet.getRow(r).getHeightInPoints();
            }
            assertThat(height).isLessThanOrEqualTo(room);
            List<String> texts = texts(sheet, end);
            long units = texts.stream().filter(t -> t.matches("县单位\\d")).count();
            long sentences = texts.stream().filter(t -> t.matches("\\d\\. .*")).count();
            assertThat(units + sentences).isLessThan(UNITS + SUPERVISED);
            if (units < UNITS) {
                assertThat(texts).anyMatch(t -> t.startsWith("另有 " + (UNITS - units) + " 个单位有红灯或黄灯"));
            }
            if (sentences < SUPERVISED) {
                assertThat(texts).contains("另有 " + (SUPERVISED - sentences) + " 个指标建议挂牌督办，见「督办清单」。");
            }
        }
    }

    @Test
    void showsEveryUnitWithRedAndEverySupervisedIndicatorWhenThereIsRoom() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(FrontPage.NAME);
            List<String> texts = texts(sheet, write(workbook, sheet, 2000));

            assertThat(texts).filteredOn(t -> t.matches("县单位\\d")).hasSize(UNITS);
            assertThat(texts).filteredOn(t -> t.matches("\\d\\. .*")).hasSize(SUPERVISED)
                    .first().isEqualTo("1. 县单位1（领导1）1.指标1共20户：甲镇连续 2 个月红灯，完成率 10.0%（序时进度 50.0%）。");
            assertThat(texts).noneMatch(t -> t.startsWith("另有"));
        }
    }

    private static int write(XSSFWorkbook workbook, Sheet sheet, double room) {
        TablesFixture fixture = TablesFixture.of(List.of("甲镇", "乙镇"));
        List<ProgressFigure> figures = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= UNITS; i++) {
            String unit = "县单位" + i;
            fixture.allocated(String.valueOf(i), "指标" + i + "共20户", "户", unit, "10", "10");
            figures.add(figure(unit, i, "甲镇", "1", Light.RED));
            figures.add(figure(unit, i, "乙镇", "6", Light.GREEN));
            if (i <= SUPERVISED) {
                findings.add(Finding.of(RuleCode.PRG_SUPERVISED).department(unit).indicator(String.valueOf(i), "")
                        .township("甲镇").build());
            }
        }
        OfficialTables tables = fixture.build();
        SheetWriter writer = new SheetWriter(sheet, new WorkbookStyles(workbook));
        writer.widths(4, 13, 10, 6, 6, 45, 15);
        return new FrontPageLights(new LightTally(figures, findings), new IndicatorLeads(tables), Map.of())
                .write(writer, 0, room);
    }

    private static ProgressFigure figure(String unit, int no, String township, String completion, Light light) {
        BigDecimal done = new BigDecimal(completion);
        BigDecimal rate = done.divide(BigDecimal.TEN);
        BigDecimal half = new BigDecimal("0.5");
        return new ProgressFigure(unit, String.valueOf(no), township, done, Optional.of(new ProgressVerdict(
                BigDecimal.TEN, done, rate, Optional.of(half), Optional.of(half.subtract(rate).movePointRight(2)),
                light)), light == Light.RED ? 2 : 0, SourceRef.none(), "");
    }

    private static List<String> texts(Sheet sheet, int end) {
        List<String> texts = new ArrayList<>();
        for (int r = 0; r < end; r++) {
            for (Cell cell : sheet.getRow(r)) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}

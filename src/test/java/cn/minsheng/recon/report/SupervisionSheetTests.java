package cn.minsheng.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.FindingChanges;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.progress.Light;
import cn.minsheng.recon.domain.progress.ProgressVerdict;
import cn.minsheng.recon.domain.reconcile.ProgressFigure;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * 督办清单 on figures made by hand: the red items only, those a PRG_SUPERVISED finding proposes first; numbered as
 * the lights are counted — an indicator's total beside its townships as an unnumbered 合计 line, a county-wide
 * indicator as a numbered 全县 line —; the advice by kind; and a single line when nothing is red.
 */
class SupervisionSheetTests {

    private static final String FARMS = "县农业农村局";
    private static final String HEALTH = "县卫健局";
    private static final String JOBS = "县人社局";
    private static final OfficialTables TABLES = TablesFixture.of(List.of("甲镇", "乙乡", "丙镇"))
            .allocated("1", "改造农村户厕300户", "户", FARMS, "100", "100", "100")
            .allocated("2", "培训乡村医生9人", "人", HEALTH, "3", "3", "3")
            .countyWide("3", "城镇新增就业1600人", "人", JOBS, "1600")
            .build();
    private static final RunSummary RUN = new RunSummary(Period.parse("2026-06"), LocalDateTime.of(2026, 7, 3, 9, 0),
            List.of(), List.of(), FindingChanges.firstRun(), ReportFixtures.REPLY, false);

    @Test
    void listsTheSupervisedRedItemsFirstThenTheOtherRedOnesNumberedAsCounted() throws IOException {
        List<ProgressFigure> figures = List.of(
                figure(FARMS, "1", "乙乡", "100", "20", Light.RED, 1, ""),
                figure(FARMS, "1", "甲镇", "100", "10", Light.RED, 2, ""),
                figure(FARMS, "1", "丙镇", "100", "60", Light.GREEN, 0, ""),
                figure(FARMS, "1", "", "300", "90", Light.RED, 2, ""),
                figure(HEALTH, "2", "甲镇", "3", "0", Light.RED, 1, "已开班2期"),
                figure(HEALTH, "2", "乙乡", "3", "1", Light.YELLOW, 0, ""),
                figure(JOBS, "3", "", "1600", "200", Light.RED, 3, ""));
        List<Finding> findings = List.of(supervised(FARMS, "1", "甲镇"), supervised(FARMS, "1", ""),
                supervised(JOBS, "3", ""));

        List<List<String>> lines = lines(write(figures, findings), SupervisionSheet.HEADER + 1);

        // 序号, 牵头领导, 牵头单位, 指标, 乡镇 … 亮灯, 建议, 进展情况
        assertThat(lines).extracting(l -> String.join("|", l.get(0), l.get(1), l.get(2), l.get(3), l.get(4)))
                .containsExactly("1|领导1|县农业农村局|1.改造农村户厕300户|甲镇", "|领导1|县农业农村局|1.改造农村户厕300户|合计",
                        "2|领导3|县人社局|3.城镇新增就业1600人|全县", "3|领导1|县农业农村局|1.改造农村户厕300户|乙乡",
                        "4|领导2|县卫健局|2.培训乡村医生9人|甲镇");
        assertThat(lines).extracting(l -> String.join("|", l.get(11), l.get(12), l.get(13), l.get(14)))
                .containsExactly("2|红灯|建议挂牌督办|", "2|红灯|建议挂牌督办|", "3|红灯|建议挂牌督办|", "1|红灯|督促加快进度|",
                        "1|红灯|督促加快进度|已开班2期");
        // target, completion, rate, schedule and points behind as numbers
        assertThat(lines.get(0).subList(6, 11)).containsExactly("100", "10", "0.1", "0.5", "40");
    }

    @Test
    void saysSoInALineWhenNothingIsRed() throws IOException {
        List<ProgressFigure> figures = List.of(figure(FARMS, "1", "甲镇", "100", "45", Light.GREEN, 0, ""),
                figure(HEALTH, "2", "甲镇", "3", "1", Light.YELLOW, 0, ""));

        try (XSSFWorkbook workbook = write(figures, List.of())) {
            Sheet sheet = workbook.getSheet(SupervisionSheet.NAME);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("本期没有红灯项目");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }

    private static XSSFWorkbook write(List<ProgressFigure> figures, List<Finding> findings) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        new SupervisionSheet(new IndicatorLeads(TABLES), new LightTally(figures, findings))
                .write(new SheetWriter(workbook.createSheet(SupervisionSheet.NAME), new WorkbookStyles(workbook)), RUN);
        return workbook;
    }

    /** Each line's cells as text, numbers in their plain form, from {@code first} on. */
    private static List<List<String>> lines(XSSFWorkbook workbook, int first) throws IOException {
        try (workbook) {
            Sheet sheet = workbook.getSheet(SupervisionSheet.NAME);
            List<List<String>> lines = new ArrayList<>();
            for (int r = first; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 15; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null || cell.getCellType() == CellType.BLANK ? ""
                            : cell.getCellType() == CellType.NUMERIC
                                    ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                                    : cell.getStringCellValue());
                }
                lines.add(cells);
            }
            return lines;
        }
    }

    /** A figure judged against a schedule of half the year. */
    private static ProgressFigure figure(String unit, String no, String township, String target, String completion,
            Light light, int redMonths, String note) {
        BigDecimal goal = new BigDecimal(target);
        BigDecimal done = new BigDecimal(completion);
        BigDecimal rate = done.divide(goal, 10, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        BigDecimal half = new BigDecimal("0.5");
        return new ProgressFigure(unit, no, township, done, Optional.of(new ProgressVerdict(goal, done, rate,
                Optional.of(half), Optional.of(half.subtract(rate).movePointRight(2)), light)), redMonths,
                SourceRef.none(), note);
    }

    private static Finding supervised(String unit, String no, String township) {
        return Finding.of(RuleCode.PRG_SUPERVISED).department(unit).indicator(no, "").township(township).build();
    }
}

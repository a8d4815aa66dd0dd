package cn.minsheng.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.finding.FindingChanges;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.domain.progress.Light;
import cn.minsheng.recon.domain.progress.ProgressVerdict;
import cn.minsheng.recon.domain.reconcile.ProgressFigure;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress in words (进展情况) a unit wrote beside its completion: 总览 gives it a column of its own when any was
 * written, a township's words after the township's name, and the completion cell's comment in 分解对账 quotes it.
 */
class ProgressNotesTests {

    private static final OfficialTables TABLES = TablesFixture.of(List.of("白塘镇", "新市镇"))
            .allocated("1", "开展职业技能培训1200人次", "人次", "县人社局", "600", "600").build();

    @TempDir
    Path work;

    @Test
    void theOverviewGivesTheWordsBesideTheCompletionAColumnAndTheCellsCommentQuotesThem() throws Exception {
        // given 白塘镇's completion with words beside it, 新市镇's without
        List<ProgressFigure> progress = List.of(figure("白塘镇", "已开班8期"), figure("新市镇", ""));

        // when the workbook is written
        Path file = new ReconciliationWorkbookWriter().write(work.resolve("r.xlsx"), run(), TABLES, List.of(),
                List.of(), progress);

        // then
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet overview = workbook.getSheet(OverviewSheet.NAME);
            Row header = overview.getRow(OverviewSheet.HEADER);
            assertThat(header.getCell(OverviewSheet.PROGRESS + 3).getStringCellValue()).isEqualTo("进展情况");
            Row line = lineOf(overview, "1");
            assertThat(line.getCell(OverviewSheet.PROGRESS + 3).getStringCellValue()).isEqualTo("白塘镇：已开班8期");
            assertThat(line.getCell(OverviewSheet.PROGRESS + 2).getStringCellValue()).isEqualTo("绿灯");
            Sheet table = workbook.getSheet(ReconciledTableSheet.NAME);
            Cell baitang = table.getRow(2).getCell(BreakdownLayout.FIRST_TOWNSHIP);
            assertThat(table.getRow(2).getCell(BreakdownLayout.NAME).getStringCellValue()).isEqualTo("累计完成");
            assertThat(baitang.getCellComment().getString().getString()).contains("进展情况：已开班8期",
                    "来源：人社局.xlsx / 6月进度 / F4");
        }
    }

    @Test
    void withoutWordsTheOverviewHasNoColumnForThem() throws Exception {
        Path file = new ReconciliationWorkbookWriter().write(work.resolve("r.xlsx"), run(), TABLES, List.of(),
                List.of(), List.of(figure("白塘镇", ""), figure("新市镇", "")));

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row header = workbook.getSheet(OverviewSheet.NAME).getRow(OverviewSheet.HEADER);
            assertThat(header.getCell(OverviewSheet.PROGRESS + 2).getStringCellValue()).isEqualTo("进度");
            assertThat(header.getLastCellNum()).isEqualTo((short) (OverviewSheet.PROGRESS + 3));
        }
    }

    private static RunSummary run() {
        return new RunSummary(Period.parse("2026-06"), LocalDateTime.of(2026, 7, 1, 9, 0), List.of(), List.of(),
                FindingChanges.firstRun(), ReportFixtures.REPLY, false);
    }

    /** 300 of 600 done by June, on schedule: green. */
    private static ProgressFigure figure(String township, String note) {
        ProgressVerdict verdict = new ProgressVerdict(new BigDecimal("600"), new BigDecimal("300"),
                new BigDecimal("0.5"), Optional.of(new BigDecimal("0.5")), Optional.of(BigDecimal.ZERO), Light.GREEN);
        return new ProgressFigure("县人社局", "1", township, new BigDecimal("300"), Optional.of(verdict), 0,
                SourceRef.of("人社局.xlsx", "6月进度", 3, 5), note);
    }

    private static Row lineOf(Sheet sheet, String indicatorNo) {
        for (Row row : sheet) {
            Cell no = row.getCell(1);
            if (row.getRowNum() > OverviewSheet.HEADER && no != null && no.toString().equals(indicatorNo)) {
                return row;
            }
        }
        throw new AssertionError("no line for indicator " + indicatorNo);
    }
}

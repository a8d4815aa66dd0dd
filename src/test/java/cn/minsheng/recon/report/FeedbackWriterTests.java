package cn.minsheng.recon.report;

import static cn.minsheng.recon.report.WorkbookCells.cells;
import static cn.minsheng.recon.report.WorkbookCells.read;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.workbook.ReadLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The feedback file: the department's own workbook marked, or a notice; read back with POI. */
class FeedbackWriterTests {

    private static final String MESSAGE = "白塘镇：报送值 12 与官方值 10 不一致";
    /** The header row of 问题说明, below its title and two lines. */
    private static final int HEADER = 3;

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void marksTheDepartmentsOwnWorkbookAndKeepsEveryValue(String extension) throws Exception {
        // given a submission with two cells sharing one style, and a finding on one of them
        Path input = folder.resolve("submissions").resolve("卫健局报送." + extension);
        submission(input, extension.equals("xls"));
        String before = sha256(input);
        Finding mismatch = Finding.of(RuleCode.SUB_VALUE_MISMATCH).department("市卫健局").indicator("13", "健康体检")
                .township("白塘镇").values(new BigDecimal("10"), new BigDecimal("12"))
                .source(new SourceRef(input.getFileName().toString(), "进度", "C2")).message(MESSAGE).build();
        Finding superseded = Finding.of(RuleCode.FILE_SUPERSEDED).department("市卫健局")
                .source(new SourceRef(input.getFileName().toString(), "", "")).message("=HYPERLINK(\"http://x\")")
                .build();

        // when
        Path written = writer().write(folder.resolve("out"), "市卫健局", Optional.of(input),
                List.of(mismatch, superseded));

        // then
        assertThat(written).isEqualTo(folder.resolve("out").resolve("feedback").resolve("市卫健局." + extension));
        assertThat(sha256(input)).isEqualTo(before);
        try (Workbook original = read(input); Workbook feedback = read(written)) {
            assertThat(sheetNames(feedback)).containsExactly("问题说明", "进度", "说明");
            assertThat(feedback.getActiveSheetIndex()).isZero();
            for (Sheet sheet : original) {
                assertThat(cells(feedback.getSheet(sheet.getSheetName()))).as(sheet.getSheetName())
                        .isEqualTo(cells(sheet));
            }
            Sheet progress = feedback.getSheet("进度");
            Cell flagged = progress.getRow(1).getCell(2);
            assertThat(flagged.getNumericCellValue()).isEqualTo(12);
            assertThat(flagged.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(flagged.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(flagged.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(flagged.getCellComment().getString().getString()).contains(MESSAGE);
            CellStyle sharing = progress.getRow(2).getCell(2).getCellStyle();
            assertThat(sharing.getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            assertThat(progress.getRow(2).getCell(2).getCellComment()).isNull();

            Sheet list = feedback.getSheet("问题说明");
            assertThat(texts(list.getRow(HEADER))).containsExactly("序号", "级别", "问题", "工作表", "单元格", "怎么改");
            assertThat(texts(list.getRow(HEADER + 1))).containsExactly("1", "错误", MESSAGE + "。", "进度", "C2",
                    "请改为官方分解数10；如确需调整，请另附书面说明。");
            assertThat(texts(list.getRow(HEADER + 2))).containsExactly("2", "提示", "'=HYPERLINK(\"http://x\")。",
                    "（整个文件）", "", "以本期较新的文件为准，无需处理。");
            assertThat(list.getRow(HEADER + 2).getCell(4).getHyperlink()).isNull();
            assertThat(list.getLastRowNum()).isEqualTo(HEADER + 2);
        }
    }

    /** The first lines say whose file it is, of which month, by when it is due back and whom to ask. */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void theExplanationIsTitledWithUnitPeriodDueDateAndContact(String extension) throws Exception {
        Path input = folder.resolve("卫健局报送." + extension);
        submission(input, extension.equals("xls"));

        Path written = writer().write(folder.resolve("out"), "市卫健局", Optional.of(input), List.of(
                mismatch(input, "进度", "C2"), mismatch(input, "进度", "C3")));

        try (Workbook feedback = read(written)) {
            Sheet list = feedback.getSheet("问题说明");
            assertThat(text(list, 0)).contains("市卫健局", "2026年3月", "问题说明");
            assertThat(text(list, 1)).contains("2026年4月7日", "民生实事工作专班办公室（联系人：王某，电话 0730-5200000）");
            assertThat(text(list, 2)).contains("共发现问题2条（错误2条）");
            A4Print.assertLegible(list, HEADER);
        }
    }

    /**
     * Each finding's place links to its cell in the unit's own sheet of the same file, whatever the sheet is called:
     * a name with a space, with an apostrophe (doubled in the address), in Chinese.
     */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void everyLinkLandsOnTheCellItsFindingNames(String extension) throws Exception {
        Path input = folder.resolve("卫健局报送." + extension);
        List<String> names = List.of("Sheet 1", "王某's 表", "进度");
        try (Workbook workbook = extension.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(input)) {
            for (int s = 0; s < names.size(); s++) {
                Sheet sheet = workbook.createSheet(names.get(s));
                for (int r = 0; r < 6; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < 4; c++) {
                        row.createCell(c).setCellValue(s * 100 + r * 10 + c);
                    }
                }
            }
            workbook.write(out);
        }
        List<Finding> findings = List.of(mismatch(input, "Sheet 1", "B3"), mismatch(input, "王某's 表", "D6"),
                mismatch(input, "进度", "A2"), mismatch(input, "进度", "C5"));

        Path written = writer().write(folder.resolve("out"), "市卫健局", Optional.of(input), findings);

        try (Workbook feedback = read(written)) {
            Sheet list = feedback.getSheet("问题说明");
            List<String> landed = new ArrayList<>();
            for (int r = HEADER + 1; r <= list.getLastRowNum(); r++) {
                Hyperlink link = list.getRow(r).getCell(4).getHyperlink();
                assertThat(link.getType()).isEqualTo(HyperlinkType.DOCUMENT);
                CellReference target = new CellReference(link.getAddress());
                Cell cell = feedback.getSheet(target.getSheetName()).getRow(target.getRow()).getCell(target.getCol());
                landed.add(target.getSheetName() + "!" + cell.getAddress() + "=" + (int) cell.getNumericCellValue());
                // the line names the place it links to
                assertThat(texts(list.getRow(r)).subList(3, 5)).as(link.getAddress())
                        .containsExactly(target.getSheetName(), cell.getAddress().formatAsString());
            }
            assertThat(landed).containsExactlyInAnyOrder("Sheet 1!B3=21", "王某's 表!D6=153", "进度!A2=210",
                    "进度!C5=242");
        }
    }

    @Test
    void aDepartmentThatSentNothingGetsANoticeTitledWithUnitPeriodDueDateAndContact() throws Exception {
        Finding missing = Finding.of(RuleCode.SUB_MISSING_SUBMISSION).department("市妇联")
                .message("市妇联本期没有报送（应报送其牵头的按乡镇分解或统筹安排的指标）").build();

        OfficialTables tables = TablesFixture.of(List.of("白塘镇"))
                .allocated("3", "开展家庭教育指导活动", "场(次)", "市妇联", "4").build();

        Path written = new FeedbackWriter(Period.parse("2026-03"), ReadLimits.defaults(), ReportFixtures.REPLY, tables)
                .write(folder, "市妇联", Optional.empty(), List.of(missing));

        assertThat(written).isEqualTo(folder.resolve("feedback").resolve("市妇联.xlsx"));
        try (Workbook notice = read(written)) {
            assertThat(sheetNames(notice)).containsExactly("报送提醒");
            Sheet sheet = notice.getSheet("报送提醒");
            assertThat(text(sheet, 0)).contains("市妇联", "2026年3月", "报送提醒");
            assertThat(text(sheet, 1)).isEqualTo(missing.message() + "。");
            assertThat(text(sheet, 2)).contains("2026年4月7日", "民生实事工作专班办公室（联系人：王某，电话 0730-5200000）");
        }
    }

    @Test
    void anUnreadableSubmissionGetsTheNoticeWithItsFindings() throws Exception {
        Path input = folder.resolve("加密.xlsx");
        Files.write(input, new byte[] {1, 2, 3, 4});
        Finding unreadable = Finding.of(RuleCode.FILE_UNREADABLE).department("市民政局")
                .source(new SourceRef("加密.xlsx", "", "")).message("文件无法读取：已加密").build();

        Path written = writer().write(folder, "市民政局", Optional.of(input), List.of(unreadable));

        try (Workbook notice = read(written)) {
            assertThat(sheetNames(notice)).containsExactly("报送提醒", "问题说明");
            assertThat(String.join("|", cells(notice.getSheet("问题说明")))).contains("文件无法读取：已加密");
        }
        assertThat(Files.readAllBytes(input)).containsExactly(1, 2, 3, 4);
    }

    /**
     * The fault this guards against: the feedback writer had a 50 MB bound of its own and opened again a submission
     * that {@code recon.max-file-bytes} kept the reader from opening.
     */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aSubmissionOverTheReadLimitIsNotOpenedAgain(String extension) throws Exception {
        Path input = folder.resolve("卫健局报送." + extension);
        submission(input, extension.equals("xls"));
        long size = Files.size(input);
        ReadLimits defaults = ReadLimits.defaults();
        Finding unreadable = Finding.of(RuleCode.FILE_UNREADABLE).department("市卫健局")
                .source(new SourceRef(input.getFileName().toString(), "", "")).message("文件大小超过上限").build();

        Path over = new FeedbackWriter(Period.parse("2026-03"), new ReadLimits(size - 1,
                defaults.maxUncompressedBytes(), defaults.maxCompressionRatio(), defaults.maxCells(),
                defaults.timeout()), ReportFixtures.REPLY, ReportFixtures.NO_TABLES).write(folder.resolve("over"), "市卫健局", Optional.of(input), List.of(unreadable));
        Path within = new FeedbackWriter(Period.parse("2026-03"), new ReadLimits(size,
                defaults.maxUncompressedBytes(), defaults.maxCompressionRatio(), defaults.maxCells(),
                defaults.timeout()), ReportFixtures.REPLY, ReportFixtures.NO_TABLES).write(folder.resolve("within"), "市卫健局", Optional.of(input), List.of());

        try (Workbook notice = read(over); Workbook marked = read(within)) {
            assertThat(sheetNames(notice)).containsExactly("报送提醒", "问题说明");
            assertThat(sheetNames(marked)).containsExactly("问题说明", "进度", "说明");
        }
    }

    @Test
    void aCleanSubmissionSaysSo() throws Exception {
        Path input = folder.resolve("残联.xlsx");
        submission(input, false);

        Path written = writer().write(folder, "市残联", Optional.of(input), List.of());

        try (Workbook feedback = read(written)) {
            assertThat(sheetNames(feedback)).containsExactly("问题说明", "进度", "说明");
            Sheet list = feedback.getSheet("问题说明");
            assertThat(text(list, 0)).contains("市残联", "2026年3月");
            assertThat(text(list, 1)).startsWith("本期报送未发现问题，无需修改。").contains("民生实事工作专班办公室");
            assertThat(list.getLastRowNum()).isEqualTo(1);
            assertThat(list.getRepeatingRows()).isNull();
        }
    }

    @Test
    void aDepartmentNameNeverEscapesTheFeedbackFolder() {
        assertThat(FeedbackWriter.fileName("../市/局")).isEqualTo("_.._市_局");
    }

    /** Two sheets; C2 and C3 of 进度 share one style (a number format, no fill). */
    private static void submission(Path file, boolean xls) throws IOException {
        Files.createDirectories(file.getParent());
        try (Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet progress = workbook.createSheet("进度");
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            Row header = progress.createRow(0);
            header.createCell(0).setCellValue("序号");
            header.createCell(1).setCellValue("乡镇");
            header.createCell(2).setCellValue("完成数");
            String[] towns = {"白塘镇", "神鼎山镇"};
            for (int i = 0; i < towns.length; i++) {
                Row row = progress.createRow(i + 1);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue(towns[i]);
                Cell value = row.createCell(2);
                value.setCellValue(i == 0 ? 12 : 7);
                value.setCellStyle(number);
            }
            progress.createRow(3).createCell(2).setCellFormula("SUM(C2:C3)");
            workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("填报人：张三");
            workbook.write(out);
        }
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static Finding mismatch(Path input, String sheet, String cell) {
        return Finding.of(RuleCode.SUB_VALUE_MISMATCH).department("市卫健局").indicator("13", "健康体检")
                .township("白塘镇").values(new BigDecimal("10"), new BigDecimal("12"))
                .source(new SourceRef(input.getFileName().toString(), sheet, cell)).message(MESSAGE).build();
    }

    /** The text of the first cell of row {@code r}. */
    private static String text(Sheet sheet, int r) {
        return sheet.getRow(r).getCell(0).getStringCellValue();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(new DataFormatter().formatCellValue(cell)));
        return texts;
    }

    private static FeedbackWriter writer() {
        return new FeedbackWriter(Period.parse("2026-03"), ReadLimits.defaults(), ReportFixtures.REPLY, ReportFixtures.NO_TABLES);
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}

package cn.minsheng.recon.report;

import static cn.minsheng.recon.report.WorkbookCells.read;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.model.DirectiveKind;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.official.OfficialTables;
import cn.minsheng.recon.workbook.ReadLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 报送提醒 lists exactly what the unit owes by the official tables — each indicator it leads that is split here, with
 * each township allocated a target and that target, a county-wide target on one line — and prints on A4 at full
 * size; read back with POI, in the layout it chose.
 */
class NoticeSheetTests {

    private static final String UNIT = "县妇联";
    private static final List<String> FOUR = List.of("甲镇", "乙乡", "丙街道", "丁镇");
    /** The header row of 报送提醒, below its title and two lines. */
    private static final int HEADER = 3;

    @TempDir
    Path folder;

    /**
     * A unit's own indicators split by township, one county-wide number and one directive it is to split; not an
     * upper-level one, not one it is only related to, not another unit's; a blank or 0 township owes nothing.
     */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void listsEveryIndicatorAndTownshipTheUnitOwesWithItsOfficialTarget(String extension) throws Exception {
        OfficialTables tables = TablesFixture.of(FOUR)
                .allocated("3", "开展12场家庭教育指导活动", "场(次)", UNIT, "4", "4", null, "0")
                .countyWide("5", "新增托育机构7所", "所", UNIT, "7")
                .directive("6", "城镇新增就业1400人", "人", UNIT, DirectiveKind.CENTRAL, "由县妇联统筹安排", "1400")
                .directive("7", "新增省属高校校舍面积", "平方米", UNIT, DirectiveKind.UPPER_LEVEL, "省级统筹", null)
                .allocated("8", "培训乡村医生8人", "人", "县卫健局", "2", "2", "2", "2").related(UNIT)
                .allocated("9", "家庭医生签约服务不少于3.5万人", "万人", UNIT, "1.2", "0.6345", "0.9875", "0.678")
                .allocated("10", "建设和美乡村2个", "个", "县农业农村局", "1", "1")
                .build();

        try (Workbook notice = notice(tables, extension)) {
            Sheet sheet = notice.getSheet("报送提醒");
            assertThat(owed(sheet)).containsExactlyInAnyOrder("3|甲镇|4", "3|乙乡|4", "5|不分乡镇（统筹）|7",
                    "6|不分乡镇（统筹）|由县妇联统筹安排（目标1400人）", "9|甲镇|1.2", "9|乙乡|0.6345", "9|丙街道|0.9875",
                    "9|丁镇|0.678");
            assertThat(texts(sheet.getRow(HEADER))).as("the official layout: townships as columns")
                    .containsExactly("序号", "指标", "单位", "甲镇", "乙乡", "丙街道", "丁镇");
            assertThat(texts(sheet.getRow(HEADER + 1))).startsWith("3", "开展12场家庭教育指导活动", "场(次)");
            A4Print.assertLegible(sheet, HEADER);
        }
    }

    /** Fifteen townships with short targets still fit across one A4 page: one line per indicator. */
    @Test
    void aCountysTownshipsAsColumnsWhenTheyFitThePage() throws Exception {
        List<String> fifteen = IntStream.rangeClosed(1, 15).mapToObj(i -> "第" + i + "镇").toList();
        OfficialTables tables = TablesFixture.of(fifteen)
                .allocated("3", "开展60场心理健康和家庭教育指导“向阳花”活动", "场(次)", UNIT,
                        fifteen.stream().map(t -> "4").toArray(String[]::new))
                .build();

        try (Workbook notice = notice(tables, "xlsx")) {
            Sheet sheet = notice.getSheet("报送提醒");
            assertThat(owed(sheet)).containsExactlyInAnyOrderElementsOf(fifteen.stream().map(t -> "3|" + t + "|4")
                    .toList());
            assertThat(sheet.getLastRowNum()).isEqualTo(HEADER + 1);
            A4Print.assertLegible(sheet, HEADER);
        }
    }

    /** Too many townships for the page's width: a list of one line per indicator and township, its header repeated. */
    @Test
    void aListOfOneLinePerTownshipWhenTheTownshipsDoNotFitThePage() throws Exception {
        List<String> thirty = IntStream.rangeClosed(1, 30).mapToObj(i -> "第" + i + "镇").toList();
        OfficialTables tables = TablesFixture.of(thirty)
                .allocated("2", "开展职业技能培训", "人次", UNIT, IntStream.rangeClosed(1, 30)
                        .mapToObj(i -> i % 7 == 0 ? null : Integer.toString(10 * i)).toArray(String[]::new))
                .countyWide("4", "新增托育机构7所", "所", UNIT, "7")
                .build();

        try (Workbook notice = notice(tables, "xlsx")) {
            Sheet sheet = notice.getSheet("报送提醒");
            List<String> expected = new ArrayList<>(IntStream.rangeClosed(1, 30).filter(i -> i % 7 != 0)
                    .mapToObj(i -> "2|第" + i + "镇|" + 10 * i).toList());
            expected.add("4|不分乡镇（统筹）|7");
            assertThat(owed(sheet)).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(texts(sheet.getRow(HEADER))).containsExactly("序号", "指标", "单位", "乡镇（街道）", "目标任务");
            A4Print.assertLegible(sheet, HEADER);
        }
    }

    /** A directive merged across two narrow township columns wraps: its row grows to show all of it. */
    @Test
    void aCountyWideTargetAcrossFewTownshipsShowsAllItsLines() throws Exception {
        OfficialTables tables = TablesFixture.of(List.of("甲镇", "乙乡"))
                .allocated("3", "开展家庭教育指导活动", "场(次)", UNIT, "4", "4")
                .directive("6", "城镇新增就业1400人", "人", UNIT, DirectiveKind.CENTRAL,
                        "由县妇联统筹安排，待摸底完成后确定各镇（街道）任务数", "1400")
                .build();

        try (Workbook notice = notice(tables, "xlsx")) {
            Sheet sheet = notice.getSheet("报送提醒");
            Row row = sheet.getRow(HEADER + 2);
            String target = row.getCell(3).getStringCellValue();
            assertThat(target).startsWith(NoticeSheet.COUNTY_WIDE + "：由县妇联统筹安排");
            int width = (sheet.getColumnWidth(3) + sheet.getColumnWidth(4)) / 256 - 1;
            int lines = (2 * target.length() + width - 1) / width;
            assertThat(row.getHeightInPoints()).isGreaterThanOrEqualTo(lines * SheetWriter.LINE_POINTS);
        }
    }

    @Test
    void aUnitThatLeadsNothingToReportIsToldSo() throws Exception {
        OfficialTables tables = TablesFixture.of(FOUR)
                .directive("7", "新增省属高校校舍面积", "平方米", UNIT, DirectiveKind.UPPER_LEVEL, "省级统筹", null)
                .build();

        try (Workbook notice = notice(tables, "xlsx")) {
            Sheet sheet = notice.getSheet("报送提醒");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("官方分解表中没有由县妇联牵头、需要报送的指标");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    /** The notice of a unit that sent nothing (xlsx), or only a file that cannot be opened (xls, its own format). */
    private Workbook notice(OfficialTables tables, String extension) throws Exception {
        FeedbackWriter writer = new FeedbackWriter(Period.parse("2026-03"), ReadLimits.defaults(),
                ReportFixtures.REPLY, tables);
        Finding missing = Finding.of(RuleCode.SUB_MISSING_SUBMISSION).department(UNIT)
                .message(UNIT + "本期没有报送（应报送其牵头的按乡镇分解或统筹安排的指标）").build();
        if (extension.equals("xlsx")) {
            return read(writer.write(folder, UNIT, Optional.empty(), List.of(missing)));
        }
        Path broken = Files.write(folder.resolve("妇联报送.xls"), new byte[] {1, 2, 3});
        Finding unreadable = Finding.of(RuleCode.FILE_UNREADABLE).department(UNIT)
                .source(new SourceRef("妇联报送.xls", "", "")).message("文件无法读取：文件已损坏").build();
        Path written = writer.write(folder, UNIT, Optional.of(broken), List.of(unreadable));
        assertThat(written.getFileName().toString()).endsWith(".xls");
        return read(written);
    }

    /** What the notice's table lists, "indicator|township|target" a line, whichever layout it chose. */
    private static List<String> owed(Sheet sheet) {
        List<String> header = texts(sheet.getRow(HEADER));
        boolean list = header.contains("乡镇（街道）");
        List<String> owed = new ArrayList<>();
        for (int r = HEADER + 1; r <= sheet.getLastRowNum(); r++) {
            List<String> cells = texts(sheet.getRow(r));
            if (list) {
                owed.add(cells.get(0) + "|" + cells.get(3) + "|" + cells.get(4));
                continue;
            }
            for (int c = 3; c < cells.size(); c++) {
                String value = cells.get(c);
                if (value.startsWith(NoticeSheet.COUNTY_WIDE + "：")) {
                    owed.add(cells.get(0) + "|" + NoticeSheet.COUNTY_WIDE + "|"
                            + value.substring(NoticeSheet.COUNTY_WIDE.length() + 1));
                } else if (!value.isEmpty()) {
                    owed.add(cells.get(0) + "|" + header.get(c) + "|" + value);
                }
            }
        }
        return owed;
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
        }
        return texts;
    }
}

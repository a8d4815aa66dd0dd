package cn.minsheng.recon.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficialWorkbooksTests {

    @TempDir
    Path dir;

    @Nested
    class Fixtures {

        @Test
        void miluoKeepsTheTranscriptionAsPrinted() {
            PlanFixture miluo = PlanFixture.miluo();

            assertThat(miluo.townships()).hasSize(15).startsWith("归义街道", "新市街道").endsWith("神鼎山镇");
            assertThat(miluo.indicators()).hasSize(47);
            assertThat(miluo.indicator(13).townships().get("新市街道")).isEqualByComparingTo("0.8865");
            assertThat(miluo.indicator(1).townships()).doesNotContainKey("神鼎山镇");
            assertThat(miluo.responsibilities().get(5).leader()).isNull();
            assertThat(miluo.indicatorsCoveredBy(17)).extracting(PlanIndicator::no).containsExactly(18);
            assertThat(miluo.indicatorsCoveredBy(38)).extracting(PlanIndicator::no).containsExactly(39, 40, 41);
        }

        @Test
        void sampleCountyAddsUpAndCoversEveryIndicator() {
            PlanFixture county = PlanFixture.sampleCounty();

            assertThat(county.indicator(7).townshipSum()).isEqualTo(new BigDecimal("6.2500"));
            assertThat(county.indicator(6).townshipSum()).isEqualByComparingTo("960");
            assertThat(county.indicator(1).townships()).hasSameSizeAs(county.townships());
            for (PlanIndicator indicator : county.indicators()) {
                assertThat(coveringLeadUnits(county, indicator.no())).as("indicator %d", indicator.no())
                        .containsExactly(indicator.leadUnit());
            }
        }

        @Test
        void copiesChangeOnlyWhatTheyName() {
            PlanFixture county = PlanFixture.sampleCounty();

            PlanFixture changed = county.withIndicator(7, indicator -> indicator.withTownship("东山乡", (BigDecimal) null))
                    .withoutResponsibility(0);

            assertThat(changed.indicator(7).townships()).doesNotContainKey("东山乡").hasSize(7);
            assertThat(county.indicator(7).townships()).containsKey("东山乡");
            assertThat(changed.responsibilities()).hasSize(county.responsibilities().size() - 1);
        }

        private List<String> coveringLeadUnits(PlanFixture plan, int indicatorNo) {
            return IntStream.range(0, plan.responsibilities().size())
                    .filter(i -> plan.indicatorsCoveredBy(i).stream().anyMatch(each -> each.no() == indicatorNo))
                    .mapToObj(i -> leadUnitOf(plan, i)).toList();
        }

        /** The lead unit a row shows: its own, else the one merged down from above. */
        private String leadUnitOf(PlanFixture plan, int index) {
            for (int i = index; i >= 0; i--) {
                if (plan.responsibilities().get(i).leadUnit() != null) {
                    return plan.responsibilities().get(i).leadUnit();
                }
            }
            return null;
        }
    }

    @Nested
    class PrintedBreakdown {

        final PlanFixture miluo = PlanFixture.miluo();
        final OfficialLayout printed = OfficialLayout.PRINTED;

        @Test
        void hasAttachmentLineTitleAndTwoRowHeader() throws IOException {
            try (Workbook workbook = breakdown(miluo, printed, false)) {
                Sheet sheet = workbook.getSheetAt(0);

                assertThat(text(sheet, "A1")).isEqualTo("附件2");
                assertThat(text(sheet, "A2")).isEqualTo("2026年重点民生实事项目指标任务分解表");
                assertThat(merged(sheet, "A2")).hasValue(range("A2:T2"));
                assertThat(text(sheet, "A3")).isEqualTo("序号");
                assertThat(merged(sheet, "A3")).hasValue(range("A3:A4"));
                assertThat(text(sheet, "B3")).isEqualTo("项目名称及指标任务");
                assertThat(merged(sheet, "B3")).hasValue(range("B3:D4"));
                assertThat(text(sheet, "E3")).isEqualTo("单位");
                assertThat(text(sheet, "F3")).isEqualTo("目标任务");
                assertThat(merged(sheet, "F3")).hasValue(range("F3:T3"));
                for (int i = 0; i < miluo.townships().size(); i++) {
                    assertThat(sheet.getRow(3).getCell(5 + i).getStringCellValue()).isEqualTo(miluo.townships().get(i));
                }
            }
        }

        @Test
        void writesTownshipValuesAsPrinted() throws IOException {
            try (Workbook workbook = breakdown(miluo, printed, false)) {
                Sheet sheet = workbook.getSheetAt(0);

                assertThat(OfficialWorkbooks.indicatorRow(miluo, printed, 1)).isEqualTo(5);
                assertThat(text(sheet, "D5")).isEqualTo("1.产前筛查率、新生儿疾病筛查率达90%以上");
                assertThat(number(sheet, OfficialWorkbooks.townshipCell(miluo, printed, 1, "弼时镇"))).isEqualTo(90);
                assertThat(cell(sheet, OfficialWorkbooks.townshipCell(miluo, printed, 1, "神鼎山镇")))
                        .satisfiesAnyOf(c -> assertThat(c).isNull(), c -> assertThat(c.getCellType()).isEqualTo(CellType.BLANK));
                assertThat(number(sheet, OfficialWorkbooks.townshipCell(miluo, printed, 13, "新市街道"))).isEqualTo(0.8865);
            }
        }

        @Test
        void mergesProjectsGroupsAndCityWideTargets() throws IOException {
            try (Workbook workbook = breakdown(miluo, printed, false)) {
                Sheet sheet = workbook.getSheetAt(0);

                assertThat(merged(sheet, "A5")).hasValue(range("A5:A8"));
                assertThat(text(sheet, "B5")).isEqualTo("幼有所育");
                assertThat(merged(sheet, "B5")).hasValue(range("B5:B8"));
                assertThat(text(sheet, "C5")).isEqualTo("提高优生优育服务水平");
                assertThat(merged(sheet, "C5")).hasValue(range("C5:C6"));

                String four = OfficialWorkbooks.targetCell(miluo, printed, 4);
                assertThat(four).isEqualTo("F8");
                assertThat(number(sheet, four)).isEqualTo(1);
                assertThat(merged(sheet, four)).hasValue(range("F8:T8"));

                int row13 = OfficialWorkbooks.indicatorRow(miluo, printed, 13);
                assertThat(merged(sheet, "C" + row13)).hasValue(range("C" + row13 + ":D" + row13));
                assertThat(text(sheet, "C" + row13)).startsWith("13.提升城乡居民");

                String name37 = OfficialWorkbooks.nameCell(miluo, printed, 37);
                assertThat(text(sheet, name37)).isEqualTo("37.县域普通高中办学条件提质改造1所");
                int row37 = OfficialWorkbooks.indicatorRow(miluo, printed, 37);
                assertThat(merged(sheet, name37)).hasValue(range("B" + row37 + ":D" + row37));

                String eight = OfficialWorkbooks.targetCell(miluo, printed, 8);
                assertThat(text(sheet, eight)).isEqualTo("由市人社局统筹安排");
                assertThat(merged(sheet, eight)).isPresent();
            }
        }

        @Test
        void repeatsTheHeaderWhereSeed004BreaksPages() throws IOException {
            List<Integer> headers = OfficialWorkbooks.breakdownHeaderRows(miluo, printed);

            assertThat(headers).hasSize(5).first().isEqualTo(3);
            List<Integer> firstOnPage = List.of(13, 25, 33, 44);
            for (int page = 1; page < headers.size(); page++) {
                assertThat(OfficialWorkbooks.indicatorRow(miluo, printed, firstOnPage.get(page - 1)))
                        .isEqualTo(headers.get(page) + 2);
            }
            try (Workbook workbook = breakdown(miluo, printed, false)) {
                Sheet sheet = workbook.getSheetAt(0);
                int repeated = headers.get(1);
                assertThat(text(sheet, "A" + repeated)).isEqualTo("序号");
                assertThat(text(sheet, "F" + repeated)).isEqualTo("目标任务");
                assertThat(text(sheet, "T" + (repeated + 1))).isEqualTo("神鼎山镇");
                assertThat(sheet.getRowBreaks()).contains(repeated - 2);
            }
        }

        @Test
        void endsWithTheNote() throws IOException {
            try (Workbook workbook = breakdown(miluo, printed, false)) {
                Sheet sheet = workbook.getSheetAt(0);
                int note = OfficialWorkbooks.breakdownNoteRow(miluo, printed);

                assertThat(note).isEqualTo(sheet.getLastRowNum() + 1);
                assertThat(text(sheet, "A" + note)).startsWith("注：1—10项为省级");
                assertThat(merged(sheet, "A" + note)).hasValue(range("A" + note + ":T" + note));
            }
        }
    }

    @Nested
    class PrintedResponsibility {

        final PlanFixture miluo = PlanFixture.miluo();
        final OfficialLayout printed = OfficialLayout.PRINTED;

        @Test
        void hasOneHeaderRowWithProjectNameOverTwoColumns() throws IOException {
            try (Workbook workbook = responsibility(miluo, printed)) {
                Sheet sheet = workbook.getSheetAt(0);

                assertThat(text(sheet, "A1")).isEqualTo("附件1");
                assertThat(text(sheet, "A2")).isEqualTo("2026年重点民生实事项目责任分解表");
                assertThat(List.of(text(sheet, "A3"), text(sheet, "B3"), text(sheet, "D3"), text(sheet, "E3"), text(sheet, "F3")))
                        .containsExactly("序号", "项目名称", "牵头领导", "牵头责任单位", "相关责任单位");
                assertThat(merged(sheet, "B3")).hasValue(range("B3:C3"));
            }
        }

        @Test
        void mergesLeaderCellsDownAsTheTranscriptionsNullsSay() throws IOException {
            try (Workbook workbook = responsibility(miluo, printed)) {
                Sheet sheet = workbook.getSheetAt(0);
                List<PlanResponsibility> rows = miluo.responsibilities();

                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).leader() == null) {
                        continue;
                    }
                    int nulls = 0;
                    while (i + nulls + 1 < rows.size() && rows.get(i + nulls + 1).leader() == null) {
                        nulls++;
                    }
                    String leader = OfficialWorkbooks.leaderCell(miluo, printed, i);
                    assertThat(text(sheet, leader)).isEqualTo(rows.get(i).leader());
                    int top = OfficialWorkbooks.responsibilityRow(miluo, printed, i);
                    if (nulls == 0) {
                        assertThat(merged(sheet, leader)).as(leader).isEmpty();
                    } else {
                        assertThat(merged(sheet, leader)).as(leader).hasValue(range("D" + top + ":D" + (top + nulls)));
                    }
                }
            }
        }

        @Test
        void mergesProjectsDownAndWholeProjectRowsAcross() throws IOException {
            try (Workbook workbook = responsibility(miluo, printed)) {
                Sheet sheet = workbook.getSheetAt(0);
                int project2 = OfficialWorkbooks.responsibilityRow(miluo, printed, 4);
                int project11 = OfficialWorkbooks.responsibilityRow(miluo, printed, 36);

                assertThat(text(sheet, "B" + project2)).isEqualTo("学有所教");
                assertThat(merged(sheet, "B" + project2)).hasValue(range("B" + project2 + ":B" + (project2 + 2)));
                assertThat(text(sheet, "B" + project11)).isEqualTo("县域普通高中办学条件提质改造1所");
                assertThat(merged(sheet, "B" + project11)).hasValue(range("B" + project11 + ":C" + project11));
            }
        }

        @Test
        void repeatsTheHeaderWhereSeed004BreaksPages() throws IOException {
            List<Integer> headers = OfficialWorkbooks.responsibilityHeaderRows(miluo, printed);

            assertThat(headers).hasSize(4);
            List<Integer> firstOfPage = List.of(14, 29, 43); // rows of projects 5, 9 and 17
            for (int page = 1; page < headers.size(); page++) {
                assertThat(miluo.responsibilities().get(firstOfPage.get(page - 1)).projectNo()).isEqualTo(List.of(5, 9, 17).get(page - 1));
                assertThat(OfficialWorkbooks.responsibilityRow(miluo, printed, firstOfPage.get(page - 1)))
                        .isEqualTo(headers.get(page) + 1);
            }
            try (Workbook workbook = responsibility(miluo, printed)) {
                Sheet sheet = workbook.getSheetAt(0);
                int note = OfficialWorkbooks.responsibilityNoteRow(miluo, printed);
                assertThat(text(sheet, "A" + headers.get(3))).isEqualTo("序号");
                assertThat(sheet.getRowBreaks()).containsExactly(headers.get(1) - 2, headers.get(2) - 2, headers.get(3) - 2);
                assertThat(text(sheet, "A" + note)).startsWith("注：");
            }
        }
    }

    @Nested
    class OneRowWithTotal {

        final PlanFixture county = PlanFixture.sampleCounty();
        final OfficialLayout oneRow = OfficialLayout.ONE_ROW_WITH_TOTAL;

        @Test
        void hasOneHeaderRowWithTheCountyTotalColumn() throws IOException {
            try (Workbook workbook = breakdown(county, oneRow, false)) {
                Sheet sheet = workbook.getSheetAt(0);

                assertThat(text(sheet, "A1")).isEqualTo("2026年重点民生实事指标任务分解表");
                assertThat(List.of(text(sheet, "A2"), text(sheet, "B2"), text(sheet, "C2"), text(sheet, "D2"),
                        text(sheet, "E2"), text(sheet, "F2"), text(sheet, "M2"), text(sheet, "N2")))
                        .containsExactly("序号", "项目名称", "指标任务", "单位", "全县目标", "城关镇", "柳溪镇", "备注");
                assertThat(OfficialWorkbooks.breakdownHeaderRows(county, oneRow)).containsExactly(2);
                assertThat(OfficialWorkbooks.indicatorRow(county, oneRow, 1)).isEqualTo(3);
            }
        }

        @Test
        void putsTheHeadlineInTheTotalColumnAndNamesWithoutNumbers() throws IOException {
            try (Workbook workbook = breakdown(county, oneRow, false)) {
                Sheet sheet = workbook.getSheetAt(0);

                assertThat(number(sheet, OfficialWorkbooks.totalCell(county, oneRow, 7))).isEqualTo(6.25);
                assertThat(number(sheet, OfficialWorkbooks.totalCell(county, oneRow, 1))).isEqualTo(95);
                assertThat(number(sheet, OfficialWorkbooks.totalCell(county, oneRow, 9))).isEqualTo(60);
                assertThat(cell(sheet, OfficialWorkbooks.targetCell(county, oneRow, 9)).getCellType()).isEqualTo(CellType.BLANK);
                assertThat(text(sheet, OfficialWorkbooks.nameCell(county, oneRow, 7))).startsWith("提升城乡居民");
                String eleven = OfficialWorkbooks.targetCell(county, oneRow, 11);
                assertThat(text(sheet, eleven)).isEqualTo("全县完成120户，待摸底后确定各乡镇任务数");
                assertThat(merged(sheet, eleven)).hasValue(range(eleven + ":M" + eleven.substring(1)));
            }
        }

        @Test
        void numbersResponsibilityItemsByIndicator() throws IOException {
            try (Workbook workbook = responsibility(county, oneRow)) {
                Sheet sheet = workbook.getSheetAt(0);

                assertThat(List.of(text(sheet, "D2"), text(sheet, "E2"), text(sheet, "F2")))
                        .containsExactly("责任领导", "牵头单位", "配合单位");
                int second = OfficialWorkbooks.responsibilityRow(county, oneRow, 1);
                assertThat(text(sheet, "C" + second)).isEqualTo("2.开展24场家庭教育指导“向阳花”活动");
                assertThat(merged(sheet, "D" + (second - 1))).hasValue(range("D" + (second - 1) + ":D" + second));
            }
        }
    }

    @Nested
    class Formats {

        @Test
        void xlsRoundTripsThroughHssf() throws IOException {
            PlanFixture county = PlanFixture.sampleCounty();
            OfficialWorkbooks.writeSeparate(dir, county, OfficialLayout.PRINTED, true);

            try (Workbook workbook = WorkbookFactory.create(dir.resolve("2026年重点民生实事指标任务分解表.xls").toFile(), null, true)) {
                Sheet sheet = workbook.getSheetAt(0);

                assertThat(workbook).isInstanceOf(HSSFWorkbook.class);
                assertThat(number(sheet, OfficialWorkbooks.townshipCell(county, OfficialLayout.PRINTED, 7, "河西街道"))).isEqualTo(0.9875);
                assertThat(merged(sheet, "F3")).hasValue(range("F3:M3"));
                assertThat(OfficialWorkbooks.breakdownHeaderRows(county, OfficialLayout.PRINTED)).hasSize(2);
            }
            assertThat(dir.resolve("2026年重点民生实事责任分解表.xls")).isRegularFile();
        }

        @Test
        void combinedWorkbookHoldsBothTablesUnderUnhelpfulNames() throws IOException {
            Path file = OfficialWorkbooks.writeCombined(dir.resolve("official.xlsx"), PlanFixture.sampleCounty(),
                    OfficialLayout.PRINTED, true);

            try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
                assertThat(workbook).isInstanceOf(XSSFWorkbook.class);
                assertThat(workbook.getSheetName(0)).isEqualTo("Sheet1");
                assertThat(workbook.getSheetName(1)).isEqualTo("附件");
                assertThat(text(workbook.getSheetAt(0), "A1")).isEqualTo("附件1");
                assertThat(text(workbook.getSheetAt(1), "A1")).isEqualTo("附件2");
            }
        }
    }

    // ---- reading back

    private Workbook breakdown(PlanFixture plan, OfficialLayout layout, boolean xls) throws IOException {
        OfficialWorkbooks.writeSeparate(dir, plan, layout, xls);
        return WorkbookFactory.create(dir.resolve(OfficialWorkbooks.breakdownFileName(plan, xls)).toFile(), null, true);
    }

    private Workbook responsibility(PlanFixture plan, OfficialLayout layout) throws IOException {
        OfficialWorkbooks.writeSeparate(dir, plan, layout, false);
        return WorkbookFactory.create(dir.resolve(OfficialWorkbooks.responsibilityFileName(plan, false)).toFile(), null, true);
    }

    private static Cell cell(Sheet sheet, String a1) {
        CellReference ref = new CellReference(a1);
        return sheet.getRow(ref.getRow()) == null ? null : sheet.getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static String text(Sheet sheet, String a1) {
        return cell(sheet, a1).getStringCellValue();
    }

    private static double number(Sheet sheet, String a1) {
        return cell(sheet, a1).getNumericCellValue();
    }

    private static Optional<CellRangeAddress> merged(Sheet sheet, String a1) {
        CellReference ref = new CellReference(a1);
        return sheet.getMergedRegions().stream().filter(region -> region.isInRange(ref.getRow(), ref.getCol())).findFirst();
    }

    private static CellRangeAddress range(String a1Range) {
        return CellRangeAddress.valueOf(a1Range);
    }
}

package cn.minsheng.recon.batch;

import static cn.minsheng.recon.sample.OfficialLayout.PRINTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.sample.OfficialWorkbooks;
import cn.minsheng.recon.sample.PlanFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The reconcileJob on the real 2026 tables of seed 004, against a real H2 job repository. */
@SpringBatchTest
@SpringBootTest(properties = {"recon.command-line.enabled=false", "spring.batch.job.enabled=false"})
class ReconcileJobFunctionalTests {

    private static final PlanFixture MILUO = PlanFixture.miluo();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:functional-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;

    @TempDir
    Path work;

    private Path official;
    private Path output;

    @BeforeEach
    void officialTablesAsTheOfficeKeepsThem() {
        official = OfficialWorkbooks.writeSeparate(work.resolve("official"), MILUO, PRINTED, false);
        output = work.resolve("output");
    }

    @Test
    void findsTheDefectsOfTheRealTablesAndNothingElse() throws Exception {
        // given the two official tables of seed 004, printed layout

        // when
        JobExecution execution = jobOperatorTestUtils.startJob(request().toJobParameters(RunIdentity.of(output.toString())));

        // then
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<CSVRecord> findings = findingsCsv().stream().filter(r -> r.get("rule").startsWith("OFF_")).toList();
        // the official tables hold no submitted figure: the one weighed against the target is the compared value
        assertThat(findings).extracting(r -> r.get("rule"), r -> r.get("indicator_no"), r -> r.get("township"),
                        r -> r.get("official_value"), r -> r.get("submitted_value"), r -> r.get("difference"),
                        r -> r.get("compared_value"), r -> r.get("compared_with"))
                .containsExactlyInAnyOrder(
                        // 产前筛查率 is a per-township rate: 神鼎山镇 has none
                        tuple("OFF_MISSING_TOWNSHIP", "1", "神鼎山镇", "", "", "", "", ""),
                        // 1650万人次 in the name, 968 人次 across the townships
                        tuple("OFF_SUM_MISMATCH", "12", "", "16500000", "", "", "968", "各乡镇目标合计"),
                        // 共80座 in the breakdown table, 共90座 in the responsibility table
                        tuple("OFF_CROSS_TABLE_MISMATCH", "43", "", "80", "", "", "90", "责任分解表"));
    }

    @Test
    void namesTheCellOfEachDefectAndRoutesItToItsLeadUnit() throws Exception {
        jobOperatorTestUtils.startJob(request().toJobParameters(RunIdentity.of(output.toString())));

        List<CSVRecord> findings = findingsCsv();
        CSVRecord missing = only(findings, "OFF_MISSING_TOWNSHIP");
        assertThat(missing.get("severity")).isEqualTo("WARNING");
        assertThat(missing.get("file")).isEqualTo(OfficialWorkbooks.breakdownFileName(MILUO, false));
        assertThat(missing.get("cell")).isEqualTo(OfficialWorkbooks.townshipCell(MILUO, PRINTED, 1, "神鼎山镇"));
        assertThat(missing.get("unit")).isEqualTo("%");
        assertThat(missing.get("department")).isEmpty();

        CSVRecord sum = only(findings, "OFF_SUM_MISMATCH");
        assertThat(sum.get("severity")).isEqualTo("ERROR");
        assertThat(sum.get("unit")).isEqualTo("人次");
        assertThat(sum.get("cell")).isEqualTo(OfficialWorkbooks.nameCell(MILUO, PRINTED, 12));
        assertThat(sum.get("message")).contains("1650万人次", "968");

        CSVRecord cross = only(findings, "OFF_CROSS_TABLE_MISMATCH");
        assertThat(cross.get("indicator")).isEqualTo("开展农村村民自建桥梁安全隐患排查整治行动，共80座");
        assertThat(cross.get("message")).contains(OfficialWorkbooks.responsibilityFileName(MILUO, false), "90座");
    }

    @Test
    void rowsThatAreRightRaiseNothing() throws Exception {
        jobOperatorTestUtils.startJob(request().toJobParameters(RunIdentity.of(output.toString())));

        // 13: townships add up to exactly 17.14万人 (不少于); 31: 13 网点 against 不少于11个; 47: one 街道 builds 1个
        assertThat(findingsCsv()).extracting(r -> r.get("indicator_no"))
                .doesNotContain("13", "31", "47", "3", "14", "6", "17", "18", "36", "46");
    }

    @Test
    void writesTheWorkbookWithTheParsedTableAndEveryFinding() throws Exception {
        jobOperatorTestUtils.startJob(request().toJobParameters(RunIdentity.of(output.toString())));

        Path workbookFile = output.resolve("2026-03").resolve("reconciliation-2026-03.xlsx");
        try (InputStream in = Files.newInputStream(workbookFile); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet table = workbook.getSheet("官方分解表");
            assertThat(table.getRow(0).getCell(8).getStringCellValue()).isEqualTo("新市街道");
            // indicator 13 is the 13th data row; 新市街道 is its second township column
            assertThat(table.getRow(13).getCell(3).getStringCellValue()).startsWith("提升城乡居民基本医疗服务水平");
            assertThat(table.getRow(13).getCell(8).getNumericCellValue()).isEqualTo(0.8865);
            // 神鼎山镇 is the 15th township of indicator 1: coloured as a warning and commented
            var shendingshan = table.getRow(1).getCell(7 + 14);
            assertThat(table.getRow(0).getCell(7 + 14).getStringCellValue()).isEqualTo("神鼎山镇");
            assertThat(shendingshan.getCellStyle().getFillForegroundColor())
                    .isEqualTo(org.apache.poi.ss.usermodel.IndexedColors.LIGHT_YELLOW.getIndex());
            assertThat(shendingshan.getCellComment().getString().getString()).contains("【警告·", "神鼎山镇未填写目标值");
            // indicator 12's name states 1650万人次, its townships add up to 968: both figures in the comment, and no
            // submitted value, which the official tables do not hold
            assertThat(table.getRow(12).getCell(3).getStringCellValue()).startsWith("开展“技兴三湘一人一技”职业技能培训");
            List<String> twelve = new java.util.ArrayList<>();
            table.getRow(12).forEach(cell -> {
                if (cell.getCellComment() != null) {
                    twelve.add(cell.getCellComment().getString().getString());
                }
            });
            assertThat(twelve).singleElement().asString().contains("官方值：16500000；各乡镇目标合计：968")
                    .doesNotContain("报送值");
            assertThat(table.getPrintSetup().getLandscape()).isTrue();
            Sheet findings = workbook.getSheet("问题清单");
            assertThat(findings.getLastRowNum()).isEqualTo(findingsCsv().size());
            assertThat(workbook.getSheet("说明").getRow(0).getCell(1).getStringCellValue()).isEqualTo("2026-03");
        }
    }

    private ReconcileRequest request() {
        return new ReconcileRequest(Period.parse("2026-03"), official, work.resolve("submissions"), output);
    }

    private List<CSVRecord> findingsCsv() throws IOException {
        Path csv = output.resolve("2026-03").resolve("findings.csv");
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFFrule,severity,department,indicator_no,indicator,township,"
                + "official_value,submitted_value,difference,unit,file,sheet,cell,message,"
                + "rule_name,compared_value,compared_with\r\n");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(content.substring(1))).getRecords();
    }

    private static CSVRecord only(List<CSVRecord> findings, String rule) {
        List<CSVRecord> matching = findings.stream().filter(r -> r.get("rule").equals(rule)).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }
}

package cn.minsheng.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.model.SourceRef;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** findings.csv (SPEC §5): its header, and a figure that is neither official nor submitted in its own columns. */
class FindingsCsvWriterTests {

    /** The columns of release 0.1, which offices' own sheets and scripts read by position. */
    private static final List<String> FIRST_FOURTEEN = List.of("rule", "severity", "department", "indicator_no",
            "indicator", "township", "official_value", "submitted_value", "difference", "unit", "file", "sheet", "cell",
            "message");

    @TempDir
    Path folder;

    @Test
    void keepsTheFirstFourteenColumnsAndAddsTheRulesNameAndTheComparedFigureAtTheEnd() throws Exception {
        List<String> header = read(List.of()).get(0);

        assertThat(header.subList(0, 14)).containsExactlyElementsOf(FIRST_FOURTEEN);
        assertThat(header.subList(14, header.size())).containsExactly("rule_name", "compared_value", "compared_with");
    }

    @Test
    void aSheetsOwnTotalIsTheSubmittedFigureAndTheSumOfItsPartsTheComparedOne() throws Exception {
        Finding total = Finding.of(RuleCode.SUB_TOTAL_ROW_MISMATCH).department("县人社局").indicator("10", "创业担保贷款")
                .values(null, new BigDecimal("9050")).compared(new BigDecimal("9500.00"), "各部分之和").unit("万元")
                .source(new SourceRef("人社局.xls", "Sheet1", "D19")).message("表内合计9050与各部分之和9500不符").build();

        List<String> row = read(List.of(total)).get(1);

        assertThat(row.subList(6, 9)).containsExactly("", "9050", "");
        assertThat(row.subList(14, 17)).containsExactly("表内合计与明细不符", "9500", "各部分之和");
    }

    private List<List<String>> read(List<Finding> findings) throws Exception {
        Path written = new FindingsCsvWriter().write(folder.resolve("findings.csv"), findings);
        String content = Files.readString(written, StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(content.substring(1))).getRecords().stream()
                .map(CSVRecord::toList).toList();
    }
}

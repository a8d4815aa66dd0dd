package cn.minsheng.recon.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the runs of a test left behind: how many jobs ran, and a period's findings and submission ledger. */
public final class ReconOutputs {

    private final Path output;
    private final JdbcTemplate jdbc;

    public ReconOutputs(Path output, JdbcTemplate jdbc) {
        this.output = output;
        this.jdbc = jdbc;
    }

    /** Job executions started so far, finished or not. */
    public int started() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class);
    }

    public int withStatus(String status) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = ?", Integer.class, status);
    }

    public List<CSVRecord> findings(String period) throws IOException {
        String content = Files.readString(output.resolve(period).resolve("findings.csv"), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(content.substring(1))).getRecords();
    }

    /** The 报送情况 sheet: file name → status (已报送, 无法读取, …), files only. */
    public Map<String, String> ledger(String period) throws IOException {
        Path workbook = output.resolve(period).resolve("reconciliation-" + period + ".xlsx");
        Map<String, String> files = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(workbook); Workbook book = WorkbookFactory.create(in)) {
            for (Row row : book.getSheet("报送情况")) {
                String file = row.getCell(0).getStringCellValue();
                if (row.getRowNum() > 0 && !file.isEmpty()) {
                    files.put(file, row.getCell(2).getStringCellValue());
                }
            }
        }
        return files;
    }
}

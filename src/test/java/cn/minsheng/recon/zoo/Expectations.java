package cn.minsheng.recon.zoo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * What a county's run must produce, collected while its files are written: the findings (expected-findings.csv)
 * and, per submission file, how many values it holds at indicator × township positions (expected-values.csv).
 */
final class Expectations {

    static final String[] FINDING_HEADER = {"rule", "severity", "department", "indicator_no", "township", "file", "sheet", "cell"};
    static final String[] VALUES_HEADER = {"file", "values"};

    record Finding(String rule, String severity, String department, String indicatorNo, String township, String file,
            String sheet, String cell) {
    }

    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Integer> values = new LinkedHashMap<>();

    void finding(String rule, String severity, String department, Integer indicatorNo, String township, String file,
            String sheet, String cell) {
        findings.add(new Finding(rule, severity, blankIfNull(department), indicatorNo == null ? "" : indicatorNo.toString(),
                blankIfNull(township), blankIfNull(file), blankIfNull(sheet), blankIfNull(cell)));
    }

    void values(String file, int count) {
        values.merge(file, count, Integer::sum);
    }

    /** Writes both files; their modification time is fixed like the workbooks', so two runs write the same zoo. */
    void write(Path countyDir, FileTime modified) throws IOException {
        CSVFormat findingFormat = CSVFormat.DEFAULT.builder().setHeader(FINDING_HEADER).setRecordSeparator("\n").get();
        try (Writer out = Files.newBufferedWriter(countyDir.resolve("expected-findings.csv"), StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, findingFormat)) {
            for (Finding f : findings) {
                printer.printRecord(f.rule(), f.severity(), f.department(), f.indicatorNo(), f.township(), f.file(),
                        f.sheet(), f.cell());
            }
        }
        CSVFormat valuesFormat = CSVFormat.DEFAULT.builder().setHeader(VALUES_HEADER).setRecordSeparator("\n").get();
        try (Writer out = Files.newBufferedWriter(countyDir.resolve("expected-values.csv"), StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, valuesFormat)) {
            for (Map.Entry<String, Integer> v : values.entrySet()) {
                printer.printRecord(v.getKey(), v.getValue());
            }
        }
        Files.setLastModifiedTime(countyDir.resolve("expected-findings.csv"), modified);
        Files.setLastModifiedTime(countyDir.resolve("expected-values.csv"), modified);
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s;
    }
}

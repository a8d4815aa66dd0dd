package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.model.Decimals;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes {@code findings.csv} (SPEC §5): UTF-8 with BOM so Excel opens it in Chinese, RFC 4180. */
public final class FindingsCsvWriter {

    /**
     * The columns, in order; their names are the header. The first fourteen never change name or order; columns
     * are added at the end.
     */
    public enum Column {
        rule, severity, department, indicator_no, indicator, township, official_value, submitted_value,
        difference, unit, file, sheet, cell, message, rule_name, compared_value, compared_with
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(Column.class).get();

    /** Writes the findings to {@code target}, or beside it when it is open elsewhere; returns the file written. */
    public Path write(Path target, List<Finding> findings) throws IOException {
        return AtomicFiles.writeBesideLocked(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
                for (Finding f : findings) {
                    printer.printRecord(f.rule().name(), f.severity().name(), text(f.department()),
                            text(f.indicatorNo()), text(f.indicator()), text(f.township()),
                            Decimals.plain(f.officialValue()), Decimals.plain(f.submittedValue()),
                            Decimals.plain(f.difference()), text(f.unit()), text(f.source().file()),
                            text(f.source().sheet()), f.source().cell(), text(f.message()), f.rule().title(),
                            Decimals.plain(f.comparedValue()), f.comparedWith());
                }
            }
        });
    }

    private static String text(String value) {
        return FormulaText.neutralise(value);
    }
}

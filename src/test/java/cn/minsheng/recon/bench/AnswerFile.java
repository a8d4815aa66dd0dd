package cn.minsheng.recon.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A corpus's answer file against a run's findings.csv, compared on what the answer file states of each defect: rule,
 * department, indicator number, township, file and cell.
 */
final class AnswerFile {

    private AnswerFile() {
    }

    /** The defects planted in {@code county}, as keys. */
    static Set<String> planted(Path corpus, String county) {
        return records(corpus.resolve(CorpusGenerator.ANSWER_FILE)).stream()
                .filter(r -> r.get("county").equals(county)).map(AnswerFile::key).collect(Collectors.toSet());
    }

    /** The findings of a run, as keys. */
    static Set<String> found(Path findingsCsv) {
        return records(findingsCsv).stream().map(AnswerFile::key).collect(Collectors.toSet());
    }

    /** Lines of the answer file, every county. */
    static List<CSVRecord> records(Path csv) {
        try {
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(CSVRecord record) {
        return String.join("|", record.get("rule"), record.get("department"), record.get("indicator_no"),
                record.get("township"), record.get("file"), record.get("cell"));
    }
}

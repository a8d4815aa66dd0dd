package cn.minsheng.recon.corpus;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A corpus's answer file against a run's findings.csv, compared on what the answer file states of each defect: rule,
 * department, indicator number, township, file and cell.
 */
public final class AnswerFile {

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

    /**
     * The findings of every county against the defects planted in it, as one line: how many planted, how many found,
     * and whether they are exactly the planted ones in every county.
     *
     * @param findings a county's name to its findings.csv
     */
    public static String recall(Path corpus, List<Path> counties, Function<String, Path> findings) {
        int planted = 0;
        int found = 0;
        List<String> differing = new ArrayList<>();
        for (Path county : counties) {
            String name = county.getFileName().toString();
            Set<String> expected = planted(corpus, name);
            Set<String> actual = found(findings.apply(name));
            planted += expected.size();
            found += actual.size();
            if (!expected.equals(actual)) {
                differing.add(name);
            }
        }
        return String.format("%d planted, %d found, %s", planted, found,
                differing.isEmpty() ? "exactly the planted ones in every county" : "differing in " + differing);
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

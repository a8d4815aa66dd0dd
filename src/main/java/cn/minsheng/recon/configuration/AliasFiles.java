package cn.minsheng.recon.configuration;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/** Reads an alias table: a UTF-8 CSV (BOM allowed, {@code #} comments) of {@code alias,canonical} rows. */
public final class AliasFiles {

    /** The CSV of the office's tables in {@code config/}: a header, {@code #} comments, blank lines, cells trimmed. */
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private AliasFiles() {
    }

    /** Alias → canonical name; an absent file is an empty table. */
    public static Map<String, String> read(Path file) throws IOException {
        Map<String, String> aliases = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return aliases;
        }
        try (Reader reader = new java.io.InputStreamReader(
                BOMInputStream.builder().setPath(file).get(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : FORMAT.parse(reader)) {
                if (row.size() >= 2 && !row.get(0).isEmpty() && !row.get(1).isEmpty()) {
                    aliases.put(row.get(0), row.get(1));
                }
            }
        }
        return aliases;
    }
}

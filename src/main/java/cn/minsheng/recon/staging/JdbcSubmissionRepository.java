package cn.minsheng.recon.staging;

import cn.minsheng.recon.domain.model.Decimals;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.submission.Layout;
import cn.minsheng.recon.domain.submission.Reading;
import cn.minsheng.recon.domain.submission.Submission;
import cn.minsheng.recon.domain.submission.SubmissionSheet;
import cn.minsheng.recon.domain.submission.SubmittedValue;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stages every ingested file and every value it holds, with its source cell, in H2; the reconcile step reads
 * them back. A file staged again (a restarted partition) replaces what it staged before.
 */
@Repository
public class JdbcSubmissionRepository {

    private final JdbcTemplate jdbc;

    public JdbcSubmissionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void replace(long execution, StagedFile file) {
        for (String table : List.of("RECON_SUBMITTED_VALUE", "RECON_SUBMISSION_SHEET", "RECON_SUBMISSION_FILE")) {
            jdbc.update("DELETE FROM " + table + " WHERE JOB_EXECUTION_ID = ? AND FILE_NAME = ?", execution,
                    file.name());
        }
        Optional<Submission> submission = file.submission();
        jdbc.update("INSERT INTO RECON_SUBMISSION_FILE (JOB_EXECUTION_ID, FILE_NAME, SIZE_BYTES, MODIFIED, SHA256, "
                        + "IGNORED, UNREADABLE, DECLARED_DEPARTMENT, DECLARED_DATE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                execution, file.name(), file.size(), OffsetDateTime.ofInstant(file.modified(), ZoneOffset.UTC),
                file.sha256(), file.ignored(), file.unreadable(),
                submission.flatMap(Submission::declaredDepartment).orElse(null),
                submission.flatMap(Submission::declaredDate).map(Date::valueOf).orElse(null));
        if (submission.isEmpty()) {
            return;
        }
        List<SubmissionSheet> sheets = submission.get().sheets();
        List<Object[]> values = new ArrayList<>();
        for (int s = 0; s < sheets.size(); s++) {
            SubmissionSheet sheet = sheets.get(s);
            jdbc.update("INSERT INTO RECON_SUBMISSION_SHEET (JOB_EXECUTION_ID, FILE_NAME, SHEET_NO, SHEET_NAME, "
                    + "LAYOUT, HEADER_CELL) VALUES (?, ?, ?, ?, ?, ?)", execution, file.name(), s, sheet.sheet(),
                    sheet.layout().name(), sheet.header().cell());
            int seq = 0;
            for (SubmittedValue value : sheet.values()) {
                values.add(row(execution, file.name(), s, seq++, false, value));
            }
            for (SubmittedValue value : sheet.unplaced()) {
                values.add(row(execution, file.name(), s, seq++, true, value));
            }
        }
        jdbc.batchUpdate("INSERT INTO RECON_SUBMITTED_VALUE (JOB_EXECUTION_ID, FILE_NAME, SHEET_NO, SEQ, UNPLACED, "
                + "CELL, INDICATOR_LABEL, INDICATOR_NO, TOWNSHIP_LABEL, VILLAGE, UNIT_TEXT, READING, NUMBER_VALUE, "
                + "TEXT_VALUE, IS_TOTAL, LABEL_CELL, UNIT_CELL) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
    }

    /** Every file staged by the execution, in file-name order, with its submission rebuilt. */
    public List<StagedFile> findAll(long execution) {
        return files(execution, Optional.of(sheets(execution)));
    }

    /**
     * Every file staged by the execution, in file-name order: name, size, time, hash and status only — the
     * {@code submission} of each is left empty, for callers that need the ledger, not the values.
     */
    public List<StagedFile> findFiles(long execution) {
        return files(execution, Optional.empty());
    }

    private List<StagedFile> files(long execution, Optional<Map<String, List<SubmissionSheet>>> sheets) {
        return jdbc.query("SELECT * FROM RECON_SUBMISSION_FILE WHERE JOB_EXECUTION_ID = ? ORDER BY FILE_NAME",
                (rs, n) -> {
                    String name = rs.getString("FILE_NAME");
                    String unreadable = rs.getString("UNREADABLE");
                    boolean ignored = rs.getBoolean("IGNORED");
                    Optional<String> department = Optional.ofNullable(rs.getString("DECLARED_DEPARTMENT"));
                    Optional<LocalDate> date = Optional.ofNullable(rs.getDate("DECLARED_DATE")).map(Date::toLocalDate);
                    Optional<Submission> submission = ignored || !unreadable.isEmpty() ? Optional.empty()
                            : sheets.map(all -> new Submission(name, department, date,
                                    all.getOrDefault(name, List.of())));
                    return new StagedFile(name, rs.getLong("SIZE_BYTES"),
                            rs.getObject("MODIFIED", OffsetDateTime.class).toInstant(), rs.getString("SHA256"),
                            ignored, unreadable, submission);
                }, execution);
    }

    private Map<String, List<SubmissionSheet>> sheets(long execution) {
        Map<String, Map<Integer, List<SubmittedValue>>> values = new LinkedHashMap<>();
        Map<String, Map<Integer, List<SubmittedValue>>> unplaced = new LinkedHashMap<>();
        Map<String, String> sheetNames = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM RECON_SUBMISSION_SHEET WHERE JOB_EXECUTION_ID = ?",
                rs -> { sheetNames.put(rs.getString("FILE_NAME") + "|" + rs.getInt("SHEET_NO"),
                        rs.getString("SHEET_NAME")); }, execution);
        jdbc.query("SELECT * FROM RECON_SUBMITTED_VALUE WHERE JOB_EXECUTION_ID = ? ORDER BY FILE_NAME, SHEET_NO, SEQ",
                rs -> {
                    String file = rs.getString("FILE_NAME");
                    int sheetNo = rs.getInt("SHEET_NO");
                    SubmittedValue value = value(rs, file, sheetNames.get(file + "|" + sheetNo));
                    (rs.getBoolean("UNPLACED") ? unplaced : values).computeIfAbsent(file, f -> new LinkedHashMap<>())
                            .computeIfAbsent(sheetNo, s -> new ArrayList<>()).add(value);
                }, execution);
        Map<String, List<SubmissionSheet>> sheets = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM RECON_SUBMISSION_SHEET WHERE JOB_EXECUTION_ID = ? ORDER BY FILE_NAME, SHEET_NO",
                rs -> {
                    String file = rs.getString("FILE_NAME");
                    int sheetNo = rs.getInt("SHEET_NO");
                    String sheet = rs.getString("SHEET_NAME");
                    sheets.computeIfAbsent(file, f -> new ArrayList<>()).add(new SubmissionSheet(sheet,
                            Layout.valueOf(rs.getString("LAYOUT")), new SourceRef(file, sheet, rs.getString("HEADER_CELL")),
                            values.getOrDefault(file, Map.of()).getOrDefault(sheetNo, List.of()),
                            unplaced.getOrDefault(file, Map.of()).getOrDefault(sheetNo, List.of())));
                }, execution);
        return sheets;
    }

    private static Object[] row(long execution, String file, int sheet, int seq, boolean unplaced,
            SubmittedValue value) {
        Reading reading = value.reading();
        BigDecimal number = reading instanceof Reading.Number n ? n.value() : null;
        String text = reading instanceof Reading.Text t ? t.text()
                : reading instanceof Reading.FormulaWithoutValue f ? f.formula() : null;
        return new Object[] {execution, file, sheet, seq, unplaced, value.source().cell(), value.indicatorLabel(),
            value.indicatorNo(), value.townshipLabel(), value.village(), value.unitText(),
            reading.getClass().getSimpleName(), number, text, value.total(), cellOrNull(value.label()),
            cellOrNull(value.unit())};
    }

    /** Only the cell is staged: a label or unit cell is on the value's own sheet. */
    private static String cellOrNull(SourceRef ref) {
        return ref.cell().isEmpty() ? null : ref.cell();
    }

    private static SourceRef ref(String file, String sheet, String cell) {
        return cell == null || cell.isEmpty() ? SourceRef.none() : new SourceRef(file, sheet, cell);
    }

    private static SubmittedValue value(ResultSet rs, String file, String sheet) throws SQLException {
        String text = rs.getString("TEXT_VALUE");
        Reading reading = switch (rs.getString("READING")) {
            case "Number" -> new Reading.Number(Decimals.strip(rs.getBigDecimal("NUMBER_VALUE")));
            case "Text" -> new Reading.Text(text);
            case "FormulaWithoutValue" -> new Reading.FormulaWithoutValue(text);
            default -> new Reading.Blank();
        };
        return new SubmittedValue(new SourceRef(file, sheet, rs.getString("CELL")),
                ref(file, sheet, rs.getString("LABEL_CELL")), ref(file, sheet, rs.getString("UNIT_CELL")),
                rs.getString("INDICATOR_LABEL"), rs.getString("INDICATOR_NO"), rs.getString("TOWNSHIP_LABEL"),
                rs.getString("VILLAGE"), rs.getString("UNIT_TEXT"), reading, rs.getBoolean("IS_TOTAL"));
    }
}

package cn.minsheng.recon.staging;

import cn.minsheng.recon.domain.reconcile.ReceivedFile;
import cn.minsheng.recon.domain.submission.Submission;
import cn.minsheng.recon.domain.submission.SubmissionSheet;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stages every ingested file in H2, one row each: its name, size, time, hash and status, and every value it holds
 * with its source cell as one block ({@link SubmissionCodec}); the reconcile step reads them back. A file staged
 * again (a restarted partition) replaces what it staged before.
 */
@Repository
public class JdbcSubmissionRepository {

    private final JdbcTemplate jdbc;

    public JdbcSubmissionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void replace(long execution, StagedFile file) {
        jdbc.update("DELETE FROM RECON_SUBMISSION_FILE WHERE JOB_EXECUTION_ID = ? AND FILE_NAME = ?", execution,
                file.name());
        Optional<Submission> submission = file.submission();
        jdbc.update("INSERT INTO RECON_SUBMISSION_FILE (JOB_EXECUTION_ID, FILE_NAME, SIZE_BYTES, MODIFIED, SHA256, "
                        + "IGNORED, UNREADABLE, DECLARED_DEPARTMENT, DECLARED_DATE, SHEETS) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                execution, file.name(), file.size(), OffsetDateTime.ofInstant(file.modified(), ZoneOffset.UTC),
                file.sha256(), file.ignored(), file.unreadable(),
                submission.flatMap(Submission::declaredDepartment).orElse(null),
                submission.flatMap(Submission::declaredDate).map(Date::valueOf).orElse(null),
                submission.map(read -> SubmissionCodec.encode(read.sheets())).orElse(null));
    }

    /**
     * Every file staged by the execution and not ignored, in file-name order, as the reconciler receives it: the
     * values of a read file are fetched from the database and rebuilt each time they are asked for, so that the
     * reconciler holds one file's values at a time, not a county's.
     */
    public List<ReceivedFile> findReceived(long execution) {
        return jdbc.query("SELECT FILE_NAME, MODIFIED, UNREADABLE, DECLARED_DEPARTMENT, DECLARED_DATE "
                        + "FROM RECON_SUBMISSION_FILE WHERE JOB_EXECUTION_ID = ? AND IGNORED = FALSE ORDER BY FILE_NAME",
                (rs, n) -> {
                    String name = rs.getString("FILE_NAME");
                    Instant modified = rs.getObject("MODIFIED", OffsetDateTime.class).toInstant();
                    String unreadable = rs.getString("UNREADABLE");
                    if (!unreadable.isEmpty()) {
                        return ReceivedFile.unreadable(name, modified, unreadable);
                    }
                    Optional<String> department = Optional.ofNullable(rs.getString("DECLARED_DEPARTMENT"));
                    Optional<LocalDate> date = Optional.ofNullable(rs.getDate("DECLARED_DATE")).map(Date::toLocalDate);
                    return ReceivedFile.staged(name, modified, department, date,
                            () -> new Submission(name, department, date, sheets(execution, name)));
                }, execution);
    }

    /**
     * Every file staged by the execution, in file-name order: name, size, time, hash and status only — the
     * {@code submission} of each is left empty, for callers that need the ledger, not the values.
     */
    public List<StagedFile> findFiles(long execution) {
        return jdbc.query("SELECT FILE_NAME, SIZE_BYTES, MODIFIED, SHA256, IGNORED, UNREADABLE "
                        + "FROM RECON_SUBMISSION_FILE WHERE JOB_EXECUTION_ID = ? ORDER BY FILE_NAME",
                (rs, n) -> new StagedFile(rs.getString("FILE_NAME"), rs.getLong("SIZE_BYTES"),
                        rs.getObject("MODIFIED", OffsetDateTime.class).toInstant(), rs.getString("SHA256"),
                        rs.getBoolean("IGNORED"), rs.getString("UNREADABLE"), Optional.empty()), execution);
    }

    /** The names of the files staged under the execution. */
    public Set<String> stagedNames(long execution) {
        return new HashSet<>(jdbc.queryForList("SELECT FILE_NAME FROM RECON_SUBMISSION_FILE WHERE JOB_EXECUTION_ID = ?",
                String.class, execution));
    }

    private List<SubmissionSheet> sheets(long execution, String file) {
        byte[] encoded = jdbc.queryForObject("SELECT SHEETS FROM RECON_SUBMISSION_FILE WHERE JOB_EXECUTION_ID = ? "
                + "AND FILE_NAME = ?", byte[].class, execution, file);
        return encoded == null ? List.of() : SubmissionCodec.decode(file, encoded);
    }
}

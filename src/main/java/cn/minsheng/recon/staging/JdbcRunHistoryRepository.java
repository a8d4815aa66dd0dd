package cn.minsheng.recon.staging;

import cn.minsheng.recon.domain.model.Period;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The history of completed runs: what each read (with hashes) and what it found, period by period. */
@Repository
public class JdbcRunHistoryRepository {

    private final JdbcTemplate jdbc;

    public JdbcRunHistoryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a run (again, when its report step is re-run) with its inputs. */
    @Transactional
    public void record(RunRecord run, List<RunRecord.Input> inputs) {
        jdbc.update("DELETE FROM RECON_RUN_INPUT WHERE JOB_EXECUTION_ID = ?", run.executionId());
        jdbc.update("DELETE FROM RECON_RUN WHERE JOB_EXECUTION_ID = ?", run.executionId());
        jdbc.update("INSERT INTO RECON_RUN (JOB_EXECUTION_ID, PERIOD, RUN_TIME, OUTPUT_FOLDER, FILES, ERRORS, WARNINGS, "
                + "INFOS, ADDED, RESOLVED) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", run.executionId(), run.period().toString(),
                Timestamp.valueOf(run.runTime()), run.outputFolder(), run.files(), run.errors(), run.warnings(),
                run.infos(), run.added(), run.resolved());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            RunRecord.Input input = inputs.get(i);
            rows.add(new Object[] {run.executionId(), i, input.kind(), input.name(), input.sha256(), input.size()});
        }
        jdbc.batchUpdate("INSERT INTO RECON_RUN_INPUT (JOB_EXECUTION_ID, SEQ, KIND, NAME, SHA256, SIZE_BYTES) "
                + "VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    /** The latest run of {@code period} into {@code outputFolder} recorded before the execution {@code before}. */
    public Optional<RunRecord> previous(Period period, String outputFolder, long before) {
        return jdbc.query("SELECT * FROM RECON_RUN WHERE PERIOD = ? AND OUTPUT_FOLDER = ? AND JOB_EXECUTION_ID < ? "
                + "ORDER BY JOB_EXECUTION_ID DESC LIMIT 1", JdbcRunHistoryRepository::run, period.toString(), outputFolder, before)
                .stream().findFirst();
    }

    /** Every recorded run, oldest first; of one period when given. */
    public List<RunRecord> findAll(Optional<Period> period) {
        return period.map(p -> jdbc.query("SELECT * FROM RECON_RUN WHERE PERIOD = ? ORDER BY JOB_EXECUTION_ID",
                        JdbcRunHistoryRepository::run, p.toString()))
                .orElseGet(() -> jdbc.query("SELECT * FROM RECON_RUN ORDER BY JOB_EXECUTION_ID",
                        JdbcRunHistoryRepository::run));
    }

    public List<RunRecord.Input> inputs(long executionId) {
        return jdbc.query("SELECT * FROM RECON_RUN_INPUT WHERE JOB_EXECUTION_ID = ? ORDER BY SEQ",
                (rs, n) -> new RunRecord.Input(rs.getString("KIND"), rs.getString("NAME"), rs.getString("SHA256"),
                        rs.getLong("SIZE_BYTES")), executionId);
    }

    private static RunRecord run(ResultSet rs, int rowNum) throws SQLException {
        return new RunRecord(rs.getLong("JOB_EXECUTION_ID"), Period.parse(rs.getString("PERIOD")),
                rs.getTimestamp("RUN_TIME").toLocalDateTime(), rs.getString("OUTPUT_FOLDER"), rs.getInt("FILES"),
                rs.getInt("ERRORS"), rs.getInt("WARNINGS"), rs.getInt("INFOS"), rs.getInt("ADDED"),
                rs.getInt("RESOLVED"));
    }
}

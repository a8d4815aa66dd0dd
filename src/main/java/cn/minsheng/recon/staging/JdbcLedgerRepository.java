package cn.minsheng.recon.staging;

import cn.minsheng.recon.domain.reconcile.FileOutcome;
import cn.minsheng.recon.domain.reconcile.FileStatus;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Stores the submission ledger of a run: a line per file received and per expected department that sent nothing. */
@Repository
public class JdbcLedgerRepository {

    private final JdbcTemplate jdbc;

    public JdbcLedgerRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void replace(long execution, List<FileOutcome> lines) {
        jdbc.update("DELETE FROM RECON_LEDGER WHERE JOB_EXECUTION_ID = ?", execution);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            FileOutcome line = lines.get(i);
            rows.add(new Object[] {execution, i, line.file(), line.department(), line.status().name(),
                line.valuesRead(), line.valuesReconciled(), line.valuesUnderFinding(), line.findings()});
        }
        jdbc.batchUpdate("INSERT INTO RECON_LEDGER (JOB_EXECUTION_ID, SEQ, FILE_NAME, DEPARTMENT, STATUS, VALUES_READ, "
                + "VALUES_RECONCILED, VALUES_UNDER_FINDING, FINDINGS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    public List<FileOutcome> findAll(long execution) {
        return jdbc.query("SELECT * FROM RECON_LEDGER WHERE JOB_EXECUTION_ID = ? ORDER BY SEQ",
                (rs, n) -> new FileOutcome(rs.getString("FILE_NAME"), rs.getString("DEPARTMENT"),
                        FileStatus.valueOf(rs.getString("STATUS")), rs.getInt("VALUES_READ"),
                        rs.getInt("VALUES_RECONCILED"), rs.getInt("VALUES_UNDER_FINDING"), rs.getInt("FINDINGS")),
                execution);
    }
}

package cn.minsheng.recon.staging;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands what earlier executions of a job instance staged over to the execution that restarts it: the steps and
 * partitions they completed are not run again, and their findings, files, values and ledger are then found under
 * the restarting execution's id, as if one execution had done it all.
 */
@Repository
public class JdbcStagingHandOver {

    /** Every table keyed by JOB_EXECUTION_ID (db/migration). */
    private static final List<String> TABLES = List.of("RECON_FINDING", "RECON_SUBMISSION_FILE", "RECON_LEDGER",
            "RECON_FIGURE", "RECON_RUN", "RECON_RUN_INPUT");

    private final JdbcTemplate jdbc;

    public JdbcStagingHandOver(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the rows staged by {@code earlier} executions to {@code execution}, all or none. */
    @Transactional
    public void handOver(Collection<Long> earlier, long execution) {
        for (long from : earlier) {
            for (String table : TABLES) {
                jdbc.update("UPDATE " + table + " SET JOB_EXECUTION_ID = ? WHERE JOB_EXECUTION_ID = ?", execution,
                        from);
            }
        }
    }
}

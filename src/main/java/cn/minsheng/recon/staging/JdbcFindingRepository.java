package cn.minsheng.recon.staging;

import cn.minsheng.recon.domain.finding.Finding;
import cn.minsheng.recon.domain.finding.RuleCode;
import cn.minsheng.recon.domain.finding.Severity;
import cn.minsheng.recon.domain.model.Decimals;
import cn.minsheng.recon.domain.model.SourceRef;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the findings of a job execution in H2, by stage, so that a stage re-run replaces its own findings
 * and reports read them all back in order.
 */
@Repository
public class JdbcFindingRepository {

    private static final String INSERT = "INSERT INTO RECON_FINDING (JOB_EXECUTION_ID, STAGE, SEQ, RULE, SEVERITY, "
            + "DEPARTMENT, INDICATOR_NO, INDICATOR, TOWNSHIP, OFFICIAL_VALUE, SUBMITTED_VALUE, DIFFERENCE, "
            + "COMPARED_VALUE, COMPARED_WITH, UNIT, FILE_NAME, SHEET_NAME, CELL, MESSAGE, LEAD_LEADER, LEAD_UNIT) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    public JdbcFindingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces what {@code stage} of the execution stored before with {@code findings}. */
    @Transactional
    public void replace(long jobExecutionId, String stage, List<Finding> findings) {
        jdbc.update("DELETE FROM RECON_FINDING WHERE JOB_EXECUTION_ID = ? AND STAGE = ?", jobExecutionId, stage);
        List<Object[]> rows = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            rows.add(new Object[] {jobExecutionId, stage, i, f.rule().name(), f.severity().name(), f.department(),
                f.indicatorNo(), f.indicator(), f.township(), f.officialValue(), f.submittedValue(), f.difference(),
                f.comparedValue(), f.comparedWith(), f.unit(), f.source().file(), f.source().sheet(),
                f.source().cell(), f.message(), f.leadLeader(), f.leadUnit()});
        }
        jdbc.batchUpdate(INSERT, rows);
    }

    /** Every finding of the execution, stage by stage in the order stored. */
    public List<Finding> findAll(long jobExecutionId) {
        return jdbc.query("SELECT * FROM RECON_FINDING WHERE JOB_EXECUTION_ID = ? ORDER BY STAGE, SEQ",
                JdbcFindingRepository::finding, jobExecutionId);
    }

    private static Finding finding(ResultSet rs, int rowNum) throws SQLException {
        return new Finding(RuleCode.valueOf(rs.getString("RULE")), Severity.valueOf(rs.getString("SEVERITY")),
                rs.getString("DEPARTMENT"), rs.getString("INDICATOR_NO"), rs.getString("INDICATOR"),
                rs.getString("TOWNSHIP"), decimal(rs, "OFFICIAL_VALUE"), decimal(rs, "SUBMITTED_VALUE"),
                decimal(rs, "DIFFERENCE"), decimal(rs, "COMPARED_VALUE"), rs.getString("COMPARED_WITH"),
                rs.getString("UNIT"),
                new SourceRef(rs.getString("FILE_NAME"), rs.getString("SHEET_NAME"), rs.getString("CELL")),
                rs.getString("MESSAGE"), rs.getString("LEAD_LEADER"), rs.getString("LEAD_UNIT"));
    }

    private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : Decimals.strip(value);
    }
}

package cn.minsheng.recon.staging;

import cn.minsheng.recon.domain.model.Decimals;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.reconcile.SubmittedFigure;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Stores the submitted numbers that stand after a run's reconciliation, for the 分解对账 sheet. */
@Repository
public class JdbcFigureRepository {

    private final JdbcTemplate jdbc;

    public JdbcFigureRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void replace(long execution, List<SubmittedFigure> figures) {
        jdbc.update("DELETE FROM RECON_FIGURE WHERE JOB_EXECUTION_ID = ?", execution);
        List<Object[]> rows = new ArrayList<>(figures.size());
        for (int i = 0; i < figures.size(); i++) {
            SubmittedFigure f = figures.get(i);
            rows.add(new Object[] {execution, i, f.indicatorNo(), f.township(), f.value(), f.department(),
                f.source().file(), f.source().sheet(), f.source().cell()});
        }
        jdbc.batchUpdate("INSERT INTO RECON_FIGURE (JOB_EXECUTION_ID, SEQ, INDICATOR_NO, TOWNSHIP, FIGURE, DEPARTMENT, "
                + "FILE_NAME, SHEET_NAME, CELL) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    public List<SubmittedFigure> findAll(long execution) {
        return jdbc.query("SELECT * FROM RECON_FIGURE WHERE JOB_EXECUTION_ID = ? ORDER BY SEQ",
                (rs, n) -> new SubmittedFigure(rs.getString("INDICATOR_NO"), rs.getString("TOWNSHIP"),
                        Decimals.strip(rs.getBigDecimal("FIGURE")), rs.getString("DEPARTMENT"),
                        new SourceRef(rs.getString("FILE_NAME"), rs.getString("SHEET_NAME"), rs.getString("CELL"))),
                execution);
    }
}

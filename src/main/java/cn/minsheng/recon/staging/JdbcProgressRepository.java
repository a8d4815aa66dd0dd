package cn.minsheng.recon.staging;

import cn.minsheng.recon.domain.model.Decimals;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.domain.model.SourceRef;
import cn.minsheng.recon.domain.progress.Light;
import cn.minsheng.recon.domain.progress.ProgressHistory;
import cn.minsheng.recon.domain.progress.ProgressVerdict;
import cn.minsheng.recon.domain.reconcile.ProgressFigure;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each run's completion figures and their lights (SPEC §7), and reads back those of earlier periods as
 * {@link ProgressHistory}: for each earlier period the latest completed run (one recorded in RECON_RUN) into the
 * same output folder and county.
 */
@Repository
public class JdbcProgressRepository {

    private final JdbcTemplate jdbc;

    public JdbcProgressRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a run's figures belong: its period, its output folder (absolute) and its county (empty for none). */
    public record Place(Period period, String outputRoot, String county) {
    }

    @Transactional
    public void replace(long execution, Place place, List<ProgressFigure> figures) {
        jdbc.update("DELETE FROM RECON_PROGRESS WHERE JOB_EXECUTION_ID = ?", execution);
        List<Object[]> rows = new ArrayList<>(figures.size());
        for (int i = 0; i < figures.size(); i++) {
            ProgressFigure f = figures.get(i);
            Optional<ProgressVerdict> v = f.verdict();
            rows.add(new Object[] {execution, i, place.period().toString(), place.outputRoot(), place.county(),
                f.department(), f.indicatorNo(), f.township(), f.completion(), f.light().map(Enum::name).orElse(null),
                f.source().file(), f.source().sheet(), f.source().cell(),
                v.map(ProgressVerdict::target).orElse(null), v.map(ProgressVerdict::rate).orElse(null),
                v.flatMap(ProgressVerdict::scheduled).orElse(null), v.flatMap(ProgressVerdict::pointsBehind).orElse(null),
                f.redMonths(), f.note().isEmpty() ? null : f.note()});
        }
        jdbc.batchUpdate("INSERT INTO RECON_PROGRESS (JOB_EXECUTION_ID, SEQ, PERIOD, OUTPUT_ROOT, COUNTY, DEPARTMENT, "
                + "INDICATOR_NO, TOWNSHIP, COMPLETION, LIGHT, FILE_NAME, SHEET_NAME, CELL, TARGET, RATE, SCHEDULED, "
                + "POINTS_BEHIND, RED_MONTHS, NOTE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** The figures a run judged, in the order judged. */
    public List<ProgressFigure> findAll(long execution) {
        return jdbc.query("SELECT * FROM RECON_PROGRESS WHERE JOB_EXECUTION_ID = ? ORDER BY SEQ", (rs, n) -> {
            BigDecimal completion = Decimals.strip(rs.getBigDecimal("COMPLETION"));
            String light = rs.getString("LIGHT");
            Optional<BigDecimal> target = decimal(rs, "TARGET");
            // a figure recorded before V4 kept its light but not what it was judged against
            Optional<ProgressVerdict> verdict = light == null || target.isEmpty() ? Optional.empty()
                    : Optional.of(new ProgressVerdict(target.get(), completion, decimal(rs, "RATE").orElseThrow(),
                            decimal(rs, "SCHEDULED"), decimal(rs, "POINTS_BEHIND"), Light.valueOf(light)));
            return new ProgressFigure(rs.getString("DEPARTMENT"), rs.getString("INDICATOR_NO"),
                    rs.getString("TOWNSHIP"), completion, verdict,
                    rs.getInt("RED_MONTHS"), new SourceRef(rs.getString("FILE_NAME"), rs.getString("SHEET_NAME"),
                            rs.getString("CELL")), rs.getString("NOTE"));
        }, execution);
    }

    /** The figures of the periods before {@code place}'s, each from its latest completed run there. */
    public ProgressHistory before(Place place) {
        return new ProgressHistory(jdbc.query("SELECT P.* FROM RECON_PROGRESS P WHERE P.OUTPUT_ROOT = ? "
                        + "AND P.COUNTY = ? AND P.PERIOD < ? AND P.JOB_EXECUTION_ID = (SELECT MAX(Q.JOB_EXECUTION_ID) "
                        + "FROM RECON_PROGRESS Q JOIN RECON_RUN R ON R.JOB_EXECUTION_ID = Q.JOB_EXECUTION_ID "
                        + "WHERE Q.OUTPUT_ROOT = P.OUTPUT_ROOT AND Q.COUNTY = P.COUNTY AND Q.PERIOD = P.PERIOD)",
                (rs, n) -> new ProgressHistory.Recorded(Period.parse(rs.getString("PERIOD")),
                        rs.getString("DEPARTMENT"), rs.getString("INDICATOR_NO"), rs.getString("TOWNSHIP"),
                        Decimals.strip(rs.getBigDecimal("COMPLETION")),
                        Optional.ofNullable(rs.getString("LIGHT")).map(Light::valueOf)),
                place.outputRoot(), place.county(), place.period().toString()));
    }

    private static Optional<BigDecimal> decimal(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getBigDecimal(column)).map(Decimals::strip);
    }
}

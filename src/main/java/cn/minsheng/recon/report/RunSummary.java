package cn.minsheng.recon.report;

import cn.minsheng.recon.domain.finding.FindingChanges;
import cn.minsheng.recon.domain.model.Period;
import cn.minsheng.recon.workbook.InputFile;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the 说明 sheet states about a run.
 *
 * @param period  the reconciled period ({@code 2026-03})
 * @param runTime when the run started
 * @param inputs  the official tables read, with their SHA-256
 * @param ledger  every submission file and every expected department that sent nothing
 * @param changes what changed since the previous run of the period
 * @param reply   when corrections are due back and whom units ask
 * @param noSubmissionsFolder the period's submissions folder did not exist: every unit is counted 未报送
 */
public record RunSummary(Period period, LocalDateTime runTime, List<InputFile> inputs, List<LedgerEntry> ledger,
                         FindingChanges changes, ReplyTerms reply, boolean noSubmissionsFolder) {

    /** The sentence that says so, on the console and on 首页. */
    public static final String NO_SUBMISSIONS_FOLDER = "本期报送目录不存在，视为全部未报送";
}

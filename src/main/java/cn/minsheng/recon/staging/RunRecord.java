package cn.minsheng.recon.staging;

import cn.minsheng.recon.domain.model.Period;
import java.time.LocalDateTime;

/**
 * A completed run as the history keeps it.
 *
 * @param files    submission files received (ignored ones included)
 * @param added    findings that the previous run of the period did not have
 * @param resolved findings of the previous run that are gone
 */
public record RunRecord(long executionId, Period period, LocalDateTime runTime, String outputFolder, int files,
                        int errors, int warnings, int infos, int added, int resolved) {

    /**
     * One input of a run.
     *
     * @param kind 官方表 or 报送
     */
    public record Input(String kind, String name, String sha256, long size) {
    }
}

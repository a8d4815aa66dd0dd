package cn.minsheng.recon.domain.progress;

import cn.minsheng.recon.domain.finding.Finding;
import java.util.List;
import java.util.Optional;

/**
 * What judging one completion figure gave: its verdict, and the findings it raised (PRG_LAGGING, PRG_OVER_TARGET).
 *
 * @param verdict  empty when there is nothing to hold the figure to (no target, or a target of 0)
 * @param findings the findings, in the order raised
 */
public record Judgement(Optional<ProgressVerdict> verdict, List<Finding> findings) {

    public Judgement {
        findings = List.copyOf(findings);
    }
}

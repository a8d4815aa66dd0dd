package cn.minsheng.recon.run;

import java.util.OptionalLong;

/**
 * What became of one launch of a reconciliation: how it ended ({@link RunStatus}), why it did not complete, and the job
 * execution whose findings and ledger stand for the run (the new run's, or the stored one of an unchanged re-run).
 *
 * @param status    how the launch ended
 * @param problem   the Chinese reason a run did not complete; empty when it did
 * @param execution the completed execution holding the run's findings; empty when none completed
 */
public record LaunchOutcome(RunStatus status, String problem, OptionalLong execution) {

    static LaunchOutcome completed(RunStatus status, long execution) {
        return new LaunchOutcome(status, "", OptionalLong.of(execution));
    }

    static LaunchOutcome notCompleted(RunStatus status, String problem) {
        return new LaunchOutcome(status, problem, OptionalLong.empty());
    }
}

package cn.minsheng.recon.batch;

import java.util.OptionalLong;

/**
 * What became of one launch of a reconciliation: its exit status of SPEC §6, why it did not complete, and the job
 * execution whose findings and ledger stand for the run (the new run's, or the stored one of an unchanged re-run).
 *
 * @param exitCode  0 completed, 1 failed, 2 unreadable official tables, 3 findings at {@code --fail-on}, 4 in progress
 * @param problem   the Chinese reason a run did not complete; empty when it did
 * @param execution the completed execution holding the run's findings; empty when none completed
 */
record LaunchOutcome(int exitCode, String problem, OptionalLong execution) {

    static LaunchOutcome completed(int exitCode, long execution) {
        return new LaunchOutcome(exitCode, "", OptionalLong.of(execution));
    }

    static LaunchOutcome notCompleted(int exitCode, String problem) {
        return new LaunchOutcome(exitCode, problem, OptionalLong.empty());
    }
}

package cn.minsheng.recon.run;

/**
 * How a launch of a reconciliation ended, as SPEC §6 tells them apart; the command line turns it into the process's
 * exit status. Declared from the worst to the best: a run of several counties ends as the worst of its counties.
 */
public enum RunStatus {
    /** The job failed. */
    FAILED,
    /** The inputs cannot be used: official tables that cannot be read or recognised, no county folder. */
    BAD_INPUT,
    /** Another run of the same period (and county) is in progress. */
    ANOTHER_RUN,
    /** The job completed, with findings at {@code --fail-on} or worse. */
    FINDINGS_AT_THRESHOLD,
    /** The job completed, or an unchanged re-run found it done. */
    COMPLETED;

    /** Whether the job completed (with or without findings at the threshold). */
    public boolean completed() {
        return this == COMPLETED || this == FINDINGS_AT_THRESHOLD;
    }

    /** The worse of the two. */
    public RunStatus worse(RunStatus other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}

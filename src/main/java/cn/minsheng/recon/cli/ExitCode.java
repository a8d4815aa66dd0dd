package cn.minsheng.recon.cli;

import cn.minsheng.recon.run.RunStatus;

/** The exit statuses of SPEC §6. */
final class ExitCode {

    /** The job completed, with or without findings; an unchanged re-run; a mode that stayed up until closed. */
    static final int COMPLETED = 0;
    /** The job failed. */
    static final int FAILED = 1;
    /** Bad arguments or config, or official tables that cannot be read. */
    static final int BAD_INPUT = 2;
    /** Findings at {@code --fail-on} or worse. */
    static final int FINDINGS_AT_THRESHOLD = 3;
    /** Another run of the same period is in progress. */
    static final int ANOTHER_RUN = 4;

    private ExitCode() {
    }

    static int of(RunStatus status) {
        return switch (status) {
            case FAILED -> FAILED;
            case BAD_INPUT -> BAD_INPUT;
            case ANOTHER_RUN -> ANOTHER_RUN;
            case FINDINGS_AT_THRESHOLD -> FINDINGS_AT_THRESHOLD;
            case COMPLETED -> COMPLETED;
        };
    }
}

package cn.minsheng.recon.cli;

import java.util.List;

/** The options of the command line, as the user is told them. */
final class Usage {

    /** Every option, in the order the user reads them. */
    static final List<String> OPTIONS = List.of("--period", "--official", "--submissions", "--output", "--fail-on",
            "--force", "--schedule", "--watch", "--history", "--input");

    private Usage() {
    }

    /** {@code （可用：--period、--official、…）}: what an unknown option's message lists. */
    static String available() {
        return "（可用：" + String.join("、", OPTIONS) + "）";
    }
}

package cn.minsheng.recon.batch;

/** The logger the operator reads: plain Chinese lines, configured in application.yml. */
final class Console {

    static final String NAME = "minsheng-recon";

    private Console() {
    }
}

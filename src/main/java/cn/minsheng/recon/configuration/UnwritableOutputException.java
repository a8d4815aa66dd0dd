package cn.minsheng.recon.configuration;

/**
 * The output folder, where the state database, the locks and every output go, cannot be written; the message says
 * where and why, in Chinese.
 */
public final class UnwritableOutputException extends RuntimeException {

    public UnwritableOutputException(String message, Throwable cause) {
        super(message, cause);
    }
}

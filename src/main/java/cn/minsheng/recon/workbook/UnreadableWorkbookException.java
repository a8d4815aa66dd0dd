package cn.minsheng.recon.workbook;

/** A workbook that cannot be read; the message says why in Chinese, for the user. */
public class UnreadableWorkbookException extends Exception {

    public UnreadableWorkbookException(String message, Throwable cause) {
        super(message, cause);
    }
}

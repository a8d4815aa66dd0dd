package cn.minsheng.recon.layout;

/** The official tables cannot be read or recognised; the message tells the user why, in Chinese. */
public class OfficialTablesException extends Exception {

    public OfficialTablesException(String message) {
        super(message);
    }

    public OfficialTablesException(String message, Throwable cause) {
        super(message, cause);
    }
}

package cn.minsheng.recon.xml;

/** A part that declares a DOCTYPE, refused unread; the message says why in Chinese, for the user. */
public class UnsafeXmlException extends Exception {

    UnsafeXmlException(String message) {
        super(message);
    }
}

package cn.minsheng.recon.workbook;

import cn.minsheng.recon.xml.SecureXml;
import cn.minsheng.recon.xml.UnsafeXmlException;
import java.io.InputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The parts of a package parsed by {@link SecureXml}, a refused part making the workbook unreadable. */
final class WorkbookXml {

    private final SecureXml secure = new SecureXml();

    /** A parser over {@code in}, standing on the root element. */
    XMLStreamReader root(InputStream in) throws XMLStreamException, UnreadableWorkbookException {
        try {
            return secure.root(in);
        } catch (UnsafeXmlException e) {
            throw new UnreadableWorkbookException(e.getMessage(), null);
        }
    }
}

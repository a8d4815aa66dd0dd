package cn.minsheng.recon.xml;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The StAX parser for the parts of an untrusted package: DTDs and external entities off, and a part that declares a
 * DOCTYPE — which no spreadsheet program writes and every XXE or entity-expansion payload needs — refused outright.
 * One factory per thread, since StAX does not promise that a factory is safe to share between threads; kept for the
 * thread's next workbook, since finding and configuring one (a service lookup on the class path) cost about as much
 * as reading a small sheet.
 */
public final class SecureXml {

    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SecureXml::configured);

    private final XMLInputFactory factory = FACTORY.get();

    private static XMLInputFactory configured() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    /** A parser over {@code in}, standing on the root element. */
    public XMLStreamReader root(InputStream in) throws XMLStreamException, UnsafeXmlException {
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                xml.close();
                throw new UnsafeXmlException("文件含有 XML 实体声明（DOCTYPE），疑似 XXE 或实体扩展攻击");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return xml;
            }
        }
        return xml;
    }

    /**
     * Skips the element the parser stands on, with everything in it.
     */
    public static void skip(XMLStreamReader xml) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}

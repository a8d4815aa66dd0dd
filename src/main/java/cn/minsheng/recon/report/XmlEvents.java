package cn.minsheng.recon.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Copies StAX events from a reader to a writer as they were read: names with their prefixes, namespace
 * declarations, attributes, text, comments. What the cut-down copy of a worksheet part ({@link FlaggedCellsSheet}) and
 * the rows written again ({@link SheetDataMerge}) are made of, event by event, nothing of the sheet held.
 */
final class XmlEvents {

    private static final ThreadLocal<XMLOutputFactory> OUTPUT = ThreadLocal.withInitial(XMLOutputFactory::newFactory);

    private XmlEvents() {
    }

    /** A writer that writes what it is given (no namespace repairing), in UTF-8, without an XML declaration. */
    static XMLStreamWriter writer(OutputStream out) throws XMLStreamException {
        return OUTPUT.get().createXMLStreamWriter(out, "UTF-8");
    }

    /** Copies the event the reader stands on. */
    static void copy(XMLStreamReader in, XMLStreamWriter out) throws XMLStreamException {
        switch (in.getEventType()) {
            case XMLStreamConstants.START_ELEMENT -> start(in, out, null, null);
            case XMLStreamConstants.END_ELEMENT -> out.writeEndElement();
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA ->
                    out.writeCharacters(in.getTextCharacters(), in.getTextStart(), in.getTextLength());
            case XMLStreamConstants.COMMENT -> out.writeComment(in.getText());
            case XMLStreamConstants.PROCESSING_INSTRUCTION ->
                    out.writeProcessingInstruction(in.getPITarget(), in.getPIData());
            default -> {
                // the document's start and end are written by whoever writes the document
            }
        }
    }

    /** Copies the element the reader stands on with everything in it, leaving the reader on its end. */
    static void copyElement(XMLStreamReader in, XMLStreamWriter out) throws XMLStreamException {
        copy(in, out);
        copyContent(in, out);
    }

    /** Copies what follows the start tag the reader stands on, up to and with its end tag. */
    static void copyContent(XMLStreamReader in, XMLStreamWriter out) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
            copy(in, out);
        }
    }

    /**
     * Copies the start tag the reader stands on; the unprefixed attribute {@code name}, when given, is written with
     * {@code value} instead of its own (left out when {@code value} is null).
     */
    static void start(XMLStreamReader in, XMLStreamWriter out, String name, String value) throws XMLStreamException {
        out.writeStartElement(nonNull(in.getPrefix()), in.getLocalName(), nonNull(in.getNamespaceURI()));
        for (int i = 0; i < in.getNamespaceCount(); i++) {
            namespace(out, in.getNamespacePrefix(i), in.getNamespaceURI(i));
        }
        for (int i = 0; i < in.getAttributeCount(); i++) {
            String prefix = nonNull(in.getAttributePrefix(i));
            String local = in.getAttributeLocalName(i);
            if (prefix.isEmpty() && local.equals(name)) {
                continue;
            }
            if (prefix.isEmpty()) {
                out.writeAttribute(local, in.getAttributeValue(i));
            } else {
                out.writeAttribute(prefix, in.getAttributeNamespace(i), local, in.getAttributeValue(i));
            }
        }
        if (name != null && value != null) {
            out.writeAttribute(name, value);
        }
    }

    static void namespace(XMLStreamWriter out, String prefix, String uri) throws XMLStreamException {
        if (prefix == null || prefix.isEmpty()) {
            out.writeDefaultNamespace(nonNull(uri));
        } else {
            out.writeNamespace(prefix, nonNull(uri));
        }
    }

    /** The attributes without a prefix of the start tag the reader stands on (name, value). */
    static List<String[]> unprefixedAttributes(XMLStreamReader in) {
        List<String[]> attributes = new ArrayList<>();
        for (int i = 0; i < in.getAttributeCount(); i++) {
            if (nonNull(in.getAttributePrefix(i)).isEmpty()) {
                attributes.add(new String[] {in.getAttributeLocalName(i), in.getAttributeValue(i)});
            }
        }
        return attributes;
    }

    static String nonNull(String text) {
        return text == null ? "" : text;
    }
}

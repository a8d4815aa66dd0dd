package cn.minsheng.recon.workbook;

import cn.minsheng.recon.xml.SecureXml;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared strings of an .xlsx, held on the heap (the caller bounds the part's size), each as POI reads it: the
 * text of its runs concatenated, phonetic runs ({@code <rPh>}, the reading aid above East Asian text) left out, and
 * {@code _xHHHH_} escapes decoded.
 */
final class SharedStrings {

    private final List<String> strings;

    private SharedStrings(List<String> strings) {
        this.strings = strings;
    }

    static SharedStrings none() {
        return new SharedStrings(List.of());
    }

    static SharedStrings read(InputStream in, WorkbookXml secure) throws XMLStreamException, UnreadableWorkbookException {
        XMLStreamReader xml = secure.root(in);
        List<String> strings = new ArrayList<>();
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                strings.add(item(xml));
            }
        }
        xml.close();
        return new SharedStrings(strings);
    }

    /** The string at {@code index} of the table; out of range fails as in POI. */
    String get(int index) {
        return strings.get(index);
    }

    /**
     * The text of the rich text element the parser stands on ({@code <si>} of the table, {@code <is>} of an inline
     * string cell), the parser left on its end: its runs if it has any, else its own {@code <t>}; null for neither.
     */
    static String item(XMLStreamReader xml) throws XMLStreamException {
        String plain = null;
        StringBuilder runs = null;
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (depth == 1 && name.equals("t")) {
                    plain = xml.getElementText();
                } else if (depth == 1 && name.equals("r")) {
                    runs = runs == null ? new StringBuilder() : runs;
                    depth++;
                } else if (depth == 2 && name.equals("t")) {
                    runs.append(xml.getElementText());
                } else {
                    SecureXml.skip(xml); // <rPh>, <phoneticPr>, a run's <rPr>
                }
            }
        }
        return CellValues.decoded(runs != null ? runs.toString() : plain);
    }
}

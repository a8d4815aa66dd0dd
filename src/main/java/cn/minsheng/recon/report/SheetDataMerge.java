package cn.minsheng.recon.report;

import cn.minsheng.recon.sheet.SecureXml;
import cn.minsheng.recon.sheet.UnreadableWorkbookException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.apache.poi.ss.util.CellReference;
import org.codehaus.stax2.LocationInfo;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * A worksheet part put together again: the sheet as POI wrote it after marking the flagged cells
 * ({@link MarkedSheet}), with the department's rows streamed back in from the original part. A row no finding
 * touches is passed on as the bytes it was ({@link RecordedInput}); a row with flagged cells is written again event by
 * event, each flagged cell keeping everything of its own but the style ({@code s}) POI gave it, and a cell (or row)
 * POI created for a finding on an empty place is put in at its place. Everything around the rows — sheet views,
 * merged regions, the comments' drawing — is POI's, with the original's {@code <dimension>} widened to the created
 * cells. The namespaces the original's root declares are declared again on {@code <sheetData>}, since its rows may
 * use them (Excel's {@code x14ac:dyDescent}).
 */
final class SheetDataMerge {

    /** The prefix and namespace of the original's rows, which a row or cell put in takes too. */
    private record Names(String prefix, String namespace) {
    }

    private final XMLStreamReader in;
    private final LocationInfo at;
    private final RecordedInput recorded;
    private final OutputStream out;
    private final XMLStreamWriter xml;
    private final Names names;
    private final TreeMap<Integer, MarkedSheet.Row> marked;

    private SheetDataMerge(XMLStreamReader2 in, RecordedInput recorded, OutputStream out, XMLStreamWriter xml,
            TreeMap<Integer, MarkedSheet.Row> marked) {
        this.in = in;
        this.at = in.getLocationInfo();
        this.recorded = recorded;
        this.out = out;
        this.xml = xml;
        this.names = new Names(nonNull(in.getPrefix()), nonNull(in.getNamespaceURI()));
        this.marked = marked;
    }

    /** Writes {@code written} (POI's sheet) with the rows of {@code original} in place of its own. */
    static void write(byte[] written, InputStream original, OutputStream out)
            throws IOException, XMLStreamException, UnreadableWorkbookException {
        MarkedSheet sheet = MarkedSheet.of(written);
        RecordedInput recorded = new RecordedInput(original);
        XMLStreamReader in = new SecureXml().root(recorded);
        try {
            if (!(in instanceof XMLStreamReader2 located) || in.getEncoding() == null
                    || !StandardCharsets.UTF_8.name().equalsIgnoreCase(in.getEncoding())) {
                throw new IOException("工作表不是 UTF-8 编码，或解析器不报告字节位置");
            }
            List<String[]> namespaces = namespaces(in);
            StringBuilder dimension = new StringBuilder();
            if (!MarkedSheet.toSheetData(in, dimension)) {
                out.write(written);
                return;
            }
            out.write(sheet.head(dimension.toString()).getBytes(StandardCharsets.UTF_8));
            XMLStreamWriter xml = XmlEvents.writer(out);
            SheetDataMerge merge = new SheetDataMerge(located, recorded, out, xml, sheet.rows());
            XmlEvents.start(in, xml, namespaces);
            xml.writeCharacters(""); // closes the start tag before any bytes are passed on beside the writer
            xml.flush();
            long afterStart = located.getLocationInfo().getEndingByteOffset();
            merge.expect(afterStart - 1, '>');
            recorded.letGo(afterStart);
            merge.rows(afterStart);
            xml.flush();
            out.write(sheet.tail().getBytes(StandardCharsets.UTF_8));
        } finally {
            in.close();
        }
    }

    /** The namespaces the root declares, which the rows may use: declared again on {@code <sheetData>}. */
    private static List<String[]> namespaces(XMLStreamReader root) {
        List<String[]> namespaces = new ArrayList<>();
        for (int i = 0; i < root.getNamespaceCount(); i++) {
            namespaces.add(new String[] {root.getNamespacePrefix(i), root.getNamespaceURI(i)});
        }
        return namespaces;
    }

    /**
     * The rows of {@code <sheetData>} and its end tag, the reader left on that end; {@code afterStart} is where its
     * start tag ends (where an empty one ends too).
     */
    private void rows(long afterStart) throws IOException, XMLStreamException {
        int row = -1;
        for (int event = in.next(); event != XMLStreamConstants.END_ELEMENT; event = in.next()) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue; // white space and comments between rows: passed on as bytes
            }
            long begin = at.getStartingByteOffset();
            row = row(in, row);
            MarkedSheet.Row mine = in.getLocalName().equals("row") ? marked.remove(row) : null;
            if (mine == null && (marked.isEmpty() || marked.firstKey() >= row)) {
                SecureXml.skip(in); // most rows: passed on as bytes with the next row written, or the end
                continue;
            }
            expect(begin, '<');
            recorded.passOn(begin, out);
            insertRowsBefore(row);
            if (mine == null) {
                xml.flush();
                SecureXml.skip(in); // the row itself is passed on as bytes
                continue;
            }
            XmlEvents.copy(in, xml);
            mergeCells(row, mine.styles());
            xml.flush();
            recorded.letGo(at.getEndingByteOffset());
        }
        if (at.getStartingByteOffset() >= afterStart) {
            expect(at.getStartingByteOffset(), '<');
        }
        recorded.passOn(at.getStartingByteOffset(), out);
        insertRowsBefore(Integer.MAX_VALUE);
        xml.writeEndElement();
    }

    /** Checks that the parser's byte offsets point where they should in the bytes kept. */
    private void expect(long offset, char character) throws IOException {
        if (recorded.at(offset) != character) {
            throw new IOException("工作表的字节位置与解析器报告的不符（" + offset + "）");
        }
    }

    /** The cells of a row with flagged cells, and the row's end tag. */
    private void mergeCells(int row, TreeMap<Integer, String> styles) throws XMLStreamException {
        int column = -1;
        for (int event = in.next(); event != XMLStreamConstants.END_ELEMENT; event = in.next()) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                XmlEvents.copy(in, xml);
                continue;
            }
            if (!in.getLocalName().equals("c")) {
                insertCellsBefore(row, Integer.MAX_VALUE, styles); // a row's extension list follows its cells
                XmlEvents.copyElement(in, xml);
                continue;
            }
            column = column(in, column);
            insertCellsBefore(row, column, styles);
            if (styles.containsKey(column)) {
                XmlEvents.start(in, xml, "s", styles.remove(column));
                XmlEvents.copyContent(in, xml);
            } else {
                XmlEvents.copyElement(in, xml);
            }
        }
        insertCellsBefore(row, Integer.MAX_VALUE, styles);
        xml.writeEndElement();
    }

    /** Writes the rows POI created (for findings on rows the sheet did not have) that come before {@code row}. */
    private void insertRowsBefore(int row) throws XMLStreamException {
        if (marked.isEmpty() || marked.firstKey() >= row) {
            return;
        }
        for (Iterator<Map.Entry<Integer, MarkedSheet.Row>> it = marked.headMap(row).entrySet().iterator();
                it.hasNext(); ) {
            Map.Entry<Integer, MarkedSheet.Row> created = it.next();
            xml.writeStartElement(names.prefix(), "row", names.namespace());
            for (String[] attribute : created.getValue().attributes()) {
                xml.writeAttribute(attribute[0], attribute[1]);
            }
            insertCellsBefore(created.getKey(), Integer.MAX_VALUE, created.getValue().styles());
            xml.writeEndElement();
            it.remove();
        }
    }

    /** Writes the cells POI created in {@code row} (for findings on empty places) that come before {@code column}. */
    private void insertCellsBefore(int row, int column, TreeMap<Integer, String> styles) throws XMLStreamException {
        for (Iterator<Map.Entry<Integer, String>> it = styles.headMap(column).entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Integer, String> created = it.next();
            xml.writeEmptyElement(names.prefix(), "c", names.namespace());
            xml.writeAttribute("r", new CellReference(row, created.getKey()).formatAsString(false));
            if (created.getValue() != null) {
                xml.writeAttribute("s", created.getValue());
            }
            it.remove();
        }
    }

    /** The row (from 0) of the {@code <row>} the reader stands on: its {@code r}, else the one after the last. */
    static int row(XMLStreamReader in, int last) {
        String r = in.getAttributeValue(null, "r");
        return r == null ? last + 1 : Integer.parseInt(r.strip()) - 1;
    }

    /** The column (from 0) of the {@code <c>} the reader stands on: its {@code r}'s, else the one after the last. */
    static int column(XMLStreamReader in, int last) {
        String r = in.getAttributeValue(null, "r");
        return r == null ? last + 1 : new CellReference(r.strip()).getCol();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}

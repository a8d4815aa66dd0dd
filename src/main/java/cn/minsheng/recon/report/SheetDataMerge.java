package cn.minsheng.recon.report;

import cn.minsheng.recon.xml.SecureXml;
import cn.minsheng.recon.xml.UnsafeXmlException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.apache.poi.ss.util.CellReference;

/**
 * A worksheet part put together again: the sheet as POI wrote it after marking the flagged cells
 * ({@link MarkedSheet}), with the department's rows put back from the original part by the offsets
 * {@link FlaggedCellsSheet} noted ({@link SheetLayout}). The rows no finding touches are copied as the bytes they were,
 * without being parsed again; a row with flagged cells is parsed on its own and written again event by event, each
 * flagged cell keeping everything of its own but the style ({@code s}) POI gave it; a cell (or row) POI created for a
 * finding on an empty place is put in at its place. Everything around the rows — sheet views, merged regions, the
 * comments' drawing — is POI's, with the original's {@code <dimension>} widened to the created cells. The namespaces in
 * force on the original's {@code <sheetData>} are declared on it again, since its rows may use them (Excel's
 * {@code x14ac:dyDescent}).
 */
final class SheetDataMerge {

    private SheetDataMerge() {
    }

    /** Writes {@code written} (POI's sheet) with the rows of {@code original}, laid out as {@code layout} says. */
    static void write(byte[] written, InputStream original, SheetLayout layout, OutputStream out)
            throws IOException, XMLStreamException, UnsafeXmlException {
        MarkedSheet sheet = MarkedSheet.of(written);
        Map<String, String> namespaces = new LinkedHashMap<>();
        layout.namespaces().forEach(namespace -> namespaces.put(namespace[0], namespace[1]));
        out.write(sheet.head(layout.dimension()).getBytes(StandardCharsets.UTF_8));
        XMLStreamWriter xml = XmlEvents.writer(out);
        xml.writeStartElement(layout.prefix(), "sheetData", layout.namespace());
        for (Map.Entry<String, String> namespace : namespaces.entrySet()) {
            XmlEvents.namespace(xml, namespace.getKey(), namespace.getValue());
        }
        for (String[] attribute : layout.attributes()) {
            xml.writeAttribute(attribute[0], attribute[1]);
        }
        xml.writeCharacters(""); // closes the start tag before any bytes are passed on beside the writer
        xml.flush();
        OffsetInput bytes = new OffsetInput(original);
        bytes.letGo(layout.rowsStart() - 1);
        expect(bytes.take(layout.rowsStart()), '>', layout.rowsStart() - 1);
        TreeMap<Integer, MarkedSheet.Row> marked = sheet.rows();
        for (Map.Entry<Integer, long[]> place : layout.places().entrySet()) {
            long[] range = place.getValue();
            bytes.passOn(range[0], out);
            MarkedSheet.Row mine = marked.remove(place.getKey());
            if (range[0] == range[1]) {
                if (mine != null) {
                    insertRow(xml, layout, place.getKey(), mine);
                    xml.flush();
                }
            } else if (mine == null) {
                bytes.passOn(range[1], out);
            } else {
                byte[] row = bytes.take(range[1]);
                expect(row, '<', range[0]);
                mergeRow(row, namespaces, xml, layout, place.getKey(), mine.styles());
                xml.flush();
            }
        }
        if (!marked.isEmpty()) {
            throw new IOException("POI 写出的工作表中有原表及问题都没有的行：" + (marked.firstKey() + 1));
        }
        bytes.passOn(layout.rowsEnd(), out);
        xml.writeEndElement();
        xml.flush();
        out.write(sheet.tail().getBytes(StandardCharsets.UTF_8));
    }

    /** Checks that an offset the parser gave points where it should: the bytes read there start with {@code first}. */
    private static void expect(byte[] bytes, char first, long offset) throws IOException {
        if (bytes.length == 0 || bytes[0] != first) {
            throw new IOException("工作表的字节位置与解析器报告的不符（" + offset + "）");
        }
    }

    /** The original's row, parsed on its own (inside an element declaring the namespaces in force), and merged. */
    private static void mergeRow(byte[] row, Map<String, String> namespaces, XMLStreamWriter xml, SheetLayout layout,
            int number, TreeMap<Integer, String> styles)
            throws IOException, XMLStreamException, UnsafeXmlException {
        ByteArrayOutputStream wrapped = new ByteArrayOutputStream(row.length + 256);
        XMLStreamWriter wrapper = XmlEvents.writer(wrapped);
        wrapper.writeStartElement("", "rows", "");
        for (Map.Entry<String, String> namespace : namespaces.entrySet()) {
            XmlEvents.namespace(wrapper, namespace.getKey(), namespace.getValue());
        }
        wrapper.writeCharacters("");
        wrapper.flush();
        wrapped.write(row);
        wrapped.write("</rows>".getBytes(StandardCharsets.US_ASCII));
        XMLStreamReader in = new SecureXml().root(new ByteArrayInputStream(wrapped.toByteArray()));
        try {
            while (in.next() != XMLStreamConstants.START_ELEMENT) {
                // to the row
            }
            XmlEvents.copy(in, xml);
            mergeCells(in, xml, layout, number, styles);
        } finally {
            in.close();
        }
    }

    /** The cells of a row with flagged cells, and the row's end tag. */
    private static void mergeCells(XMLStreamReader in, XMLStreamWriter xml, SheetLayout layout, int row,
            TreeMap<Integer, String> styles) throws XMLStreamException {
        int column = -1;
        for (int event = in.next(); event != XMLStreamConstants.END_ELEMENT; event = in.next()) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                XmlEvents.copy(in, xml);
                continue;
            }
            if (!in.getLocalName().equals("c")) {
                insertCellsBefore(xml, layout, row, Integer.MAX_VALUE, styles); // an extension list follows the cells
                XmlEvents.copyElement(in, xml);
                continue;
            }
            column = column(in, column);
            insertCellsBefore(xml, layout, row, column, styles);
            if (styles.containsKey(column)) {
                XmlEvents.start(in, xml, "s", styles.remove(column));
                XmlEvents.copyContent(in, xml);
            } else {
                XmlEvents.copyElement(in, xml);
            }
        }
        insertCellsBefore(xml, layout, row, Integer.MAX_VALUE, styles);
        xml.writeEndElement();
    }

    /** Writes a row POI created for findings on a row the sheet did not have. */
    private static void insertRow(XMLStreamWriter xml, SheetLayout layout, int row, MarkedSheet.Row created)
            throws XMLStreamException {
        xml.writeStartElement(layout.prefix(), "row", layout.namespace());
        for (String[] attribute : created.attributes()) {
            xml.writeAttribute(attribute[0], attribute[1]);
        }
        insertCellsBefore(xml, layout, row, Integer.MAX_VALUE, created.styles());
        xml.writeEndElement();
    }

    /** Writes the cells POI created in {@code row} (for findings on empty places) that come before {@code column}. */
    private static void insertCellsBefore(XMLStreamWriter xml, SheetLayout layout, int row, int column,
            TreeMap<Integer, String> styles) throws XMLStreamException {
        for (Iterator<Map.Entry<Integer, String>> it = styles.headMap(column).entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Integer, String> created = it.next();
            xml.writeEmptyElement(layout.prefix(), "c", layout.namespace());
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
}

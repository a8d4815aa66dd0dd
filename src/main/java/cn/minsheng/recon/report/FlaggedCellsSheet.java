package cn.minsheng.recon.report;

import static cn.minsheng.recon.report.XmlEvents.nonNull;

import cn.minsheng.recon.xml.SecureXml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.codehaus.stax2.LocationInfo;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * A worksheet part cut down to the cells that findings name: everything of the sheet but its rows, and of its rows
 * only those cells (with their row). What POI's usermodel opens in place of a long sheet, to colour and comment the
 * flagged cells. On the way it notes where the rows lie ({@link SheetLayout}), by which {@link SheetDataMerge} puts
 * them back afterwards. A row or cell without an {@code r} attribute (it follows the one before) gets one, so that it
 * keeps its place without its neighbours.
 */
final class FlaggedCellsSheet {

    private final XMLStreamReader in;
    private final LocationInfo at;
    private final XMLStreamWriter out;
    private final Set<CellAddress> flagged;
    private final TreeSet<Integer> rowsAhead;
    private final TreeMap<Integer, long[]> places = new TreeMap<>();
    private String dimension = "";

    private FlaggedCellsSheet(XMLStreamReader2 in, XMLStreamWriter out, Set<CellAddress> flagged) {
        this.in = in;
        this.at = in.getLocationInfo();
        this.out = out;
        this.flagged = flagged;
        this.rowsAhead = new TreeSet<>();
        flagged.forEach(address -> rowsAhead.add(address.getRow()));
    }

    /**
     * Copies the sheet whose root element the reader stands on, keeping of its rows the cells at {@code flagged}
     * addresses (of any sheet: a cell kept on a sheet no finding names is written back unchanged); returns where the
     * original's rows lie, empty when the sheet has no rows element.
     */
    static Optional<SheetLayout> write(XMLStreamReader in, Set<CellAddress> flagged, XMLStreamWriter out)
            throws IOException, XMLStreamException {
        if (!(in instanceof XMLStreamReader2 located) || in.getEncoding() == null
                || !StandardCharsets.UTF_8.name().equalsIgnoreCase(in.getEncoding())) {
            throw new IOException("工作表不是 UTF-8 编码，或解析器不报告字节位置");
        }
        return new FlaggedCellsSheet(located, out, flagged).sheet();
    }

    private Optional<SheetLayout> sheet() throws XMLStreamException {
        out.writeStartDocument("UTF-8", "1.0");
        List<String[]> namespaces = declared(new ArrayList<>());
        SheetLayout layout = null;
        int depth = 0;
        for (int event = in.getEventType(); ; event = in.next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 2 && in.getLocalName().equals("sheetData") && layout == null) {
                    layout = rowsElement(namespaces);
                    depth--;
                    continue;
                }
                if (depth == 2 && in.getLocalName().equals("dimension")) {
                    dimension = nonNull(in.getAttributeValue(null, "ref"));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
            XmlEvents.copy(in, out);
            if (event == XMLStreamConstants.END_DOCUMENT || depth == 0 && event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        out.writeEndDocument();
        out.flush();
        return Optional.ofNullable(layout);
    }

    /** The {@code <sheetData>} the reader stands on, with the kept rows; the reader left on its end. */
    private SheetLayout rowsElement(List<String[]> namespaces) throws XMLStreamException {
        String prefix = nonNull(in.getPrefix());
        String namespace = nonNull(in.getNamespaceURI());
        List<String[]> attributes = XmlEvents.unprefixedAttributes(in);
        declared(namespaces);
        XmlEvents.copy(in, out);
        long rowsStart = at.getEndingByteOffset();
        int row = -1;
        for (int event = in.next(); event != XMLStreamConstants.END_ELEMENT; event = in.next()) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            long start = at.getStartingByteOffset();
            row = SheetDataMerge.row(in, row);
            placeRowsBefore(row, start);
            if (!in.getLocalName().equals("row") || !rowsAhead.remove(row)) {
                SecureXml.skip(in);
                continue;
            }
            XmlEvents.start(in, out, "r", Integer.toString(row + 1));
            cells(row);
            out.writeEndElement();
            places.put(row, new long[] {start, at.getEndingByteOffset()});
        }
        long rowsEnd = Math.max(rowsStart, at.getStartingByteOffset());
        placeRowsBefore(Integer.MAX_VALUE, rowsEnd);
        out.writeEndElement();
        return new SheetLayout(prefix, namespace, attributes, namespaces, dimension, rowsStart, rowsEnd, places);
    }

    /** The flagged rows the sheet lacks before {@code row}: they go where it starts. */
    private void placeRowsBefore(int row, long offset) {
        while (!rowsAhead.isEmpty() && rowsAhead.first() < row) {
            places.put(rowsAhead.pollFirst(), new long[] {offset, offset});
        }
    }

    private void cells(int row) throws XMLStreamException {
        int column = -1;
        for (int event = in.next(); event != XMLStreamConstants.END_ELEMENT; event = in.next()) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            column = SheetDataMerge.column(in, column);
            if (!in.getLocalName().equals("c") || !flagged.contains(new CellAddress(row, column))) {
                SecureXml.skip(in);
                continue;
            }
            XmlEvents.start(in, out, "r", new CellReference(row, column).formatAsString(false));
            XmlEvents.copyContent(in, out);
        }
    }

    /** Adds the namespaces the element the reader stands on declares. */
    private List<String[]> declared(List<String[]> namespaces) {
        for (int i = 0; i < in.getNamespaceCount(); i++) {
            namespaces.add(new String[] {nonNull(in.getNamespacePrefix(i)), nonNull(in.getNamespaceURI(i))});
        }
        return namespaces;
    }
}

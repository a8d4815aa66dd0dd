package cn.minsheng.recon.report;

import cn.minsheng.recon.sheet.SecureXml;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * A worksheet part cut down to the cells that findings name: everything of the sheet but its rows, and of its rows
 * only those cells (with their row). What POI's usermodel opens in place of a long sheet, to colour and comment the
 * flagged cells; {@link SheetDataMerge} puts the rows back afterwards. A row or cell without an {@code r} attribute
 * (it follows the one before) gets one, so that it keeps its place without its neighbours.
 */
final class FlaggedCellsSheet {

    private FlaggedCellsSheet() {
    }

    /**
     * Copies the sheet whose root element the reader stands on, keeping of its rows the cells at {@code flagged}
     * addresses (of any sheet: a cell kept on a sheet no finding names is written back unchanged).
     */
    static void write(XMLStreamReader in, Set<CellAddress> flagged, Set<Integer> rows, XMLStreamWriter out)
            throws XMLStreamException {
        out.writeStartDocument("UTF-8", "1.0");
        int depth = 0;
        for (int event = in.getEventType(); ; event = in.next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 2 && in.getLocalName().equals("sheetData")) {
                    XmlEvents.copy(in, out);
                    rows(in, flagged, rows, out);
                    depth--;
                    continue;
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
    }

    /** The rows of {@code <sheetData>}, the reader left on its end (which is written). */
    private static void rows(XMLStreamReader in, Set<CellAddress> flagged, Set<Integer> rows, XMLStreamWriter out)
            throws XMLStreamException {
        int row = -1;
        for (int event = in.next(); event != XMLStreamConstants.END_ELEMENT; event = in.next()) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            row = SheetDataMerge.row(in, row);
            if (!in.getLocalName().equals("row") || !rows.contains(row)) {
                SecureXml.skip(in);
                continue;
            }
            XmlEvents.start(in, out, "r", Integer.toString(row + 1));
            cells(in, row, flagged, out);
            out.writeEndElement();
        }
        out.writeEndElement();
    }

    private static void cells(XMLStreamReader in, int row, Set<CellAddress> flagged, XMLStreamWriter out)
            throws XMLStreamException {
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
}

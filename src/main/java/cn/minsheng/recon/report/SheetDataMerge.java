package cn.minsheng.recon.report;

import cn.minsheng.recon.sheet.SecureXml;
import cn.minsheng.recon.sheet.UnreadableWorkbookException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * A worksheet part put together again: the sheet as POI wrote it after marking the flagged cells (made from a
 * {@link FlaggedCellsSheet}), with the department's rows streamed back in from the original part. Of POI's rows only
 * the cells' styles are taken: a flagged cell keeps everything of its own but its {@code s}, and a cell (or row) POI
 * created for a finding on an empty place is put in at its place. Everything around the rows — sheet views, merged
 * regions, the comments' drawing — is POI's, with the original's {@code <dimension>}, which POI would otherwise
 * shrink to the cells it held.
 */
final class SheetDataMerge {

    /** POI's {@code <sheetData>}, whatever prefix it kept for the namespace; group 2 tells an empty one. */
    private static final Pattern SHEET_DATA = Pattern.compile("<([A-Za-z_][\\w.-]*:)?sheetData\\b[^>]*?(/?>)");
    private static final Pattern DIMENSION =
            Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?dimension\\s+ref=\"([^\"]*)\"\\s*/>");

    /** A row of POI's sheet: its attributes and its cells' styles by column (null: the default style). */
    private record MarkedRow(List<String[]> attributes, TreeMap<Integer, String> styles) {
    }

    /** The prefix and namespace of the original's rows, which a row or cell put in takes too. */
    private record Names(String prefix, String namespace) {

        void start(XMLStreamWriter out, String local) throws XMLStreamException {
            out.writeStartElement(prefix, local, namespace);
        }

        void empty(XMLStreamWriter out, String local) throws XMLStreamException {
            out.writeEmptyElement(prefix, local, namespace);
        }
    }

    private SheetDataMerge() {
    }

    /** Writes {@code marked} with the rows of {@code original} in place of its own. */
    static void write(byte[] marked, InputStream original, OutputStream out)
            throws IOException, XMLStreamException, UnreadableWorkbookException {
        String sheet = new String(marked, StandardCharsets.UTF_8);
        Matcher open = SHEET_DATA.matcher(sheet);
        if (!open.find()) {
            throw new IOException("POI 写出的工作表中没有 <sheetData>");
        }
        int start = open.start();
        String prefix = open.group(1) == null ? "" : open.group(1);
        int close = sheet.indexOf("</" + prefix + "sheetData>", start);
        int end = open.group(2).equals("/>") ? open.end() : close < 0 ? -1 : close + prefix.length() + 12;
        if (end < open.end() || open.find()) {
            throw new IOException("POI 写出的工作表中 <sheetData> 不完整或不止一个");
        }
        TreeMap<Integer, MarkedRow> rows = markedRows(marked);
        SecureXml secure = new SecureXml();
        XMLStreamReader in = secure.root(original);
        try {
            List<String[]> namespaces = namespaces(in);
            StringBuilder dimension = new StringBuilder();
            if (!toSheetData(in, dimension)) {
                out.write(marked);
                return;
            }
            out.write(withDimension(sheet.substring(0, start), dimension.toString()).getBytes(StandardCharsets.UTF_8));
            XMLStreamWriter xml = XmlEvents.writer(out);
            Names names = new Names(in.getPrefix() == null ? "" : in.getPrefix(),
                    in.getNamespaceURI() == null ? "" : in.getNamespaceURI());
            XmlEvents.start(in, xml, namespaces);
            mergeRows(in, rows, names, xml);
            xml.flush();
            out.write(sheet.substring(end).getBytes(StandardCharsets.UTF_8));
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
     * The part of POI's sheet before its rows, its {@code <dimension>} (the range the cells take) that of the
     * original widened to the cells POI created; none when the original had none, since POI's would cover only the
     * flagged cells.
     */
    static String withDimension(String head, String original) {
        Matcher marked = DIMENSION.matcher(head);
        if (!marked.find()) {
            return head;
        }
        if (original.isEmpty()) {
            return head.substring(0, marked.start()) + head.substring(marked.end());
        }
        CellRangeAddress ours = CellRangeAddress.valueOf(marked.group(1));
        CellRangeAddress theirs = CellRangeAddress.valueOf(original);
        CellRangeAddress both = new CellRangeAddress(Math.min(ours.getFirstRow(), theirs.getFirstRow()),
                Math.max(ours.getLastRow(), theirs.getLastRow()), Math.min(ours.getFirstColumn(), theirs.getFirstColumn()),
                Math.max(ours.getLastColumn(), theirs.getLastColumn()));
        return head.substring(0, marked.start(1)) + both.formatAsString() + head.substring(marked.end(1));
    }

    /** Moves the reader from the root to its {@code <sheetData>}; false when the sheet has none. */
    private static boolean toSheetData(XMLStreamReader in) throws XMLStreamException {
        return toSheetData(in, new StringBuilder());
    }

    /** The same, keeping the {@code ref} of a {@code <dimension>} met on the way in {@code dimension}. */
    private static boolean toSheetData(XMLStreamReader in, StringBuilder dimension) throws XMLStreamException {
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (in.getLocalName().equals("sheetData")) {
                    return true;
                }
                if (in.getLocalName().equals("dimension") && in.getAttributeValue(null, "ref") != null) {
                    dimension.append(in.getAttributeValue(null, "ref"));
                }
                SecureXml.skip(in);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    private static void mergeRows(XMLStreamReader in, TreeMap<Integer, MarkedRow> marked, Names names,
            XMLStreamWriter out)
            throws XMLStreamException {
        int row = -1;
        for (int event = in.next(); event != XMLStreamConstants.END_ELEMENT; event = in.next()) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                XmlEvents.copy(in, out);
                continue;
            }
            row = row(in, row);
            insertRowsBefore(row, marked, names, out);
            MarkedRow mine = in.getLocalName().equals("row") ? marked.remove(row) : null;
            if (mine == null) {
                XmlEvents.copyElement(in, out);
                continue;
            }
            XmlEvents.copy(in, out);
            mergeCells(in, row, mine.styles(), names, out);
        }
        insertRowsBefore(Integer.MAX_VALUE, marked, names, out);
        out.writeEndElement();
    }

    private static void mergeCells(XMLStreamReader in, int row, TreeMap<Integer, String> styles, Names names,
            XMLStreamWriter out)
            throws XMLStreamException {
        int column = -1;
        for (int event = in.next(); event != XMLStreamConstants.END_ELEMENT; event = in.next()) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                XmlEvents.copy(in, out);
                continue;
            }
            if (!in.getLocalName().equals("c")) {
                insertCellsBefore(row, Integer.MAX_VALUE, styles, names, out); // a row's extension list follows its cells
                XmlEvents.copyElement(in, out);
                continue;
            }
            column = column(in, column);
            insertCellsBefore(row, column, styles, names, out);
            if (styles.containsKey(column)) {
                XmlEvents.start(in, out, "s", styles.remove(column));
                XmlEvents.copyContent(in, out);
            } else {
                XmlEvents.copyElement(in, out);
            }
        }
        insertCellsBefore(row, Integer.MAX_VALUE, styles, names, out);
        out.writeEndElement();
    }

    /** Writes the rows POI created (for findings on rows the sheet did not have) that come before {@code row}. */
    private static void insertRowsBefore(int row, TreeMap<Integer, MarkedRow> marked, Names names,
            XMLStreamWriter out)
            throws XMLStreamException {
        if (marked.isEmpty() || marked.firstKey() >= row) {
            return; // most rows
        }
        for (Iterator<Map.Entry<Integer, MarkedRow>> it = marked.headMap(row).entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Integer, MarkedRow> created = it.next();
            names.start(out, "row");
            for (String[] attribute : created.getValue().attributes()) {
                out.writeAttribute(attribute[0], attribute[1]);
            }
            insertCellsBefore(created.getKey(), Integer.MAX_VALUE, created.getValue().styles(), names, out);
            out.writeEndElement();
            it.remove();
        }
    }

    /** Writes the cells POI created in {@code row} (for findings on empty places) that come before {@code column}. */
    private static void insertCellsBefore(int row, int column, TreeMap<Integer, String> styles, Names names,
            XMLStreamWriter out)
            throws XMLStreamException {
        for (Iterator<Map.Entry<Integer, String>> it = styles.headMap(column).entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Integer, String> created = it.next();
            names.empty(out, "c");
            out.writeAttribute("r", new CellReference(row, created.getKey()).formatAsString(false));
            if (created.getValue() != null) {
                out.writeAttribute("s", created.getValue());
            }
            it.remove();
        }
    }

    /** The rows and cell styles of the sheet POI wrote, which holds only the flagged cells. */
    private static TreeMap<Integer, MarkedRow> markedRows(byte[] marked) throws IOException, XMLStreamException, UnreadableWorkbookException {
        TreeMap<Integer, MarkedRow> rows = new TreeMap<>();
        XMLStreamReader in = new SecureXml().root(new ByteArrayInputStream(marked));
        try {
            if (!toSheetData(in)) {
                return rows;
            }
            int row = -1;
            for (int event = in.next(); event != XMLStreamConstants.END_ELEMENT; event = in.next()) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    row = row(in, row);
                    List<String[]> attributes = new ArrayList<>();
                    for (int i = 0; i < in.getAttributeCount(); i++) {
                        if (in.getAttributePrefix(i) == null || in.getAttributePrefix(i).isEmpty()) {
                            attributes.add(new String[] {in.getAttributeLocalName(i), in.getAttributeValue(i)});
                        }
                    }
                    rows.put(row, new MarkedRow(attributes, styles(in)));
                }
            }
            return rows;
        } finally {
            in.close();
        }
    }

    private static TreeMap<Integer, String> styles(XMLStreamReader in) throws XMLStreamException {
        TreeMap<Integer, String> styles = new TreeMap<>();
        int column = -1;
        for (int event = in.next(); event != XMLStreamConstants.END_ELEMENT; event = in.next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                column = column(in, column);
                styles.put(column, in.getAttributeValue(null, "s"));
                SecureXml.skip(in);
            }
        }
        return styles;
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

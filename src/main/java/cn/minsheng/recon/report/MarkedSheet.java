package cn.minsheng.recon.report;

import cn.minsheng.recon.xml.SecureXml;
import cn.minsheng.recon.xml.UnsafeXmlException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A worksheet part as POI wrote it after marking a {@link FlaggedCellsSheet}: the text before its rows and after
 * them, and its rows with their cells' styles — only the flagged cells, and the cells and rows POI created for
 * findings on empty places.
 */
final class MarkedSheet {

    /** A row of POI's sheet: its attributes and its cells' styles by column (null: the default style). */
    record Row(List<String[]> attributes, TreeMap<Integer, String> styles) {
    }

    /** {@code <sheetData>}, whatever prefix POI kept for the namespace; group 2 tells an empty one. */
    private static final Pattern SHEET_DATA = Pattern.compile("<([A-Za-z_][\\w.-]*:)?sheetData\\b[^>]*?(/?>)");
    private static final Pattern DIMENSION =
            Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?dimension\\s+ref=\"([^\"]*)\"\\s*/>");

    private final String head;
    private final String tail;
    private final TreeMap<Integer, Row> rows;

    private MarkedSheet(String head, String tail, TreeMap<Integer, Row> rows) {
        this.head = head;
        this.tail = tail;
        this.rows = rows;
    }

    static MarkedSheet of(byte[] written) throws IOException, XMLStreamException, UnsafeXmlException {
        String sheet = new String(written, StandardCharsets.UTF_8);
        Matcher open = SHEET_DATA.matcher(sheet);
        if (!open.find()) {
            throw new IOException("POI 写出的工作表中没有 <sheetData>");
        }
        String prefix = open.group(1) == null ? "" : open.group(1);
        int start = open.start();
        int close = sheet.indexOf("</" + prefix + "sheetData>", start);
        int end = open.group(2).equals("/>") ? open.end() : close < 0 ? -1 : close + prefix.length() + 12;
        if (end < open.end() || open.find()) {
            throw new IOException("POI 写出的工作表中 <sheetData> 不完整或不止一个");
        }
        return new MarkedSheet(sheet.substring(0, start), sheet.substring(end), rows(written));
    }

    /** The rows by number (from 0), which the merge takes out as it puts them in. */
    TreeMap<Integer, Row> rows() {
        return rows;
    }

    String tail() {
        return tail;
    }

    /**
     * What comes before the rows, its {@code <dimension>} (the range the cells take) that of the original widened
     * to the cells POI created; none when the original had none, since POI's covers only the cells it held.
     */
    String head(String originalDimension) {
        Matcher marked = DIMENSION.matcher(head);
        if (!marked.find()) {
            return head;
        }
        if (originalDimension.isEmpty()) {
            return head.substring(0, marked.start()) + head.substring(marked.end());
        }
        CellRangeAddress ours = CellRangeAddress.valueOf(marked.group(1));
        CellRangeAddress theirs = CellRangeAddress.valueOf(originalDimension);
        CellRangeAddress both = new CellRangeAddress(Math.min(ours.getFirstRow(), theirs.getFirstRow()),
                Math.max(ours.getLastRow(), theirs.getLastRow()),
                Math.min(ours.getFirstColumn(), theirs.getFirstColumn()),
                Math.max(ours.getLastColumn(), theirs.getLastColumn()));
        return head.substring(0, marked.start(1)) + both.formatAsString() + head.substring(marked.end(1));
    }

    /** Moves the reader from the sheet's root to its {@code <sheetData>}; false when it has none. */
    private static boolean toSheetData(XMLStreamReader in) throws XMLStreamException {
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (in.getLocalName().equals("sheetData")) {
                    return true;
                }
                SecureXml.skip(in);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    private static TreeMap<Integer, Row> rows(byte[] written)
            throws IOException, XMLStreamException, UnsafeXmlException {
        TreeMap<Integer, Row> rows = new TreeMap<>();
        XMLStreamReader in = new SecureXml().root(new ByteArrayInputStream(written));
        try {
            if (!toSheetData(in)) {
                return rows;
            }
            int row = -1;
            for (int event = in.next(); event != XMLStreamConstants.END_ELEMENT; event = in.next()) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    row = SheetDataMerge.row(in, row);
                    rows.put(row, new Row(XmlEvents.unprefixedAttributes(in), styles(in)));
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
                column = SheetDataMerge.column(in, column);
                styles.put(column, in.getAttributeValue(null, "s"));
                SecureXml.skip(in);
            }
        }
        return styles;
    }
}

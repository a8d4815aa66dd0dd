package cn.minsheng.recon.workbook;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * The number format of each cell style, as POI finds it: the format the workbook defines under the style's format
 * id, else the built-in one. An .xlsx has them in its styles part ({@code numFmts}, {@code cellXfs}), an .xls in
 * its FORMAT and XF records. Only the format tells a percent (0.9 shown as 90%) from a plain number.
 */
final class CellFormats {

    private final List<String> byStyle;

    private CellFormats(List<String> byStyle) {
        this.byStyle = byStyle;
    }

    static CellFormats none() {
        return new CellFormats(List.of());
    }

    static CellFormats read(InputStream in, WorkbookXml secure) throws XMLStreamException, UnreadableWorkbookException {
        XMLStreamReader xml = secure.root(in);
        Map<Integer, String> defined = new HashMap<>();
        List<Integer> formatIds = new ArrayList<>();
        // the list the parser is in: only the top-level ones count (a differential format has a <numFmt> too)
        String list = "";
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("numFmts") || name.equals("cellXfs")) {
                    list = name;
                } else if (list.equals("numFmts") && name.equals("numFmt")) {
                    defined.put(Integer.valueOf(xml.getAttributeValue(null, "numFmtId")),
                            xml.getAttributeValue(null, "formatCode"));
                } else if (list.equals("cellXfs") && name.equals("xf")) {
                    String id = xml.getAttributeValue(null, "numFmtId");
                    formatIds.add(id == null ? 0 : Integer.parseInt(id));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(list)) {
                list = "";
            }
        }
        xml.close();
        return of(defined, formatIds);
    }

    /**
     * The formats of the styles whose format ids are {@code formatIds}, in style order, given the formats the
     * workbook defines by id: a defined format wins over the built-in one with the same id.
     */
    static CellFormats of(Map<Integer, String> defined, List<Integer> formatIds) {
        List<String> byStyle = new ArrayList<>(formatIds.size());
        for (int id : formatIds) {
            String format = defined.get(id);
            byStyle.add(format != null ? format : BuiltinFormats.getBuiltinFormat(id));
        }
        return new CellFormats(byStyle);
    }

    /**
     * The format of cell style {@code style} (a cell without one has the workbook's default, 0); empty for a style
     * the workbook does not have, whose cell POI gives no style at all.
     */
    String of(int style) {
        return style >= 0 && style < byStyle.size() ? byStyle.get(style) : "";
    }
}

package cn.minsheng.recon.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Where an .xlsx keeps what the reader needs, found as POI finds it: the workbook part (by content type), its sheets
 * in order, and the shared strings, styles and sheet parts by the workbook's relationships.
 *
 * @param sharedStrings the shared strings part's name, if any
 * @param styles        the styles part's name, if any
 * @param sheets        the sheets POI reads (worksheets, chart sheets and dialog sheets that have a part), in order
 */
record XlsxParts(Optional<String> sharedStrings, Optional<String> styles, List<Sheet> sheets) {

    /** A sheet's name and part. */
    record Sheet(String name, String part, boolean hidden) {
    }

    private static final String MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

    /** A relationship of the workbook: its target part and the last segment of its type. */
    private record Relationship(String part, String type) {
    }

    static XlsxParts of(XlsxPackage pkg, WorkbookXml secure)
            throws IOException, XMLStreamException, UnreadableWorkbookException {
        String workbook = workbook(pkg, secure);
        Map<String, Relationship> relationships = relationships(pkg, secure, workbook);
        String sharedStrings = null;
        String styles = null;
        for (Relationship relationship : relationships.values()) {
            if (relationship.type().equals("sharedStrings")) {
                sharedStrings = relationship.part();
            } else if (relationship.type().equals("styles")) {
                styles = relationship.part();
            }
        }
        return new XlsxParts(Optional.ofNullable(sharedStrings), Optional.ofNullable(styles),
                sheets(pkg, secure, workbook, relationships));
    }

    private static String workbook(XlsxPackage pkg, WorkbookXml secure)
            throws IOException, XMLStreamException, UnreadableWorkbookException {
        String workbook = "xl/workbook.xml";
        try (InputStream in = pkg.open("[Content_Types].xml")) {
            XMLStreamReader xml = secure.root(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Override")) {
                    String type = xml.getAttributeValue(null, "ContentType");
                    if (MAIN.equals(type) || MACRO_MAIN.equals(type)) {
                        workbook = entryName(xml.getAttributeValue(null, "PartName"));
                    }
                }
            }
            xml.close();
        }
        return workbook;
    }

    /** The sheets of the workbook part in order, those POI reads. */
    private static List<Sheet> sheets(XlsxPackage pkg, WorkbookXml secure, String workbook,
                                      Map<String, Relationship> relationships)
            throws IOException, XMLStreamException, UnreadableWorkbookException {
        List<Sheet> sheets = new ArrayList<>();
        try (InputStream in = pkg.open(workbook)) {
            XMLStreamReader xml = secure.root(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                    Relationship relationship = relationships.get(relationshipId(xml));
                    // POI skips a sheet without a part, and macro sheets
                    if (relationship != null && (relationship.type().equals("worksheet")
                            || relationship.type().equals("chartsheet") || relationship.type().equals("dialogsheet"))) {
                        String state = xml.getAttributeValue(null, "state");
                        sheets.add(new Sheet(xml.getAttributeValue(null, "name"), relationship.part(),
                                state != null && !state.equals("visible")));
                    }
                }
            }
            xml.close();
        }
        return sheets;
    }

    /** {@code r:id}, whichever namespace (transitional or strict) the relationships prefix stands for. */
    private static String relationshipId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals("id") && xml.getAttributeNamespace(i) != null
                    && !xml.getAttributeNamespace(i).isEmpty()) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private static Map<String, Relationship> relationships(XlsxPackage pkg, WorkbookXml secure, String workbook)
            throws IOException, XMLStreamException, UnreadableWorkbookException {
        int slash = workbook.lastIndexOf('/');
        String folder = workbook.substring(0, slash + 1);
        String rels = folder + "_rels/" + workbook.substring(slash + 1) + ".rels";
        Map<String, Relationship> relationships = new HashMap<>();
        if (!pkg.has(rels)) {
            return relationships;
        }
        try (InputStream in = pkg.open(rels)) {
            XMLStreamReader xml = secure.root(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                    String type = String.valueOf(xml.getAttributeValue(null, "Type"));
                    String target = xml.getAttributeValue(null, "Target");
                    String id = xml.getAttributeValue(null, "Id");
                    if (id != null && target != null && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                        relationships.put(id, new Relationship(resolve(folder, target),
                                type.substring(type.lastIndexOf('/') + 1)));
                    }
                }
            }
            xml.close();
        }
        return relationships;
    }

    /** A relationship's target, relative to the workbook's folder unless absolute, as a zip entry name. */
    private static String resolve(String folder, String target) {
        try {
            return entryName(URI.create("/" + folder).resolve(new URI(target)).getPath());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return entryName(target.startsWith("/") ? target : folder + target);
        }
    }

    private static String entryName(String partName) {
        return partName == null ? null : partName.startsWith("/") ? partName.substring(1) : partName;
    }
}
